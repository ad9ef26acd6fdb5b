"""The readable model card (``MODEL_CARD.md``) of the child model, rendered from ``model_card.json``."""

from ..common import bullets, heading, number, table

NAMES = {"stunting": "Stunting", "anemia": "Anaemia"}


def _headline(card: dict) -> str:
    check = card["evaluation"]["out_of_time_provinces"]
    parts = []
    for outcome, label in NAMES.items():
        result = check[outcome]
        bundled = result["approaches"][card["model"]["bundled"]]
        parts.append(
            f"{label.lower()} MAE {bundled['mae']:.2f} points against {result['baseline_mae']:.2f} for each "
            f"province's own {check['train_years'][0]}-{check['train_years'][-1]} prevalence "
            f"({100 * bundled['improvement']:.1f} % better, {result['n_areas']} provinces), 90 % predictive "
            f"coverage {bundled['coverage90']:.2f}"
        )
    reached = "reached" if card["evaluation"]["target_reached"] else "**not reached**"
    return (
        f"**In short:** trained on {check['train_years'][0]}-{check['train_years'][-1]} and predicting "
        f"{check['test_year']} for provinces with at least {check['min_children']} measured children: "
        + "; ".join(parts)
        + f". The target (stunting MAE at least {100 * card['evaluation']['target_improvement']:.0f} % below the "
        f"baseline) is {reached}."
    )


def _check_table(check: dict) -> list[str]:
    rows = []
    for outcome, label in NAMES.items():
        result = check[outcome]
        rows.append([label, "own earlier prevalence (baseline)", number(result["baseline_mae"], 2), "—", "—", "—", "—"])
        for name, m in result["approaches"].items():
            rows.append(
                [
                    label,
                    name,
                    number(m["mae"], 2),
                    f"{100 * m['improvement']:.1f} %",
                    number(m["coverage90"], 2),
                    number(m["published_coverage90"], 2),
                    number(m["mean_width"], 1),
                ]
            )
    header = ["outcome", "approach", "MAE (points)", "better than baseline", "predictive coverage 90 %"]
    return table(header + ["inside published interval", "mean width"], rows)


def render_markdown(card: dict) -> str:
    """The model card as Markdown: checks, approaches, intervals, index, interventions, privacy, limitations."""
    evaluation = card["evaluation"]
    provinces, districts = evaluation["out_of_time_provinces"], evaluation["out_of_time_districts"]
    data = card["training_data"]
    index = card["index"]
    lines = [
        *heading(card, "Child-risk model", f": {card['model']['description']}", _headline(card)),
        f"{data['source']}. Children measured (height) per year: "
        + ", ".join(f"{y}: {n:,}" for y, n in data["children_measured_height"].items())
        + f". {data['districts_with_measured_children']} of {data['districts']} districts have a measured child, "
        f"{data['districts_with_min_cell']} at least {card['privacy']['min_cell']}; "
        f"{data['provinces_with_min_cell']} of {data['provinces']} provinces reach {card['privacy']['min_cell']}.",
        "",
        f"**Survey weights** are {data['survey_weights']}.",
        "",
        "## Model",
        "",
        f"- Fixed part: {card['model']['fixed_part']}; for a province, the {card['model']['province_fixed_part']}.",
        f"- Area effects: {card['model']['area_effects']}.",
        f"- Default year: {card['model']['default_year']} (the year after the last survey year).",
        "",
        "## Out-of-time check (acceptance 1)",
        "",
        f"Fitted on {provinces['train_years'][0]}-{provinces['train_years'][-1]}, predicting "
        f"{provinces['test_year']} prevalences of provinces with at least {provinces['min_children']} measured "
        "children that year; the baseline is each province's own pooled earlier prevalence. Predictive coverage: "
        "the observed prevalence inside the published interval widened by that year's binomial sampling error.",
        "",
        *_check_table(provinces),
        f"Districts with at least {districts['min_children']} measured children in {districts['test_year']} (same "
        "scheme):",
        "",
        *_check_table(districts),
        "Approaches: " + "; ".join(f"**{k}**: {v}" for k, v in evaluation["approaches"].items()) + ".",
        "",
        "Gradient boosting is competitive on MAE but is not bundled: its trees are fitted to district-year cells "
        "of a few children each (a leaf can summarise fewer than the minimum cell), it cannot extrapolate the year "
        "trend, and it absorbs the area effects (their variance falls to the floor).",
        "",
        f"Later year: {evaluation['later_year']}",
        "",
        "## Intervals",
        "",
        f"{card['intervals']['method']}. Extra logit variance: "
        + "; ".join(
            f"{NAMES[o].lower()} province {v['province']:.4f}, district {v['district']:.4f}"
            for o, v in card["intervals"]["extra_variance"].items()
        )
        + ".",
        "",
        "## Child-risk index",
        "",
        f"{index['formula']}. Weights: " + ", ".join(f"{k} {v}" for k, v in index["weights"].items()) + ".",
        "",
        f"Sensitivity ({index['year']}, {index['sensitivity']['areas']} districts; each weight changed by "
        f"±{100 * index['sensitivity']['change']:.0f} %, then equal weights and without water risk): lowest "
        f"Spearman correlation with the index {index['sensitivity']['min_spearman']:.3f}, lowest share of the top "
        f"decile kept {index['sensitivity']['min_top_decile_kept']:.2f}. {index['districts_without_water_risk']} "
        "districts have no water-risk value (middle rank).",
        "",
        *table(
            ["variant", "Spearman", "top decile kept"],
            [
                [k, number(v["spearman"]), number(v["top_decile_kept"], 2)]
                for k, v in index["sensitivity"]["variants"].items()
            ],
        ),
        "## Interventions",
        "",
        f"Rules: `{card['interventions']['rules']}` (editable; each recommendation names its trigger). Districts per "
        "rule: " + ", ".join(f"{k} {v}" for k, v in card["interventions"]["districts_per_rule"].items()) + ".",
        "",
        "## Privacy",
        "",
        card["privacy"]["rule"],
        "",
        "## Features",
        "",
        *table(["feature", "definition"], [[f, card["feature_definition"][f]] for f in card["features"]]),
        "## Limitations",
        "",
        *bullets(card["limitations"]),
        "",
        "## Also tried",
        "",
        *bullets(card.get("also_tried", [])),
        "",
    ]
    return "\n".join(lines)
