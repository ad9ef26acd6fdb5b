"""The one table of outputs (``styling.OUTPUTS``): every fixed style exists, a graduated output is drawn as the
table says (field, ramp, classes, decimals, unit) wherever it is made, and ``add_output`` puts the layer in the
output's group."""

import pytest
from qgis.core import QgsProject, QgsStyle, QgsVectorLayer

from aguaperu.aguaperu_plugin.groups import DATA_GROUP, MODELS_GROUP, SCENARIOS_GROUP
from aguaperu.aguaperu_plugin.layers import add_output
from aguaperu.aguaperu_plugin.styling import OUTPUTS, STYLES, style_output


def polygons(field: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:4326&field={field}:double", "test", "memory")
    assert layer.isValid()
    return layer


def test_every_output_has_a_group_and_either_a_style_file_or_a_field_and_ramp():
    ramps = set(QgsStyle.defaultStyle().colorRampNames())
    for key, output in OUTPUTS.items():
        assert output.group in (DATA_GROUP, MODELS_GROUP, SCENARIOS_GROUP), key
        if output.field is None:
            assert (STYLES / f"{output.qml}.qml").exists(), key
        else:
            assert output.field == key and output.ramp in ramps, key


@pytest.mark.parametrize("key", sorted(k for k, o in OUTPUTS.items() if o.field))
def test_a_graduated_output_looks_as_the_table_says(key, qgis_app):
    output = OUTPUTS[key]
    layer = polygons(output.field)
    breaks = [10.0, 20.0, 30.0, 40.0, 50.0]
    assert style_output(layer, key, 0.0, breaks)
    renderer = layer.renderer()
    assert renderer.classAttribute() == output.field
    assert [r.upperValue() for r in renderer.ranges()] == breaks
    assert renderer.ranges()[0].label() == f"{0:.{output.decimals}f} – {10:.{output.decimals}f}{output.unit}"
    first = QgsStyle.defaultStyle().colorRamp(output.ramp)
    if output.invert:
        first.invert()
    assert renderer.ranges()[0].symbol().color().name() == first.color(0.0).name()


def test_a_graduated_output_needs_its_classes(qgis_app):
    with pytest.raises(ValueError, match="poverty_pct"):
        style_output(polygons("poverty_pct"), "poverty_pct")


def test_add_output_puts_the_layer_in_its_group(qgis_new_project):
    project = QgsProject.instance()
    add_output(project, polygons("unserved"), "unserved", 0.0, [1.0, 2.0])
    add_output(project, polygons("growth_pct"), "growth_pct", -5.0, [0.0, 5.0])
    root = project.layerTreeRoot()
    assert [n.layer().renderer().classAttribute() for n in root.findGroup(SCENARIOS_GROUP).findLayers()] == ["unserved"]
    assert [n.layer().renderer().classAttribute() for n in root.findGroup(MODELS_GROUP).findLayers()] == ["growth_pct"]
