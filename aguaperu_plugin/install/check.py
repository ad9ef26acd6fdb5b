"""Missing packages told to the user in their language, with the way to install them.

Processing algorithms get the message as text (it names the packages and the menu entry of the installer); the
dock gets a message-bar item with an "Install dependencies…" button that opens the installer.
"""

import re

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QPushButton

from ...core.dependencies import (
    OPTIONAL,
    Requirement,
    is_installed,
    missing_for_job,
    missing_for_section,
    requirement_of_module,
)
from ..toolbelt.i18n import tr
from ..toolbelt.log import LOG_TAG
from .titles import job_title


def menu_entry() -> str:
    """The installer's menu entry, as the user sees it."""
    return tr("AguaPerú › Install dependencies…")


def names(requirements: list[Requirement]) -> str:
    return ", ".join(r.dist for r in requirements)


def missing_message(what: str, requirements: list[Requirement]) -> str:
    """``what`` needs packages that are not installed, named; and how to install them."""
    return tr(
        "{0} needs Python packages that are not installed in QGIS: {1}. Install them with the menu {2} "
        "(from the internet or from an offline bundle), then try again.",
        what,
        names(requirements),
        menu_entry(),
    )


def tensorflow_message(option: str) -> str:
    """Why an option needing TensorFlow is unavailable and how to add it."""
    requirement = OPTIONAL["tensorflow"].requirement
    return tr(
        "{0} needs TensorFlow, an optional package (about 500 MB) that the AguaPerú installer does not add. "
        'To use it, install {1} into QGIS\'s Python (OSGeo4W Shell on Windows: python -m pip install "{1}") '
        "and restart QGIS; the other options work without it.",
        option,
        requirement.line,
    )


def tensorflow_available() -> bool:
    return is_installed(OPTIONAL["tensorflow"].requirement.module)


_MODULE_IN_MESSAGE = re.compile(r"(?:No module named|Missing optional dependency) '([A-Za-z0-9_.]+)'")


def requirements_of_error(error: BaseException) -> list[Requirement]:
    """The requirements an ImportError (or AguaPerú's MissingDependencyError) is about; empty if not one, or
    when the module is installed but broken (an ABI mismatch is not a missing package)."""
    if not isinstance(error, ImportError):
        return []
    details = getattr(error, "details", {}) or {}
    module = details.get("package") or error.name or ""
    for linked in (error.__cause__, error.__context__):
        if not module and isinstance(linked, ImportError):
            module = linked.name or ""
    if not module:
        found = _MODULE_IN_MESSAGE.search(str(error))
        module = found.group(1) if found else ""
    top = module.split(".")[0]
    if not top or is_installed(top):
        return []
    requirement = requirement_of_module(top)
    return [requirement or Requirement(top, "", top)]


def offer_installer(iface, message: str, level=Qgis.MessageLevel.Warning) -> None:
    """A message-bar item with an "Install dependencies…" button opening the installer (also in the log)."""
    from qgis.core import QgsMessageLog

    QgsMessageLog.logMessage(message, LOG_TAG, level, notifyUser=False)
    bar = iface.messageBar()
    widget = bar.createMessage(tr("AguaPerú"), message)
    button = QPushButton(tr("Install dependencies…"), widget)
    button.setObjectName("aguaperu_install_button")
    button.clicked.connect(lambda: open_installer(iface))
    widget.layout().addWidget(button)
    bar.pushWidget(widget, level, 0)


def open_installer(iface) -> None:
    from .dialog import show_installer

    show_installer(iface)


_TOLD: set = set()  # jobs whose missing packages were told without blocking (charts): once per session


def require(iface, job: str, extra: tuple[str, ...] = (), once: bool = False) -> bool:
    """True when ``job`` has every package it needs; else tell the user (naming them) and offer the installer.
    With ``once``, the message is shown the first time only (charts drawn on every selection)."""
    absent = missing_for_job(job, extra)
    if not absent:
        return True
    if not (once and job in _TOLD):
        _TOLD.add(job)
        offer_installer(iface, missing_message(job_title(job), absent))
    return False


def section_notice(*sections: str) -> str:
    """A short line for dock sections shown with missing packages (empty when nothing is missing)."""
    absent = {r.dist: r for section in sections for r in missing_for_section(section)}
    if not absent:
        return ""
    return tr("Some functions here need packages that are not installed: {0}.", names(list(absent.values())))
