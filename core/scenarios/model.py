"""A planning scenario: a named, versioned set of assumptions, read from and written to JSON.

A scenario holds the horizon year, population growth, climate deltas, the demand assumptions, an investment
plan (new water points, rehabilitation, treatment fixes), unit costs, a budget, the access distance and the
departments it covers. ``Scenario.from_dict`` checks every field and reports *all* problems in one
``InputError`` (``details["problems"]``: one ``{"field", "problem", "fix"}`` per problem).

Defaults and their sources (every one can be changed in the file):

- **Per-capita demand** (litres per person per day). Rural: RM 192-2018-VIVIENDA (Norma técnica de diseño:
  opciones tecnológicas para sistemas de saneamiento en el ámbito rural), dotación without water-borne
  sanitation: costa 60, sierra 50, selva 70 (with water-borne sanitation it is 90, 80, 100). Urban: Reglamento
  Nacional de Edificaciones OS.100 (where no consumption study exists): 220 in warm or temperate climate
  (costa, selva), 180 in cold climate (sierra).
- **Climate elasticities** (assumptions, not measurements for Peru): demand rises 3 % per °C of warming
  (within the range reported for urban supply systems, e.g. Dimkić 2020, Environ. Sci. Proc. 2(1):31), and
  changes by −0.05 % per +1 % of precipitation (wetter years need a little less).
- **Unit costs** (soles; order-of-magnitude planning placeholders, not quotations: replace them with the
  figures of your investment projects): a new rural water system 1,200,000; a rehabilitation 350,000; a
  treatment (chlorination) fix 15,000.
- **Need weights**: need factor = 1 + poverty × (poverty_pct / 100) + child_risk × (child_risk_index / 100),
  both weights 1 by default, so the factor runs from 1 to 3.
- **Urban centres served** (default true): SIASAR covers rural systems only; urban populated centres are
  assumed served by their utility (EPS or municipality). With false they count as served only within the
  access distance of a SIASAR system or a new site.
"""

import copy
import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..errors import InputError

FORMAT = "aguaperu-scenario"
FORMAT_VERSION = 1
BASE_YEAR = 2020  # the population figures are the INEI 2020 projection
MAX_HORIZON = 2100
REGIONS = ("costa", "sierra", "selva")
RURAL_LPCD = {"costa": 60.0, "sierra": 50.0, "selva": 70.0}
URBAN_LPCD = {"costa": 220.0, "sierra": 180.0, "selva": 220.0}
TEMPERATURE_PCT_PER_C = 3.0
PRECIPITATION_ELASTICITY = -0.05
UNIT_COSTS = {"new_system": 1_200_000.0, "rehabilitation": 350_000.0, "treatment_fix": 15_000.0}
NEED_WEIGHTS = {"poverty": 1.0, "child_risk": 1.0}
PERU_BOUNDS = (-81.5, -18.5, -68.5, 0.2)  # lon min, lat min, lon max, lat max (with a margin)
ID_LENGTH = 32
FIELDS = (
    "format",
    "format_version",
    "id",
    "name",
    "version",
    "created",
    "modified",
    "base_year",
    "horizon_year",
    "growth",
    "climate",
    "demand",
    "plan",
    "unit_costs",
    "budget",
    "access_km",
    "departments",
    "urban_served",
    "need_weights",
    "notes",
)


def now() -> str:
    """The current UTC time as ISO 8601 text (seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_id() -> str:
    """A new scenario id: 32 hexadecimal digits (a UUID4 without dashes, safe in table names)."""
    return uuid.uuid4().hex


def check_id(value) -> str:
    """``value`` when it is a scenario id (32 lowercase hexadecimal digits); an InputError otherwise."""
    text = str(value)
    if len(text) != ID_LENGTH or any(c not in "0123456789abcdef" for c in text):
        raise InputError(
            f"{value!r} is not a scenario id (32 hexadecimal digits).",
            code="bad_scenario_id",
            field="id",
            value=str(value),
            fix="Use the id the store gave the scenario.",
        )
    return text


@dataclass
class Growth:
    """Population growth from the base year to the horizon: an annual rate (%), or a total (%) at the horizon.

    ``by_district`` maps UBIGEO → annual rate (%) for districts that grow differently; the others take
    ``annual_pct`` (or the annual rate equivalent to ``total_pct``).
    """

    annual_pct: float = 0.0
    total_pct: float | None = None
    by_district: dict[str, float] = field(default_factory=dict)

    def national_factor(self, years: int) -> float:
        """Population at the horizon over the base population, for districts without their own rate."""
        if self.total_pct is not None:
            return 1.0 + self.total_pct / 100.0 if years > 0 else 1.0
        return (1.0 + self.annual_pct / 100.0) ** years


@dataclass
class Climate:
    """Change at the horizon against the base: temperature (°C) and precipitation (%)."""

    temperature_delta_c: float = 0.0
    precipitation_delta_pct: float = 0.0


@dataclass
class Demand:
    """Per-capita consumption (l/person/day) by natural region, rural and urban, and the climate elasticities."""

    rural_lpcd: dict[str, float] = field(default_factory=lambda: dict(RURAL_LPCD))
    urban_lpcd: dict[str, float] = field(default_factory=lambda: dict(URBAN_LPCD))
    temperature_pct_per_c: float = TEMPERATURE_PCT_PER_C
    precipitation_elasticity: float = PRECIPITATION_ELASTICITY

    def climate_factor(self, climate: Climate) -> float:
        """Demand multiplier of the climate deltas: (1 + t% × ΔT) × (1 + e × ΔP%)."""
        warming = 1.0 + self.temperature_pct_per_c / 100.0 * climate.temperature_delta_c
        rain = 1.0 + self.precipitation_elasticity * climate.precipitation_delta_pct / 100.0
        return max(warming * rain, 0.0)


@dataclass
class Plan:
    """The investment plan.

    Attributes
    ----------
    new_sites:
        Items ``{"name", "longitude", "latitude", "cost"?}`` (a chosen site) and at most one
        ``{"optimise": {"k": K}}`` or ``{"optimise": {"budget": B}}`` (sites chosen by maximal covering).
    rehabilitate:
        SIASAR system IDs, or ``{"top": N}``: the first N of the rehabilitation ranking.
    fix_treatment:
        SIASAR system IDs, or ``{"top": N}``: the N functioning systems of highest water-quality risk.
    """

    new_sites: list = field(default_factory=list)
    rehabilitate: list | dict = field(default_factory=list)
    fix_treatment: list | dict = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.new_sites or self.rehabilitate or self.fix_treatment)


@dataclass
class Scenario:
    """A named, versioned set of planning assumptions (see the module docstring for defaults and sources)."""

    name: str
    id: str = field(default_factory=new_id)
    version: int = 1
    created: str = field(default_factory=now)
    modified: str = field(default_factory=now)
    base_year: int = BASE_YEAR
    horizon_year: int = BASE_YEAR
    growth: Growth = field(default_factory=Growth)
    climate: Climate = field(default_factory=Climate)
    demand: Demand = field(default_factory=Demand)
    plan: Plan = field(default_factory=Plan)
    unit_costs: dict[str, float] = field(default_factory=lambda: dict(UNIT_COSTS))
    budget: float | None = None
    access_km: float = 1.0
    departments: list[str] = field(default_factory=list)
    urban_served: bool = True
    need_weights: dict[str, float] = field(default_factory=lambda: dict(NEED_WEIGHTS))
    notes: str = ""

    @property
    def years(self) -> int:
        return self.horizon_year - self.base_year

    def to_dict(self) -> dict:
        """Plain JSON-ready data, ``format`` and ``format_version`` first."""
        data = {"format": FORMAT, "format_version": FORMAT_VERSION, **asdict(self)}
        growth = data["growth"]
        growth.pop("annual_pct" if growth["total_pct"] is not None else "total_pct")
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def save(self, path: str | Path) -> Path:
        """Write the scenario as UTF-8 JSON."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(self.to_json() + "\n", encoding="utf-8")
        temporary.replace(path)
        return path

    def copy(self, **changes) -> "Scenario":
        """A deep copy with ``changes`` applied (same id unless given)."""
        clone = copy.deepcopy(self)
        for key, value in changes.items():
            setattr(clone, key, value)
        return clone

    @classmethod
    def from_dict(cls, data: dict, base_dir: str | Path | None = None, source: str = "scenario") -> "Scenario":
        """A scenario from plain data; missing fields take their defaults.

        Parameters
        ----------
        data:
            Parsed JSON.
        base_dir:
            Folder that relative paths in ``growth.by_district`` are resolved against.
        source:
            What to call the data in messages (e.g. the file name).

        Raises
        ------
        InputError
            ``bad_scenario`` listing every problem (``details["problems"]``).
        """
        return _Reader(source, base_dir).read(data)

    @classmethod
    def from_json(cls, text: str, base_dir: str | Path | None = None, source: str = "scenario") -> "Scenario":
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as error:
            raise InputError(
                f"{source} is not valid JSON: {error}.",
                code="bad_json",
                file=source,
                reason=str(error),
                fix="Check the JSON syntax.",
            ) from error
        return cls.from_dict(data, base_dir, source)

    @classmethod
    def load(cls, path: str | Path) -> "Scenario":
        """Read a scenario file; a per-district growth table given as a path is read and stored inline."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            from ..io.oserrors import file_system_error

            raise file_system_error(error, str(path)) from error
        return cls.from_json(decode_json(data), path.parent, path.name)


def decode_json(data: bytes) -> str:
    """The text of a JSON file: UTF-8 with or without a byte-order mark, UTF-16 or UTF-32 (as RFC 8259
    allows), or else Windows-1252 (a file saved by Notepad in Spanish Windows)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]:
        try:
            return data.decode(json.detect_encoding(data))
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def baseline(like: Scenario | None = None, name: str = "baseline") -> Scenario:
    """The baseline: no plan, no growth, no climate change, at the base year.

    With ``like``, the method settings (access distance, departments, demand, need weights, urban assumption,
    unit costs) are copied from it, so the baseline and the scenario are computed the same way.
    """
    scenario = Scenario(name=name)
    if like is not None:
        scenario.access_km = like.access_km
        scenario.departments = list(like.departments)
        scenario.demand = copy.deepcopy(like.demand)
        scenario.need_weights = dict(like.need_weights)
        scenario.urban_served = like.urban_served
        scenario.unit_costs = dict(like.unit_costs)
    return scenario


class _Reader:
    """Reads scenario data field by field, collecting every problem before raising one InputError."""

    def __init__(self, source: str, base_dir: str | Path | None) -> None:
        self.source = source
        self.base_dir = Path(base_dir) if base_dir is not None else None
        self.problems: list[dict] = []

    def problem(self, name: str, text: str, fix: str) -> None:
        self.problems.append({"field": name, "problem": text, "fix": fix})

    def number(self, data: dict, name: str, default, minimum=None, maximum=None, integer=False, path=None):
        value = data.get(name, default)
        label = path or name
        if value is None and default is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            self.problem(label, f"{value!r} is not a number", f"Give {label} as a number.")
            return default
        if integer and int(value) != value:
            self.problem(label, f"{value!r} is not a whole number", f"Give {label} as a whole number.")
            return default
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            bounds = f"from {minimum}" + (f" to {maximum}" if maximum is not None else " up")
            self.problem(label, f"{value!r} is out of range", f"Give {label} {bounds}.")
            return default
        return int(value) if integer else float(value)

    def section(self, data: dict, name: str, allowed: tuple) -> dict:
        value = data.get(name) or {}
        if not isinstance(value, dict):
            self.problem(name, f"expected an object, got {type(value).__name__}", f"Write {name} as {{...}}.")
            return {}
        for key in value:
            if key not in allowed:
                self.problem(f"{name}.{key}", "unknown field", f"Use one of {', '.join(allowed)}.")
        return value

    def read(self, data) -> Scenario:
        if not isinstance(data, dict):
            raise InputError(f"{self.source} must hold a JSON object.", code="scenario_not_object", file=self.source)
        for key in data:
            if key not in FIELDS:
                self.problem(key, "unknown field", f"Remove it or use one of: {', '.join(FIELDS)}.")
        if data.get("format", FORMAT) != FORMAT:
            self.problem("format", f"{data.get('format')!r} is not {FORMAT!r}", f'Set "format": "{FORMAT}".')
        if data.get("format_version", FORMAT_VERSION) != FORMAT_VERSION:
            self.problem("format_version", "unsupported version", f"Set format_version to {FORMAT_VERSION}.")
        scenario = Scenario(name=self.name(data))
        if "id" in data:
            try:
                scenario.id = check_id(data["id"])
            except InputError:
                self.problem("id", f"{data['id']!r} is not 32 hexadecimal digits", "Remove id to get a new one.")
        scenario.version = self.number(data, "version", 1, minimum=1, integer=True)
        for stamp in ("created", "modified"):
            if stamp in data:
                setattr(scenario, stamp, self.timestamp(data[stamp], stamp))
        scenario.base_year = self.number(data, "base_year", BASE_YEAR, integer=True)
        if scenario.base_year != BASE_YEAR:
            self.problem("base_year", f"{scenario.base_year} is not {BASE_YEAR}", "Population data are for 2020.")
        scenario.horizon_year = self.number(
            data, "horizon_year", BASE_YEAR, minimum=BASE_YEAR, maximum=MAX_HORIZON, integer=True
        )
        scenario.growth = self.growth(data)
        scenario.climate = self.climate(data)
        scenario.demand = self.demand(data)
        scenario.plan = self.plan(data)
        scenario.unit_costs = self.costs(data)
        scenario.budget = self.number(data, "budget", None, minimum=0)
        scenario.access_km = self.number(data, "access_km", 1.0, minimum=0.01, maximum=100)
        scenario.departments = self.departments(data.get("departments") or [])
        urban = data.get("urban_served", True)
        if not isinstance(urban, bool):
            self.problem("urban_served", f"{urban!r} is not true or false", "Write true or false.")
        scenario.urban_served = urban if isinstance(urban, bool) else True
        weights = self.section(data, "need_weights", tuple(NEED_WEIGHTS))
        scenario.need_weights = {
            k: self.number(weights, k, v, minimum=0, path=f"need_weights.{k}") for k, v in NEED_WEIGHTS.items()
        }
        notes = data.get("notes", "")
        scenario.notes = notes if isinstance(notes, str) else str(notes)
        if self.problems:
            listed = "; ".join(f"{p['field']}: {p['problem']} ({p['fix']})" for p in self.problems)
            raise InputError(
                f"{self.source}: {len(self.problems)} problem(s): {listed}",
                code="bad_scenario",
                file=self.source,
                problems=self.problems,
                count=len(self.problems),
                field=self.problems[0]["field"],
                fix=self.problems[0]["fix"],
            )
        return scenario

    def name(self, data: dict) -> str:
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            self.problem("name", "missing or empty", 'Give the scenario a name, e.g. "name": "crecimiento 15 %".')
            return "unnamed"
        return name.strip()

    def timestamp(self, value, name: str) -> str:
        try:
            return datetime.fromisoformat(str(value)).isoformat(timespec="seconds")
        except ValueError:
            self.problem(name, f"{value!r} is not an ISO 8601 date-time", "e.g. 2026-01-31T12:00:00+00:00")
            return now()

    def growth(self, data: dict) -> Growth:
        section = self.section(data, "growth", ("annual_pct", "total_pct", "by_district"))
        if section.get("annual_pct") is not None and section.get("total_pct") is not None:
            self.problem("growth", "both annual_pct and total_pct are given", "Keep one of them.")
        growth = Growth(
            annual_pct=self.number(section, "annual_pct", 0.0, minimum=-10, maximum=20, path="growth.annual_pct"),
            total_pct=self.number(section, "total_pct", None, minimum=-90, maximum=500, path="growth.total_pct"),
        )
        table = section.get("by_district") or {}
        if isinstance(table, str):
            table = self.district_table(table)
        if not isinstance(table, dict):
            self.problem("growth.by_district", "expected an object or a CSV path", 'e.g. {"150101": 1.2}')
            table = {}
        rates = {}
        for code, rate in table.items():
            key = str(code).strip().zfill(6)
            if not (key.isdigit() and len(key) == 6):
                self.problem("growth.by_district", f"{code!r} is not a 6-digit UBIGEO", 'e.g. "150101"')
                continue
            value = self.number({key: rate}, key, 0.0, minimum=-10, maximum=20, path=f"growth.by_district.{key}")
            rates[key] = value
        growth.by_district = rates
        return growth

    def district_table(self, text: str) -> dict:
        """UBIGEO → annual rate from a CSV; its delimiter (``,`` ``;`` tab), encoding and decimal comma are
        detected (``core.io.tables.read_table``)."""
        from ..io.columns import find_column
        from ..io.numbers import parse_numbers
        from ..io.tables import read_table
        from ..validation import Report

        path = Path(text)
        if not path.is_absolute() and self.base_dir is not None:
            path = self.base_dir / path
        report = Report()
        frame = read_table(path, report)
        if frame is None:
            why = report.errors[0].message if report.errors else "no rows"
            self.problem("growth.by_district", f"{path} cannot be read ({why})", "Give a CSV: ubigeo,annual_pct")
            return {}
        code, rate = find_column(frame.columns, ("ubigeo",)), find_column(frame.columns, ("annual_pct",))
        if code is None or rate is None:
            found = ", ".join(map(str, frame.columns[:6]))
            self.problem(
                "growth.by_district", f"{path} lacks ubigeo or annual_pct (columns: {found})", "Name the columns so."
            )
            return {}
        keep = frame[code].notna()
        rates = parse_numbers(frame.loc[keep, rate]).values.astype(float)
        return dict(zip(frame.loc[keep, code], rates, strict=True))

    def climate(self, data: dict) -> Climate:
        section = self.section(data, "climate", ("temperature_delta_c", "precipitation_delta_pct"))
        return Climate(
            temperature_delta_c=self.number(
                section, "temperature_delta_c", 0.0, minimum=-10, maximum=10, path="climate.temperature_delta_c"
            ),
            precipitation_delta_pct=self.number(
                section,
                "precipitation_delta_pct",
                0.0,
                minimum=-100,
                maximum=300,
                path="climate.precipitation_delta_pct",
            ),
        )

    def demand(self, data: dict) -> Demand:
        allowed = ("rural_lpcd", "urban_lpcd", "temperature_pct_per_c", "precipitation_elasticity")
        section = self.section(data, "demand", allowed)
        demand = Demand(
            temperature_pct_per_c=self.number(
                section, "temperature_pct_per_c", TEMPERATURE_PCT_PER_C, -20, 20, path="demand.temperature_pct_per_c"
            ),
            precipitation_elasticity=self.number(
                section,
                "precipitation_elasticity",
                PRECIPITATION_ELASTICITY,
                -2,
                2,
                path="demand.precipitation_elasticity",
            ),
        )
        for name, defaults in (("rural_lpcd", RURAL_LPCD), ("urban_lpcd", URBAN_LPCD)):
            values = section.get(name) or {}
            if not isinstance(values, dict):
                self.problem(f"demand.{name}", "expected an object", 'e.g. {"costa": 60, "sierra": 50, "selva": 70}')
                values = {}
            for key in values:
                if key not in REGIONS:
                    self.problem(f"demand.{name}.{key}", "unknown region", "Use costa, sierra or selva.")
            setattr(
                demand,
                name,
                {r: self.number(values, r, defaults[r], 0, 1000, path=f"demand.{name}.{r}") for r in REGIONS},
            )
        return demand

    def costs(self, data: dict) -> dict:
        section = self.section(data, "unit_costs", tuple(UNIT_COSTS))
        return {k: self.number(section, k, v, minimum=0, path=f"unit_costs.{k}") for k, v in UNIT_COSTS.items()}

    def departments(self, values) -> list[str]:
        if not isinstance(values, list):
            self.problem("departments", "expected a list", 'e.g. ["05", "08"] (empty: all of Peru)')
            return []
        codes = []
        for value in values:
            code = str(value).strip().zfill(2)
            if not (code.isdigit() and 1 <= int(code) <= 25):
                self.problem("departments", f"{value!r} is not a department code", "Use 01 to 25.")
            else:
                codes.append(code)
        return sorted(set(codes))

    def plan(self, data: dict) -> Plan:
        section = self.section(data, "plan", ("new_sites", "rehabilitate", "fix_treatment"))
        return Plan(
            new_sites=self.new_sites(section.get("new_sites") or []),
            rehabilitate=self.systems(section.get("rehabilitate") or [], "plan.rehabilitate"),
            fix_treatment=self.systems(section.get("fix_treatment") or [], "plan.fix_treatment"),
        )

    def new_sites(self, items) -> list:
        label = "plan.new_sites"
        if not isinstance(items, list):
            self.problem(label, "expected a list", 'e.g. [{"optimise": {"k": 40}}]')
            return []
        sites, optimise = [], 0
        for number, item in enumerate(items):
            where = f"{label}[{number}]"
            if not isinstance(item, dict):
                self.problem(where, "expected an object", '{"name", "longitude", "latitude"} or {"optimise": ...}')
                continue
            if "optimise" in item:
                optimise += 1
                sites.append({"optimise": self.optimise(item["optimise"], where)})
                continue
            unknown = set(item) - {"name", "longitude", "latitude", "cost"}
            if unknown:
                self.problem(
                    where, f"unknown field(s) {', '.join(sorted(unknown))}", "Use name, longitude, latitude, cost."
                )
            lon = self.number(item, "longitude", None, PERU_BOUNDS[0], PERU_BOUNDS[2], path=f"{where}.longitude")
            lat = self.number(item, "latitude", None, PERU_BOUNDS[1], PERU_BOUNDS[3], path=f"{where}.latitude")
            if lon is None or lat is None:
                self.problem(where, "longitude and latitude are required", "Give decimal degrees (EPSG:4326) in Peru.")
                continue
            site = {"name": str(item.get("name") or f"site {number + 1}"), "longitude": lon, "latitude": lat}
            if item.get("cost") is not None:
                site["cost"] = self.number(item, "cost", None, minimum=0, path=f"{where}.cost")
            sites.append(site)
        if optimise > 1:
            self.problem(label, f"{optimise} optimise items", "Keep one optimise item.")
        return sites

    def optimise(self, value, where: str) -> dict:
        if not isinstance(value, dict) or len(set(value) & {"k", "budget"}) != 1 or set(value) - {"k", "budget"}:
            self.problem(f"{where}.optimise", "needs exactly one of k or budget", 'e.g. {"optimise": {"k": 40}}')
            return {"k": 1}
        if "k" in value:
            return {"k": self.number(value, "k", 1, minimum=1, maximum=100_000, integer=True, path=f"{where}.k")}
        return {"budget": self.number(value, "budget", 0.0, minimum=0, path=f"{where}.budget")}

    def systems(self, value, label: str):
        if isinstance(value, dict):
            if set(value) != {"top"}:
                self.problem(label, 'an object must be {"top": N}', 'e.g. {"top": 300} or a list of IDs')
                return []
            return {
                "top": self.number(value, "top", 1, minimum=1, maximum=1_000_000, integer=True, path=f"{label}.top")
            }
        if not isinstance(value, list):
            self.problem(label, 'expected a list of SIASAR IDs or {"top": N}', 'e.g. [1201, 1388] or {"top": 200}')
            return []
        ids = []
        for item in value:
            if isinstance(item, bool) or not isinstance(item, int | str) or not str(item).strip():
                self.problem(label, f"{item!r} is not a system ID", "Use the SIASAR ID (a number).")
            else:
                ids.append(str(item).strip())
        return ids
