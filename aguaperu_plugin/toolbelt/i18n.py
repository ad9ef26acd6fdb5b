"""Translation helpers: one Qt context for module-level strings, and the plugin translator."""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QT_TR_NOOP, QCoreApplication, QLocale, QTranslator

# ``QT_TR_NOOP(text)`` marks a string translated later with ``tr(text)`` (the Processing algorithms' titles and
# help): pylupdate5 files it in CONTEXT like ``tr()``. Its one argument survives ``ruff format``, which gives a
# split ``QT_TRANSLATE_NOOP(context, text)`` a trailing comma that pylupdate5 misses.
__all__ = [
    "CONTEXT",
    "QT_TR_NOOP",
    "VALIDATION_CONTEXT",
    "error_text",
    "install_translator",
    "number",
    "tr",
    "translated",
    "user_locale",
]

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


def error_text(error: BaseException) -> str:
    """An error of core in the user's language: the catalogue's templates of its ``code`` (the ``Validation``
    context) filled with its fields, the file it names and what to do; an error whose code has no template (or
    whose fields do not fill it) keeps its own English sentence."""
    from types import SimpleNamespace

    from ...core.validation.messages import MESSAGES
    from ...core.validation.report import short_value

    code, details = getattr(error, "code", None), dict(getattr(error, "details", None) or {})
    if code not in MESSAGES:
        return str(error)
    try:
        params = {key: short_value(value) for key, value in details.items()}  # lists as "a, b, c, …"
        message, fix = translated(SimpleNamespace(code=code, params=params))
    except (KeyError, IndexError, ValueError):
        return str(error)
    parts = [message]
    if details.get("file") and "{file}" not in "".join(MESSAGES[code]):
        parts.append(tr("File: {0}", details["file"]))
    if details.get("column") and "{column}" not in "".join(MESSAGES[code]):
        parts.append(tr("Column: {0}", details["column"]))
    if fix:
        parts.append(tr("What to do: {0}", fix))
    return " ".join(parts)


def user_locale() -> str:
    """Two-letter language code QGIS runs in (the override in QGIS settings, else the system's)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "en")[:2].lower()


def number(value, decimals: int = 1, language: str | None = None, sign: bool = False) -> str:
    """``value`` written the way ``language`` (default: QGIS's) writes numbers: Spanish "1 874,5" (a narrow
    space between thousands, a decimal comma), otherwise "1,874.5"; "–" for a blank or a non-number. A value
    that rounds to zero has no sign ("0", never "-0"); with ``sign`` a positive one gets a "+" (a change)."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return "–"
    if value != value:
        return "–"
    value = round(value, decimals) or 0.0  # -0.0 is false: "0"
    text = f"{value:{'+' if sign and value > 0 else ''},.{decimals}f}"
    if (language or user_locale()) == "es":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


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
