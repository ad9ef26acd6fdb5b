"""What the user calls the jobs and the features (sets of packages) of ``core.dependencies``, in one table."""

from ..toolbelt.i18n import QT_TR_NOOP, tr

# What the user calls a job (``core.dependencies.JOBS``) and a feature (a set of packages), translated when shown
TITLES = {
    ("job", "validate"): QT_TR_NOOP("Checking the inputs"),
    ("job", "features"): QT_TR_NOOP("The district feature table"),
    ("job", "zonal"): QT_TR_NOOP("Zonal statistics"),
    ("job", "waterrisk"): QT_TR_NOOP("The water-quality risk model"),
    ("job", "standards"): QT_TR_NOOP("The water-quality standards check"),
    ("job", "poverty"): QT_TR_NOOP("The poverty model"),
    ("job", "povertyretrain"): QT_TR_NOOP("Retraining the poverty model"),
    ("job", "hotspots"): QT_TR_NOOP("Hotspots"),
    ("job", "childrisk"): QT_TR_NOOP("The child-risk model"),
    ("job", "demandforecast"): QT_TR_NOOP("The water demand forecast"),
    ("job", "demandanomalies"): QT_TR_NOOP("Leak detection"),
    ("job", "demandschedule"): QT_TR_NOOP("The supply schedule"),
    ("job", "siting"): QT_TR_NOOP("Siting water points"),
    ("job", "rehab"): QT_TR_NOOP("The rehabilitation ranking"),
    ("job", "scenariorun"): QT_TR_NOOP("Scenarios"),
    ("job", "scenariocompare"): QT_TR_NOOP("Comparing scenarios"),
    ("job", "exportmap"): QT_TR_NOOP("Printing maps"),
    ("job", "demo"): QT_TR_NOOP("The demo data"),
    ("job", "charts"): QT_TR_NOOP("Charts"),
    ("feature", "base"): QT_TR_NOOP("Basic functions: tables, layers, models"),
    ("feature", "rasters"): QT_TR_NOOP("Rasters: zonal statistics, population rasters, demo"),
    ("feature", "models"): QT_TR_NOOP("Retraining and the demand forecast"),
    ("feature", "hotspots"): QT_TR_NOOP("Hotspots (spatial statistics)"),
    ("feature", "classes"): QT_TR_NOOP("Map classes of poverty and child risk"),
    ("feature", "demand"): QT_TR_NOOP("Water demand forecast"),
    ("feature", "planning"): QT_TR_NOOP("Planning"),
    ("feature", "charts"): QT_TR_NOOP("Charts in the panel"),
    ("feature", "training"): QT_TR_NOOP("Retraining"),
}


def title(kind: str, key: str) -> str:
    """What the user calls the job or feature (``kind``) ``key``, in their language; ``key`` when unknown."""
    text = TITLES.get((kind, key))
    return tr(text) if text else key


def job_title(job: str) -> str:
    """What the user calls a job, in their language."""
    return title("job", job)


def feature_title(feature: str) -> str:
    """What the user calls a feature (the packages of ``core.dependencies``), in their language."""
    return title("feature", feature)
