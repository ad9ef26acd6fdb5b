"""The installer's background tasks: resolving what to install, then installing and verifying it."""

import logging
from dataclasses import dataclass, field
from pathlib import Path

from ...core.dependencies import Requirement
from ..tasks.base import BaseTask
from ..toolbelt.i18n import tr
from . import workflow

LOGGER = logging.getLogger("aguaperu.install")


class PlanTask(BaseTask):
    """Locate QGIS's Python, check and extract the bundle (offline), and ask pip what it would install."""

    def __init__(self, requirements: list[Requirement], target: Path, bundle: Path | None, **callbacks) -> None:
        super().__init__(tr("AguaPerú: what to install"), **callbacks)
        self.requirements, self.target, self.bundle = requirements, target, bundle

    def compute(self) -> workflow.Plan:
        self.progress_callback(0.05, tr("Checking QGIS's Python…"))
        plan = workflow.prepare(
            self.requirements, self.target, self.bundle, log=LOGGER.info, is_cancelled=self.isCanceled
        )
        try:
            self.progress_callback(0.4, tr("Resolving the packages…"))
            workflow.resolve(plan, log=LOGGER.info, is_cancelled=self.isCanceled)
        except BaseException:
            plan.cleanup()
            raise
        self.progress_callback(1.0)
        return plan


@dataclass
class InstallResult:
    installed: list = field(default_factory=list)
    imports: dict = field(default_factory=dict)  # module → "" or the import error


class InstallTask(BaseTask):
    """Install the plan into the private folder, then import every required module in a new process."""

    def __init__(self, plan: workflow.Plan, **callbacks) -> None:
        super().__init__(tr("AguaPerú: installing dependencies"), **callbacks)
        self.plan = plan

    def compute(self) -> InstallResult:
        self.progress_callback(0.05, tr("Installing…"))
        installed = workflow.install(self.plan, log=LOGGER.info, is_cancelled=self.isCanceled)
        self.check_cancelled()
        self.progress_callback(0.85, tr("Checking the installation…"))
        imports = workflow.verify(
            self.plan.python,
            self.plan.target,
            [r.module for r in self.plan.requirements],
            log=LOGGER.info,
            is_cancelled=self.isCanceled,
        )
        self.progress_callback(1.0)
        return InstallResult(installed, imports)
