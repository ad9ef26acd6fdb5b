"""Translation helpers: one Qt context for module-level strings, and the plugin translator."""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QT_TR_NOOP, QCoreApplication, QLocale, QTranslator

# ``QT_TR_NOOP(text)`` marks a string translated later with ``tr(text)`` (the Processing algorithms' titles and
# help): pylupdate5 files it in CONTEXT like ``tr()``. Its one argument survives ``ruff format``, which gives a
# split ``QT_TRANSLATE_NOOP(context, text)`` a trailing comma that pylupdate5 misses.
__all__ = ["CONTEXT", "QT_TR_NOOP", "VALIDATION_CONTEXT", "install_translator", "tr", "translated", "user_locale"]

CONTEXT = "@default"  # the context pylupdate5 gives tr() calls outside Qt classes
VALIDATION_CONTEXT = "Validation"  # the context of core's message catalogue (QT_TRANSLATE_NOOP)
I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"


def tr(text: str, *args) -> str:
    """Translate ``text`` in the plugin context, then format it with ``args``.

    Pass the untranslated template, never an f-string, so that the translation can be looked up.
    """
    template = QCoreApplication.translate(CONTEXT, text)
    return template.format(*args) if args else template


def translated(item) -> tuple[str, str]:
    """A validation item's (or an error's ``code`` and ``params``) message and fix in the user's language: the
    templates of ``core.validation.messages`` translated in the ``Validation`` context, then filled."""
    from ...core.validation.messages import MESSAGES

    message, fix = MESSAGES[item.code]
    params = {
        key: QCoreApplication.translate(VALIDATION_CONTEXT, value) if isinstance(value, str) else value
        for key, value in item.params.items()
    }
    return (
        QCoreApplication.translate(VALIDATION_CONTEXT, message).format(**params),
        QCoreApplication.translate(VALIDATION_CONTEXT, fix).format(**params),
    )


def user_locale() -> str:
    """Two-letter language code QGIS runs in (the override in QGIS settings, else the system's)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "en")[:2].lower()


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Install the compiled translation for ``locale`` (default: QGIS's); return it, or None."""
    locale = locale or user_locale()
    qm_file = I18N_DIR / f"aguaperu_{locale}.qm"
    if not qm_file.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
