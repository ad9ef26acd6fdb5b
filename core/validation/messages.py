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
}

# words that stand in message parameters, translated with the templates
PARAMETER_WORDS = (
    QT_TRANSLATE_NOOP("Validation", "department"),
    QT_TRANSLATE_NOOP("Validation", "province"),
    QT_TRANSLATE_NOOP("Validation", "district"),
    QT_TRANSLATE_NOOP("Validation", "polygons"),
    QT_TRANSLATE_NOOP("Validation", "points"),
)
