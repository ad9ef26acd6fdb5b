"""The layer-tree groups of the plugin's layers. Their names are Spanish in every language: projects are shared
between users of both languages, and a group must keep its name whoever opens the project."""

DATA_GROUP = "AguaPerú – Datos"
MODELS_GROUP = "AguaPerú – Modelos"
SCENARIOS_GROUP = "AguaPerú – Escenarios"
