"""The default map export of a project holding every model result (water risk, poverty, child risk, run from the
Models page on the shared data) is a one-page PDF of the latest result over the boundaries, whose legend stays
inside its box (checked from the PDF's words and their positions, and from the rendered page); with every layer
ticked, a legend too long for the page goes to a page of its own instead of overflowing."""

import html as html_text
import re
import subprocess
from pathlib import Path

import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsProject, QgsRuleBasedRenderer, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from aguaperu.aguaperu_plugin.gui.maps_page import BOUNDARY_PROPERTY, MapsPage
from aguaperu.aguaperu_plugin.gui.models_page import ModelsPage
from aguaperu.aguaperu_plugin.styling import apply_style

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
BOUNDARIES = SHARED / "boundaries" / "peru_limites_inei2017.gpkg"
POINTS_PER_MM = 72 / 25.4

pytestmark = pytest.mark.shared_data


@pytest.fixture()
def project_with_results(qgis_iface, qgis_new_project, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ModelsPage, "output_folder", lambda self: tmp_path)
    monkeypatch.setattr(MapsPage, "output_folder", lambda self: tmp_path)
    departments = QgsVectorLayer(f"{BOUNDARIES}|layername=departamentos", "Departamentos", "ogr")
    apply_style(departments, "districts")
    departments.setCustomProperty(BOUNDARY_PROPERTY, True)  # as the Maps page's Departments button adds it
    QgsProject.instance().addMapLayer(departments)
    maps = MapsPage(qgis_iface)  # open before the results arrive, as in a session
    qtbot.addWidget(maps)
    models = ModelsPage(qgis_iface)
    qtbot.addWidget(models)
    models.use_data_folder(SHARED)
    for start in (models.run_water_risk, models.poverty.predict_button.click, models.child.run_button.click):
        before = set(QgsProject.instance().mapLayers())
        start()
        qtbot.waitUntil(lambda: models.task is None, timeout=600_000)
    return maps, set(QgsProject.instance().mapLayers()) - before  # the last run's layers (child risk)


def legend_labels(layer) -> list[str]:
    renderer = layer.renderer()
    if isinstance(renderer, QgsGraduatedSymbolRenderer):
        return [item.label() for item in renderer.ranges()]
    if isinstance(renderer, QgsRuleBasedRenderer):
        return [rule.label() for rule in renderer.rootRule().children() if rule.label()]
    return []


def words(pdf: Path) -> list[tuple[int, str, float, float, float, float]]:
    """(page, word, xMin, yMin, xMax, yMax) of every word of the PDF, in points from the page's top left."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    found, page = [], -1
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        match = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', line)
        if match:
            x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
            found.append((page, html_text.unescape(match.group(5)), x0, y0, x1, y1))
    return found


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def export(page: MapsPage, qtbot, target: Path):
    layout = page.build_layout()  # the same layout the export prints: where its legend lies
    legend = layout.itemById("legend")
    box = legend.sceneBoundingRect()
    page_index = layout.pageCollection().pageNumberForPoint(box.center())
    top = layout.pageCollection().page(page_index).pos().y()
    page.output.setFilePath(str(target))
    page.export()
    qtbot.waitUntil(lambda: page.task is None, timeout=300_000)
    assert target.exists(), page.status.text()
    rect = (box.left(), box.top() - top, box.right(), box.bottom() - top)  # mm, on its own page
    return page_index, [v * POINTS_PER_MM for v in rect]


def assert_inside(pdf: Path, page_index: int, rect, labels: list[str]) -> None:
    """Each label's first word is printed on the legend's page within the legend's box (1 mm of slack)."""
    slack = POINTS_PER_MM
    x0, y0, x1, y1 = rect
    printed = [w for w in words(pdf) if w[0] == page_index and x0 - slack <= w[2] and w[4] <= x1 + slack]
    for label in labels:
        first = label.split()[0]
        hits = [w for w in printed if w[1] == first]
        assert hits, f"{label!r} is not printed in the legend's column"
        assert all(y0 - slack <= w[3] and w[5] <= y1 + slack for w in hits), f"{label!r} outside the legend box"


def test_default_export_is_one_page_of_the_latest_result_whose_legend_fits(project_with_results, qtbot, tmp_path):
    page, last_run = project_with_results
    ticked = page.checked_layers()
    names = [layer.name() for layer in ticked]
    assert "Departamentos" in names
    results = [layer for layer in ticked if layer.name() != "Departamentos"]
    assert len(results) == 1 and results[0].id() in last_run, names  # one layer of the last run (child risk)
    assert page.layer_list.count() >= len(ticked) + 4  # the other results are listed, not ticked

    pdf = tmp_path / "por_defecto.pdf"
    page_index, rect = export(page, qtbot, pdf)
    assert pages_of(pdf) == 1 and page_index == 0
    labels = [label for layer in ticked for label in legend_labels(layer)]
    assert len(labels) >= 5
    assert_inside(pdf, 0, rect, labels)
    # the rendered page: the legend's box holds ink (symbols and labels), the page is not blank
    image_path = tmp_path / "por_defecto"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", str(pdf), str(image_path)], check=True)
    image = QImage(str(image_path) + ".png")
    scale = 40 / 72
    dark = sum(
        1
        for x in range(int(rect[0] * scale), int(rect[2] * scale), 2)
        for y in range(int(rect[1] * scale), int(rect[3] * scale), 2)
        if image.pixelColor(x, y).lightness() < 160
    )
    assert dark > 20


def test_a_legend_too_long_for_the_page_goes_to_a_page_of_its_own(project_with_results, qtbot, tmp_path):
    page, _ = project_with_results
    for row in range(page.layer_list.count()):
        item = page.layer_list.item(row)
        item.setCheckState(2)  # every layer ticked by the user
    ticked = page.checked_layers()
    assert len(ticked) == page.layer_list.count() >= 6
    pdf = tmp_path / "todo.pdf"
    page_index, rect = export(page, qtbot, pdf)
    pages = pages_of(pdf)
    labels = [label for layer in ticked for label in legend_labels(layer)]
    if pages == 2:  # moved: a note on the map's page, the whole legend inside its box on the next one
        assert page_index == 1
        assert "Leyenda en la página siguiente" in " ".join(w[1] for w in words(pdf) if w[0] == 0).replace("  ", " ")
    else:
        assert pages == 1 and page_index == 0
    assert_inside(pdf, page_index, rect, labels)
