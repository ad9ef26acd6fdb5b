"""Computed once, reused everywhere: tables built from a data folder, kept by the identity of their inputs.

An entry is keyed by what it was built from: each input file's resolved path, size and modification time
(nanoseconds), the code that builds it (a hash of the ``core`` sources, the plugin version and the versions
of numpy, pandas and geopandas) and any parameters. An edited input gives another key, so a stale entry is
never used; a corrupt one is removed and rebuilt.

Two layers: the process keeps the last entries in memory (so a scenario batch or a second job of the same
QGIS session reuses them), and a folder on disk (``cache_dir``, by default ``.aguaperu-cache`` beside the
outputs) keeps them across processes. Each disk entry is one ``.npz`` file (no pickle: numeric columns as
arrays, text as JSON, geometry as WKB), written to a temporary file and renamed into place; it is read back
and compared with what was built before it is kept, so a table that does not survive the trip is simply
not cached.
"""

import hashlib
import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path

LOG = logging.getLogger("aguaperu")
FOLDER_NAME = ".aguaperu-cache"
FORMAT = 1  # bump when the layout of an entry changes
MEMORY_ENTRIES = 12
_CORE = Path(__file__).resolve().parent

_lock = threading.RLock()
_memory: "OrderedDict[str, dict]" = OrderedDict()
_code_version: str | None = None
_default_folder: Path | None = None


class UncacheableError(Exception):
    """A value this cache cannot store faithfully (it is then used without being cached)."""


def default_folder(out: str | Path | None) -> Path | None:
    """The cache folder beside an output file: ``<folder of out>/.aguaperu-cache`` (None without ``out``)."""
    return Path(out).resolve().parent / FOLDER_NAME if out else None


def set_process_folder(folder: str | Path | None) -> None:
    """The disk folder used when a caller gives none (set by the command line for its one run)."""
    global _default_folder
    _default_folder = Path(folder) if folder else None


def resolve(cache: "Cache | None") -> "Cache | None":
    """``cache``, or the process's (the command line's folder) when None and one is set; else None."""
    if cache is not None:
        return cache
    return Cache(_default_folder) if _default_folder is not None else None


def add_options(parser, out_is_folder: bool = False) -> None:
    """``--cache-dir`` and ``--no-cache`` of a command-line command that builds tables from ``--data``."""
    where = "--out" if out_is_folder else "the folder of --out"
    parser.add_argument(
        "--cache-dir",
        help=f"where tables built from --data are kept for the next run, keyed by the identity of the input files "
        f"(default: {FOLDER_NAME} in {where})",
    )
    parser.add_argument("--no-cache", action="store_true", help="build every table anew and keep nothing on disk")
    parser.set_defaults(cache_out_is_folder=out_is_folder)


def configure(args) -> None:
    """Set the process's cache folder from the options of ``add_options`` (none for other commands)."""
    if not hasattr(args, "no_cache") or args.no_cache:
        set_process_folder(None)
    elif args.cache_dir:
        set_process_folder(args.cache_dir)
    elif getattr(args, "out", None):
        out = Path(args.out).resolve()
        set_process_folder(out / FOLDER_NAME if args.cache_out_is_folder else out.parent / FOLDER_NAME)
    else:
        set_process_folder(None)


def clear_memory() -> None:
    """Forget the entries kept in this process (the disk entries stay)."""
    with _lock:
        _memory.clear()


def code_version() -> str:
    """A hash of every ``core`` source file, the plugin version and the versions of the numeric libraries."""
    global _code_version
    if _code_version is None:
        import numpy
        import pandas

        digest = hashlib.sha256()
        for path in sorted(_CORE.rglob("*.py")):
            digest.update(str(path.relative_to(_CORE)).encode())
            digest.update(path.read_bytes())
        metadata = _CORE.parent / "metadata.txt"
        if metadata.is_file():
            digest.update(metadata.read_bytes())
        digest.update(f"{FORMAT} numpy {numpy.__version__} pandas {pandas.__version__}".encode())
        try:
            import geopandas
            import shapely

            digest.update(f"geopandas {geopandas.__version__} shapely {shapely.__version__}".encode())
        except ImportError:  # pragma: no cover - geopandas is a runtime requirement
            pass
        _code_version = digest.hexdigest()
    return _code_version


def identity(paths: Iterable[str | Path | None]) -> list:
    """``[resolved path, size, mtime_ns]`` of each file (``size`` None when it does not exist)."""
    result = []
    for path in sorted({str(Path(p).resolve()) for p in paths if p is not None}):
        try:
            stat = os.stat(path)
            result.append([path, stat.st_size, stat.st_mtime_ns])
        except OSError:
            result.append([path, None, None])
    return result


def folder_files(folder: str | Path | None) -> list[Path]:
    """Every file under ``folder`` (recursively; hidden files and folders left out)."""
    if folder is None or not Path(folder).is_dir():
        return []
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        found.extend(Path(root) / name for name in sorted(files) if not name.startswith("."))
    return found


class Cache:
    """The memory layer of the process and, when ``folder`` is set, a disk folder.

    ``Cache(None)`` keeps entries in memory only; ``Cache.of(cache_dir)`` is what a job builds from its
    request (the process folder of the command line when the request names none, else no cache).
    """

    def __init__(self, folder: str | Path | None = None) -> None:
        self.folder = Path(folder) if folder else None

    @classmethod
    def of(cls, cache_dir: str | Path | None = None) -> "Cache | None":
        """The cache of a request: its folder, else the process's (``resolve``), else None (no caching)."""
        return cls(cache_dir) if cache_dir else resolve(None)

    def key(self, kind: str, inputs: Iterable[str | Path | None], parameters=None) -> str:
        payload = {"kind": kind, "code": code_version(), "inputs": identity(inputs), "parameters": parameters}
        text = json.dumps(payload, sort_keys=True, default=str)
        return kind + "-" + hashlib.sha256(text.encode()).hexdigest()[:32]

    def get_or_build(
        self,
        kind: str,
        inputs: Iterable[str | Path | None],
        build: Callable[[], dict],
        parameters=None,
    ) -> dict:
        """The bundle ``{name: DataFrame | Series | JSON-able value}`` of ``kind`` for these inputs.

        ``build()`` runs when neither layer has a valid entry; what it returns is stored (when it can be
        stored faithfully) and returned. Every call returns copies: callers may change them.
        """
        key = self.key(kind, list(inputs), parameters)
        with _lock:
            if key in _memory:
                _memory.move_to_end(key)
                return _copied(_memory[key])
        bundle = self._read(key)
        if bundle is None:
            bundle = build()
            self._write(key, bundle)
        with _lock:
            _memory[key] = _copied(bundle)
            while len(_memory) > MEMORY_ENTRIES:
                _memory.popitem(last=False)
        return bundle

    # disk ---------------------------------------------------------------------------------------------------

    def _path(self, key: str) -> Path | None:
        return self.folder / f"{key}.npz" if self.folder is not None else None

    def _read(self, key: str) -> dict | None:
        path = self._path(key)
        if path is None or not path.is_file():
            return None
        try:
            return load_bundle(path)
        except Exception as error:  # a damaged or foreign file: never trusted, rebuilt
            LOG.warning("cache: %s cannot be read (%s); it is rebuilt", path, error)
            _remove(path)
            return None

    def _write(self, key: str, bundle: dict) -> None:
        path = self._path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            try:
                save_bundle(temporary, bundle)
                if not _same(bundle, load_bundle(temporary)):
                    raise UncacheableError("the table does not survive the round trip")
                os.replace(temporary, path)
            finally:
                _remove(temporary)
            kind = key.rsplit("-", 1)[0]
            for old in path.parent.glob(f"{kind}-*.npz"):  # entries of older inputs or code are never used again
                if old != path and old.name.rsplit("-", 1)[0] == kind:
                    _remove(old)
        except UncacheableError as error:
            LOG.info("cache: %s not stored: %s", key, error)
        except OSError as error:  # a read-only or full disk: the run goes on without the disk layer
            LOG.warning("cache: %s not stored: %s", path, error)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


# bundles of tables on disk ----------------------------------------------------------------------------------


def _copied(bundle: dict) -> dict:
    import pandas as pd

    return {
        name: value.copy() if isinstance(value, (pd.DataFrame, pd.Series)) else json.loads(json.dumps(value))
        for name, value in bundle.items()
    }


def save_bundle(path: Path, bundle: dict) -> None:
    """Write ``{name: DataFrame | Series | JSON-able}`` as one ``.npz`` (no pickled object)."""
    import numpy as np
    import pandas as pd

    arrays: dict = {}
    meta: dict = {"format": FORMAT, "items": {}}
    for name, value in bundle.items():
        if isinstance(value, pd.Series):
            meta["items"][name] = {"series": True, **_encode_frame(value.to_frame(), f"{name}/", arrays)}
        elif isinstance(value, pd.DataFrame):
            meta["items"][name] = _encode_frame(value, f"{name}/", arrays)
        else:
            meta["items"][name] = {"json": _json_safe(value)}
    arrays["__meta__"] = np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8)
    with open(path, "wb") as handle:
        np.savez(handle, **arrays)


def load_bundle(path: Path) -> dict:
    """Read a bundle written by ``save_bundle`` (``allow_pickle=False``)."""
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(bytes(data["__meta__"]).decode("utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"format {meta.get('format')}")
        bundle = {}
        for name, item in meta["items"].items():
            if "json" in item:
                bundle[name] = item["json"]
                continue
            frame = _decode_frame(item, f"{name}/", data)
            bundle[name] = frame.iloc[:, 0] if item.get("series") else frame
        return bundle


def _json_safe(value):
    try:
        return json.loads(json.dumps(value))
    except (TypeError, ValueError) as error:
        raise UncacheableError(f"a value is not JSON: {error}") from error


_NA = {"__na__": 1}


def _object_values(values) -> list:
    import numpy as np
    import pandas as pd

    out = []
    for value in values:
        if value is None or isinstance(value, (str, bool, int, float)):
            out.append(value)
        elif value is pd.NA:
            out.append(_NA)
        elif isinstance(value, (np.bool_, np.integer, np.floating)):
            out.append({"__np__": value.dtype.str, "v": value.item()})
        else:
            raise UncacheableError(f"an object column holds a {type(value).__name__}")
    return out


def _object_restore(values) -> list:
    import numpy as np
    import pandas as pd

    out = []
    for value in values:
        if isinstance(value, dict):
            value = pd.NA if value == _NA else np.dtype(value["__np__"]).type(value["v"])
        out.append(value)
    return out


def _encode_column(series, prefix: str, arrays: dict) -> dict:
    import numpy as np
    import pandas as pd

    dtype = series.dtype
    if getattr(dtype, "name", "") == "geometry":
        import geopandas as gpd

        values = series.array
        crs = getattr(values, "crs", None)
        wkb = gpd.array.to_wkb(values, hex=False)
        missing = np.asarray(pd.isna(series), dtype=bool)
        lengths = np.array([0 if m else len(b) for b, m in zip(wkb, missing, strict=True)], dtype=np.int64)
        arrays[prefix + "wkb"] = np.frombuffer(
            b"".join(b for b, m in zip(wkb, missing, strict=True) if not m), dtype=np.uint8
        )
        arrays[prefix + "lengths"] = lengths
        arrays[prefix + "missing"] = missing
        return {"kind": "geometry", "crs": crs.to_wkt() if crs is not None else None}
    if isinstance(dtype, pd.CategoricalDtype):
        categories = _encode_column(pd.Series(dtype.categories), prefix + "categories/", arrays)
        arrays[prefix + "codes"] = series.cat.codes.to_numpy()
        return {"kind": "category", "ordered": bool(dtype.ordered), "categories": categories}
    if isinstance(dtype, pd.StringDtype):
        return {"kind": "string", "storage": dtype.storage, "values": _object_values(series.array.to_numpy())}
    if isinstance(dtype, pd.api.extensions.ExtensionDtype) and hasattr(series.array, "_mask"):
        arrays[prefix + "data"] = np.asarray(series.array._data)
        arrays[prefix + "mask"] = np.asarray(series.array._mask)
        return {"kind": "masked", "dtype": dtype.name}
    if isinstance(dtype, np.dtype) and dtype.kind in "biufcmM":
        arrays[prefix + "data"] = series.to_numpy()
        return {"kind": "numpy"}
    if isinstance(dtype, np.dtype) and dtype.kind == "O":
        return {"kind": "object", "values": _object_values(series.to_numpy())}
    raise UncacheableError(f"a column of dtype {dtype}")


def _decode_column(item: dict, prefix: str, data):
    import numpy as np
    import pandas as pd

    kind = item["kind"]
    if kind == "geometry":
        import geopandas as gpd

        lengths, missing, blob = data[prefix + "lengths"], data[prefix + "missing"], data[prefix + "wkb"].tobytes()
        ends = np.cumsum(lengths)
        values = np.array(
            [None if m else blob[end - n : end] for n, end, m in zip(lengths, ends, missing, strict=True)], dtype=object
        )
        return gpd.array.from_wkb(values, crs=item["crs"])
    if kind == "category":
        categories = pd.Index(_decode_column(item["categories"], prefix + "categories/", data))
        dtype = pd.CategoricalDtype(categories, ordered=item["ordered"])
        return pd.Categorical.from_codes(data[prefix + "codes"], dtype=dtype)
    if kind == "string":
        return pd.array(_object_restore(item["values"]), dtype=pd.StringDtype(item["storage"]))
    if kind == "masked":
        dtype = pd.api.types.pandas_dtype(item["dtype"])
        return dtype.construct_array_type()(data[prefix + "data"], data[prefix + "mask"])
    if kind == "numpy":
        return data[prefix + "data"]
    values = np.empty(len(item["values"]), dtype=object)
    values[:] = _object_restore(item["values"])
    return values


def _encode_frame(frame, prefix: str, arrays: dict) -> dict:
    import pandas as pd

    if frame.columns.duplicated().any() or not all(isinstance(c, str) for c in frame.columns):
        raise UncacheableError("column names are not unique text")
    if not isinstance(frame.columns, pd.Index) or isinstance(frame.columns, pd.MultiIndex):
        raise UncacheableError("a column MultiIndex")
    index = frame.index
    if isinstance(index, pd.RangeIndex):
        encoded_index = {"range": [index.start, index.stop, index.step], "name": index.name}
    elif isinstance(index, pd.MultiIndex):
        raise UncacheableError("a row MultiIndex")
    else:
        encoded_index = {"column": _encode_column(pd.Series(index), prefix + "__index__/", arrays), "name": index.name}
    columns = [[name, _encode_column(frame[name], f"{prefix}{i}/", arrays)] for i, name in enumerate(frame.columns)]
    geometry = None
    if hasattr(frame, "geometry") and type(frame).__name__ == "GeoDataFrame":
        geometry = frame._geometry_column_name
    return {"columns": columns, "index": encoded_index, "geometry": geometry, "attrs": _json_safe(frame.attrs)}


def _decode_frame(item: dict, prefix: str, data):
    import pandas as pd

    encoded_index = item["index"]
    if "range" in encoded_index:
        index = pd.RangeIndex(*encoded_index["range"], name=encoded_index["name"])
    else:
        index = pd.Index(
            _decode_column(encoded_index["column"], prefix + "__index__/", data), name=encoded_index["name"]
        )
    columns = {name: _decode_column(column, f"{prefix}{i}/", data) for i, (name, column) in enumerate(item["columns"])}
    frame = pd.DataFrame({name: pd.Series(values, index=index, copy=False) for name, values in columns.items()})
    frame = frame.reindex(columns=[name for name, _ in item["columns"]])
    frame.index = index
    if item["geometry"] is not None:
        import geopandas as gpd

        frame = gpd.GeoDataFrame(frame, geometry=item["geometry"])
    frame.attrs.update(item["attrs"])
    return frame


def _same(built: dict, loaded: dict) -> bool:
    """Whether a bundle read back equals the one built: same types, dtypes, values (NaN equal NaN), CRS."""
    import pandas as pd

    if built.keys() != loaded.keys():
        return False
    for name, value in built.items():
        other = loaded[name]
        if type(value) is not type(other):
            return False
        if isinstance(value, (pd.DataFrame, pd.Series)):
            try:
                if isinstance(value, pd.Series):
                    pd.testing.assert_series_equal(value, other, check_exact=True)
                else:
                    pd.testing.assert_frame_equal(value, other, check_exact=True)
            except AssertionError as error:
                LOG.info("cache: %s differs after the round trip: %s", name, error)
                return False
            if getattr(value, "crs", None) != getattr(other, "crs", None):
                return False
        elif json.dumps(value, sort_keys=True) != json.dumps(other, sort_keys=True):
            return False
    return True
