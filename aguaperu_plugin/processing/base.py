"""Shared base of AguaPerú Processing algorithms."""

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ..toolbelt.i18n import tr

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "aguaperu.svg"


class AguaPeruAlgorithm(QgsProcessingAlgorithm):
    """Ids stay untranslated; display names and groups go through ``tr``."""

    group_id = ""

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def groupId(self) -> str:  # noqa: N802
        return self.group_id

    def group(self) -> str:
        return {"maps": tr("Maps"), "data": tr("Data"), "models": tr("Models"), "scenarios": tr("Scenarios")}[
            self.group_id
        ]

    def icon(self) -> QIcon:
        return QIcon(str(ICON))
