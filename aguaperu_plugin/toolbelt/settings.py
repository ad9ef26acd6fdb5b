"""Typed plugin settings stored in QgsSettings under ``aguaperu/``."""

from dataclasses import asdict, dataclass, fields

from qgis.core import QgsSettings

from ...core.settings import MIN_CELL

PREFIX = "aguaperu/"
MIN_CELL_FLOOR = MIN_CELL  # children per published cell: the privacy rule, configurable upward only


@dataclass
class PluginSettings:
    """What the user can set on the options page.

    Attributes
    ----------
    data_folder:
        A folder laid out like the shared data (boundaries/, socioeconomic/, ...), or empty.
    output_folder:
        Where GeoPackages and PDFs are written; empty means the project's results folder
        (``<project>_aguaperu`` beside the saved project; see ``project_folder``).
    access_distance_m:
        Distance within which a water point serves a populated centre.
    min_cell_children:
        Smallest number of children a published child-welfare cell may aggregate.
    map_language:
        Language of printed maps ("es" or "en").
    debug_logging:
        Write debug messages to the AguaPerú log tab.
    """

    data_folder: str = ""
    output_folder: str = ""
    access_distance_m: int = 1000
    min_cell_children: int = MIN_CELL_FLOOR
    map_language: str = "es"
    debug_logging: bool = False

    def __post_init__(self) -> None:
        self.min_cell_children = max(int(self.min_cell_children), MIN_CELL_FLOOR)
        self.access_distance_m = max(int(self.access_distance_m), 1)
        if self.map_language not in ("es", "en"):
            self.map_language = "es"

    @classmethod
    def load(cls) -> "PluginSettings":
        """Read the settings, falling back to the defaults for anything unset or malformed."""
        store = QgsSettings()
        values = {}
        for field in fields(cls):
            default = field.default
            values[field.name] = store.value(PREFIX + field.name, default, type=type(default))
        return cls(**values)

    def save(self) -> None:
        """Write every setting."""
        store = QgsSettings()
        for name, value in asdict(self).items():
            store.setValue(PREFIX + name, value)
