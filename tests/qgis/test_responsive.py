"""The dock's pages fold to its default width: rows of buttons become grids, long buttons break into two lines,
long group titles end in "…" with the whole title as tooltip, and every tab stays visible."""

from qgis.PyQt.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from aguaperu.aguaperu_plugin.gui.responsive import fit


def page_with(texts: list[str], title: str = "Título") -> tuple[QWidget, QHBoxLayout, list[QPushButton]]:
    page = QWidget()
    outer = QVBoxLayout(page)
    box = QGroupBox(title, page)
    outer.addWidget(box)
    inner = QVBoxLayout(box)
    row = QHBoxLayout()
    buttons = [QPushButton(text, box) for text in texts]
    for button in buttons:
        row.addWidget(button)
    inner.addLayout(row)
    return page, row, buttons


def test_a_row_too_wide_becomes_a_grid_and_a_row_that_fits_stays(qgis_app):
    texts = ["Nuevo…", "Duplicar", "Editar…", "Eliminar", "Importar…", "Exportar…"]
    page, row, buttons = page_with(texts)
    fit(page, 300)
    grid = row.itemAt(0).layout()
    assert row.count() == 1 and isinstance(grid, QGridLayout)
    assert 1 < grid.columnCount() < len(texts) and grid.rowCount() > 1
    assert [grid.itemAt(i).widget() for i in range(grid.count())] == buttons
    assert page.minimumSizeHint().width() <= 300

    page, row, _ = page_with(["Sí", "No"])
    fit(page, 300)
    assert row.count() == 2  # fits: left as it was


def test_a_long_button_breaks_into_two_lines_with_its_text_as_tooltip(qgis_app):
    text = "Ejecutar el modelo de riesgo de calidad del agua de los sistemas rurales"
    page, _, (button,) = page_with([text])
    fit(page, 300)
    assert "\n" in button.text() and button.text().replace("\n", " ") == text
    assert button.toolTip() == text
    assert page.minimumSizeHint().width() <= 300


def test_a_long_group_title_ends_in_an_ellipsis_with_the_whole_title_as_tooltip(qgis_app):
    title = "Bienestar infantil: desnutrición crónica, anemia e intervenciones recomendadas por distrito"
    page, _, _ = page_with(["Sí"], title)
    box = page.findChild(QGroupBox)
    fit(page, 300)
    assert box.title().endswith("…") and box.toolTip() == title
    assert page.minimumSizeHint().width() <= 300


def test_every_tab_of_the_dock_shows_its_whole_title(spanish_locale, plugin):
    dock = plugin.ensure_dock()
    assert not dock.tabs.usesScrollButtons()
    titles = [dock.tabs.tabText(i) for i in range(dock.tabs.count())]
    assert titles == ["Datos", "Modelos", "Escenarios", "Mapas"]
    assert [dock.tabs.tabToolTip(i) for i in range(dock.tabs.count())] == titles
