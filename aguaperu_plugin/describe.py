"""What an output layer says about itself, wherever QGIS shows it: field aliases in the user's language (the
field names stay stable ids), and for a model's output its held-out skill (``skill.py``) in the layer's metadata
(abstract) and its map tip, with a warning when the model is near chance."""

from qgis.core import QgsExpression, QgsVectorLayer

from .skill import skill_sentence
from .toolbelt.i18n import QT_TR_NOOP, tr

# output layer key (``styling.OUTPUTS``) -> the bundled model that made it
OUTPUT_MODELS = {
    "water_risk_districts": "water_risk",
    "water_risk_systems": "water_risk",
    "poverty_pct": "poverty",
    "interval_width": "poverty",
    "hotspots": "poverty",
    "child_risk_index": "child_risk",
    "stunting_pct": "child_risk",
    "anemia_pct": "child_risk",
    "growth_pct": "demand",
}

# field name -> alias (English source, translated with tr); names no output uses are harmless
FIELD_ALIASES = {
    "ID": QT_TR_NOOP("System id"),
    "system_id": QT_TR_NOOP("System id"),
    "ubigeo": QT_TR_NOOP("UBIGEO"),
    "name": QT_TR_NOOP("Name"),
    "risk": QT_TR_NOOP("Water-quality risk (0-1)"),
    "risk_class": QT_TR_NOOP("Risk class"),
    "risk_before": QT_TR_NOOP("Risk before the plan"),
    "risk_class_before": QT_TR_NOOP("Risk class before the plan"),
    "status": QT_TR_NOOP("Observed or estimated"),
    "population_served": QT_TR_NOOP("Population served"),
    "treatment_recorded": QT_TR_NOOP("Treatment recorded"),
    "treatment_works": QT_TR_NOOP("Treatment works"),
    "catchment_condition": QT_TR_NOOP("Catchment condition"),
    "organic_contamination": QT_TR_NOOP("Organic contamination"),
    "inorganic_contamination": QT_TR_NOOP("Inorganic contamination"),
    "source_protection": QT_TR_NOOP("Source protection"),
    "longitude": QT_TR_NOOP("Longitude"),
    "latitude": QT_TR_NOOP("Latitude"),
    "dep": QT_TR_NOOP("Department"),
    "department": QT_TR_NOOP("Department"),
    "prov": QT_TR_NOOP("Province"),
    "province": QT_TR_NOOP("Province"),
    "distr": QT_TR_NOOP("District"),
    "district": QT_TR_NOOP("District"),
    "region": QT_TR_NOOP("Region"),
    "year": QT_TR_NOOP("Year"),
    "systems_n": QT_TR_NOOP("Systems"),
    "systems_alto": QT_TR_NOOP("High-risk systems"),
    "population_alto": QT_TR_NOOP("Population served by high-risk systems"),
    "population_alto_share": QT_TR_NOOP("Share of the population served by high-risk systems"),
    "mean_risk": QT_TR_NOOP("Mean risk"),
    "poverty_pct": QT_TR_NOOP("Poverty (%)"),
    "poverty_lo90": QT_TR_NOOP("Poverty, 90 % interval, low (%)"),
    "poverty_hi90": QT_TR_NOOP("Poverty, 90 % interval, high (%)"),
    "interval_width": QT_TR_NOOP("Width of the 90 % interval (points)"),
    "observed_pct": QT_TR_NOOP("Observed poverty (%)"),
    "residual": QT_TR_NOOP("Residual (points)"),
    "in_training": QT_TR_NOOP("In the training data"),
    "stunting_pct": QT_TR_NOOP("Stunting (%)"),
    "stunting_lo90": QT_TR_NOOP("Stunting, 90 % interval, low (%)"),
    "stunting_hi90": QT_TR_NOOP("Stunting, 90 % interval, high (%)"),
    "anemia_pct": QT_TR_NOOP("Anaemia (%)"),
    "anemia_lo90": QT_TR_NOOP("Anaemia, 90 % interval, low (%)"),
    "anemia_hi90": QT_TR_NOOP("Anaemia, 90 % interval, high (%)"),
    "child_risk_index": QT_TR_NOOP("Child-risk index"),
    "interventions": QT_TR_NOOP("Interventions"),
    "water_risk_pct": QT_TR_NOOP("Water risk (%)"),
    "population": QT_TR_NOOP("Population"),
    "drivers": QT_TR_NOOP("Drivers"),
    "index_missing": QT_TR_NOOP("Index inputs missing"),
    "n_children_measured": QT_TR_NOOP("Children measured"),
    "direct_stunting_pct": QT_TR_NOOP("Stunting measured (%)"),
    "n_children_hb": QT_TR_NOOP("Children with haemoglobin measured"),
    "direct_anemia_pct": QT_TR_NOOP("Anaemia measured (%)"),
    "suppressed": QT_TR_NOOP("Suppressed (privacy)"),
    "served": QT_TR_NOOP("Population served"),
    "unserved": QT_TR_NOOP("Population without water"),
    "served_share": QT_TR_NOOP("Share served"),
    "high_risk_served": QT_TR_NOOP("Served by high-risk systems"),
    "need_factor": QT_TR_NOOP("Need factor"),
    "need_weighted_unserved": QT_TR_NOOP("Population without water, weighted by need"),
    "demand_m3_day": QT_TR_NOOP("Demand (m³/day)"),
    "new_systems": QT_TR_NOOP("New systems"),
    "rehabilitated": QT_TR_NOOP("Rehabilitated"),
    "treatment_fixes": QT_TR_NOOP("Treatments repaired"),
    "treatment_fixed": QT_TR_NOOP("Treatment repaired"),
    "functioning_before": QT_TR_NOOP("Functioning before the plan"),
    "functioning": QT_TR_NOOP("Functioning"),
    "population_within": QT_TR_NOOP("Population within reach"),
    "cost": QT_TR_NOOP("Cost (S/)"),
    "site_id": QT_TR_NOOP("Site id"),
    "source": QT_TR_NOOP("Source"),
    "candidate_id": QT_TR_NOOP("Candidate id"),
    "growth_pct": QT_TR_NOOP("Growth (%)"),
    "served_share_diff_pp": QT_TR_NOOP("Change in the share served (points)"),
}
NAME_FIELDS = ("name", "distr", "district", "prov", "province", "dep", "department", "ubigeo")


def in_sentence(label: str) -> str:
    """``label`` as it reads inside a sentence: its first letter in lower case, unless the label starts with an
    acronym ("Pobreza (%)" -> "pobreza (%)", "UBIGEO" stays)."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def field_alias(field: str) -> str:
    """``field`` in the user's language, as a layer name or a sentence names it: its alias, else its feature
    label (``feature_names``), else its id with spaces; in sentence case ("Puntos calientes de pobreza (%)")."""
    from .feature_names import feature_label

    alias = FIELD_ALIASES.get(field)
    return in_sentence(tr(alias) if alias else feature_label(field))


def set_aliases(layer) -> int:
    """Give every known field of ``layer`` its alias in the user's language; return how many."""
    if not isinstance(layer, QgsVectorLayer):
        return 0
    count = 0
    for index, field in enumerate(layer.fields()):
        alias = FIELD_ALIASES.get(field.name())
        if alias:
            layer.setFieldAlias(index, tr(alias))
            count += 1
    return count


def describe_output(layer, key: str, field: str | None = None, decimals: int = 1) -> None:
    """Aliases, and for a model's output its skill in the metadata's abstract and in a map tip showing the
    feature's name and ``field`` (the mapped value)."""
    set_aliases(layer)
    model = OUTPUT_MODELS.get(key)
    if model is None or not isinstance(layer, QgsVectorLayer):
        return
    skill = skill_sentence(model)
    if skill:
        metadata = layer.metadata()
        metadata.setAbstract(skill)
        layer.setMetadata(metadata)
    if layer.mapTipTemplate():  # the output's style wrote a map tip of its own (survey mode): add the skill to it
        if skill and skill not in layer.mapTipTemplate():
            layer.setMapTipTemplate(f"{layer.mapTipTemplate()}<br><i>{skill}</i>")
        return
    names = layer.fields().names()
    lines = []
    label = next((name for name in NAME_FIELDS if name in names), None)
    if label:
        lines.append(f"<b>[% {QgsExpression.quotedColumnRef(label)} %]</b>")
    if field and field in names:
        alias = tr(FIELD_ALIASES.get(field, field))
        value = f"format_number({QgsExpression.quotedColumnRef(field)}, {decimals})"
        lines.append(f"{alias}: [% {value} %]")
    if skill:
        lines.append(f"<i>{skill}</i>")
    layer.setMapTipTemplate("<br>".join(lines))
