"""The readable model card (``MODEL_CARD.md``) of the poverty model, rendered from ``model_card.json``."""

from ..common import artifacts_table, bullets, features_in_order, heading, leave_one_department_out
from ..common import number as _number
from ..common import table as _table


def _metrics_row(name: str, m: dict) -> list:
    return [
        name,
        _number(m["r2"]),
        _number(m["mae"], 2),
        _number(m["rmse"], 2),
        _number(m.get("coverage90")),
        _number(m.get("mean_width"), 1),
        _number(m["r2_median_of_departments"]),
        _number(m["r2_mean_of_departments"]),
    ]


def _headline(card: dict) -> str:
    evaluation = card["evaluation"]
    bundled = evaluation["bundled"]
    low, high = evaluation["target_coverage"]
    reached = "reached" if evaluation["target_reached"] else "**not reached**"
    return (
        f"**In short:** on departments it has not seen, the model explains R² {bundled['r2']:.3f} of the variance "
        f"of district poverty (pooled over {bundled['departments']} departments, {bundled['districts']} districts), "
        f"mean absolute error {bundled['mae']:.2f} points; its 90 % intervals cover {bundled['coverage90']:.3f} of "
        f"held-out districts with a mean width of {bundled['mean_width']:.1f} points. The target (R² ≥ "
        f"{evaluation['target_r2']:.2f}, coverage {low:.2f}-{high:.2f}) is {reached}. Within a single department "
        f"the skill is lower (median R² {bundled['r2_median_of_departments']:.2f}): see the limitations."
    )


def render_markdown(card: dict) -> str:
    """The model card as Markdown: metrics, comparison, per department, importance, features, limitations."""
    evaluation = card["evaluation"]
    bundled = evaluation["bundled"]
    data = card["training_data"]
    target = card["target"]
    model = card["model"]
    lines = heading(card, "District poverty model", f" ({model['choice_rule']}). {model['transform']}", _headline(card))
    lines += [
        f"Target: `{target['column']}` of `{target['file']}` ({target['source']}; {target['unit']}). "
        f"{data['districts']} districts, {data['labelled']} with a rate (mean {data['mean_rate']:.1f} %) in "
        f"{data['departments_labelled']} departments; departments without a rate: "
        f"{', '.join(data['departments_without_target']) or 'none'}. {data['features']} features.",
        "",
        *leave_one_department_out(evaluation),
    ]
    header = ["model", "R²", "MAE", "RMSE", "90 % coverage", "mean width", "median dept R²", "mean dept R²"]
    rows = [_metrics_row(name, metrics) for name, metrics in evaluation["comparison"].items()]
    rows += [_metrics_row(f"{name}: {m['description']}", m) for name, m in evaluation["baselines"].items()]
    lines += _table(header, rows)
    keras = card["model"].get("keras_would_win")
    if keras is not None:
        verdict = "would have won" if keras else "does not clearly win"
        lines += [f"The Keras network {verdict} (margin 0.02 R²); the bundled model needs no TensorFlow.", ""]
    intervals = card["intervals"]
    lines += [
        "## Intervals",
        "",
        f"{intervals['method']} Half-width on the logit scale: {intervals['logit_halfwidth']:.3f} (the interval is "
        "widest, in points, around 50 % and narrows towards 0 and 100 %).",
        "",
        "### Per department (held out)",
        "",
    ]
    lines += _table(
        ["department", "districts", "observed mean", "predicted mean", "R²", "MAE", "coverage", "mean width"],
        [
            [
                d["department"],
                d["districts"],
                _number(d["observed_mean"], 1),
                _number(d["predicted_mean"], 1),
                _number(d["r2"]),
                _number(d["mae"], 2),
                _number(d.get("coverage90")),
                _number(d.get("mean_width"), 1),
            ]
            for d in bundled["per_department"]
        ],
    )
    if bundled["permutation_importance"]:
        lines += [
            "### Permutation importance (drop of the pooled LODO R² when a feature is shuffled inside each "
            "held-out department)",
            "",
        ]
        lines += _table(
            ["feature", "R² drop", "sd"],
            [
                [row["feature"], _number(row["r2_drop_mean"], 4), _number(row["r2_drop_std"], 4)]
                for row in bundled["permutation_importance"]
            ],
        )
    lines += features_in_order(card)
    lines += ["", f"Never features: {card['excluded_columns']}.", ""]
    if card["rasters"]:
        lines += ["Rasters (zonal statistics): " + ", ".join(f"`{r}`" for r in card["rasters"]), ""]
    lines += ["## Limitations", "", *bullets(card["limitations"])]
    if card["also_tried"]:
        lines += ["", "## Also tried (development, same folds)", "", *bullets(card["also_tried"])]
    lines += artifacts_table(card)
    return "\n".join(lines).rstrip() + "\n"
