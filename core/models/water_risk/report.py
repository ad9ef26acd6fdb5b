"""The readable model card (``MODEL_CARD.md``), rendered from ``model_card.json``."""

from ..common import artifacts_table, bullets, features_in_order, heading, leave_one_department_out
from ..common import number as _number
from ..common import table as _table


def _calibration_table(bins: list[dict]) -> list[str]:
    return _table(
        ["probability", "systems", "mean predicted", "observed"],
        [
            [f"{b['low']:.3f}–{b['high']:.3f}", b["systems"], _number(b["mean_predicted"]), _number(b["observed"])]
            for b in bins
        ],
    )


def _headline(card: dict) -> str:
    evaluation = card["evaluation"]
    bundled = evaluation["bundled"]
    reached = "reached" if evaluation["target_reached"] else "**not reached**"
    compared = "better than" if bundled["brier"] < bundled["brier_baseline"] else "no better than"
    alto = next(row for row in card["risk_classes"]["lodo"] if row["class"] == "alto")
    lift = alto["observed_at_risk"] / bundled["prevalence"]
    sentences = [
        f"**In short:** on departments it has not seen, the model ranks a department's systems at ROC-AUC "
        f"{bundled['roc_auc_mean']:.3f} on average ({bundled['roc_auc_departments_above_half']} of "
        f"{bundled['departments_scored']} departments above 0.5; {bundled['roc_auc_pooled_within_department']:.3f} "
        "pooled over departments).",
        f"The target of {evaluation['target_roc_auc']:.2f} is {reached}: SIASAR's fields and the district context "
        "carry little that transfers between departments.",
        f"Brier {bundled['brier']:.4f}, {compared} the prevalence's {bundled['brier_baseline']:.4f}.",
        f"Out of fold, the 'alto' class fails {lift:.2f} times as often as all systems "
        f"({alto['observed_at_risk']:.3f} against {bundled['prevalence']:.3f}).",
    ]
    return " ".join(sentences)


def render_markdown(card: dict) -> str:
    """The model card as Markdown: metrics, comparison, calibration, importance, classes, limitations."""
    evaluation, data = card["evaluation"], card["training_data"]
    bundled = evaluation["bundled"]
    systems = (
        f"{data['source']}. {data['systems']} systems; {data['labelled']} labelled ({data['at_risk']} at risk, "
        f"prevalence {data['prevalence']:.3f}); {data['unlabelled']} unlabelled, of which "
        f"{data['unlabelled_without_treatment']} have no treatment recorded. Departments without labels: "
        f"{', '.join(data['departments_without_labels']) or 'none'}."
    )
    title = heading(card, "Water-system risk model", f" ({card['model']['choice_rule']})", _headline(card))
    lines = [*title, systems, "", *leave_one_department_out(evaluation)]
    rows = []
    trials = [(f"{name}: {m['description']}", m) for name, m in evaluation["feature_set_trials"].items()]
    for name, metrics in [*evaluation["comparison"].items(), *trials]:
        rows.append(
            [
                name,
                _number(metrics["roc_auc_pooled"]),
                _number(metrics["roc_auc_pooled_within_department"]),
                _number(metrics["roc_auc_mean"]),
                f"{metrics['roc_auc_departments_above_half']}/{metrics['departments_scored']}",
                _number(metrics["pr_auc"]),
                _number(metrics["brier"], 4),
                _number(metrics["brier_baseline"], 4),
            ]
        )
    lines += _table(
        [
            "model",
            "ROC-AUC pooled",
            "ROC-AUC pooled, within-department percentiles",
            "ROC-AUC mean of departments",
            "departments > 0.5",
            "PR-AUC",
            "Brier",
            "Brier baseline",
        ],
        rows,
    )
    lines += [
        f"Prevalence {bundled['prevalence']:.3f} (the PR-AUC of a random ranking). The first three rows use the "
        "bundled inputs (percentiles within the department); the last two are feature-set trials with raw values. "
        "Each fold's level is the prevalence of the departments it was trained on, which is highest when the "
        "department left out has a low prevalence (Cusco: 13 % of 1,060 systems): this artefact of leaving one "
        "out pulls the plain pooled ROC-AUC below 0.5. The bundled model gives every department the same level, "
        "so its skill is the ranking inside departments: the pooled ROC-AUC of within-department percentiles "
        "and the mean of the departments' ROC-AUC.",
        "",
        "### Calibration (bundled model, out of fold, deciles)",
        "",
    ]
    lines += _calibration_table(bundled["calibration"])
    lines += [
        "Out of fold, each department's level is its fold's training prevalence (see above), so the deciles "
        "mostly sort departments, not systems. With every fold shifted to the common level the bundled model "
        "uses (the overall prevalence; a display aid that uses this one number from the held-out labels), the "
        "table shows how well the spread inside departments is calibrated:",
        "",
    ]
    lines += _calibration_table(bundled["calibration_common_level"])
    lines += ["### Per department", ""]
    lines += _table(
        ["department", "systems", "prevalence", "mean risk", "ROC-AUC", "Brier", "Brier baseline"],
        [
            [
                d["department"],
                d["systems"],
                _number(d["prevalence"]),
                _number(d["mean_risk"]),
                _number(d["roc_auc"]),
                _number(d["brier"], 4),
                _number(d["brier_baseline"], 4),
            ]
            for d in bundled["per_department"]
        ],
    )
    lines += [
        f"### Permutation importance ({bundled['permutation_importance_model']}; drop of LODO ROC-AUC pooled on "
        "within-department percentiles, feature shuffled inside each held-out department)",
        "",
    ]
    lines += _table(
        ["feature", "drop", "sd"],
        [
            [row["feature"], _number(row["auc_drop_mean"], 4), _number(row["auc_drop_std"], 4)]
            for row in bundled["permutation_importance"]
        ],
    )
    classes = card["risk_classes"]
    lines += ["## Risk classes", "", classes["rule"], ""]
    lines += _table(
        ["class", "from risk", "LODO share", "LODO observed at risk", "LODO recall", "all systems"],
        [
            [
                row["class"],
                _number(classes["thresholds"].get(row["class"], 0.0), 4),
                _number(row["share"]),
                _number(row["observed_at_risk"]),
                _number(row["recall"]),
                classes["all_systems"][row["class"]],
            ]
            for row in classes["lodo"]
        ],
    )
    secondary = evaluation.get("secondary_labels", {}).get("catchment_poor_or_collapsed")
    if secondary:
        lines += [
            "## Secondary labels",
            "",
            f"Where the catchment condition is known ({secondary['systems']} labelled systems, "
            f"{secondary['share']:.0%} poor or collapsed), the out-of-fold risk (percentile within the department) "
            "ranks poor catchments at ROC-AUC "
            f"{secondary['roc_auc_of_risk']:.3f}. Contamination and protection flags are 'NO' wherever filled. "
            "All four are copied into the prediction output.",
            "",
        ]
    lines += features_in_order(card)
    lines += ["", "## Fields left out, and why", ""]
    lines += bullets(f"`{name}`: {reason}" for name, reason in card["excluded_fields"].items())
    lines += ["", "## Limitations", "", *bullets(card["limitations"])]
    lines += ["", "## Also tried (development, same folds)", "", *bullets(card["also_tried"])]
    if "survey_mode" in card:
        lines += _survey_section(card["survey_mode"])
    lines += artifacts_table(card)
    return "\n".join(lines).rstrip() + "\n"


def _survey_section(survey: dict) -> list[str]:
    """Survey mode (issue 18): the partial-survey, district-grouped and leave-one-department-out results."""
    rows = []
    for protocol in ("partial_survey", "district_grouped"):
        for share, result in survey[protocol].items():
            model, base = result["model"], result["district_rate"]
            rows.append(
                [
                    protocol.replace("_", " "),
                    f"{float(share):.0%}",
                    _number(model["roc_auc_pooled"]),
                    _number(model["roc_auc_mean"]),
                    _number(model["brier"]),
                    _number(base["roc_auc_pooled"]),
                    _number(base["brier"]),
                    _number(result["untreated"]["roc_auc_pooled"]),
                ]
            )
    lodo = survey["leave_one_department_out"]
    return [
        "",
        "## Survey mode: the office's own observations",
        "",
        survey["protocol"],
        "",
        *_table(
            [
                "protocol",
                "surveyed",
                "ROC-AUC pooled",
                "ROC-AUC mean of departments",
                "Brier",
                "district rate ROC-AUC pooled",
                "district rate Brier",
                "untreated-or-failing ROC-AUC",
            ],
            rows,
        ),
        "",
        f"Leave one department out (other departments surveyed): ROC-AUC {lodo['model']['roc_auc_mean']:.3f} mean "
        f"of departments, {lodo['model']['roc_auc_pooled']:.3f} pooled. Targets (pooled, partial survey): "
        + ", ".join(
            f"{float(k):.0%} ≥ {v}: {'reached' if survey['targets_reached'][k] else '**not reached**'}"
            for k, v in survey["targets_roc_auc_pooled"].items()
        )
        + f". Evidence counts observations in the district and within {survey['near_km']:g} km; measurements "
        f"match systems by id or within {survey['match_tolerance_m']:g} m.",
        "",
        survey["second_target"],
    ]
