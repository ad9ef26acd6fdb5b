"""The sha256 of every file of the bundled models, card included: the bundled folders are verified against
these, recorded in the code, not against the card beside them. Written by
``core.models.artifacts.record_bundled`` when training writes a bundled folder (``make models``); not edited
by hand."""

BUNDLED = {
    "child_risk": {
        "child_risk_model.npz": "2954284433496e7917602d7af4dbf5f60b27d8f2fedf96caa7d2d209faddda9d",
        "model_card.json": "2df73fb5111e9e822fd7f34c2e7848aefc2c6570ab6bcaf6d846d51d851ceaf0",
    },
    "demand": {
        "bwdf_ranking.json": "5c522467cf0c65bb4c8cd52d134ed600797c358c381a9f7220abffe6ebcadaef",
        "demand_forecast_config.json": "b1b95ffe6b2d51331cb6c7416dfbd1a2f638ca9917aa8722776d7f162e4d9470",
        "keras_results.json": "cec18a7f03bcb2f22b8bfc00540c40cb5c0c6cfd1d3a8bdc1412d024f5cb72f4",
        "model_card.json": "cc7c5a666eb9c432e167edf657f652520be03ac3a59e880fff568e63c66c8442",
        "rolling_origin.csv": "9342ad7963ad1f06beaa9d8991024c61200579aeaa5a216c8baf8cf411367657",
    },
    "poverty": {
        "model_card.json": "f2d6451fdef84f285240092f76f987432e924633567cf98910a744962636d3bf",
        "poverty_model.npz": "417e2036406b79ec5f10c6a306e833863539cac8c3910b0ee621f0656b77f5cf",
        "poverty_out_of_fold.csv": "88ba28e22b41d55156f3e27dcf096a73abca6ac7b0c582276063d52346b3a01c",
    },
    "water_risk": {
        "model_card.json": "dc9db0e1b990d3fcb2832a247f4ebdd90aa21483dce8517ffab4e47f9a1be672",
        "water_risk_gbm.npz": "d5bc715b0c6761e8202fce6c904cfb98a4183b63c9bf63ace13c3ad81d08d540",
        "water_risk_gbm_scaling.json": "c78df363f84f020afd6a1b11e3732e30903f02f2eaa6af610e6c45f5209cb142",
    },
}
