"""The readable model card (``MODEL_CARD.md``), rendered from ``model_card.json``."""

from ..markdown import number as _number
from ..markdown import table as _table


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
    return (
        f"**In short:** on departments it has not seen, the model ranks a department's systems at ROC-AUC "
        f"{bundled['roc_auc_mean']:.3f} on average ({bundled['roc_auc_departments_above_half']} of "
        f"{bundled['departments_scored']} departments above 0.5; {bundled['roc_auc_pooled_within_department']:.3f} "
        f"pooled over departments). The target of {evaluation['target_roc_auc']:.2f} is {reached}: SIASAR's fields "
        f"and the district context carry little that transfers between departments. Brier {bundled['brier']:.4f}, "
        f"{compared} the prevalence's {bundled['brier_baseline']:.4f}. Out of fold, the 'alto' class fails "
        f"{lift:.2f} times as often as all systems ({alto['observed_at_risk']:.3f} against "
        f"{bundled['prevalence']:.3f})."
    )


def render_markdown(card: dict) -> str:
    """The model card as Markdown: metrics, comparison, calibration, importance, classes, limitations."""
    evaluation = card["evaluation"]
    bundled = evaluation["bundled"]
    data = card["training_data"]
    lines = [
        f"# Water-system risk model (v{card['version']})",
        "",
        f"{card['task']} Trained {card['trained']} in {card['training_seconds']} s; bundled: "
        f"**{card['model']['bundled']}** ({card['model']['choice_rule']}).",
        "",
        _headline(card),
        "",
        "## Training data",
        "",
        f"{data['source']}. {data['systems']} systems; {data['labelled']} labelled ({data['at_risk']} at risk, "
        f"prevalence {data['prevalence']:.3f}); {data['unlabelled']} unlabelled, of which "
        f"{data['unlabelled_without_treatment']} have no treatment recorded. Departments without labels: "
        f"{', '.join(data['departments_without_labels']) or 'none'}.",
        "",
        "## Evaluation: leave one department out",
        "",
        evaluation["scheme"] + ".",
        "",
    ]
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
    lines += ["## Features (in order)", "", card["feature_definition"] + ".", ""]
    lines += [f"{i}. `{name}`" for i, name in enumerate(card["features"], 1)]
    lines += ["", "## Fields left out, and why", ""]
    lines += [f"- `{name}`: {reason}" for name, reason in card["excluded_fields"].items()]
    lines += ["", "## Limitations", ""]
    lines += [f"- {text}" for text in card["limitations"]]
    lines += ["", "## Also tried (development, same folds)", ""]
    lines += [f"- {text}" for text in card["also_tried"]]
    lines += ["", "## Artifacts", ""]
    lines += _table(
        ["file", "bytes", "sha256"],
        [[name, meta["bytes"], f"`{meta['sha256']}`"] for name, meta in card["artifacts"].items()],
    )
    return "\n".join(lines).rstrip() + "\n"
