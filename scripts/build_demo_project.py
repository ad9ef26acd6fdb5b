"""Write a QGIS project (.qgz) that opens the demo GeoPackage with AguaPerú's styles.

python scripts/build_demo_project.py demo_output/aguaperu_demo.gpkg demo_output/aguaperu_demo.qgz
"""

import sys
from pathlib import Path

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject

from aguaperu.aguaperu_plugin.demo import add_demo_layers


def main(gpkg: Path, target: Path) -> None:
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32718"))
    project.setTitle("AguaPerú – demo")
    add_demo_layers(project, gpkg.resolve())
    project.writeEntry("Paths", "/Absolute", False)
    partial = target.with_name(target.stem + ".partial.qgz")
    if not project.write(str(partial)):
        raise SystemExit(f"could not write {target}")
    partial.replace(target)
    app.exitQgis()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
