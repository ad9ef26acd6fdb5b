"""Translation helpers: one Qt context for module-level strings, and the plugin translator."""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "@default"  # the context pylupdate5 gives tr() calls outside Qt classes
I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"


def tr(text: str, *args) -> str:
    """Translate ``text`` in the plugin context, then format it with ``args``.

    Pass the untranslated template, never an f-string, so that the translation can be looked up.
    """
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated.format(*args) if args else translated


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
