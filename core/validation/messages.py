"""The catalogue of validation problems: a stable code, a message template and a fix template.

Templates use ``{name}`` fields filled from the item's parameters. ``QT_TRANSLATE_NOOP`` marks them for
the translation tools (pylupdate5 reads this file as text); here it returns the text unchanged, and the
plugin translates with the context "Validation". pylupdate5 misses a call whose last argument is
followed by a comma, so this file is left out of ``ruff format``.
"""

CONTEXT = "Validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name the Qt tools look for)
    return text


# code: (message, fix)
MESSAGES: dict[str, tuple[str, str]] = {
    "file_not_found": (
        QT_TRANSLATE_NOOP("Validation", "The file does not exist."),
        QT_TRANSLATE_NOOP("Validation", "Check the path, or choose the file again."),
    ),
    "unreadable_file": (
        QT_TRANSLATE_NOOP("Validation", "The file cannot be read as {expected}: {reason}"),
        QT_TRANSLATE_NOOP("Validation", "Open it in the program that made it and save it again as {expected}."),
    ),
    "unknown_kind": (
        QT_TRANSLATE_NOOP("Validation", "AguaPerú does not recognise what this file holds."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Say what it is (water points, districts, district table, satellite, child welfare) or add a "
            "UBIGEO column or latitude and longitude columns."
        ),
    ),
    "empty_input": (
        QT_TRANSLATE_NOOP("Validation", "The input has no rows."),
        QT_TRANSLATE_NOOP("Validation", "Choose a file that holds data, or export the data again."),
    ),
    "encoding_fallback": (
        QT_TRANSLATE_NOOP("Validation", "The file is not UTF-8; it was read as {encoding}."),
        QT_TRANSLATE_NOOP("Validation", "Check accented names (Ñ, á); save the file as UTF-8 to be sure."),
    ),
    "missing_column": (
        QT_TRANSLATE_NOOP("Validation", "Required column '{column}' is missing."),
        QT_TRANSLATE_NOOP("Validation", "Rename column '{suggestion}' to '{column}', or add the column."),
    ),
    "missing_column_no_suggestion": (
        QT_TRANSLATE_NOOP("Validation", "Required column '{column}' is missing."),
        QT_TRANSLATE_NOOP("Validation", "Add a column named '{column}'."),
    ),
    "unparseable_number": (
        QT_TRANSLATE_NOOP("Validation", "{count} values of '{column}' are not numbers (for example {examples})."),
        QT_TRANSLATE_NOOP(
            "Validation", "They are treated as missing. Replace them with numbers, or leave the cells empty."
        ),
    ),
    "decimal_comma": (
        QT_TRANSLATE_NOOP("Validation", "{count} values of '{column}' use a decimal comma; they were read as numbers."),
        QT_TRANSLATE_NOOP("Validation", "Check that they are decimals; use a decimal point to avoid this note."),
    ),
    "thousands_separator": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} values of '{column}' have thousands separators (for example {examples}); they were read as "
            "whole thousands."
        ),
        QT_TRANSLATE_NOOP(
            "Validation", "Check that the column uses one convention; write numbers without separators to be sure."
        ),
    ),
    "ambiguous_number": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} values of '{column}' can be read two ways (for example {examples}: thousands, or decimals); "
            "they were left blank."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Write whole numbers without a thousands separator (2435) and decimals with a decimal point (2.435), "
            "then load the file again."
        ),
    ),
    "out_of_range": (
        QT_TRANSLATE_NOOP(
            "Validation", "{count} values of '{column}' are outside {low} – {high} (for example {examples})."
        ),
        QT_TRANSLATE_NOOP("Validation", "They are treated as missing. Correct them in the source file."),
    ),
    "negative_value": (
        QT_TRANSLATE_NOOP("Validation", "{count} values of '{column}' are negative (for example {examples})."),
        QT_TRANSLATE_NOOP("Validation", "A population or count cannot be negative; they are treated as missing."),
    ),
    "ubigeo_padding": (
        QT_TRANSLATE_NOOP("Validation", "{count} UBIGEO codes had lost their leading zero; they were repaired."),
        QT_TRANSLATE_NOOP("Validation", 'Store UBIGEO as text ("010101"), not as a number.'),
    ),
    "ubigeo_malformed": (
        QT_TRANSLATE_NOOP("Validation", "{count} values of '{column}' are not UBIGEO codes (for example {examples})."),
        QT_TRANSLATE_NOOP("Validation", "A UBIGEO has 2, 4 or 6 digits; those rows are left out of joins."),
    ),
    "ubigeo_reniec": (
        QT_TRANSLATE_NOOP("Validation", "{count} codes are RENIEC codes; they were translated to INEI UBIGEO."),
        QT_TRANSLATE_NOOP("Validation", "Nothing to do; use INEI codes to avoid this note."),
    ),
    "ubigeo_duplicate": (
        QT_TRANSLATE_NOOP("Validation", "{count} UBIGEO codes appear more than once (for example {examples})."),
        QT_TRANSLATE_NOOP("Validation", "Keep one row per code; only the first row of each code is used."),
    ),
    "ubigeo_unknown": (
        QT_TRANSLATE_NOOP("Validation", "{count} UBIGEO codes are not INEI 2017 districts (for example {examples})."),
        QT_TRANSLATE_NOOP(
            "Validation", "They are left out of joins. Districts created after 2017 belong to their parent district."
        ),
    ),
    "ubigeo_level": (
        QT_TRANSLATE_NOOP("Validation", "The table is keyed by {level} codes."),
        QT_TRANSLATE_NOOP("Validation", "Its values are given to every district of each {level}."),
    ),
    "latest_year": (
        QT_TRANSLATE_NOOP(
            "Validation", "The table has one row per district and {column}; the latest ({year}) is used."
        ),
        QT_TRANSLATE_NOOP("Validation", "Nothing to do; keep only the rows of another year to use that one.")
    ),
    "missing_crs": (
        QT_TRANSLATE_NOOP("Validation", "The layer has no coordinate reference system; {assumed} was assumed."),
        QT_TRANSLATE_NOOP("Validation", "Set the CRS in the source (for example with QGIS 'Assign projection')."),
    ),
    "reprojected": (
        QT_TRANSLATE_NOOP("Validation", "The layer is in {source_crs}; it was reprojected to {target_crs}."),
        QT_TRANSLATE_NOOP("Validation", "Nothing to do."),
    ),
    "invalid_geometry": (
        QT_TRANSLATE_NOOP(
            "Validation", "{count} geometries are invalid (for example rows {examples}); they were repaired."
        ),
        QT_TRANSLATE_NOOP("Validation", "Check those features; fix them with QGIS 'Fix geometries' to be sure."),
    ),
    "empty_geometry": (
        QT_TRANSLATE_NOOP("Validation", "{count} features have no geometry (for example rows {examples})."),
        QT_TRANSLATE_NOOP("Validation", "They are left out. Draw or import their geometry."),
    ),
    "wrong_geometry_type": (
        QT_TRANSLATE_NOOP("Validation", "The layer holds {found} geometries where {expected} are expected."),
        QT_TRANSLATE_NOOP("Validation", "Choose a layer of {expected}."),
    ),
    "coordinates_out_of_range": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} points have coordinates outside Peru or impossible values (for example rows {examples})."
        ),
        QT_TRANSLATE_NOOP(
            "Validation", "They are left out. Check that latitude and longitude are not swapped and are in degrees."
        ),
    ),
    "coordinates_projected": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} points have coordinates in metres, not degrees (for example {examples}): the columns look "
            "projected (UTM)."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Give latitude and longitude in degrees (WGS 84): in QGIS, load the table with its UTM zone (EPSG:32717, "
            "32718 or 32719) and export it as EPSG:4326, or give the points as a GeoPackage with its CRS."
        ),
    ),
    "coordinates_swapped": (
        QT_TRANSLATE_NOOP(
            "Validation", "Latitude and longitude appear swapped in {count} rows; they were swapped back."
        ),
        QT_TRANSLATE_NOOP("Validation", "Correct the columns in the source file."),
    ),
    "raster_no_crs": (
        QT_TRANSLATE_NOOP("Validation", "The raster has no coordinate reference system."),
        QT_TRANSLATE_NOOP("Validation", "Assign its CRS (gdal_edit.py -a_srs EPSG:…) and load it again."),
    ),
    "raster_no_nodata": (
        QT_TRANSLATE_NOOP("Validation", "The raster declares no nodata value; every pixel is taken as valid."),
        QT_TRANSLATE_NOOP("Validation", "Set the nodata value (gdal_edit.py -a_nodata …) if some pixels are empty."),
    ),
    "raster_outside_peru": (
        QT_TRANSLATE_NOOP("Validation", "The raster does not overlap Peru."),
        QT_TRANSLATE_NOOP("Validation", "Check the raster's CRS and extent."),
    ),
    "raster_all_nodata": (
        QT_TRANSLATE_NOOP("Validation", "Every pixel of the raster is nodata."),
        QT_TRANSLATE_NOOP("Validation", "Check the nodata value and the band."),
    ),
    "individual_records": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The table holds individual child records; only aggregates of at least {minimum} children are used."
        ),
        QT_TRANSLATE_NOOP("Validation", "Nothing to do: records are never shown or written."),
    ),
    "child_records_without_clusters": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The child records cannot be placed in districts: the data folder has no survey cluster table ({table})."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose the data folder that holds the cluster table (validate --data FOLDER); without it no child "
            "figure is published."
        ),
    ),
    "child_cells_suppressed": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} of {total} areas ({level}) have fewer than {minimum} children measured; their figures are blank."
        ),
        QT_TRANSLATE_NOOP(
            "Validation", "Nothing to do: small cells are never published (the privacy rule), all years are pooled."
        ),
    ),
    "child_small_cells": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} rows of '{column}' describe fewer than {minimum} children (for example {examples}); the table "
            "itself could identify them."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "AguaPerú publishes them only pooled into cells of at least {minimum} children. Do not share this table "
            "as it is; blank the figures of small cells."
        ),
    ),
    "child_table_without_counts": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The table gives {outcome} in '{column}' without the number of children behind each figure."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Add a column with the children measured per row (such as {examples}); without it the privacy rule "
            "cannot be checked and the table is not used."
        ),
    ),
    "child_table_without_outcome": (
        QT_TRANSLATE_NOOP("Validation", "The child-welfare table has no stunting or anaemia column."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Name the prevalences stunting_pct and anemia_pct, with the children measured in n_haz and n_hb."
        ),
    ),
    "child_columns_left_out": (
        QT_TRANSLATE_NOOP(
            "Validation", "{count} columns of the child-welfare table are left out (for example {examples})."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Only stunting and anaemia with their counts of children are used; add other tables as district tables."
        ),
    ),
    "no_year_columns": (
        QT_TRANSLATE_NOOP("Validation", "No yearly columns (ending in a year such as _2020) were found."),
        QT_TRANSLATE_NOOP("Validation", "Name the yearly columns with the year at the end, e.g. ndvi_mean_2020."),
    ),
    "censored_values": (
        QT_TRANSLATE_NOOP(
            "Validation", "{count} values of '{column}' are censored at a detection limit (for example {examples})."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Nothing to do: '<x' counts as an exceedance only when every value below x breaks the limit."
        ),
    ),
    "dates_month_first": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Dates are read day first; {count} dates of '{column}' can only be month first (for example "
            "{examples}) and were read so."
        ),
        QT_TRANSLATE_NOOP("Validation", "Check them; write dates as year-month-day (2019-01-14) to avoid this note."),
    ),
    "dates_month_first_column": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The dates of '{column}' are month first (for example {examples}): only that order gives a date for "
            "every row, or a regular series; they were read so."
        ),
        QT_TRANSLATE_NOOP("Validation", "Check them; write dates as year-month-day (2021-01-13) to avoid this note."),
    ),
    "dst_repeated_hour": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} times of '{column}' appear twice because clocks went back (for example {examples}); the two "
            "readings of each were averaged."
        ),
        QT_TRANSLATE_NOOP(
            "Validation", "Nothing to do; write each time with its UTC offset to keep both readings apart."
        ),
    ),
    "repeated_rows": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} rows repeat an earlier row of the same time in '{column}' (for example {examples}); each was "
            "used once."
        ),
        QT_TRANSLATE_NOOP("Validation", "Remove the repeated rows from the file."),
    ),
    "unparseable_date": (
        QT_TRANSLATE_NOOP("Validation", "{count} values of '{column}' are not dates (for example {examples})."),
        QT_TRANSLATE_NOOP(
            "Validation", "They are kept without a date. Write dates as day/month/year or year-month-day."
        ),
    ),
    "points_outside_peru": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} measurements at {points} points have coordinates outside Peru (for example {examples})."
        ),
        QT_TRANSLATE_NOOP(
            "Validation", "They are checked but left off the map. Check the coordinates and the UTM zone."
        ),
    ),
    "unknown_parameter": (
        QT_TRANSLATE_NOOP(
            "Validation", "{count} parameter names are not in the standards tables (for example {examples})."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Their {rows_count} measurements are listed without a limit. Use a name from "
            "resources/standards/parameters.csv to check them."
        ),
    ),
    "survey_bad_state": (
        QT_TRANSLATE_NOOP("Validation", "{count} values of '{column}' are neither SI nor NO (for example {examples})."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Write SI where the treatment works and NO where it does not (or 1 and 0); leave unknown states "
            "blank."
        ),
    ),
    "unknown_unit": (
        QT_TRANSLATE_NOOP(
            "Validation", "{count} measurements have a unit AguaPerú does not know (for example {examples})."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "They are listed as not comparable. Write the unit as mg/L, µg/L, NMP/100 mL, UNT, µS/cm or unidad de pH."
        ),
    ),
    # errors of files and folders (``core.io.oserrors``, ``core.io.outputs``): the path is shown before them
    "disk_full": (
        QT_TRANSLATE_NOOP("Validation", "The disk is full ({reason})."),
        QT_TRANSLATE_NOOP("Validation", "Free space on that disk, or choose an output folder on another disk."),
    ),
    "permission_denied": (
        QT_TRANSLATE_NOOP("Validation", "Permission denied ({reason})."),
        QT_TRANSLATE_NOOP("Validation", "Choose a file or folder you may use, or ask its owner for access."),
    ),
    "read_only_disk": (
        QT_TRANSLATE_NOOP("Validation", "The disk or folder is read-only ({reason})."),
        QT_TRANSLATE_NOOP("Validation", "Choose an output folder on a disk you can write to."),
    ),
    "is_a_folder": (
        QT_TRANSLATE_NOOP("Validation", "This is a folder, where a file is expected."),
        QT_TRANSLATE_NOOP("Validation", "Give a file name, for example a new name inside that folder."),
    ),
    "not_a_folder": (
        QT_TRANSLATE_NOOP("Validation", "A part of the path is a file, where a folder is expected."),
        QT_TRANSLATE_NOOP("Validation", "Check the path; choose a folder that exists, or a new one."),
    ),
    "name_too_long": (
        QT_TRANSLATE_NOOP("Validation", "The file name is too long for the file system."),
        QT_TRANSLATE_NOOP("Validation", "Use a shorter file name, or a folder closer to the root of the disk."),
    ),
    "file_system": (
        QT_TRANSLATE_NOOP("Validation", "The system refused: {reason}."),
        QT_TRANSLATE_NOOP("Validation", "Check the path and the disk, then try again."),
    ),
    "output_is_input": (
        QT_TRANSLATE_NOOP(
            "Validation", "{option} is an input of this run ({input}); writing it would replace the input."
        ),
        QT_TRANSLATE_NOOP("Validation", "Give {option} a new file name, or a folder outside the inputs."),
    ),
    "unsupported_output": (
        QT_TRANSLATE_NOOP("Validation", "{option}: AguaPerú does not write this kind of file; it writes {expected}."),
        QT_TRANSLATE_NOOP("Validation", "Give a file name ending in {expected}."),
    ),
    "duplicate_output": (
        QT_TRANSLATE_NOOP("Validation", "{option} is the same file as another output of this run."),
        QT_TRANSLATE_NOOP("Validation", "Give {option} another file name."),
    ),
    # errors of the jobs (``core.errors``), by code: the plugin shows them translated with their fields
    "no_water_systems": (
        QT_TRANSLATE_NOOP("Validation", "No water systems were given or found in the data folder."),
        QT_TRANSLATE_NOOP(
            "Validation", "Choose a SIASAR table, or a folder laid out like the shared data ({file})."
        ),
    ),
    "origin_after_data": (
        QT_TRANSLATE_NOOP("Validation", "The origin {origin} is after the hour following the last reading ({last})."),
        QT_TRANSLATE_NOOP(
            "Validation", "Choose an origin at most {latest}, or leave it on its default (after the last full day)."
        ),
    ),
    "bad_origin": (
        QT_TRANSLATE_NOOP("Validation", "The forecast origin '{value}' is not a date and hour."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Write it as YYYY-MM-DD HH:MM (for example 2024-03-04 00:00), or leave it blank for the default (after "
            "the last full day of the flows)."
        ),
    ),
    "child_risk_needs_data": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The child-welfare estimate needs a data folder laid out like the shared data."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose the data folder that holds child_welfare and boundaries (on the command line: --data FOLDER)."
        ),
    ),
    "missing_tensorflow": (
        QT_TRANSLATE_NOOP("Validation", "This model needs TensorFlow, which is not installed."),
        QT_TRANSLATE_NOOP("Validation", "Install it with the menu AguaPerú › Install dependencies…, or run: {command}"),
    ),
    "keras_comparison_needs_tensorflow": (
        QT_TRANSLATE_NOOP("Validation", "Comparing with a Keras network needs TensorFlow, which is not installed."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Install it with the menu AguaPerú › Install dependencies… (or run: {command}), or train without the "
            "Keras comparison."
        ),
    ),
    "not_bundled": (
        QT_TRANSLATE_NOOP("Validation", "This folder is not one of the plugin's bundled models."),
        QT_TRANSLATE_NOOP("Validation", "Give a model folder directly inside {models}."),
    ),
    "missing_required_columns": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Required column '{column}' is missing; the table needs the columns {columns}."
        ),
        QT_TRANSLATE_NOOP("Validation", "Add the missing columns to the header, spelled as listed: {columns}."),
    ),
    "bad_rules": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The intervention rules have {count} problems (the first in row {row}, column '{column}')."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Correct those rows: indicators are {indicators}; operators are {operators}; thresholds are numbers; "
            "every rule needs an id, the intervention in English and Spanish, and a source."
        ),
    ),
    "unreadable_rules": (
        QT_TRANSLATE_NOOP("Validation", "The intervention rules cannot be read: {reason}"),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose a CSV file (UTF-8) laid out like resources/interventions/interventions.csv."
        ),
    ),
    "bad_level": (
        QT_TRANSLATE_NOOP("Validation", "Unknown level '{level}'."),
        QT_TRANSLATE_NOOP("Validation", "Choose district or province."),
    ),
    "year_out_of_range": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Child welfare cannot be estimated for {year}: estimates reach from {first} to {last}."
        ),
        QT_TRANSLATE_NOOP("Validation", "Choose a year from {first} to {last}."),
    ),
    "unreadable_boundaries": (
        QT_TRANSLATE_NOOP("Validation", "The layer '{layer}' of the boundaries cannot be read: {reason}"),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose a data folder laid out like the shared data (boundaries/peru_limites_inei2017.gpkg)."
        ),
    ),
    "unreadable_child_records": (
        QT_TRANSLATE_NOOP("Validation", "The ENDES child records cannot be read: {reason}"),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose a data folder laid out like the shared data, with {records} and {clusters}."
        ),
    ),
    "bundled_model_folder": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The folder is inside the plugin's bundled models folder; a retrained model never replaces a bundled "
            "one."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose a folder of your own, for example a new folder inside your output folder."
        ),
    ),
    "folder_not_empty": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The folder already holds files that are not a model; saving the model would replace them."
        ),
        QT_TRANSLATE_NOOP("Validation", "Choose a new or empty folder."),
    ),
    "flows_without_time_index": (
        QT_TRANSLATE_NOOP("Validation", "The flows have no hourly time index."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Read the flows from a table whose first column holds the date and hour, followed by one column per "
            "area."
        ),
    ),
    "short_history_days": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The anomaly detector needs at least {needed} days of hourly flows ({given} given)."
        ),
        QT_TRANSLATE_NOOP("Validation", "Give a longer history of flows, or use the night-flow detector."),
    ),
    "unknown_anomaly_method": (
        QT_TRANSLATE_NOOP("Validation", "Unknown anomaly detector '{method}'."),
        QT_TRANSLATE_NOOP("Validation", "Use one of: {choices}."),
    ),
    "bad_holiday": (
        QT_TRANSLATE_NOOP("Validation", "The extra holiday '{value}' is not a month and day."),
        QT_TRANSLATE_NOOP("Validation", "Write it as MM-DD, for example 06-29."),
    ),
    "forecast_needs_package": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The water demand forecast needs the Python package {package}, which is not installed."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Install it with the menu AguaPerú › Install dependencies…, or run: pip install {package}"
        ),
    ),
    "no_flow_readings": (
        QT_TRANSLATE_NOOP("Validation", "The flows hold no reading."),
        QT_TRANSLATE_NOOP("Validation", "Choose a table of hourly flows with at least one value."),
    ),
    "bad_horizon": (
        QT_TRANSLATE_NOOP("Validation", "The horizon must be between 1 and {maximum} hours (got {horizon})."),
        QT_TRANSLATE_NOOP("Validation", "Choose a horizon of 1 to {maximum} hours."),
    ),
    "origin_not_on_hour": (
        QT_TRANSLATE_NOOP("Validation", "The origin {origin} is not on the hour."),
        QT_TRANSLATE_NOOP("Validation", "Choose an origin on the hour, for example {hour}."),
    ),
    "short_history_weeks": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Forecasting from {origin} needs at least {weeks} weeks of hourly flows before it ({hours} hours are "
            "given)."
        ),
        QT_TRANSLATE_NOOP("Validation", "Give a longer history of flows: at least {weeks} weeks before the origin."),
    ),
    "origin_too_early": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Forecasting from {origin} needs at least {weeks} weeks of hourly flows before it ({hours} hours are "
            "given)."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose a later origin (not before {earliest}), or give a longer history of flows."
        ),
    ),
    "unknown_forecast_model": (
        QT_TRANSLATE_NOOP("Validation", "Unknown forecast model '{model}'."),
        QT_TRANSLATE_NOOP("Validation", "Use one of: {choices}."),
    ),
    "bad_number": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} rows of '{column}' are not numbers of zero or more (for example row {row})."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Write a number of zero or more in every row of '{column}' (decimal point or comma)."
        ),
    ),
    "bad_demand_table": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The first column must hold the date and hour and the others the demand of each area (L/s)."
        ),
        QT_TRANSLATE_NOOP("Validation", "Use the CSV written by the demand forecast."),
    ),
    "short_history_months": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "A monthly forecast needs {needed} complete months of flows ({months} are given)."
        ),
        QT_TRANSLATE_NOOP("Validation", "Give at least a year of hourly flows."),
    ),
    "bad_schedule_input": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The pumping schedule cannot be set up: {count} problems in its demand, sources or tanks."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Check that the demand has no missing or negative values; that there is at least one source, each with a "
            "capacity of zero or more, one cost (or one per hour) and known areas; and that each tank belongs to a "
            "known area, its initial volume between its minimum and its capacity."
        ),
    ),
    "schedule_failed": (
        QT_TRANSLATE_NOOP("Validation", "The pumping schedule could not be solved (the solver found no solution)."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Check the capacities of the sources and the volumes of the tanks, then run it again."
        ),
    ),
    "unsupported_format": (
        QT_TRANSLATE_NOOP("Validation", "Files of type '{suffix}' cannot be read here."),
        QT_TRANSLATE_NOOP("Validation", "Save the series as .xlsx (BWDF layout) or .csv."),
    ),
    "bad_timestamp": (
        QT_TRANSLATE_NOOP("Validation", "Values of '{column}' are not dates and hours (for example {example})."),
        QT_TRANSLATE_NOOP("Validation", "Write them as YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM."),
    ),
    "duplicate_timestamps": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} times of '{column}' appear more than once with different values (for example {example})."
        ),
        QT_TRANSLATE_NOOP("Validation", "Keep one row per time, or write the UTC offset of each time."),
    ),
    "no_series": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The file needs a date and hour column followed by at least one column of flows."
        ),
        QT_TRANSLATE_NOOP("Validation", "Put the date and hour in the first column, then one column per area."),
    ),
    "missing_benchmark_data": (
        QT_TRANSLATE_NOOP("Validation", "The BWDF benchmark data is not installed."),
        QT_TRANSLATE_NOOP("Validation", "Install it with: {command}"),
    ),
    "ambiguous_date_order": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The dates of '{column}' can be read day first or month first (for example {example}) and nothing in the "
            "file tells which."
        ),
        QT_TRANSLATE_NOOP("Validation", "Write the dates as YYYY-MM-DD HH:MM, then load the file again."),
    ),
    "ambiguous_flow_number": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} values of '{column}' can be read as thousands or as decimals (for example {example})."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Write them without a thousands separator and with a decimal point (2435 or 2.435), then load the file "
            "again."
        ),
    ),
    "flows_not_numeric": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} values of '{column}' are not numbers (for example {example}); flows must be numbers in L/s."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Write the flows as numbers in L/s (decimal point or comma), and leave the cells of missing readings "
            "empty."
        ),
    ),
    "target_not_district": (
        QT_TRANSLATE_NOOP("Validation", "The target table is keyed by {level} codes; the model needs districts."),
        QT_TRANSLATE_NOOP("Validation", "Use 6-digit district UBIGEO codes."),
    ),
    "target_not_percent": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} values of '{column}' are outside 0–100 (for example {example}); the model learns a rate in "
            "percent."
        ),
        QT_TRANSLATE_NOOP("Validation", "Give the rate in percent (0–100), for example 45.2 rather than 0.452."),
    ),
    "too_few_labelled_districts": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Only {count} districts of {departments} departments have a target value; evaluating by department needs "
            "at least {minimum} districts in {minimum_departments} departments."
        ),
        QT_TRANSLATE_NOOP("Validation", "Check the UBIGEO codes and the target column of the table."),
    ),
    "too_few_labelled_systems": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Only {count} water systems of {departments} departments have a known treatment state; training and "
            "evaluating by department needs at least {minimum} systems in {minimum_departments} departments."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose a data folder whose SIASAR table records whether the treatment works (trat_funciona) for more "
            "systems."
        ),
    ),
    "systems_without_coordinates": (
        QT_TRANSLATE_NOOP("Validation", "The water systems have no coordinates."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Give the systems as a point layer, or as a table with longitude and latitude columns in degrees (WGS "
            "84)."
        ),
    ),
    "measurements_without_systems": (
        QT_TRANSLATE_NOOP("Validation", "Measurements need the water systems to be matched to."),
        QT_TRANSLATE_NOOP("Validation", "Give the water systems too (a SIASAR table or the data folder)."),
    ),
    "unreadable_model_card": (
        QT_TRANSLATE_NOOP("Validation", "The model card cannot be read: {reason}"),
        QT_TRANSLATE_NOOP("Validation", "Reinstall the plugin, or retrain the model."),
    ),
    "model_file_not_recorded": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "This file is not a file of the bundled model {model} recorded in the plugin; it is not loaded."
        ),
        QT_TRANSLATE_NOOP("Validation", "Reinstall the plugin."),
    ),
    "model_file_not_listed": (
        QT_TRANSLATE_NOOP("Validation", "The model card does not list {name}."),
        QT_TRANSLATE_NOOP("Validation", "Reinstall the plugin, or retrain the model."),
    ),
    "model_file_missing": (
        QT_TRANSLATE_NOOP("Validation", "The model file is missing."),
        QT_TRANSLATE_NOOP("Validation", "Reinstall the plugin, or retrain the model."),
    ),
    "model_file_changed": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The model file has been changed since it was written (its sha256 differs); it is not loaded."
        ),
        QT_TRANSLATE_NOOP("Validation", "Reinstall the plugin, or retrain the model."),
    ),
    "model_format": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The model file is not in AguaPerú's portable model format; files that can run code when read are never "
            "loaded."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Retrain the model (Retrain on my data, or python -m core train <model> --data <folder> --out <new "
            "folder>), or reinstall the plugin for the bundled model."
        ),
    ),
    "model_format_version": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The model file is in a version of the portable model format that this AguaPerú does not read."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Retrain the model (Retrain on my data, or python -m core train <model> --data <folder> --out <new "
            "folder>), or reinstall the plugin for the bundled model."
        ),
    ),
    "model_origin": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The model folder was not written by AguaPerú's training (its card does not say so, or lists no hashes); "
            "it is not loaded."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Retrain the model (Retrain on my data, or python -m core train <model> --data <folder> --out <new "
            "folder>), or reinstall the plugin for the bundled model."
        ),
    ),
    # --- errors of core/models and core/jobs (entries above this line) ---
    "demo_gazetteer": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The demo gazetteer bundled with AguaPerú is missing, damaged or of another version."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Reinstall the AguaPerú plugin (Plugins ▸ Manage and Install Plugins), then try again."
        ),
    ),
    "min_cell_too_low": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The minimum number of children per published cell must be a whole number of at least {minimum} (got "
            "{value})."
        ),
        QT_TRANSLATE_NOOP("Validation", "Use {minimum} or more: the privacy rule can only be made stricter."),
    ),
    "unknown_scheme": (
        QT_TRANSLATE_NOOP("Validation", "Unknown classification '{scheme}'."),
        QT_TRANSLATE_NOOP("Validation", "Use one of {options}."),
    ),
    "no_values": (
        QT_TRANSLATE_NOOP("Validation", "Class breaks need at least one class and one value."),
        QT_TRANSLATE_NOOP("Validation", "Choose a field with values, and at least one class."),
    ),
    "too_few_permutations": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{permutations} permutations are too few for a 99 % level; at least {minimum} are needed."
        ),
        QT_TRANSLATE_NOOP("Validation", "Use 999 permutations (or 9999 for stable 99 % classes)."),
    ),
    "too_few_values": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Column '{column}' has {count} districts with a value and a geometry; hotspots need at least {minimum}."
        ),
        QT_TRANSLATE_NOOP("Validation", "Choose a field with values for more districts."),
    ),
    "no_variation": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Column '{column}' has the same value in every district: there is nothing to map."
        ),
        QT_TRANSLATE_NOOP("Validation", "Choose a field that varies between districts."),
    ),
    "statistics_not_finite": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The statistics of column '{column}' are not finite numbers: its values are too far apart to compare "
            "(from {low} to {high})."
        ),
        QT_TRANSLATE_NOOP("Validation", "Check the column for impossible values (such as 1e308) and correct them."),
    ),
    "not_numeric": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Column '{column}' holds {dtype} values, not numbers: hotspots need a numeric field."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose a numeric field, or convert this one to numbers first (Field calculator: to_real)."
        ),
    ),
    "unknown_weights": (
        QT_TRANSLATE_NOOP("Validation", "Unknown contiguity '{kind}'."),
        QT_TRANSLATE_NOOP("Validation", "Choose queen or rook contiguity."),
    ),
    "too_few_rows": (
        QT_TRANSLATE_NOOP("Validation", "Cannot link islands to {k} nearest districts among {rows}."),
        QT_TRANSLATE_NOOP("Validation", "Use k of at least 1 and more districts than k."),
    ),
    "missing_geometry": (
        QT_TRANSLATE_NOOP("Validation", "{count} features have no geometry (for example rows {examples})."),
        QT_TRANSLATE_NOOP("Validation", "Remove those rows or draw their geometry, then run again."),
    ),
    "unknown_standard": (
        QT_TRANSLATE_NOOP("Validation", "Unknown standard '{standard}'."),
        QT_TRANSLATE_NOOP("Validation", "Choose one of: {options}."),
    ),
    "unknown_category": (
        QT_TRANSLATE_NOOP("Validation", "Unknown category '{category}' of {standard}."),
        QT_TRANSLATE_NOOP("Validation", "Choose one of: {options}."),
    ),
    "boundary_codes_unreadable": (
        QT_TRANSLATE_NOOP("Validation", "The codes of layer '{layer}' cannot be read ({reason})."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Use the INEI 2017 boundaries GeoPackage with a layer '{layer}' and a text column '{column}'."
        ),
    ),
    "ubigeo_crosswalk_unusable": (
        QT_TRANSLATE_NOOP("Validation", "The UBIGEO crosswalk cannot be read, or has no 'inei' and 'reniec' columns."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Restore socioeconomic/ubigeo_distrito.csv from the shared data (columns inei and reniec)."
        ),
    ),
    "rotated_raster": (
        QT_TRANSLATE_NOOP("Validation", "The raster is rotated; only north-up rasters are supported."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Warp the raster to a north-up grid (Raster ▸ Projections ▸ Warp, or gdalwarp)."
        ),
    ),
    "grid_mismatch": (
        QT_TRANSLATE_NOOP("Validation", "The raster is not on the grid this index was built for."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Use a raster with the same extent, resolution and CRS, or build the index again for this raster."
        ),
    ),
    "shape_mismatch": (
        QT_TRANSLATE_NOOP("Validation", "The values are shaped {shape}; this index expects {expected}."),
        QT_TRANSLATE_NOOP("Validation", "Read the values from the raster this index was built for."),
    ),
    "unknown_statistic": (
        QT_TRANSLATE_NOOP("Validation", "Unknown statistics ({statistics})."),
        QT_TRANSLATE_NOOP("Validation", "Use some of {options}."),
    ),
    "radius": (
        QT_TRANSLATE_NOOP("Validation", "The buffer radius must be a positive number of metres, not {radius}."),
        QT_TRANSLATE_NOOP("Validation", "Give a radius above 0 m, for example 1000."),
    ),
    "no_geometry_column": (
        QT_TRANSLATE_NOOP("Validation", "The zones have no geometry column."),
        QT_TRANSLATE_NOOP("Validation", "Choose a vector layer of zones (polygons or points)."),
    ),
    "zones_no_crs": (
        QT_TRANSLATE_NOOP("Validation", "The zones have no coordinate reference system."),
        QT_TRANSLATE_NOOP("Validation", "Set the layer's CRS (Layer Properties ▸ Source), then run again."),
    ),
    "geometry_type": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} zones are empty or are not {expected} geometries (for example rows {examples})."
        ),
        QT_TRANSLATE_NOOP("Validation", "Remove or repair those zones, or choose a layer of {expected} geometries."),
    ),
    "unreadable_raster": (
        QT_TRANSLATE_NOOP("Validation", "The raster cannot be read: {reason}"),
        QT_TRANSLATE_NOOP("Validation", "Check that the file exists and is a GeoTIFF."),
    ),
    "missing_band": (
        QT_TRANSLATE_NOOP("Validation", "The raster has {bands} bands; band {band} does not exist."),
        QT_TRANSLATE_NOOP("Validation", "Choose a band from 1 to {bands}."),
    ),
    "bad_limit": (
        QT_TRANSLATE_NOOP("Validation", "Give either the number of sites (k) or a budget, not both."),
        QT_TRANSLATE_NOOP("Validation", "Set the number of sites or the budget, and leave the other empty."),
    ),
    "bad_site_count": (
        QT_TRANSLATE_NOOP("Validation", "The number of sites must be at least 1 (got {value})."),
        QT_TRANSLATE_NOOP("Validation", "Give 1 or more sites."),
    ),
    "bad_budget": (
        QT_TRANSLATE_NOOP("Validation", "The budget must be positive (got {value})."),
        QT_TRANSLATE_NOOP("Validation", "Give a budget above 0 soles."),
    ),
    "bad_cost": (
        QT_TRANSLATE_NOOP("Validation", "Every candidate site needs a positive, finite cost."),
        QT_TRANSLATE_NOOP("Validation", "Give every candidate site a cost above 0 in column '{column}'."),
    ),
    "bad_method": (
        QT_TRANSLATE_NOOP("Validation", "Unknown method '{value}'."),
        QT_TRANSLATE_NOOP("Validation", "Use one of {options}."),
    ),
    "bad_demand_weight": (
        QT_TRANSLATE_NOOP("Validation", "Demand weights must be finite, non-negative, one per demand point."),
        QT_TRANSLATE_NOOP("Validation", "Give one weight of 0 or more per demand point; fill blank weights."),
    ),
    "bad_output": (
        QT_TRANSLATE_NOOP("Validation", "The output must be a .csv or .gpkg file."),
        QT_TRANSLATE_NOOP("Validation", "Give a file name ending in .csv or .gpkg."),
    ),
    "missing_data_dir": (
        QT_TRANSLATE_NOOP("Validation", "No data folder was given to find {relative}."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose the data folder (laid out like the shared data) on the Data page, or pass --data FOLDER."
        ),
    ),
    "missing_data_file": (
        QT_TRANSLATE_NOOP("Validation", "The data folder has no {relative}."),
        QT_TRANSLATE_NOOP("Validation", "Choose a data folder laid out like the shared data (it holds {relative})."),
    ),
    "bad_department": (
        QT_TRANSLATE_NOOP("Validation", "Department codes are two digits from 01 to 25; not {departments}."),
        QT_TRANSLATE_NOOP("Validation", "Give department codes such as 08 (Cusco)."),
    ),
    "centres_missing_columns": (
        QT_TRANSLATE_NOOP("Validation", "The populated-centre table lacks the columns {column}."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Use the populated-centre table of the shared data (socioeconomic/centros_poblados.csv.gz)."
        ),
    ),
    "bad_urban_factor": (
        QT_TRANSLATE_NOOP("Validation", "The urban factor must be positive (got {value})."),
        QT_TRANSLATE_NOOP("Validation", "Give an urban factor above 0 (the default is {default})."),
    ),
    "bad_raster_mode": (
        QT_TRANSLATE_NOOP("Validation", "Unknown raster mode '{value}'."),
        QT_TRANSLATE_NOOP("Validation", "Use point or buffer."),
    ),
    "missing_dependency": (
        QT_TRANSLATE_NOOP("Validation", "AguaPerú needs the Python package {package}, which is not installed."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Install {package} (for example pip install {package} in the Python of QGIS), then restart QGIS."
        ),
    ),
    "broken_dependency": (
        QT_TRANSLATE_NOOP("Validation", "The Python package {package} is installed but cannot be imported ({reason})."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Reinstall {package}, or install a version that matches the other packages, then restart QGIS."
        ),
    ),
    "unreadable_table": (
        QT_TRANSLATE_NOOP("Validation", "The table cannot be read."),
        QT_TRANSLATE_NOOP("Validation", "Save it as CSV (UTF-8), Excel or GeoPackage and choose it again."),
    ),
    "bad_need": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} rows of '{column}' are not numbers of 0 or more (for example rows {examples})."
        ),
        QT_TRANSLATE_NOOP("Validation", "Fill column '{column}' with numbers of 0 or more."),
    ),
    "empty_selection": (
        QT_TRANSLATE_NOOP("Validation", "No populated centre is left in the departments chosen ({departments})."),
        QT_TRANSLATE_NOOP("Validation", "Choose other departments, or none for the whole country."),
    ),
    "bad_access": (
        QT_TRANSLATE_NOOP("Validation", "The access distance must be positive (got {value} km)."),
        QT_TRANSLATE_NOOP("Validation", "Give an access distance above 0 km, for example 1 km."),
    ),
    "missing_need": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "The need table has no value for {count} districts of the selection (for example {examples})."
        ),
        QT_TRANSLATE_NOOP("Validation", "Add those districts to the need table (column '{column}')."),
    ),
    "survey_not_siasar": (
        QT_TRANSLATE_NOOP("Validation", "A survey or measurements need SIASAR systems (with their ID)."),
        QT_TRANSLATE_NOOP("Validation", "Rank the SIASAR systems, or leave the survey out."),
    ),
    "not_siasar": (
        QT_TRANSLATE_NOOP("Validation", "The water-risk model needs SIASAR systems (with their ID)."),
        QT_TRANSLATE_NOOP("Validation", "Use the risk proxy, or no risk, for other water-point files."),
    ),
    "bad_risk": (
        QT_TRANSLATE_NOOP("Validation", "Unknown risk option '{value}'."),
        QT_TRANSLATE_NOOP("Validation", "Use model, proxy or none."),
    ),
    "empty_systems": (
        QT_TRANSLATE_NOOP("Validation", "The water-point file holds no system."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Choose a water-point file with rows, such as the SIASAR table of the shared data."
        ),
    ),
    "no_ubigeo_for_departments": (
        QT_TRANSLATE_NOOP("Validation", "The water-point file has no ubigeo column to select departments by."),
        QT_TRANSLATE_NOOP("Validation", "Add the district code (column ubigeo), or rank every department."),
    ),
    "no_systems_selected": (
        QT_TRANSLATE_NOOP("Validation", "No water system is left in the departments chosen ({departments})."),
        QT_TRANSLATE_NOOP("Validation", "Choose other departments, or none for the whole country."),
    ),
    "bad_weight": (
        QT_TRANSLATE_NOOP("Validation", "Unknown weights: {names}."),
        QT_TRANSLATE_NOOP("Validation", "Use {options}."),
    ),
    "bad_weight_values": (
        QT_TRANSLATE_NOOP("Validation", "Weights must be non-negative with a positive sum."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Give each weight ({options}) a number of 0 or more, and at least one above 0."
        ),
    ),
    "empty_candidates": (
        QT_TRANSLATE_NOOP("Validation", "There is no candidate site."),
        QT_TRANSLATE_NOOP("Validation", "Give candidate sites (a water-point file with rows)."),
    ),
    "candidate_costs": (
        QT_TRANSLATE_NOOP("Validation", "{count} candidate sites have no positive cost (for example rows {examples})."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Give every candidate a positive cost in column '{column}', or drop the column to use the unit cost."
        ),
    ),
    "bad_unit_cost": (
        QT_TRANSLATE_NOOP("Validation", "The unit cost must be positive (got {value})."),
        QT_TRANSLATE_NOOP("Validation", "Give a unit cost above 0 soles."),
    ),
    "duplicate_name": (
        QT_TRANSLATE_NOOP("Validation", "Scenario names must differ from each other: {names}."),
        QT_TRANSLATE_NOOP("Validation", "Rename the scenarios so that each has its own name."),
    ),
    "mixed_departments": (
        QT_TRANSLATE_NOOP("Validation", "The scenarios cover different departments."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Give every scenario the same departments, to compare scenarios of the same area."
        ),
    ),
    "reserved_id": (
        QT_TRANSLATE_NOOP("Validation", "Scenario '{name}' has the id reserved for the baseline."),
        QT_TRANSLATE_NOOP("Validation", "Remove the id from the scenario file; a new one is given."),
    ),
    "duplicate_scenario": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Two scenario files are the same scenario (same id, or same name without an id)."
        ),
        QT_TRANSLATE_NOOP("Validation", "Give each scenario its own name, or remove the duplicated file."),
    ),
    "unknown_scenario": (
        QT_TRANSLATE_NOOP("Validation", "The scenario store holds no scenario {value}."),
        QT_TRANSLATE_NOOP("Validation", "It may have been deleted: refresh the list of scenarios."),
    ),
    "no_results": (
        QT_TRANSLATE_NOOP("Validation", "Scenario '{name}' has no results of its current version."),
        QT_TRANSLATE_NOOP("Validation", "Run it first (Run selected, or Run baseline and ticked)."),
    ),
    "bad_scenario_id": (
        QT_TRANSLATE_NOOP("Validation", "'{value}' is not a scenario id (32 hexadecimal digits)."),
        QT_TRANSLATE_NOOP("Validation", "Use the id the store gave the scenario."),
    ),
    "bad_json": (
        QT_TRANSLATE_NOOP("Validation", "The scenario is not valid JSON: {reason}."),
        QT_TRANSLATE_NOOP("Validation", "Check the JSON syntax (quotes, commas, brackets)."),
    ),
    "scenario_not_object": (
        QT_TRANSLATE_NOOP("Validation", "The scenario file must hold a JSON object."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Write the scenario as one JSON object, with fields such as name and horizon_year."
        ),
    ),
    "bad_scenario": (
        QT_TRANSLATE_NOOP("Validation", "The scenario has {count} problems; the first is in field '{field}'."),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Correct field '{field}' and check the other fields of the scenario, then load it again."
        ),
    ),
    "unknown_system": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "{count} system IDs of '{field}' are not SIASAR systems (for example {examples})."
        ),
        QT_TRANSLATE_NOOP(
            "Validation",
            "Use IDs of the SIASAR table (column ID), or give \"top\" with a number of systems instead."
        ),
    ),
    "missing_baseline": (
        QT_TRANSLATE_NOOP("Validation", "The baseline '{value}' is not among the results ({names})."),
        QT_TRANSLATE_NOOP("Validation", "Run the baseline first, or choose one of the results as the baseline."),
    ),
    "bad_store": (
        QT_TRANSLATE_NOOP("Validation", "The file cannot be used as the scenario store: {reason}."),
        QT_TRANSLATE_NOOP("Validation", "Choose another output folder, or move the damaged scenarios.gpkg away."),
    ),
    "no_scenario_store": (
        QT_TRANSLATE_NOOP("Validation", "The scenario store does not exist yet."),
        QT_TRANSLATE_NOOP("Validation", "Create a scenario first."),
    ),
    "scenario_exists": (
        QT_TRANSLATE_NOOP("Validation", "A scenario with id {value} is already stored."),
        QT_TRANSLATE_NOOP("Validation", "Duplicate the scenario to make a copy, or edit the stored one."),
    ),
    "scenario_edited_meanwhile": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Scenario '{name}' was edited meanwhile (stored version {stored}, this copy {version})."
        ),
        QT_TRANSLATE_NOOP("Validation", "Reload the scenario and apply the edit again."),
    ),
    "stale_scenario": (
        QT_TRANSLATE_NOOP(
            "Validation",
            "Scenario '{name}' was changed or deleted while this run went on; nothing was written."
        ),
        QT_TRANSLATE_NOOP("Validation", "Run it again."),
    ),
    "no_stored_results": (
        QT_TRANSLATE_NOOP("Validation", "The scenario has no results in the store."),
        QT_TRANSLATE_NOOP("Validation", "Run the scenario first."),
    ),
    # --- errors of the rest of core (entries above this line) ---
}

# words that stand in message parameters, translated with the templates
PARAMETER_WORDS = (
    QT_TRANSLATE_NOOP("Validation", "department"),
    QT_TRANSLATE_NOOP("Validation", "province"),
    QT_TRANSLATE_NOOP("Validation", "district"),
    QT_TRANSLATE_NOOP("Validation", "polygons"),
    QT_TRANSLATE_NOOP("Validation", "points"),
)
