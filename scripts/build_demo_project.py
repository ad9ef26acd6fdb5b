"""Write the demo's QGIS project: the district feature table, the water systems and the rasters, styled
as the Data page styles them, in the "AguaPerú – Datos" group.

    python scripts/build_demo_project.py DEMO_DATA_DIR FEATURES.gpkg POINTS.gpkg PROJECT.qgz [HOTSPOTS.gpkg]

With HOTSPOTS.gpkg (``python -m core hotspots`` output), the poverty hotspots join the "AguaPerú – Modelos"
group with both their styles (Gi* shown, local Moran as the second style).
"""

import sys
from pathlib import Path

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject

from aguaperu.aguaperu_plugin.demo import demo_inputs
from aguaperu.aguaperu_plugin.groups import MODELS_GROUP
from aguaperu.aguaperu_plugin.layers import add_to_group, raster_layer, vector_layer
from aguaperu.aguaperu_plugin.styling import style_hotspots
from aguaperu.core.features.district_features import LAYER, write_features
from aguaperu.core.io import load_input


def main(data_dir: Path, features: Path, points: Path, target: Path, hotspots: Path | None = None) -> None:
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32718"))
    project.setTitle("AguaPerú – demo")
    inputs = demo_inputs(data_dir)
    for spec in (s for s in inputs if s.kind == "raster"):
        add_to_group(project, raster_layer(spec.path, spec.display_name), spec.path.stem)
    add_to_group(project, vector_layer(features, LAYER, "Distritos – IDH (demo)"), "district_features")
    water = next(s for s in inputs if s.kind == "water_points")
    write_features(load_input(water.path, "water_points").require(), points, layer="water_points")
    add_to_group(project, vector_layer(points, "water_points", "Sistemas de agua (demo)"), "water_points")
    if hotspots is not None:
        layer = vector_layer(hotspots, "hotspots", "Puntos calientes de pobreza (Gi*, demo)")
        style_hotspots(layer)
        add_to_group(project, layer, None, MODELS_GROUP)
    partial = target.with_name(target.stem + ".partial.qgz")
    if not project.write(str(partial)):
        raise SystemExit(f"could not write {target}")
    partial.replace(target)
    app.exitQgis()


if __name__ == "__main__":
    main(*(Path(arg).resolve() for arg in sys.argv[1:6]))
