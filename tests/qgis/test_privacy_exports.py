"""The privacy rule of child data holds in every PDF the plugin prints from the child-risk layers (issue 10).

The child-risk model runs as the plugin runs it (the Models page task; the ``childrisk`` algorithm), with the
minimum cell raised to 100 children, and its layers are printed through each path the plugin offers for them:
the Maps page (one page; an atlas of provinces, "Provinces" button, with the survey count of each) and
``exportmap`` (an atlas of the departments over the districts; an atlas of provinces with their direct survey
estimate). Atlas pages are where the plugin prints a layer's numbers (the KPI table of the chosen field); the
scenario report prints no child-risk layer. The text (pdftotext) and metadata (pdfinfo) of each PDF are read
against the ENDES records themselves:

- nothing of a record is printed: no record column, household id or cluster coordinate;
- each atlas page is matched to its area, and what it prints about children is checked against the survey:
  an area of fewer than 100 measured children prints "–" where its count or its direct prevalence would be,
  every count printed is one of at least 100 children, and the numbers printed are the survey's own;
- no page prints any number besides the template's (scale bar, legend classes, date, version, model note)
  and its KPI table: a label, a note or a table of counts would be caught wherever it is printed.
"""

import re
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from aguaperu.aguaperu_plugin.groups import MODELS_GROUP
from aguaperu.aguaperu_plugin.gui.maps_page import MapsPage
from aguaperu.aguaperu_plugin.gui.models_page import ModelsPage
from aguaperu.aguaperu_plugin.printing.texts import field_label, word
from aguaperu.aguaperu_plugin.toolbelt.settings import PREFIX
from aguaperu.core.models.child_risk.privacy import RECORD_COLUMNS
from aguaperu.core.models.child_risk.survey import CHILDREN, district_counts

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
BOUNDARIES = SHARED / "boundaries" / "peru_limites_inei2017.gpkg"
MIN_CELL = 100  # raised from the default 30: the options page allows any minimum of at least 30
ANCASH = "02"  # 20 provinces, 12 of them with fewer than 100 measured children
ATLAS_DEPARTMENTS = ("02", "04", "05", "13", "15")  # 61 provinces, 26 of them under 100 measured children
PROVINCES, DISTRICTS = 196, 1874
NUMBER = re.compile(r"–|-?\d{1,3}(?:[ \u202f\u00a0]\d{3})*(?:,\d+)?")  # "–" or a Spanish number: 1 040,5
LEGEND_CLASS = re.compile(r"-?\d+(?:[.,]\d+)? – -?\d+(?:[.,]\d+)?(?: %)?")  # "4.7 – 22.7", "1.7 – 9.7 %"

pytestmark = pytest.mark.shared_data


# --- reading the PDFs ------------------------------------------------------------------------------------------


def pdf_pages(path: Path) -> list[str]:
    """The text of every page (pdftotext ends each page with a form feed)."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def pdf_metadata(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def spanish_number(text: str) -> float | None:
    """A number as the Spanish map prints it ("1 040,5"), None for "–" (nothing published)."""
    if text == "–":
        return None
    return float(re.sub(r"[ \u202f\u00a0]", "", text).replace(",", "."))


def kpis(page: str, field: str) -> list[float | None]:
    """The values of the page's KPI table: count of areas, mean and maximum of ``field``; it holds nothing else."""
    _before, found, table = page.partition(word("es", "indicator"))
    assert found, "the page has no KPI table"
    table = table.split("Elaborado con", 1)[0]
    label = field_label("es", field)  # the field's Spanish alias, e.g. "niños medidos"
    rows = [word("es", "value"), word("es", "count"), word("es", "mean", label), word("es", "max", label)]
    assert " ".join(NUMBER.sub(" ", table).split()) == " ".join(rows), f"unexpected KPI table: {table}"
    values = NUMBER.findall(table)
    assert len(values) == 3, f"unexpected KPI table: {table}"
    return [spanish_number(value) for value in values]


def stray_numbers(page: str, phrases: list[str]) -> list[str]:
    """Numbers the page prints besides the template's own: what is left after taking away the KPI table (read by
    ``kpis``), the scale bar, the legend's classes, the date and version, the model note and ``phrases`` (title,
    layer names, the atlas page's area). A count printed anywhere else (a label, a note, a table) is left."""
    body = page.split(word("es", "indicator"), 1)[0]
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    end = next((index for index, line in enumerate(lines) if re.fullmatch(r"[\d ]+ km", line)), None)
    assert end is not None, "no scale bar on the page"
    start = end
    while start > 0 and re.fullmatch(r"[\d ]+", lines[start - 1]):
        start -= 1
    text = " ".join(line for line in lines[:start] + lines[end + 1 :] if not LEGEND_CLASS.fullmatch(line))
    text = re.sub(r"Elaborado con AguaPerú \S+ el \d{4}-\d{2}-\d{2}", " ", text)
    note = r"Modelo riesgo infantil v[\d.]+(?: \([^)]*\))?\. Las predicciones llevan intervalos del 90 %\."  # + skill
    text = re.sub(note, " ", text)
    for phrase in sorted(phrases, key=len, reverse=True):
        text = text.replace(phrase, " ")
    return re.findall(r"\d+(?:[.,]\d+)?", text)


def page_area(page: str, names: dict[str, str]) -> str:
    """The code of the area whose name (a line of the page: the atlas subtitle) the page shows."""
    compact = {re.sub(r"\s", "", name): code for name, code in names.items()}  # pdftotext may split a word
    found = {compact[key] for key in (re.sub(r"\s", "", line) for line in page.splitlines()) if key in compact}
    assert len(found) == 1, f"cannot tell the page's area: {found}"
    return found.pop()


@pytest.fixture(scope="module")
def record_tokens() -> tuple[set[str], set[str]]:
    """Household ids and child cluster coordinates (4 decimals) of the ENDES records."""
    records = pd.read_csv(SHARED / CHILDREN, usecols=["HHID", "longitudx", "latitudy"])
    ids = {str(int(v)) for v in records["HHID"].dropna()}
    coordinates = set()
    for column in ("longitudx", "latitudy"):
        coordinates |= {f"{v:.4f}" for v in records[column].dropna() if v != 0}
    return ids, coordinates


def assert_no_record(path: Path, record_tokens) -> None:
    """No record column, household id or child coordinate in the PDF's text or metadata."""
    ids, coordinates = record_tokens
    text = "\n".join(pdf_pages(path)) + pdf_metadata(path)
    columns = [c for c in RECORD_COLUMNS if re.search(rf"\b{c}\b", text, re.IGNORECASE)]
    assert not columns, f"record columns printed: {columns}"
    assert not [t for t in re.findall(r"\d{7,}", text) if t in ids], "household ids printed"
    numbers = re.findall(r"-?\d+[.,]\d{4,}", text)
    assert not [n for n in numbers if f"{float(n.replace(',', '.')):.4f}" in coordinates], "coordinates printed"


def atlas_pages(path: Path, names: dict[str, str], field: str, phrases: list[str], record_tokens) -> dict:
    """Area code -> KPI values of each page of an atlas; every page is checked for record data and stray numbers."""
    assert_no_record(path, record_tokens)
    printed = {}
    for page in pdf_pages(path):
        code = page_area(page, names)
        assert code not in printed, f"{code} printed twice"
        stray = stray_numbers(page, [*phrases, *(name for name, c in names.items() if c == code)])
        assert not stray, f"{code}: numbers printed besides the template's {stray}"
        printed[code] = kpis(page, field)
    return printed


def one_area_pages(printed: dict) -> tuple[dict[str, float], set[str]]:
    """For an atlas of one area a page: code -> the value printed, and the codes printed with "–" (suppressed)."""
    shown, hidden = {}, set()
    for code, (count, mean, largest) in printed.items():
        assert count == 1 and mean == largest, code
        if mean is None:
            hidden.add(code)
        else:
            shown[code] = mean
    return shown, hidden


@pytest.fixture(scope="module")
def survey() -> pd.DataFrame:
    """Measured and stunted children per district, all survey years pooled: what the rule protects."""
    counts = district_counts(SHARED)
    return counts.groupby("ubigeo")[["n_haz", "k_stunted"]].sum()


def names_of(table: str, name_field: str) -> dict[str, str]:
    """Name -> UBIGEO of the INEI boundaries ``table`` (the names an atlas prints on its pages)."""
    layer = QgsVectorLayer(f"{BOUNDARIES}|layername={table}", table, "ogr")
    names = {str(f[name_field]): str(f["ubigeo"]) for f in layer.getFeatures()}
    assert len(names) == layer.featureCount(), "names are not unique"
    return names


# --- the Maps page ---------------------------------------------------------------------------------------------


@pytest.fixture()
def settings():
    """The raised minimum cell, and the data folder the Maps page's "Provinces" button reads."""
    store = QgsSettings()
    store.setValue(PREFIX + "min_cell_children", MIN_CELL)
    store.setValue(PREFIX + "data_folder", str(SHARED))
    yield
    store.remove(PREFIX + "min_cell_children")
    store.remove(PREFIX + "data_folder")


@pytest.fixture()
def models(settings, qgis_iface, qgis_new_project, qtbot, tmp_path, monkeypatch):
    for page_class in (ModelsPage, MapsPage):
        monkeypatch.setattr(page_class, "output_folder", lambda self: tmp_path)
    page = ModelsPage(qgis_iface)
    qtbot.addWidget(page)
    page.use_data_folder(SHARED)
    return page


def child_risk(models: ModelsPage, qtbot, level: str):
    """Run the child-risk model from the Models page as the user does; return its result and its layers."""
    section = models.child
    section.level.setCurrentIndex(section.level.findData(level))
    section.run_child_risk()
    qtbot.waitUntil(lambda: models.task is None, timeout=300_000)
    group = QgsProject.instance().layerTreeRoot().findGroup(MODELS_GROUP)
    assert section.result is not None and group is not None, models.status.text()
    return section.result, [node.layer() for node in group.findLayers()]


def print_maps_page(maps: MapsPage, qtbot, path: Path) -> Path:
    maps.output.setFilePath(str(path))
    maps.export()
    qtbot.waitUntil(lambda: maps.task is None, timeout=300_000)
    assert path.exists(), maps.status.text()
    return path


def test_maps_page_prints_no_province_under_the_minimum_cell(
    models, qgis_iface, qtbot, survey, record_tokens, tmp_path
):
    result, layers = child_risk(models, qtbot, "province")
    frame = result.frame.set_index("ubigeo")
    assert len(frame) == PROVINCES
    maps = MapsPage(qgis_iface)
    qtbot.addWidget(maps)

    # one page with the three child layers
    for row in range(maps.layer_list.count()):
        maps.layer_list.item(row).setCheckState(Qt.Checked)
    names = [layer.name() for layer in layers]
    assert [layer.name() for layer in maps.checked_layers()] == names
    single = print_maps_page(maps, qtbot, tmp_path / "mapa.pdf")
    assert_no_record(single, record_tokens)
    (text,) = pdf_pages(single)
    assert "Leyenda" in text and "Child-risk index 2019" in text and "Stunting 2019" in text
    assert word("es", "indicator") not in text, "a KPI table nobody asked for"
    stray = stray_numbers(text, names)
    assert not stray, f"numbers printed besides the template's: {stray}"

    # an atlas of the provinces ("Provinces" button, filtered to five departments with many small provinces)
    # with the survey count of each province on its page
    for row in range(maps.layer_list.count()):
        item = maps.layer_list.item(row)
        item.setCheckState(Qt.Checked if item.text() == "Child-risk index 2019" else Qt.Unchecked)
    maps.use_boundaries("provincias")
    maps.coverage.currentLayer().setSubsetString(" OR ".join(f"ubigeo LIKE '{d}%'" for d in ATLAS_DEPARTMENTS))
    maps.name_field.setField("ubigeo")
    assert maps.value_field.layer().name() == "Child-risk index 2019"
    maps.value_field.setField("n_children_measured")
    atlas = print_maps_page(maps, qtbot, tmp_path / "atlas.pdf")
    codes = {code: code for code in frame.index if code[:2] in ATLAS_DEPARTMENTS}
    printed = atlas_pages(atlas, codes, "n_children_measured", ["Child-risk index 2019", "Provinces"], record_tokens)
    assert len(printed) == 61
    measured = survey["n_haz"].groupby(survey.index.str[:4]).sum()
    shown, hidden = one_area_pages(printed)
    for code, count in shown.items():
        assert count >= MIN_CELL, f"{code}: a count of {count:.0f} children is printed"
        assert count == measured[code], f"{code}: the page does not print the province's survey count"
    small = {code for code in codes if measured.get(code, 0) < MIN_CELL}
    assert len(small) >= 20 and small <= hidden, f"provinces under {MIN_CELL} children printed: {small - hidden}"
    assert set(shown) == {code for code in codes if frame.loc[code, "n_children_measured"] >= MIN_CELL} and shown


# --- Processing ------------------------------------------------------------------------------------------------


def child_risk_algorithm(level: int, target: Path) -> QgsVectorLayer:
    import processing

    processing.run(
        "aguaperu:childrisk", {"DATA_FOLDER": str(SHARED), "LEVEL": level, "MIN_CELL": MIN_CELL, "OUTPUT": str(target)}
    )
    layer = QgsVectorLayer(f"{target}|layername=child_risk", "Riesgo infantil", "ogr")
    assert layer.isValid()
    return layer


def export_atlas(layer: str, coverage: str, name_field: str, value_field: str, output: Path) -> Path:
    import processing

    processing.run(
        "aguaperu:exportmap",
        {
            "LAYERS": [layer],
            "TITLE": "Riesgo infantil",
            "MODELS": [2],
            "COVERAGE": coverage,
            "NAME_FIELD": name_field,
            "VALUE_FIELD": value_field,
            "OUTPUT": str(output),
        },
    )
    return output


def test_processing_atlases_print_no_district_or_province_under_the_minimum_cell(
    plugin, qgis_processing, qgis_new_project, survey, record_tokens, tmp_path
):
    # districts: per department, the mean and maximum survey count of its districts
    districts = child_risk_algorithm(0, tmp_path / "distritos.gpkg")
    assert districts.featureCount() == DISTRICTS
    departments = f"{BOUNDARIES}|layername=departamentos"
    atlas = export_atlas(districts.source(), departments, "dep", "n_children_measured", tmp_path / "dep.pdf")
    printed = atlas_pages(atlas, names_of("departamentos", "dep"), "n_children_measured", [], record_tokens)
    assert len(printed) == 25
    published = survey.loc[survey["n_haz"] >= MIN_CELL, "n_haz"]
    hidden = set()
    for code, (count, mean, largest) in printed.items():
        assert count == sum(1 for f in districts.getFeatures() if str(f["ubigeo"]).startswith(code))
        mine = published[published.index.str[:2] == code]
        if mine.empty:
            assert mean is None and largest is None, f"{code}: no district reaches {MIN_CELL} children"
            hidden.add(code)
            continue
        assert mean >= MIN_CELL and largest >= MIN_CELL, f"{code}: counts under {MIN_CELL} children printed"
        assert largest == mine.max() and mean == pytest.approx(mine.mean(), abs=0.051), code
    assert len(hidden) < len(printed)

    # provinces of Áncash, one page each, with the province's own direct (survey) stunting prevalence
    provinces = child_risk_algorithm(1, tmp_path / "provincias.gpkg")
    coverage = f"{provinces.source()}|subset=\"ubigeo\" LIKE '{ANCASH}%'"
    atlas = export_atlas(provinces.source(), coverage, "province", "direct_stunting_pct", tmp_path / "prov.pdf")
    names = {str(f["province"]): str(f["ubigeo"]) for f in provinces.getFeatures() if f["ubigeo"].startswith(ANCASH)}
    printed = atlas_pages(atlas, names, "direct_stunting_pct", [], record_tokens)
    assert len(printed) == 20
    province = survey.groupby(survey.index.str[:4]).sum()
    shown, hidden = one_area_pages(printed)
    for code, prevalence in shown.items():
        n, k = province.loc[code, "n_haz"], province.loc[code, "k_stunted"]
        assert n >= MIN_CELL, f"{code}: the direct estimate of {n} children is printed"
        assert prevalence == pytest.approx(round(100 * k / n, 1), abs=0.051), code
    small = {code for code in names.values() if province["n_haz"].get(code, 0) < MIN_CELL}
    assert len(small) >= 10 and small <= hidden and shown
