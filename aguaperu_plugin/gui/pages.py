"""The Scenarios and Maps pages of the dock; later features fill their bodies."""

from .job_page import JobPage


class MapsPage(JobPage):
    key = "maps"
    icon_name = "maps"

    def title(self) -> str:
        return self.tr("Maps")

    def help_html(self) -> str:
        return self.tr(
            "<p><b>What it does:</b> exports printable maps and scenario reports to PDF from "
            "templates in A4 or A3, in Spanish or English, with legend, scale bar, north arrow, "
            "sources and model version.</p>"
            "<p><b>Inputs:</b> the layers to print and, for an atlas, a coverage layer such as "
            "departments or provinces.</p>"
        )

    def placeholder(self) -> str:
        return self.tr("Choose a template and the layers to print.")
