"""Issue 19, finding 3 in Processing: a destination that is an input of the run is refused before anything is
written, with a message naming the file (every AguaPerú algorithm, through the shared base class)."""

import hashlib
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
OEFA = SHARED / "water" / "oefa_water_quality_lambayeque.csv"
needs_shared = pytest.mark.skipif(not OEFA.is_file(), reason="needs ../shared/data")


@needs_shared
def test_a_destination_equal_to_the_input_is_refused(plugin, qgis_processing, tmp_path):
    import processing

    source = tmp_path / "oefa.csv"
    shutil.copy(OEFA, source)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    with pytest.raises(QgsProcessingException, match="oefa.csv"):
        processing.run(
            "aguaperu:standardscheck", {"INPUT": str(source), "OUTPUT": "memory:", "MEASUREMENTS": str(source)}
        )
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    assert [p.name for p in tmp_path.iterdir()] == ["oefa.csv"]
