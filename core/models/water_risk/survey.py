"""The office's own observations of its water systems: a survey of the treatment state and water-quality measurements.

Two inputs, one shape (``OBSERVATION_COLUMNS``: ``ID, works, observed_on, source``):

- **Survey**: a table of system ids and the treatment state, as SIASAR exports it (``ID, trat_funciona,
  fecha_encuesta``; other SIASAR columns are kept). ``SI``/``Sí``/``1``/``true`` is working, ``NO``/``0``/``false``
  not working, a blank is no observation.
- **Measurements**: the long table the standards check reads (OEFA's ``Nombre del punto, Fecha, Parámetro,
  Valor, Unidad de medida, lon, lat`` or ``point, date, parameter, value, unit``). Free residual chlorine below
  ``CHLORINE_MIN_MG_L`` (0.5 mg/L, DS 031-2010-SA) or a microbiological parameter above 0 per 100 mL (total or
  thermotolerant coliforms, *E. coli*) marks the system's treatment as not working; chlorine at or above
  0.5 mg/L marks it working. A sample is matched to the system whose ``ID`` is its point name, else to the
  nearest system within ``MATCH_TOLERANCE_M`` metres of its coordinates; the latest sampling date of a system
  decides (a failure on that date wins over a pass on the same date).

When a system is both surveyed and measured, the later observation wins (the survey on a tie).
"""

from pathlib import Path

import numpy as np
import pandas as pd

from ...errors import InputError

MATCH_TOLERANCE_M = 150.0  # a sampling point this close to a system (and no closer system) is that system's tap
CHLORINE_MIN_MG_L = 0.5  # DS 031-2010-SA, Anexo III, nota 2: free residual chlorine in the network
MICROBIOLOGICAL = ("total_coliforms", "thermotolerant_coliforms", "e_coli")  # limit 0 per 100 mL
DECIDING = ("chlorine", *MICROBIOLOGICAL)
OBSERVATION_COLUMNS = ["ID", "works", "observed_on", "source"]
MEASUREMENT_COLUMNS = [*OBSERVATION_COLUMNS, "parameter", "value", "unit", "match", "distance_m"]
HISTORY_COLUMNS = ["ID", "date", "parameter", "value", "unit", "limit_low", "limit_high"]

ID_ALIASES = ("ID", "system_id", "id_sistema", "codigo", "codigo del sistema", "codigo sistema", "sistema")
WORKS_ALIASES = ("trat_funciona", "treatment_works", "works", "funciona", "tratamiento funciona")
DATE_ALIASES = ("fecha_encuesta", "survey_date", "observed_on", "fecha", "date")
TRUE_WORDS = {"si", "s", "yes", "y", "1", "1.0", "true", "verdadero", "funciona"}
FALSE_WORDS = {"no", "n", "0", "0.0", "false", "falso", "no funciona"}


# survey ------------------------------------------------------------------------------------------------------


def _table(path_or_frame, what: str) -> tuple[pd.DataFrame, str]:
    """A frame of text cells and the name to cite in errors."""
    if isinstance(path_or_frame, pd.DataFrame):
        return path_or_frame.copy(), f"<{what} table>"
    from ...io.tables import read_table
    from ...validation import Report

    path = Path(path_or_frame)
    report = Report()
    frame = read_table(path, report)
    if frame is None:
        first = report.errors[0] if report.errors else None
        raise InputError(
            str(first) if first else f"{path} could not be read.",
            code=first.code if first else "unreadable_file",
            file=str(path),
            fix=first.fix if first else "Save the table as CSV (UTF-8) or Excel.",
            report=report,
        )
    return frame, str(path)


def _yes_no(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(True/False/NA as an object series, mask of values that are neither)."""
    from ...io.columns import normalise

    def word(value) -> str:
        if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
            return ""
        if isinstance(value, (bool, np.bool_)):
            return "1" if value else "0"
        text = str(value).strip().lower()
        return text if text in ("1.0", "0.0") else normalise(text) if " " not in text else text

    words = values.map(word)
    # "sí" and "SÍ" lose their accent through normalise; "no funciona" keeps its space
    words = words.map(lambda w: "si" if w in ("sí",) else w)
    works = pd.Series(pd.NA, index=values.index, dtype=object)
    works[words.isin(TRUE_WORDS)] = True
    works[words.isin(FALSE_WORDS)] = False
    bad = (words != "") & ~words.isin(TRUE_WORDS | FALSE_WORDS)
    return works, bad


def _ids(values: pd.Series) -> pd.Series:
    """Ids as text: ``147405``, ``147405.0`` and `` 147405 `` are the same system."""
    text = values.astype("string").str.strip()
    return text.str.replace(r"^(\d+)\.0+$", r"\1", regex=True)


def read_survey(path_or_frame) -> pd.DataFrame:
    """The office's survey: one row per system observed, columns ``ID, works, observed_on, source`` first.

    Parameters
    ----------
    path_or_frame:
        A CSV (``;`` or ``,``; UTF-8 or Windows-1252) or Excel file, or a frame, with a system id column (``ID``)
        and the treatment state (``trat_funciona``: SI/NO, Sí/No, 1/0); the survey date (``fecha_encuesta``)
        is optional. Other columns are kept after the four. Rows with a blank state are left out; a system
        surveyed twice keeps its latest row.

    Raises
    ------
    InputError
        ``missing_column`` when there is no id or state column; ``survey_bad_state`` when a state is neither
        yes nor no; ``empty_input`` when no row has a state.
    """
    frame, file = _table(path_or_frame, "survey")
    from ...io.columns import closest_column, find_column

    columns = {}
    for key, aliases, shown in (("ID", ID_ALIASES, "ID"), ("works", WORKS_ALIASES, "trat_funciona")):
        columns[key] = find_column(frame.columns, aliases)
        if columns[key] is None:
            suggestion = closest_column(frame.columns, shown)
            raise InputError(
                f"Required column '{shown}' is missing.",
                code="missing_column" if suggestion else "missing_column_no_suggestion",
                file=file,
                column=shown,
                suggestion=suggestion,
                fix=f"Rename column '{suggestion}' to '{shown}', or add the column."
                if suggestion
                else f"Add a column named '{shown}'.",
            )
    date_column = find_column(frame.columns, DATE_ALIASES)
    works, bad = _yes_no(frame[columns["works"]])
    if bad.any():
        examples = frame.loc[bad, columns["works"]].astype(str).unique()[:5].tolist()
        raise InputError(
            f"{int(bad.sum())} values of '{columns['works']}' are neither SI nor NO (for example {examples}).",
            code="survey_bad_state",
            file=file,
            column=columns["works"],
            count=int(bad.sum()),
            examples=examples,
            rows=[int(r) + 2 for r in np.flatnonzero(bad.to_numpy())[:5]],
            fix="Write SI where the treatment works and NO where it does not (or 1 and 0); leave unknown states blank.",
        )
    observed_on = _dates(frame[date_column]) if date_column else pd.Series(pd.NaT, index=frame.index)
    rest = [c for c in frame.columns if c not in (columns["ID"], columns["works"], date_column)]
    out = pd.DataFrame(
        {
            "ID": _ids(frame[columns["ID"]]),
            "works": works,
            "observed_on": observed_on,
            "source": "survey",
        },
        index=frame.index,
    )
    out = pd.concat([out, frame[rest]], axis=1)
    out = out[out["works"].notna() & out["ID"].notna() & (out["ID"] != "")]
    if out.empty:
        raise InputError(
            "The survey has no system with a treatment state.",
            code="empty_input",
            file=file,
            column=columns["works"],
            fix="Fill the treatment state (SI or NO) of the systems surveyed.",
        )
    out = _latest(out)
    out["works"] = out["works"].astype(bool)
    return out.reset_index(drop=True)


def _dates(values: pd.Series) -> pd.Series:
    """Dates of a column: ISO dates as they are, others day first (as the measurement reader reads them)."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return pd.to_datetime(values, errors="coerce").dt.normalize()
    from ...standards.measurements import parse_dates

    text = values.astype("string").fillna("").str.strip().astype(object)
    return pd.to_datetime(parse_dates(text), errors="coerce")


def _latest(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per ``ID``: the latest ``observed_on`` (NaT is the oldest), the last row on a tie."""
    order = frame.assign(_when=frame["observed_on"].fillna(pd.Timestamp.min), _row=np.arange(len(frame)))
    order = order.sort_values(["ID", "_when", "_row"], kind="mergesort")
    return order.drop_duplicates("ID", keep="last").drop(columns=["_when", "_row"]).sort_index()


# measurements ------------------------------------------------------------------------------------------------


def _system_points(systems) -> pd.DataFrame:
    """``ID, longitude, latitude`` of the systems (a predict frame, a ``read_water_points`` frame or a path)."""
    if isinstance(systems, (str, Path)):
        from ...io.water_points import read_water_points

        systems = read_water_points(systems).require()
    if "ID" in systems:
        ids = systems["ID"]
    elif "system_id" in systems:
        ids = systems["system_id"]
    else:
        raise InputError("The water systems have no ID column.", code="missing_column_no_suggestion", column="ID")
    if {"longitude", "latitude"} <= set(systems.columns):
        lon, lat = systems["longitude"], systems["latitude"]
    elif "geometry" in systems:
        from ...spatial.join import point_xy

        lon, lat = point_xy(systems.geometry)
    else:
        raise InputError(
            "The water systems have no coordinates.", code="missing_column_no_suggestion", column="longitude"
        )
    return pd.DataFrame(
        {
            "ID": _ids(pd.Series(np.asarray(ids))).to_numpy(),
            "longitude": pd.to_numeric(pd.Series(np.asarray(lon)), errors="coerce").to_numpy(),
            "latitude": pd.to_numeric(pd.Series(np.asarray(lat)), errors="coerce").to_numpy(),
        }
    )


def _samples(path_or_frame, systems) -> pd.DataFrame:
    """Every measurement row matched to a system: the reader's columns plus ``parameter, ID, match, distance_m``."""
    from ...standards.measurements import measurements_frame
    from ...standards.measurements import read_measurements as read_long
    from ...standards.parameters import match_parameters

    if isinstance(path_or_frame, pd.DataFrame):
        long = measurements_frame(path_or_frame.astype("string").fillna("").astype(object), "<measurements table>")
    else:
        long = read_long(Path(path_or_frame))
    long = long.assign(parameter=match_parameters(long["parameter_name"])["parameter"].to_numpy())
    points = _system_points(systems)
    by_id = pd.Series(np.arange(len(points)), index=points["ID"].to_numpy())
    by_id = by_id[~by_id.index.duplicated()]
    name = _ids(long["point"].astype("string"))
    position = name.map(by_id)
    match = pd.Series(np.where(position.notna(), "id", ""), index=long.index, dtype=object)
    distance = pd.Series(np.where(position.notna(), 0.0, np.nan), index=long.index)
    todo = position.isna() & long["lon"].notna() & long["lat"].notna()
    located = points[["longitude", "latitude"]].notna().all(axis=1).to_numpy()
    if todo.any() and located.any():
        from scipy.spatial import cKDTree

        from .features import EARTH_RADIUS_KM, unit_vectors

        tree = cKDTree(unit_vectors(points.loc[located, "longitude"], points.loc[located, "latitude"]))
        chord, nearest = tree.query(unit_vectors(long.loc[todo, "lon"], long.loc[todo, "lat"]))
        metres = 2 * EARTH_RADIUS_KM * 1000 * np.arcsin(np.clip(chord / 2, 0, 1))
        close = metres <= MATCH_TOLERANCE_M
        rows = long.index[todo][close]
        position[rows] = np.flatnonzero(located)[nearest[close]]
        match[rows] = "distance"
        distance[rows] = metres[close]
    long = long.assign(match=match, distance_m=distance)
    long = long[position.notna()].copy()
    long["ID"] = points["ID"].to_numpy()[position[position.notna()].astype(int).to_numpy()]
    return long


def _verdicts(samples: pd.DataFrame) -> pd.DataFrame:
    """``works`` of each deciding sample: chlorine in mg/L against 0.5, microbiology against 0; NA otherwise."""
    from ...standards.units import conversion_factors

    deciding = samples[samples["parameter"].isin(DECIDING)].copy()
    chlorine = deciding["parameter"].eq("chlorine")
    factor = conversion_factors(deciding["unit"], pd.Series("mg/L", index=deciding.index))
    factor = factor.where(~chlorine | deciding["unit"].astype(str).str.strip().ne(""), 1.0)  # blank unit: mg/L
    value = deciding["value"] * factor.where(chlorine, 1.0)
    censored = deciding["censored"].astype(str)
    works = pd.Series(pd.NA, index=deciding.index, dtype=object)
    # chlorine: at or above the minimum works; below it (or "<x" with x at most the minimum) does not
    below = chlorine & value.notna() & ((value < CHLORINE_MIN_MG_L) | (censored.eq("<") & (value <= CHLORINE_MIN_MG_L)))
    above = chlorine & value.notna() & ~below & ~censored.eq("<")
    works[below] = False
    works[above] = True
    # microbiology: any count above zero fails ("<1.8" and "<1" are below detection: no count)
    micro = ~chlorine
    counted = value.fillna(0.0) > 0
    failed = micro & ((counted & ~censored.eq("<")) | censored.eq(">"))
    passed = micro & ~failed & (value.notna() | censored.eq("<"))
    works[failed] = False
    works[passed] = True
    deciding["works"] = works
    deciding["value"] = value
    deciding["unit"] = np.where(chlorine, "mg/L", deciding["unit"])
    return deciding[deciding["works"].notna()]


def read_measurements(path_or_frame, systems) -> pd.DataFrame:
    """The state each measured system's treatment shows: one row per system, its latest sampling date deciding.

    Parameters
    ----------
    path_or_frame:
        A measurement table (see the module docstring) or a frame with its columns.
    systems:
        The water systems to match to (a frame with ``ID`` or ``system_id`` and ``longitude, latitude`` or
        point geometry, e.g. ``predict``'s systems frame or ``read_water_points``'s, or a SIASAR path).

    Returns
    -------
    DataFrame
        ``ID, works, observed_on, source ("measurement"), parameter, value, unit, match ("id" or "distance"),
        distance_m`` (0 for an id match): the measurement that decided (on the latest date, a failure if any).
        Systems with no chlorine or microbiological measurement are absent.

    Raises
    ------
    InputError
        When the table cannot be read or lacks point, parameter, value or unit.
    """
    samples = _verdicts(_samples(path_or_frame, systems))
    if samples.empty:
        return pd.DataFrame(columns=MEASUREMENT_COLUMNS).astype({"works": bool})
    samples = samples.assign(
        observed_on=pd.to_datetime(samples["date"], errors="coerce"),
        _fails=(~samples["works"].astype(bool)).astype(int),
        _when=pd.to_datetime(samples["date"], errors="coerce").fillna(pd.Timestamp.min),
        _row=np.arange(len(samples)),
    )
    # the latest date; on it a failure before a pass; then the last row of the file
    ordered = samples.sort_values(["ID", "_when", "_fails", "_row"], kind="mergesort")
    last = ordered.drop_duplicates("ID", keep="last")
    out = pd.DataFrame(
        {
            "ID": last["ID"].astype(str).to_numpy(),
            "works": last["works"].astype(bool).to_numpy(),
            "observed_on": last["observed_on"].to_numpy(),
            "source": "measurement",
            "parameter": last["parameter"].to_numpy(),
            "value": last["value"].astype(float).to_numpy(),
            "unit": last["unit"].astype(str).to_numpy(),
            "match": last["match"].to_numpy(),
            "distance_m": last["distance_m"].astype(float).round(1).to_numpy(),
        }
    )
    return out[MEASUREMENT_COLUMNS].reset_index(drop=True)


def measurement_history(path_or_frame, systems, standard: str = "DS 031-2010-SA") -> pd.DataFrame:
    """Every measurement matched to a system, with the standard's limits, for a per-system chart.

    Returns ``ID, date, parameter, value, unit, limit_low, limit_high`` sorted by system, parameter and date.
    Chlorine's ``limit_low`` is ``CHLORINE_MIN_MG_L``; other limits come from the standard's drinking-water
    table (``consumo-humano``) in the unit of that table (values converted where the units allow).
    """
    from ...standards.tables import load_limits
    from ...standards.units import conversion_factors

    samples = _samples(path_or_frame, systems)
    samples = samples[samples["parameter"].notna() & samples["value"].notna()]
    limits = load_limits(standard)
    limits = limits[limits["category"].eq("consumo-humano")] if "category" in limits else limits
    limits = limits.drop_duplicates("parameter").set_index("parameter")
    unit = samples["parameter"].map(limits["unit"]) if len(limits) else pd.Series(np.nan, index=samples.index)
    factor = conversion_factors(samples["unit"], unit.fillna(""))
    converted = factor.notna()
    value = samples["value"].where(~converted, samples["value"] * factor)
    shown_unit = samples["unit"].where(~converted, unit)

    def limit(column: str) -> pd.Series:
        raw = pd.to_numeric(samples["parameter"].map(limits[column]), errors="coerce")
        return raw.where(converted)

    low = limit("min")
    low[samples["parameter"].eq("chlorine")] = CHLORINE_MIN_MG_L
    out = pd.DataFrame(
        {
            "ID": samples["ID"].astype(str),
            "date": pd.to_datetime(samples["date"], errors="coerce"),
            "parameter": samples["parameter"],
            "value": value.astype(float),
            "unit": shown_unit.astype(str),
            "limit_low": low.astype(float),
            "limit_high": limit("max").astype(float),
        }
    )
    return out.sort_values(["ID", "parameter", "date"], kind="mergesort").reset_index(drop=True)[HISTORY_COLUMNS]


# both --------------------------------------------------------------------------------------------------------


def observations(survey=None, measurements=None, systems=None) -> pd.DataFrame:
    """The survey and the measurements as one table, one row per system: the later observation wins.

    ``survey`` and ``measurements`` are paths, frames or None (frames already read by ``read_survey`` or
    ``read_measurements`` are taken as they are); ``systems`` is needed to match measurements.
    """
    parts = []
    if survey is not None:
        read = survey if _is_read(survey, "survey") else read_survey(survey)
        parts.append(read[OBSERVATION_COLUMNS])
    if measurements is not None:
        if _is_read(measurements, "measurement"):
            read = measurements
        else:
            if systems is None:
                raise InputError(
                    "Measurements need the water systems to be matched to.", code="measurements_without_systems"
                )
            read = read_measurements(measurements, systems)
        parts.append(read[OBSERVATION_COLUMNS])
    if not parts:
        return pd.DataFrame(columns=OBSERVATION_COLUMNS)
    both = pd.concat(parts, ignore_index=True)
    both["observed_on"] = pd.to_datetime(both["observed_on"], errors="coerce")
    # a measurement replaces a survey row only when strictly later: sort survey after measurement on a tie
    rank = both["source"].map({"measurement": 0, "survey": 1})
    ordered = both.assign(
        _when=both["observed_on"].fillna(pd.Timestamp.min), _rank=rank, _row=np.arange(len(both))
    ).sort_values(["ID", "_when", "_rank", "_row"], kind="mergesort")
    latest = ordered.drop_duplicates("ID", keep="last")[OBSERVATION_COLUMNS]
    latest["works"] = latest["works"].astype(bool)
    return latest.reset_index(drop=True)


def _is_read(value, source: str) -> bool:
    return (
        isinstance(value, pd.DataFrame)
        and set(OBSERVATION_COLUMNS) <= set(value.columns)
        and value["source"].eq(source).all()
    )
