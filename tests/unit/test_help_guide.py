"""The bundled user guide: every guide links only to files that ship beside it, and the Spanish one covers each
task a planner does."""

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from scripts.make_zip import runtime_files

ROOT = Path(__file__).resolve().parents[2]
HELP = ROOT / "resources" / "help"
GUIDES = sorted(HELP.glob("*/index.html"))


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs) -> None:
        attrs = dict(attrs)
        self.targets += [attrs[key] for key in ("src", "href") if attrs.get(key)]
        if attrs.get("id"):
            self.ids.add(attrs["id"])


def parse(guide: Path) -> Links:
    links = Links()
    links.feed(guide.read_text(encoding="utf-8"))
    return links


def test_there_is_a_spanish_guide():
    assert HELP / "es" / "index.html" in GUIDES


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.parent.name)
def test_every_relative_link_of_the_guide_exists_and_ships(guide):
    links = parse(guide)
    shipped = set(runtime_files(ROOT))
    relative = [t for t in links.targets if not urlparse(t).scheme]
    assert any("img/" in t and t.endswith(".png") for t in relative)  # the guide shows screenshots
    for target in relative:
        path, _, anchor = target.partition("#")
        if path:
            file = (guide.parent / unquote(path)).resolve()
            assert file.is_file(), target
            assert file.relative_to(ROOT) in shipped, target
        if anchor and not path:
            assert anchor in links.ids, target
        elif anchor:
            assert f'id="{anchor}"' in file.read_text(encoding="utf-8"), target
    assert not [t for t in links.targets if urlparse(t).scheme in ("http", "https")]  # offline: nothing remote


def test_the_spanish_guide_walks_through_every_task():
    text = (HELP / "es" / "index.html").read_text(encoding="utf-8")
    for words in (
        "paquete sin conexión",
        "Carpeta de datos",
        "Validar y agregar capas",
        "Ejecutar el modelo de riesgo de calidad del agua",
        "Predecir la pobreza distrital",
        "Estimar el riesgo infantil",
        "Pronosticar la demanda",
        "Comparar marcados con la línea base",
        "Exportar PDF",
        "Atlas: una página por entidad",
        "qgis_process",
        "Problemas frecuentes",
    ):
        assert words in text, words


def test_the_screenshots_are_small():
    images = list(HELP.rglob("*.png"))
    assert images
    assert sum(image.stat().st_size for image in images) < 2_000_000


def test_the_zip_check_finds_a_guide_image_that_does_not_ship(tmp_path):
    import zipfile

    from scripts.make_zip import check_zip

    guide = (HELP / "es" / "index.html").read_text(encoding="utf-8")
    archive_path = tmp_path / "aguaperu.zip"
    with zipfile.ZipFile(archive_path, "w") as archive:
        archive.writestr("aguaperu/resources/help/es/index.html", guide)
        archive.writestr("aguaperu/resources/help/es/estilo.css", "")
    problems = check_zip(archive_path)
    assert "aguaperu/resources/help/es/index.html: broken link img/pagina_data.png" in problems
    assert not any("estilo.css" in problem for problem in problems)
