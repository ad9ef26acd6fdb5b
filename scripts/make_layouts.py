"""Write the page templates resources/layouts/*.qpt from aguaperu_plugin/printing/templates.py.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_layouts.py
"""

from qgis.core import QgsApplication

from aguaperu.aguaperu_plugin.printing.templates import write_templates


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    for path in write_templates():
        print(path)
    app.exitQgis()


if __name__ == "__main__":
    main()
