"""Bundled models: verified artifacts (``artifacts``) and one package per model (``water_risk``)."""
