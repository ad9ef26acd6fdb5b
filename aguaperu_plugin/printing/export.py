"""Write layouts (single pages, atlases, several layouts of a report) into one PDF, page by page.

Layouts draw project layers and are QObjects of the main thread: QGIS's own layout export algorithms
run without threading and its layout designer exports on the main thread too. So does this module:
``PdfJob.step()`` renders one page and returns, which lets the Maps page render one page per turn of the
event loop (progress and cancel between pages, without pumping the event loop by hand), while ``export_pdf`` runs the
same steps in one go for Processing, tests and benchmarks. The PDF is written to a temporary file next to
the target and moved into place only when every page is in it.
"""

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from qgis.core import Qgis, QgsLayoutExporter, QgsPrintLayout, QgsUnitTypes
from qgis.PyQt.QtCore import QMarginsF, QSizeF
from qgis.PyQt.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ...core.jobs.types import never_cancelled
from ...core.jobs.types import noop_progress as no_progress

DPI = 300


@dataclass
class Page:
    """One printed page: page ``page`` of ``layout``, at atlas feature ``feature`` (None: no atlas)."""

    layout: QgsPrintLayout
    feature: int | None = None
    page: int = 0


def layout_pages(layout: QgsPrintLayout) -> list[Page]:
    """Every page ``layout`` prints: each page of the layout, once per atlas feature when the atlas is on."""
    count = layout.pageCollection().pageCount()
    atlas = layout.atlas()
    if atlas.enabled():
        features = atlas.updateFeatures()
        return [Page(layout, feature, page) for feature in range(features) for page in range(count)]
    return [Page(layout, None, page) for page in range(count)]


def _page_layout(layout: QgsPrintLayout, index: int) -> QPageLayout:
    size = layout.pageCollection().page(index).pageSize()
    size = layout.renderContext().measurementConverter().convert(size, QgsUnitTypes.LayoutMillimeters)
    page_size = QPageSize(QSizeF(size.width(), size.height()), QPageSize.Millimeter)
    return QPageLayout(page_size, QPageLayout.Portrait, QMarginsF(0, 0, 0, 0))


class PdfJob:
    """Renders ``pages`` into ``path``: call ``step()`` until it returns False, then ``finish()``;
    ``abort()`` removes the partial file."""

    def __init__(self, pages: Sequence[Page], path: Path, title: str = "", dpi: int = DPI) -> None:
        if not pages:
            raise ValueError("nothing to print")
        self.pages = list(pages)
        self.path = Path(path)
        self.title, self.dpi = title, dpi
        self.done = 0
        self._writer = self._painter = None
        self._current: QgsPrintLayout | None = None
        self._temporary = ""

    @property
    def fraction(self) -> float:
        return self.done / len(self.pages)

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, self._temporary = tempfile.mkstemp(suffix=".pdf", dir=self.path.parent, prefix=".aguaperu-")
        os.close(handle)
        self._writer = QPdfWriter(self._temporary)
        self._writer.setResolution(self.dpi)
        self._writer.setCreator("AguaPerú")
        self._writer.setTitle(self.title)
        first = self.pages[0]
        self._writer.setPageLayout(_page_layout(first.layout, first.page))
        self._painter = QPainter()
        if not self._painter.begin(self._writer):
            raise OSError(f"cannot write {self.path}")

    def _switch(self, layout: QgsPrintLayout) -> None:
        self._end_atlas()
        self._current = layout
        context = layout.renderContext()
        context.setDpi(self.dpi)
        context.setTextRenderFormat(Qgis.TextRenderFormat.AlwaysText)  # searchable, selectable text
        if layout.atlas().enabled():
            layout.atlas().beginRender()

    def _end_atlas(self) -> None:
        if self._current is not None and self._current.atlas().enabled():
            self._current.atlas().endRender()

    def step(self) -> bool:
        """Render the next page; return whether pages remain."""
        if self._painter is None:
            self._open()
        page = self.pages[self.done]
        if page.layout is not self._current:
            self._switch(page.layout)
        if page.feature is not None:
            page.layout.atlas().seekTo(page.feature)
            page.layout.refresh()
        if self.done:
            self._writer.setPageLayout(_page_layout(page.layout, page.page))
            self._writer.newPage()
        QgsLayoutExporter(page.layout).renderPage(self._painter, page.page)
        self.done += 1
        return self.done < len(self.pages)

    def __del__(self) -> None:
        # a job dropped with a page open (an exception on the way, QGIS quitting) ends its painter first: Python
        # would otherwise free the PDF writer before the painter, whose destructor then paints on a freed device
        # and crashes QGIS (SIGSEGV)
        painter = self.__dict__.get("_painter")
        if painter is not None and painter.isActive():
            painter.end()

    def _close(self) -> None:
        self._end_atlas()
        self._current = None
        if self._painter is not None and self._painter.isActive():
            self._painter.end()
        self._painter = self._writer = None

    def finish(self) -> Path:
        """Close the PDF and move it into place."""
        self._close()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self._temporary, 0o666 & ~umask)  # mkstemp made it 0600: colleagues on a shared drive read it too
        os.replace(self._temporary, self.path)
        return self.path

    def abort(self) -> None:
        self._close()
        if self._temporary and os.path.exists(self._temporary):
            os.remove(self._temporary)


def export_pdf(
    layouts: QgsPrintLayout | Sequence[QgsPrintLayout],
    path: Path,
    progress: Callable[[float, str], None] = no_progress,
    is_cancelled: Callable[[], bool] = never_cancelled,
    title: str = "",
) -> Path:
    """Print ``layouts`` (each with its atlas when enabled) into the PDF ``path``, in order; return it.

    Raises ``CancelledError`` (nothing written) when ``is_cancelled()`` becomes true between pages.
    """
    from ...core.errors import CancelledError

    layouts = [layouts] if isinstance(layouts, QgsPrintLayout) else list(layouts)
    job = PdfJob([page for layout in layouts for page in layout_pages(layout)], path, title)
    try:
        while True:
            if is_cancelled():
                raise CancelledError("The export was cancelled.")
            more = job.step()
            progress(job.fraction, f"{job.done}/{len(job.pages)}")
            if not more:
                break
        return job.finish()
    except BaseException:
        job.abort()
        raise
