"""The embedded demo: data generated deterministically from what installed packages provide."""

from .build import build_demo

__all__ = ["build_demo"]
