"""UBIGEO codes: repair lost zeros, recognise the level, translate RENIEC codes, check them against INEI 2017.

A UBIGEO is text: 2 digits for a department, 4 for a province, 6 for a district (``"010101"``). Tables
also write departments as ``"010000"`` and provinces as ``"010100"``.
"""

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..validation import Report, Severity
from .columns import find_column
from .tables import read_table

# finest level first: a table with district and province codes is keyed by the district's
KEY_ALIASES = (
    "ubigeo",
    "inei",
    "ubigeo_inei",
    "cod_ubigeo",
    "codigo_ubigeo",
    "ubigeo_distrito",
    "iddist",
    "cod_dist",
    "codigo",
    "id_ubigeo",
    "inei_distrito",
    "idprov",
    "provs",
    "cod_prov",
    "iddpto",
    "cod_dep",
)
LEVELS = {2: "department", 4: "province", 6: "district"}


@dataclass
class UbigeoReference:
    """The INEI 2017 district codes and the RENIEC → INEI crosswalk (either may be empty)."""

    districts: frozenset = frozenset()
    reniec_to_inei: dict = field(default_factory=dict)

    @classmethod
    def from_data_dir(cls, data_dir: str | Path) -> "UbigeoReference":
        """Codes of the district layer and the crosswalk of ``socioeconomic/ubigeo_distrito.csv``.

        Either file may be missing in ``data_dir`` (a folder laid out like the shared data).

        Raises
        ------
        InputError
            When either file is there but cannot be read, or lacks its code columns.
        """
        data_dir = Path(data_dir)
        table = data_dir / "socioeconomic" / "ubigeo_distrito.csv"
        reference = cls()
        if table.is_file():
            frame = _crosswalk(table)
            reference = cls.from_crosswalk(frame["inei"], frame["reniec"])
        layer = data_dir / "boundaries" / "peru_limites_inei2017.gpkg"
        if layer.is_file():
            reference = reference.with_districts(gpkg_codes(layer, "distritos"))
        return reference

    @classmethod
    def from_crosswalk(cls, inei: pd.Series, reniec: pd.Series, districts=None) -> "UbigeoReference":
        inei = repair_padding(inei)[0]
        reniec = repair_padding(reniec)[0]
        pairs = {r: i for r, i in zip(reniec, inei, strict=True) if isinstance(r, str) and isinstance(i, str)}
        codes = frozenset(districts) if districts is not None else frozenset(c for c in inei if isinstance(c, str))
        return cls(codes, pairs)

    def with_districts(self, codes) -> "UbigeoReference":
        return UbigeoReference(frozenset(codes), self.reniec_to_inei)


def gpkg_codes(path: Path, layer: str, column: str = "ubigeo") -> list[str]:
    """The codes of a GeoPackage layer, read with SQLite alone (no geometry is decoded).

    Raises
    ------
    InputError
        When the file is not a GeoPackage or has no such layer or column.
    """
    import sqlite3

    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        connection.text_factory = lambda data: data.decode("utf-8", "replace")  # a damaged code is not a crash
        try:
            rows = connection.execute(f'SELECT "{column}" FROM "{layer}"').fetchall()  # noqa: S608 (names are ours)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise InputError(
            f"The codes of layer '{layer}' cannot be read from {path} ({error}).",
            code="boundary_codes_unreadable",
            file=str(path),
            column=column,
            layer=layer,
            reason=str(error),
            fix=f"Use the INEI 2017 boundaries GeoPackage with a layer '{layer}' and a text column '{column}'.",
        ) from error
    return [str(code) for (code,) in rows if code is not None]


def insert_key(frame: pd.DataFrame, codes) -> pd.DataFrame:
    """``frame`` with ``codes`` as its first column ``ubigeo``; another column already named ``ubigeo`` (the key
    was found under a name that differs only in accents or invisible characters) is kept as ``ubigeo.1``."""
    if "ubigeo" in frame.columns:
        frame = frame.rename(columns={"ubigeo": "ubigeo.1"})
    frame.insert(0, "ubigeo", codes)
    return frame


def _crosswalk(path: Path) -> pd.DataFrame:
    """The ``inei`` and ``reniec`` columns of the crosswalk table, rows with both codes only."""
    report = Report()
    frame = read_table(path, report)
    columns = [find_column(frame.columns, (name,)) if frame is not None else None for name in ("inei", "reniec")]
    if None in columns:
        problem = "; ".join(item.message for item in report.errors) or "it has no 'inei' and 'reniec' columns."
        raise InputError(
            f"The UBIGEO crosswalk {path} cannot be used: {problem}",
            code="ubigeo_crosswalk_unusable",
            file=str(path),
            column="inei, reniec",
            fix="Restore socioeconomic/ubigeo_distrito.csv from the shared data (columns inei and reniec).",
        )
    return frame[columns].set_axis(["inei", "reniec"], axis=1).dropna()


def repair_padding(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Codes as text with their leading zeros back; returns (codes, mask of repaired rows).

    ``10101``, ``"10101"`` and ``10101.0`` all become ``"010101"``. Anything that is not digits is NaN.
    Each distinct code is repaired once (a million water systems lie in fewer than 2,000 districts).
    """
    codes, uniques = pd.factorize(values.astype("string"))  # missing values get code -1: the last one below
    distinct = pd.Series([*np.asarray(uniques, dtype=object), pd.NA], dtype="string")
    padded, repaired = _repair_padding(distinct)
    return (
        pd.Series(padded.to_numpy(dtype=object)[codes], index=values.index, dtype=object),
        pd.Series(repaired.to_numpy(dtype=bool)[codes], index=values.index, dtype=bool),
    )


def _repair_padding(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    text = values.astype("string").str.strip()
    text = text.str.replace(r"\.0+$", "", regex=True)
    digits = text.where(text.str.fullmatch(r"\d{1,6}").fillna(False))
    width = digits.str.len().map({1: 2, 2: 2, 3: 4, 4: 4, 5: 6, 6: 6})
    padded = pd.Series(
        [d.zfill(int(w)) if isinstance(d, str) and pd.notna(w) else pd.NA for d, w in zip(digits, width, strict=True)],
        index=values.index,
        dtype="string",
    )
    repaired = padded.notna() & (padded != digits)
    return padded.astype(object).where(padded.notna(), None), repaired.fillna(False).astype(bool)


def level_of(codes: pd.Series) -> str:
    """ "department", "province" or "district": what most codes of the column are."""
    codes = codes.dropna()
    if codes.empty:
        return "district"
    if (codes.str.len() == 2).mean() > 0.5 or (codes.str.endswith("0000")).mean() > 0.9:
        return "department"
    if (codes.str.len() == 4).mean() > 0.5 or (codes.str.endswith("00")).mean() > 0.9:
        return "province"
    return "district"


def to_level(codes: pd.Series, level: str) -> pd.Series:
    """Codes cut to the length of ``level`` (``"010000"`` → ``"01"`` for departments)."""
    length = {"department": 2, "province": 4, "district": 6}[level]
    return codes.where(codes.isna(), codes.str[:length])


def normalise_key(
    frame: pd.DataFrame, column: str, file: str, report: Report, reference: UbigeoReference | None = None
) -> tuple[pd.Series, str]:
    """Clean the key column of a table: returns (codes at their level, level). Problems go to ``report``."""
    reference = reference or UbigeoReference()
    codes, repaired = repair_padding(frame[column])
    present = frame[column].notna()
    malformed = present & pd.Series([c is None for c in codes], index=frame.index)
    if repaired.any():
        report.add(Severity.NOTE, "ubigeo_padding", file, column, frame.index[repaired][:5], count=int(repaired.sum()))
    if malformed.any():
        report.add(
            Severity.WARNING,
            "ubigeo_malformed",
            file,
            column,
            frame.index[malformed][:5],
            count=int(malformed.sum()),
            examples=frame.loc[malformed, column].astype(str).tolist(),
        )
    codes = pd.Series(codes, index=frame.index, dtype=object)
    level = level_of(codes)
    if level != "district":
        report.add(Severity.NOTE, "ubigeo_level", file, column, level=level)
        return to_level(codes, level), level

    if reference.reniec_to_inei and reference.districts:
        in_inei = codes.isin(reference.districts).sum()
        in_reniec = codes.isin(reference.reniec_to_inei.keys()).sum()
        if in_reniec > in_inei:
            translatable = codes.isin(reference.reniec_to_inei.keys()) & (codes.map(reference.reniec_to_inei) != codes)
            codes = codes.map(lambda c: reference.reniec_to_inei.get(c, c) if isinstance(c, str) else c)
            report.add(Severity.NOTE, "ubigeo_reniec", file, column, count=int(translatable.sum()))
    if reference.districts:
        unknown = codes.notna() & ~codes.isin(reference.districts)
        if unknown.any():
            report.add(
                Severity.WARNING,
                "ubigeo_unknown",
                file,
                column,
                frame.index[unknown][:5],
                count=int(unknown.sum()),
                examples=codes[unknown].tolist(),
            )
    duplicated = codes.notna() & codes.duplicated(keep="first")
    if duplicated.any():
        report.add(
            Severity.WARNING,
            "ubigeo_duplicate",
            file,
            column,
            frame.index[duplicated][:5],
            count=int(codes[duplicated].nunique()),
            examples=sorted(codes[duplicated].unique().tolist()),
        )
    return codes, level
