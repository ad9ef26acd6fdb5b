"""Name and version of the plugin, read from metadata.txt (the single source)."""

from configparser import ConfigParser
from pathlib import Path

_METADATA_PATH = Path(__file__).resolve().parent / "metadata.txt"


def _read_metadata(path: Path = _METADATA_PATH) -> dict:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # keep keys such as description[es] as written
    parser.read(path, encoding="utf-8")
    return dict(parser["general"])


__metadata__ = _read_metadata()
__title__ = __metadata__["name"]
__version__ = __metadata__["version"]
__plugin_id__ = "aguaperu"
