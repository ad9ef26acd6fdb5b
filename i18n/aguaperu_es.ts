<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>@default</name>
    <message>
        <location filename="../aguaperu_plugin/plugin.py" line="61"/>
        <source>Show or hide the AguaPerú panel</source>
        <translation>Mostrar u ocultar el panel AguaPerú</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/plugin.py" line="65"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="199"/>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="199"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="199"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="199"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="52"/>
        <source>Export map to PDF</source>
        <translation>Exportar mapa a PDF</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="59"/>
        <source>Layers to print</source>
        <translation>Capas a imprimir</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="62"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="62"/>
        <source>Map of Peru</source>
        <translation>Mapa del Perú</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="63"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="64"/>
        <source>Source note</source>
        <translation>Nota de fuente</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="112"/>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="112"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="131"/>
        <source>Choose at least one layer to print.</source>
        <translation>Elija al menos una capa para imprimir.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/provider.py" line="42"/>
        <source>AguaPerú: water, poverty and child-welfare planning</source>
        <translation>AguaPerú: planificación de agua, pobreza y bienestar infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/demo.py" line="15"/>
        <source>Districts (demo)</source>
        <translation>Distritos (demostración)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/demo.py" line="16"/>
        <source>Water systems (demo)</source>
        <translation>Sistemas de agua (demostración)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/report_tree.py" line="18"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/report_tree.py" line="18"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="43"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="43"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="43"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/toolbelt/i18n.py" line="72"/>
        <source>File: {0}</source>
        <translation>Archivo: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/toolbelt/i18n.py" line="74"/>
        <source>Column: {0}</source>
        <translation>Columna: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/report_tree.py" line="46"/>
        <source>Rows: {0}</source>
        <comment>, </comment>
        <translation>Filas: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/report_tree.py" line="47"/>
        <source>Fix: {0}</source>
        <translation>Solución: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/layers.py" line="78"/>
        <source>The layer {0} could not be opened.</source>
        <translation>No se pudo abrir la capa {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/district_features.py" line="21"/>
        <source>Build district features</source>
        <translation>Construir variables distritales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/district_features.py" line="74"/>
        <source>Joins every source into one row per district: district tables keyed by UBIGEO, yearly satellite tables, populated centres, water systems (count, population served, distance to the nearest), child-welfare aggregates (small cells suppressed) and zonal statistics of rasters. Sources are taken from a folder laid out like the shared data, and from the layers given.</source>
        <translation>Une todas las fuentes en una fila por distrito: tablas distritales con UBIGEO, tablas satelitales anuales, centros poblados, sistemas de agua (cantidad, población servida, distancia al más cercano), agregados de bienestar infantil (celdas pequeñas suprimidas) y estadísticas zonales de rásteres. Las fuentes se toman de una carpeta organizada como los datos compartidos y de las capas indicadas.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="26"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/district_features.py" line="25"/>
        <source>District polygons (default: the data folder&apos;s)</source>
        <translation>Polígonos distritales (por defecto: los de la carpeta de datos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/district_features.py" line="33"/>
        <source>More district tables</source>
        <translation>Más tablas distritales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/district_features.py" line="38"/>
        <source>Rasters for zonal statistics</source>
        <translation>Rásteres para estadísticas zonales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/district_features.py" line="71"/>
        <source>District features</source>
        <translation>Variables distritales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="41"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/district_features.py" line="56"/>
        <source>Give a data folder or a district layer stored in a file.</source>
        <translation>Indique una carpeta de datos o una capa de distritos guardada en un archivo.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="24"/>
        <source>Validate inputs</source>
        <translation>Validar insumos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="76"/>
        <source>Reads each file (water points, districts, district tables, satellite tables or rasters, child welfare) and lists every problem found with the file, the column, example rows and the fix. Inputs are never modified.</source>
        <translation>Lee cada archivo (puntos de agua, distritos, tablas distritales, tablas o rásteres satelitales, bienestar infantil) y lista cada problema encontrado con el archivo, la columna, filas de ejemplo y la solución. Los insumos nunca se modifican.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="27"/>
        <source>Input files</source>
        <translation>Archivos de entrada</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="29"/>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="30"/>
        <source>Water points</source>
        <translation>Puntos de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="31"/>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="32"/>
        <source>District table</source>
        <translation>Tabla distrital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="33"/>
        <source>Satellite table</source>
        <translation>Tabla satelital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="34"/>
        <source>Raster (GeoTIFF)</source>
        <translation>Ráster (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="35"/>
        <source>Child welfare</source>
        <translation>Bienestar infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="37"/>
        <source>What the files hold</source>
        <translation>Qué contienen los archivos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="38"/>
        <source>Data folder (UBIGEO codes and crosswalk)</source>
        <translation>Carpeta de datos (códigos UBIGEO y equivalencias)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="39"/>
        <source>Fail when there are errors</source>
        <translation>Fallar cuando haya errores</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="40"/>
        <source>Report (JSON)</source>
        <translation>Informe (JSON)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="40"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/validate_inputs.py" line="68"/>
        <source>{0} inputs have errors; see the log for each problem and its fix.</source>
        <translation>{0} insumos tienen errores; vea en el registro cada problema y su solución.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/zonal_statistics.py" line="30"/>
        <source>Zonal statistics (fast)</source>
        <translation>Estadísticas zonales (rápidas)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/zonal_statistics.py" line="87"/>
        <source>Mean, sum, count, minimum, maximum and standard deviation of a raster band over polygons, or within a distance of points. A pixel counts for a polygon when its centre is inside it; a polygon smaller than a pixel gets the pixel under its representative point; nodata pixels are left out. Repeated runs over the same zones reuse their pixel index.</source>
        <translation>Media, suma, conteo, mínimo, máximo y desviación estándar de una banda ráster sobre polígonos, o dentro de una distancia de puntos. Un píxel cuenta para un polígono cuando su centro está dentro de él; un polígono más pequeño que un píxel recibe el píxel bajo su punto representativo; los píxeles sin dato se excluyen. Las ejecuciones repetidas sobre las mismas zonas reutilizan su índice de píxeles.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/zonal_statistics.py" line="33"/>
        <source>Zones (polygons) or points</source>
        <translation>Zonas (polígonos) o puntos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/zonal_statistics.py" line="40"/>
        <source>Raster</source>
        <translation>Ráster</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/zonal_statistics.py" line="41"/>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/zonal_statistics.py" line="42"/>
        <source>Buffer radius around points (metres)</source>
        <translation>Radio del área alrededor de los puntos (metros)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/zonal_statistics.py" line="45"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/zonal_statistics.py" line="50"/>
        <source>Column prefix</source>
        <translation>Prefijo de columnas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/zonal_statistics.py" line="51"/>
        <source>Zonal statistics</source>
        <translation>Estadísticas zonales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/zonal_statistics.py" line="60"/>
        <source>The raster must be a file readable by GDAL (for example a GeoTIFF).</source>
        <translation>El ráster debe ser un archivo legible por GDAL (por ejemplo un GeoTIFF).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/data_tasks.py" line="44"/>
        <source>AguaPerú: validating {0} inputs</source>
        <translation>AguaPerú: validando {0} insumos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/data_tasks.py" line="78"/>
        <source>AguaPerú: building district features</source>
        <translation>AguaPerú: construyendo variables distritales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/data_tasks.py" line="100"/>
        <source>AguaPerú: preparing the demo data</source>
        <translation>AguaPerú: preparando los datos de demostración</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/toolbelt/messages.py" line="27"/>
        <source>AguaPerú</source>
        <translation>AguaPerú</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/toolbelt/messages.py" line="18"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="30"/>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="32"/>
        <source>Predicted probability</source>
        <translation>Probabilidad predicha</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="33"/>
        <source>Observed share at risk</source>
        <translation>Proporción observada en riesgo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="60"/>
        <source>Permutation importance (ROC-AUC drop)</source>
        <translation>Importancia por permutación (caída del ROC-AUC)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="51"/>
        <source>AguaPerú: water-quality risk model</source>
        <translation>AguaPerú: modelo de riesgo de calidad del agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="49"/>
        <source>Check water quality against standards</source>
        <translation>Verificar la calidad del agua frente a los estándares</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="164"/>
        <source>Compares water-quality measurements (a table with one row per point, date, parameter, value and unit, such as OEFA's) with Peru's drinking-water limits (DS 031-2010-SA) or the environmental quality standards for water (DS 004-2017-MINAM) of a category, or of every category. Units are converted (µg/L to mg/L…); values below a detection limit (&lt;x) never count as exceedances unless certain. Writes one row per measurement and category, and a point layer with, per point and category, the parameters exceeded, how many times the limit and how often. Parameters without a limit and units that cannot be compared are counted and listed. The limit tables were transcribed from the decrees; check them against El Peruano before official use.</source>
        <translation>Compara mediciones de calidad del agua (una tabla con una fila por punto, fecha, parámetro, valor y unidad, como las del OEFA) con los límites para agua de consumo humano del Perú (DS 031-2010-SA) o con los estándares de calidad ambiental para agua (DS 004-2017-MINAM) de una categoría o de todas. Convierte las unidades (µg/L a mg/L…); los valores bajo un límite de detección (&lt;x) nunca cuentan como excedencias salvo que sea seguro. Escribe una fila por medición y categoría, y una capa de puntos con, por punto y categoría, los parámetros excedidos, cuántas veces el límite y con qué frecuencia. Los parámetros sin límite y las unidades que no se pueden comparar se cuentan y se listan. Las tablas de límites se transcribieron de los decretos; contrástelas con El Peruano antes de un uso oficial.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="52"/>
        <source>Measurements (CSV, TSV or XLSX table)</source>
        <translation>Mediciones (tabla CSV, TSV o XLSX)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="52"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*.*)</source>
        <translation>Tablas (*.csv *.tsv *.txt *.xlsx);;Todos los archivos (*.*)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="60"/>
        <source>DS 031-2010-SA: drinking water</source>
        <translation>DS 031-2010-SA: agua para consumo humano</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="61"/>
        <source>DS 004-2017-MINAM: environmental quality standards for water (ECA)</source>
        <translation>DS 004-2017-MINAM: estándares de calidad ambiental para agua (ECA)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="63"/>
        <source>Standard</source>
        <translation>Norma</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="65"/>
        <source>Every category of the standard</source>
        <translation>Todas las categorías de la norma</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="66"/>
        <source>ECA Cat. 1-A1: drinking-water sources, disinfection only</source>
        <translation>ECA Cat. 1-A1: aguas que pueden ser potabilizadas con desinfección</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="67"/>
        <source>ECA Cat. 1-A2: drinking-water sources, conventional treatment</source>
        <translation>ECA Cat. 1-A2: aguas que pueden ser potabilizadas con tratamiento convencional</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="68"/>
        <source>ECA Cat. 1-A3: drinking-water sources, advanced treatment</source>
        <translation>ECA Cat. 1-A3: aguas que pueden ser potabilizadas con tratamiento avanzado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="69"/>
        <source>ECA Cat. 3-D1: irrigation of crops</source>
        <translation>ECA Cat. 3-D1: riego de vegetales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="70"/>
        <source>ECA Cat. 3-D2: animal drinking water</source>
        <translation>ECA Cat. 3-D2: bebida de animales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="71"/>
        <source>ECA Cat. 4-E1: lagoons and lakes</source>
        <translation>ECA Cat. 4-E1: lagunas y lagos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="72"/>
        <source>ECA Cat. 4-E2: rivers of the coast and highlands</source>
        <translation>ECA Cat. 4-E2: ríos de costa y sierra</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="73"/>
        <source>ECA Cat. 4-E2: rivers of the rainforest</source>
        <translation>ECA Cat. 4-E2: ríos de selva</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="74"/>
        <source>ECA Cat. 4-E3: estuaries</source>
        <translation>ECA Cat. 4-E3: estuarios</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="75"/>
        <source>ECA Cat. 4-E3: marine ecosystems</source>
        <translation>ECA Cat. 4-E3: ecosistemas marinos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="77"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="78"/>
        <source>Sampling points checked</source>
        <translation>Puntos de muestreo verificados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="79"/>
        <source>Measurements checked</source>
        <translation>Mediciones verificadas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="79"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="80"/>
        <source>Points checked</source>
        <translation>Puntos verificados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="80"/>
        <source>Exceedances</source>
        <translation>Excedencias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="80"/>
        <source>Measurements without a limit</source>
        <translation>Mediciones sin límite</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="80"/>
        <source>Measurements in units that cannot be compared</source>
        <translation>Mediciones en unidades no comparables</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="100"/>
        <source>DS 031-2010-SA has a single category; the category chosen was ignored.</source>
        <translation>El DS 031-2010-SA tiene una sola categoría; se ignoró la categoría elegida.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="126"/>
        <source>{0} exceedances; {1} measurements without a limit; {2} in units that cannot be compared.</source>
        <translation>{0} excedencias; {1} mediciones sin límite; {2} en unidades no comparables.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/standards_check.py" line="155"/>
        <source>{0} points have no usable coordinates and are not on the map: {1}</source>
        <translation>{0} puntos no tienen coordenadas utilizables y no están en el mapa: {1}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="23"/>
        <source>Water-quality risk of rural water systems</source>
        <translation>Riesgo de calidad del agua de los sistemas rurales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="38"/>
        <source>Systems with their risk</source>
        <translation>Sistemas con su riesgo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="41"/>
        <source>District summary</source>
        <translation>Resumen distrital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="66"/>
        <source>Water-quality risk of systems</source>
        <translation>Riesgo de calidad del agua de los sistemas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="66"/>
        <source>Population served by high-risk systems</source>
        <translation>Población servida por sistemas de riesgo alto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="77"/>
        <source>Model {0}, version {1}</source>
        <translation>Modelo {0}, versión {1}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="70"/>
        <source>Drop of ROC-AUC</source>
        <translation>Caída del ROC-AUC</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="120"/>
        <source>Observed and predicted</source>
        <translation>Observado y predicho</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="122"/>
        <source>Observed (%)</source>
        <translation>Observado (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="123"/>
        <source>Predicted (%)</source>
        <translation>Predicho (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="34"/>
        <source>Hotspots (Getis-Ord Gi* and local Moran)</source>
        <translation>Puntos calientes (Getis-Ord Gi* y Moran local)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="144"/>
        <source>Finds districts where high (hot) or low (cold) values of a numeric field cluster: Getis-Ord Gi* with pseudo p-values from random permutations, classed hot or cold at 99, 95 and 90 % confidence or not significant, and local Moran clusters (HH, LL, HL, LH) at 95 %. With the false discovery rate controlled (recommended), a district is significant at a level only if it passes the Benjamini-Hochberg cut-off of all districts at that level; with 999 permutations the 99 % level is then rarely reached: use 9999 for it. Neighbours share a boundary point (queen) or segment (rook); a district without one is linked to its nearest district. Districts without a value are left out. Statistics by PySAL (esda).</source>
        <translation>Encuentra los distritos donde se agrupan valores altos (puntos calientes) o bajos (puntos fríos) de un campo numérico: Getis-Ord Gi* con pseudo valores p obtenidos por permutaciones aleatorias, clasificados como calientes o fríos al 99, 95 y 90 % de confianza o no significativos, y agrupamientos de Moran local (HH, LL, HL, LH) al 95 %. Con la tasa de falsos descubrimientos controlada (recomendado), un distrito es significativo a un nivel solo si supera el umbral de Benjamini-Hochberg de todos los distritos a ese nivel; con 999 permutaciones el nivel del 99 % casi nunca se alcanza: use 9999. Los vecinos comparten un punto del límite (reina) o un segmento (torre); un distrito sin vecinos se enlaza con el distrito más cercano. Los distritos sin valor quedan fuera. Estadísticas de PySAL (esda).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="37"/>
        <source>Districts (polygons)</source>
        <translation>Distritos (polígonos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="40"/>
        <source>Numeric field</source>
        <translation>Campo numérico</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="45"/>
        <source>Permutations</source>
        <translation>Permutaciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="55"/>
        <source>Neighbours</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="55"/>
        <source>Queen: sharing a boundary point</source>
        <translation>Reina: comparten un punto del límite</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="55"/>
        <source>Rook: sharing a boundary segment</source>
        <translation>Torre: comparten un segmento del límite</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="63"/>
        <source>Control the false discovery rate</source>
        <translation>Controlar la tasa de falsos descubrimientos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="66"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="71"/>
        <source>Hotspots</source>
        <translation>Puntos calientes</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="72"/>
        <source>Districts analysed</source>
        <translation>Distritos analizados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="72"/>
        <source>Hot spots (90 % or more)</source>
        <translation>Puntos calientes (90 % o más)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="72"/>
        <source>Cold spots (90 % or more)</source>
        <translation>Puntos fríos (90 % o más)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="72"/>
        <source>Global Moran&apos;s I</source>
        <translation>I de Moran global</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/hotspots.py" line="123"/>
        <source>{0} districts analysed, {1} without a value; {2} hot and {3} cold spots; global Moran&apos;s I {4:.3f} (pseudo p {5:.4f}); {6} districts without a contiguous neighbour linked to the nearest.</source>
        <translation>{0} distritos analizados, {1} sin valor; {2} puntos calientes y {3} fríos; I de Moran global {4:.3f} (pseudo p {5:.4f}); {6} distritos sin vecino contiguo enlazados con el más cercano.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="27"/>
        <source>District poverty with 90 % intervals</source>
        <translation>Pobreza distrital con intervalos del 90 %</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="70"/>
        <source>Predicts the monetary poverty rate (%) of every district of the data folder with a 90 % interval (columns poverty_pct, poverty_lo90, poverty_hi90, interval_width; observed_pct where INEI&apos;s 2018 map has it). The bundled model and its card are in models/poverty (department-held-out validation); a retrained model folder can be given instead.</source>
        <translation>Predice la tasa de pobreza monetaria (%) de cada distrito de la carpeta de datos con un intervalo del 90 % (columnas poverty_pct, poverty_lo90, poverty_hi90, interval_width; observed_pct donde el mapa de pobreza 2018 del INEI la tiene). El modelo incluido y su ficha están en models/poverty (validación dejando fuera cada departamento); en su lugar puede indicarse la carpeta de un modelo reentrenado.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="33"/>
        <source>Retrained model folder (bundled model when empty)</source>
        <translation>Carpeta de un modelo reentrenado (vacía: el modelo incluido)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="41"/>
        <source>Districts with poverty</source>
        <translation>Distritos con pobreza</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="66"/>
        <source>Poverty (predicted, %)</source>
        <translation>Pobreza (predicha, %)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="81"/>
        <source>Retrain the poverty model on my data</source>
        <translation>Reentrenar el modelo de pobreza con mis datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="120"/>
        <source>Trains a new poverty model on a table with a UBIGEO column and the value to learn, with the district features of the data folder and, optionally, the zonal statistics of GeoTIFFs. The new model goes into its own folder with its own model card (department-held-out metrics); the bundled model is never overwritten. Use the folder in &apos;District poverty with 90 % intervals&apos;.</source>
        <translation>Entrena un nuevo modelo de pobreza con una tabla que tiene una columna UBIGEO y el valor a aprender, con las variables distritales de la carpeta de datos y, opcionalmente, las estadísticas zonales de GeoTIFF. El nuevo modelo va a su propia carpeta con su propia ficha (métricas dejando fuera cada departamento); el modelo incluido nunca se sobrescribe. Use la carpeta en 'Pobreza distrital con intervalos del 90 %'.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="87"/>
        <source>Target table (CSV with UBIGEO)</source>
        <translation>Tabla objetivo (CSV con UBIGEO)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="88"/>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="89"/>
        <source>Rasters (GeoTIFF)</source>
        <translation>Rásteres (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="94"/>
        <source>New model folder</source>
        <translation>Carpeta del nuevo modelo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/poverty.py" line="117"/>
        <source>Department-held-out R² {0:.3f}, MAE {1:.2f}</source>
        <translation>R² dejando fuera cada departamento {0:.3f}, EAM {1:.2f}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="181"/>
        <source>Local Moran clusters</source>
        <translation>Agrupamientos de Moran local</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="183"/>
        <source>Getis-Ord Gi* hotspots</source>
        <translation>Puntos calientes Getis-Ord Gi*</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="126"/>
        <source>AguaPerú: district poverty model</source>
        <translation>AguaPerú: modelo de pobreza distrital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="179"/>
        <source>AguaPerú: hotspots of {0}</source>
        <translation>AguaPerú: puntos calientes de {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="212"/>
        <source>AguaPerú: retraining the poverty model</source>
        <translation>AguaPerú: reentrenando el modelo de pobreza</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="34"/>
        <source>Water demand forecast (hourly, per area)</source>
        <translation>Pronóstico de la demanda de agua (horario, por sector)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="104"/>
        <source>Hourly flows (xlsx or CSV)</source>
        <translation>Caudales horarios (xlsx o CSV)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="38"/>
        <source>Hourly weather (optional)</source>
        <translation>Clima horario (opcional)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="44"/>
        <source>Hours ahead</source>
        <translation>Horas de anticipación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="49"/>
        <source>Country of the public holidays</source>
        <translation>País de los feriados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="50"/>
        <source>Forecast (hour x area)</source>
        <translation>Pronóstico (hora x sector)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="51"/>
        <source>Forecast with intervals</source>
        <translation>Pronóstico con intervalos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="65"/>
        <source>The origin {0} is not a date and hour (YYYY-MM-DD HH:MM).</source>
        <translation>El origen {0} no es una fecha y hora (AAAA-MM-DD HH:MM).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="118"/>
        <source>Anomalous periods</source>
        <translation>Periodos anómalos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="142"/>
        <source>{0} anomalous periods in {1} areas.</source>
        <translation>{0} periodos anómalos en {1} sectores.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="158"/>
        <source>Hourly supply schedule (linear programme)</source>
        <translation>Programa horario de abastecimiento (programación lineal)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="191"/>
        <source>Schedules the hourly supply from the sources to the areas so that the least demand goes unmet, then at the lowest cost, within the sources&apos; capacities and the tanks&apos; volumes (SciPy/HiGHS). Demand: the forecast CSV (timestamp, one column per area). Sources: CSV with name, capacity_lps, cost_per_m3 and optionally areas (separated by &apos;;&apos;; blank: every area). Tanks (optional): CSV with area, capacity_m3, initial_m3, minimum_m3.</source>
        <translation>Programa el abastecimiento horario desde las fuentes hacia los sectores para que quede la menor demanda sin atender y, luego, al menor costo, dentro de las capacidades de las fuentes y los volúmenes de los reservorios (SciPy/HiGHS). Demanda: el CSV del pronóstico («timestamp», una columna por sector). Fuentes: CSV con las columnas «name», «capacity_lps», «cost_per_m3» y, opcionalmente, «areas» (separadas por ';'; vacío: todos los sectores). Reservorios (opcional): CSV con las columnas «area», «capacity_m3», «initial_m3», «minimum_m3».</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="161"/>
        <source>Demand (hour x area, L/s)</source>
        <translation>Demanda (hora x sector, L/s)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="162"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="163"/>
        <source>Tanks (optional)</source>
        <translation>Reservorios (opcional)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="164"/>
        <source>Schedule (flows per hour)</source>
        <translation>Programa (caudales por hora)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="181"/>
        <source>Demand {0:.0f} m3, unmet {1:.1f} m3, cost {2:.2f}.</source>
        <translation>Demanda {0:.0f} m3, sin atender {1:.1f} m3, costo {2:.2f}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="187"/>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="179"/>
        <source>Flow (L/s)</source>
        <translation>Caudal (L/s)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="162"/>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="163"/>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="247"/>
        <source>AguaPerú: water demand forecast</source>
        <translation>AguaPerú: pronóstico de la demanda de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="177"/>
        <source>Supply</source>
        <translation>Abastecimiento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="294"/>
        <source>AguaPerú: supply schedule</source>
        <translation>AguaPerú: programa de abastecimiento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="201"/>
        <source>Compared with its department and Peru</source>
        <translation>Comparado con su departamento y el Perú</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="63"/>
        <source>Stunting (%)</source>
        <translation>Desnutrición crónica (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="66"/>
        <source>Anaemia (%)</source>
        <translation>Anemia (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="69"/>
        <source>Child-risk index</source>
        <translation>Índice de riesgo infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="227"/>
        <source>% of children / index (0-100)</source>
        <translation>% de niñas y niños / índice (0-100)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="28"/>
        <source>Child risk: stunting, anaemia and interventions</source>
        <translation>Riesgo infantil: desnutrición crónica, anemia e intervenciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="118"/>
        <source>Estimates stunting (height-for-age below -2 SD) and anaemia (6-59 months) of every district or province with 90 % intervals from the ENDES records of the data folder and district covariates, a child-risk index (percentile ranks of stunting, anaemia, poverty and water risk, weighted 0.3/0.3/0.2/0.2) and the interventions an editable rule table recommends, each with the indicator that triggered it. Only aggregates of at least the minimum number of children (30 or more) are written. The GeoPackage holds the areas layer and an &apos;interventions&apos; table. Model card: models/child_risk.</source>
        <translation>Estima la desnutrición crónica (talla para la edad por debajo de -2 DE) y la anemia (6-59 meses) de cada distrito o provincia con intervalos del 90 % a partir de los registros ENDES de la carpeta de datos y de covariables distritales, un índice de riesgo infantil (rangos percentiles de desnutrición crónica, anemia, pobreza y riesgo del agua, ponderados 0,3/0,3/0,2/0,2) y las intervenciones que recomienda una tabla de reglas editable, cada una con el indicador que la activó. Solo se escriben agregados de al menos el número mínimo de niñas y niños (30 o más). El GeoPackage contiene la capa de áreas y una tabla 'interventions'. Ficha del modelo: models/child_risk.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="34"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="34"/>
        <source>Provinces</source>
        <translation>Provincias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="37"/>
        <source>Year (0: the year after the latest survey)</source>
        <translation>Año (0: el año siguiente a la última encuesta)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="47"/>
        <source>Minimum children per published figure</source>
        <translation>Mínimo de niñas y niños por cifra publicada</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="56"/>
        <source>Intervention rule table (bundled when empty)</source>
        <translation>Tabla de reglas de intervención (la incluida si se deja vacío)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="61"/>
        <source>Language of the interventions</source>
        <translation>Idioma de las intervenciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="66"/>
        <source>Child risk</source>
        <translation>Riesgo infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="67"/>
        <source>Child risk table (CSV)</source>
        <translation>Tabla de riesgo infantil (CSV)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="67"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="108"/>
        <source>Child-risk index {0}</source>
        <translation>Índice de riesgo infantil {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="42"/>
        <source>A4 landscape</source>
        <translation>A4 horizontal</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="43"/>
        <source>A4 portrait</source>
        <translation>A4 vertical</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="44"/>
        <source>A3 landscape</source>
        <translation>A3 horizontal</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="45"/>
        <source>A3 portrait</source>
        <translation>A3 vertical</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="184"/>
        <source>Prints the chosen layers on a page template (A4 or A3, portrait or landscape) with title, legend of the printed layers, scale bar, north arrow, an inset locating the map in Peru, sources, data date and model note, in Spanish or English, and writes it to a PDF file. With a coverage layer, prints an atlas: one page per feature, the map zoomed to it, with the feature&apos;s own numbers.</source>
        <translation>Imprime las capas elegidas en una plantilla de página (A4 o A3, vertical u horizontal) con título, leyenda de las capas impresas, barra de escala, flecha del norte, un mapa de ubicación en el Perú, fuentes, fecha de los datos y nota del modelo, en español o inglés, y la guarda en un archivo PDF. Con una capa de cobertura imprime un atlas: una página por entidad, el mapa ajustado a ella, con sus propias cifras.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="65"/>
        <source>Data date</source>
        <translation>Fecha de los datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="66"/>
        <source>Page template</source>
        <translation>Plantilla de página</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="71"/>
        <source>Language of the map</source>
        <translation>Idioma del mapa</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="71"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="71"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="76"/>
        <source>Models whose version is noted</source>
        <translation>Modelos cuya versión se indica</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="86"/>
        <source>Layer of the inset map (e.g. departments)</source>
        <translation>Capa del mapa de ubicación (p. ej., departamentos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="91"/>
        <source>Atlas coverage layer (one page per feature)</source>
        <translation>Capa de cobertura del atlas (una página por entidad)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="100"/>
        <source>Atlas page name field</source>
        <translation>Campo del nombre de página del atlas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="105"/>
        <source>Field summarised on each atlas page (from the first printed layer having it)</source>
        <translation>Campo resumido en cada página del atlas (de la primera capa impresa que lo tenga)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="176"/>
        <source>No printed layer has the field {0}.</source>
        <translation>Ninguna capa impresa tiene el campo {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="138"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="342"/>
        <source>AguaPerú: child-risk model</source>
        <translation>AguaPerú: modelo de riesgo infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="42"/>
        <source>Department codes (e.g. 05, 12; all of Peru when empty)</source>
        <translation>Códigos de departamento (p. ej., 05, 12; todo el Perú si se deja vacío)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="47"/>
        <source>Access distance (km)</source>
        <translation>Distancia de acceso (km)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="62"/>
        <source>Site new water points (maximal covering)</source>
        <translation>Ubicar nuevos puntos de agua (máxima cobertura)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="149"/>
        <source>Chooses K sites (or as many as the budget pays) among the candidates to maximise the need-weighted population within the access distance that no existing system serves. Population: each district's 2020 population spread over its populated centres (an urban centre counts 90 times a rural one); need: population × (1 + poverty rate). Solved exactly as a mixed-integer programme (HiGHS) after merging equivalent demand points; when the time limit is reached the better of the MILP and a greedy solution is kept and the optimality gap reported. Candidates: a CSV/GeoPackage of sites (with a cost column for a budget), or the unserved populated centres.</source>
        <translation>Elige K sitios (o tantos como pague el presupuesto) entre los candidatos para maximizar la población ponderada por necesidad, dentro de la distancia de acceso, que ningún sistema existente atiende. Población: la población 2020 de cada distrito repartida entre sus centros poblados (un centro urbano cuenta 90 veces uno rural); necesidad: población × (1 + tasa de pobreza). Se resuelve de forma exacta como programa lineal entero mixto (HiGHS) tras agrupar puntos de demanda equivalentes; si se alcanza el tiempo límite se conserva la mejor solución entre la del MILP y la voraz y se informa la brecha de optimalidad. Candidatos: un CSV/GeoPackage de sitios (con una columna de costo para un presupuesto), o los centros poblados no atendidos.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="66"/>
        <source>Number of new sites (0: use the budget)</source>
        <translation>Número de sitios nuevos (0: usar el presupuesto)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="71"/>
        <source>Budget (soles; with K = 0)</source>
        <translation>Presupuesto (soles; con K = 0)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="76"/>
        <source>Cost of a site without a cost column (soles)</source>
        <translation>Costo de un sitio sin columna de costo (soles)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="86"/>
        <source>Candidate sites (unserved populated centres when empty)</source>
        <translation>Sitios candidatos (centros poblados no atendidos si se deja vacío)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="91"/>
        <source>Time limit of the exact solver (s)</source>
        <translation>Tiempo límite del solucionador exacto (s)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="101"/>
        <source>Chosen sites</source>
        <translation>Sitios elegidos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="175"/>
        <source>GeoPackage (*.gpkg);;CSV (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="111"/>
        <source>Give a number of sites or a budget.</source>
        <translation>Indique un número de sitios o un presupuesto.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="128"/>
        <source>{0} sites ({1}, {2}): {3:.1%} of the unserved need covered, gap {4:.3%}, {5:.1f} s</source>
        <translation>{0} sitios ({1}, {2}): {3:.1%} de la necesidad no atendida cubierta, brecha {4:.3%}, {5:.1f} s</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="140"/>
        <source>New water points</source>
        <translation>Nuevos puntos de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="163"/>
        <source>Rank water systems for rehabilitation</source>
        <translation>Priorizar sistemas de agua para rehabilitación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="198"/>
        <source>Ranks the existing rural water systems (SIASAR) by a transparent score: population within the access distance (0.35, percentile rank), crucialness: the share of that population with no other system within reach (0.25), predicted water-quality risk (0.25: the bundled model, or SIASAR&apos;s recorded conditions) and need: district poverty (0.15). Every component is an output column.</source>
        <translation>Ordena los sistemas rurales de agua existentes (SIASAR) con un puntaje transparente: población dentro de la distancia de acceso (0,35, rango percentil), carácter imprescindible: la parte de esa población sin otro sistema a su alcance (0,25), riesgo previsto de calidad del agua (0,25: el modelo incluido, o las condiciones registradas en SIASAR) y necesidad: pobreza distrital (0,15). Cada componente es una columna de salida.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="266"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="167"/>
        <source>Bundled water-risk model</source>
        <translation>Modelo de riesgo del agua incluido</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="167"/>
        <source>SIASAR recorded conditions</source>
        <translation>Condiciones registradas en SIASAR</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="167"/>
        <source>Not used</source>
        <translation>No se usa</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="175"/>
        <source>Ranked systems</source>
        <translation>Sistemas priorizados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/planning.py" line="193"/>
        <source>Rehabilitation priority</source>
        <translation>Prioridad de rehabilitación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="145"/>
        <source>Change against the baseline (%)</source>
        <translation>Cambio respecto de la línea base (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="352"/>
        <source>% of the baseline</source>
        <translation>% de la línea base</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/scenarios.py" line="22"/>
        <source>Run planning scenarios</source>
        <translation>Ejecutar escenarios de planificación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/scenarios.py" line="87"/>
        <source>Runs scenario files (JSON, see resources/scenarios) and, optionally, the baseline computed the same way: population served and without water within the access distance, people served only by high-risk systems, need-weighted population without water, demand and cost, per district and in total. The results go into scenarios.gpkg in the output folder (one set of layers per scenario, under its id) with a KPI CSV per scenario and, with the baseline, comparison_kpi.csv and comparison_districts.csv.</source>
        <translation>Ejecuta archivos de escenario (JSON, ver resources/scenarios) y, opcionalmente, la línea base calculada de la misma forma: población servida y sin agua dentro de la distancia de acceso, personas servidas solo por sistemas de alto riesgo, población sin agua ponderada por necesidad, demanda y costo, por distrito y en total. Los resultados van a scenarios.gpkg en la carpeta de salida (un conjunto de capas por escenario, bajo su identificador) con un CSV de indicadores por escenario y, con la línea base, comparison_kpi.csv y comparison_districts.csv.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/scenarios.py" line="25"/>
        <source>Scenario file (JSON)</source>
        <translation>Archivo de escenario (JSON)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/scenarios.py" line="29"/>
        <source>Also run the baseline and compare</source>
        <translation>Ejecutar también la línea base y comparar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/scenarios.py" line="30"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/scenario_tasks.py" line="35"/>
        <source>AguaPerú: running {0}</source>
        <translation>AguaPerú: ejecutando {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="99"/>
        <source>Leaks and anomalous consumption</source>
        <translation>Fugas y consumos anómalos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="145"/>
        <source>Flags the periods when an area&apos;s minimum night flow rises above its robust baseline of the previous weeks (a CUSUM in robust standard deviations), or when a Keras autoencoder of the daily night-flow shape, refitted every 28 days on the weeks before, reconstructs the night badly (needs TensorFlow), or either of them, or both: one row per period with area, start, end, score, the excess flow (L/s) and the detector. Detection rate, false alarms and delay of each on injected leaks are in models/demand/MODEL_CARD.md.</source>
        <translation>Señala los periodos en que el caudal mínimo nocturno de un sector sube por encima de su línea base robusta de las semanas anteriores (un CUSUM en desviaciones estándar robustas), o en que un autocodificador Keras de la forma diaria del caudal nocturno, reajustado cada 28 días con las semanas anteriores, reconstruye mal la noche (requiere TensorFlow), o cualquiera de los dos, o ambos: una fila por periodo con sector, inicio, fin, puntaje, caudal excedente (L/s) y detector. La tasa de detección, las falsas alarmas y el retraso de cada uno con fugas inyectadas están en models/demand/MODEL_CARD.md.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="105"/>
        <source>Detector</source>
        <translation>Detector</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="105"/>
        <source>Minimum night flow</source>
        <translation>Caudal mínimo nocturno</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="105"/>
        <source>Autoencoder (TensorFlow)</source>
        <translation>Autocodificador (TensorFlow)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="105"/>
        <source>Either detector</source>
        <translation>Cualquiera de los detectores</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="105"/>
        <source>Both detectors agree</source>
        <translation>Ambos detectores coinciden</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/job_page.py" line="37"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/toolbelt/widgets.py" line="17"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/job_page.py" line="162"/>
        <source>Cancelled; nothing was added.</source>
        <translation>Cancelado; no se agregó nada.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/job_page.py" line="170"/>
        <source>AguaPerú could not finish: {0}</source>
        <translation>AguaPerú no pudo terminar: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="62"/>
        <source>The algorithm was cancelled.</source>
        <translation>Se canceló el algoritmo.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/plugin.py" line="68"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/check.py" line="27"/>
        <source>AguaPerú › Install dependencies…</source>
        <translation>AguaPerú › Instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/check.py" line="36"/>
        <source>{0} needs Python packages that are not installed in QGIS: {1}. Install them with the menu {2} (from the internet or from an offline bundle), then try again.</source>
        <translation>{0} necesita paquetes de Python que no están instalados en QGIS: {1}. Instálelos con el menú {2} (desde internet o desde un paquete sin conexión) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/check.py" line="48"/>
        <source>{0} needs TensorFlow, an optional package (about 500 MB) that the AguaPerú installer does not add. To use it, install {1} into QGIS's Python (OSGeo4W Shell on Windows: python -m pip install &quot;{1}&quot;) and restart QGIS; the other options work without it.</source>
        <translation>{0} necesita TensorFlow, un paquete opcional (unos 500 MB) que el instalador de AguaPerú no agrega. Para usarlo, instale {1} en el Python de QGIS (en Windows, desde OSGeo4W Shell: python -m pip install &quot;{1}&quot;) y reinicie QGIS; las demás opciones funcionan sin él.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="7"/>
        <source>Checking the inputs</source>
        <translation>La revisión de los datos de entrada</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="8"/>
        <source>The district feature table</source>
        <translation>La tabla de variables distritales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="10"/>
        <source>The water-quality risk model</source>
        <translation>El modelo de riesgo de calidad del agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="11"/>
        <source>The water-quality standards check</source>
        <translation>La verificación de estándares de calidad del agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="12"/>
        <source>The poverty model</source>
        <translation>El modelo de pobreza</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="13"/>
        <source>Retraining the poverty model</source>
        <translation>El reentrenamiento del modelo de pobreza</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="15"/>
        <source>The child-risk model</source>
        <translation>El modelo de riesgo infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="16"/>
        <source>The water demand forecast</source>
        <translation>El pronóstico de demanda de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="17"/>
        <source>Leak detection</source>
        <translation>La detección de fugas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="18"/>
        <source>The supply schedule</source>
        <translation>La programación del suministro</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="19"/>
        <source>Siting water points</source>
        <translation>La ubicación de puntos de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="20"/>
        <source>The rehabilitation ranking</source>
        <translation>La priorización de rehabilitaciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="22"/>
        <source>Comparing scenarios</source>
        <translation>La comparación de escenarios</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="23"/>
        <source>Printing maps</source>
        <translation>La impresión de mapas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="24"/>
        <source>The demo data</source>
        <translation>Los datos de demostración</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="25"/>
        <source>Charts</source>
        <translation>Los gráficos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/check.py" line="124"/>
        <source>Some functions here need packages that are not installed: {0}.</source>
        <translation>Algunas funciones de esta pestaña necesitan paquetes que no están instalados: {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="26"/>
        <source>Basic functions: tables, layers, models</source>
        <translation>Funciones básicas: tablas, capas, modelos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="27"/>
        <source>Rasters: zonal statistics, population rasters, demo</source>
        <translation>Ráster: estadísticas zonales, ráster de población, demostración</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="28"/>
        <source>Retraining and the demand forecast</source>
        <translation>Reentrenamiento y pronóstico de demanda</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="29"/>
        <source>Hotspots (spatial statistics)</source>
        <translation>Puntos calientes (estadística espacial)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="30"/>
        <source>Map classes of poverty and child risk</source>
        <translation>Clases de los mapas de pobreza y riesgo infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="31"/>
        <source>Water demand forecast</source>
        <translation>Pronóstico de demanda de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="32"/>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="33"/>
        <source>Charts in the panel</source>
        <translation>Gráficos en el panel</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/titles.py" line="34"/>
        <source>Retraining</source>
        <translation>Reentrenamiento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="58"/>
        <source>This bundle is for Python {0}; this QGIS runs Python {1}. Use the bundle {2}.</source>
        <translation>Este paquete es para Python {0}; este QGIS usa Python {1}. Use el paquete {2}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="65"/>
        <source>This bundle is for {0}; this computer is {1}. Use the bundle {2}.</source>
        <translation>Este paquete es para {0}; esta computadora es {1}. Use el paquete {2}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="72"/>
        <source>The bundle is damaged or was altered: {0} does not match its SHA-256. Nothing was installed; copy the bundle again.</source>
        <translation>El paquete está dañado o fue alterado: {0} no coincide con su SHA-256. No se instaló nada; vuelva a copiar el paquete.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="78"/>
        <source>This file is not a complete AguaPerú bundle ({0}). Nothing was installed.</source>
        <translation>Este archivo no es un paquete completo de AguaPerú ({0}). No se instaló nada.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="80"/>
        <source>QGIS's Python interpreter was not found; nothing was installed. The AguaPerú log tab says where it looked.</source>
        <translation>No se encontró el intérprete de Python de QGIS; no se instaló nada. La pestaña AguaPerú del registro indica dónde se buscó.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="84"/>
        <source>QGIS&apos;s Python has no pip: use an offline bundle, which brings its own.</source>
        <translation>El Python de QGIS no tiene pip: use un paquete sin conexión, que trae el suyo.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="86"/>
        <source>pip could not finish and nothing was installed; its output is in the AguaPerú log tab. Online, check the internet connection, or use an offline bundle.</source>
        <translation>pip no pudo terminar y no se instaló nada; su salida está en la pestaña AguaPerú del registro. En línea, revise la conexión a internet o use un paquete sin conexión.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="91"/>
        <source>The installation could not be checked; its output is in the AguaPerú log tab.</source>
        <translation>No se pudo verificar la instalación; su salida está en la pestaña AguaPerú del registro.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="92"/>
        <source>The installation failed: {0}</source>
        <translation>La instalación falló: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="105"/>
        <source>AguaPerú – Install dependencies</source>
        <translation>AguaPerú – Instalar dependencias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="109"/>
        <source>AguaPerú needs these Python packages, which are not installed in QGIS. They are installed into a folder of your QGIS profile, after QGIS's own packages: nothing QGIS ships is changed.</source>
        <translation>AguaPerú necesita estos paquetes de Python, que no están instalados en QGIS. Se instalan en una carpeta de su perfil de QGIS, después de los paquetes propios de QGIS: no se cambia nada de lo que trae QGIS.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="120"/>
        <source>Function / package</source>
        <translation>Función / paquete</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="120"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="125"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="127"/>
        <source>From the internet (PyPI)</source>
        <translation>Desde internet (PyPI)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="129"/>
        <source>From an offline bundle (a zip copied from a USB stick or a shared folder)</source>
        <translation>Desde un paquete sin conexión (un zip copiado de una memoria USB o de una carpeta compartida)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="138"/>
        <source>AguaPerú bundles (aguaperu-deps-*.zip)</source>
        <translation>Paquetes de AguaPerú (aguaperu-deps-*.zip)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="140"/>
        <source>The bundle for this QGIS: {0}</source>
        <translation>El paquete para este QGIS: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="147"/>
        <source>Installs into: {0}</source>
        <translation>Se instala en: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="152"/>
        <source>Check what will be installed</source>
        <translation>Ver qué se instalará</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="158"/>
        <source>Will be installed</source>
        <translation>Se instalará</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="158"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="170"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="175"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="201"/>
        <source>Every package AguaPerú needs is installed.</source>
        <translation>Todos los paquetes que AguaPerú necesita están instalados.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="234"/>
        <source>Bundle {0}: for this QGIS.</source>
        <translation>Paquete {0}: corresponde a este QGIS.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="276"/>
        <source>Choose the bundle first.</source>
        <translation>Elija primero el paquete.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="281"/>
        <source>Checking what will be installed…</source>
        <translation>Revisando qué se instalará…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="289"/>
        <source>the internet (PyPI)</source>
        <translation>internet (PyPI)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="297"/>
        <source>Nothing to install: the packages are already in the folder.</source>
        <translation>Nada que instalar: los paquetes ya están en la carpeta.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="325"/>
        <source>Some packages do not import: {0}. Details in the AguaPerú log tab.</source>
        <comment>, </comment>
        <translation>Algunos paquetes no se importan: {0}. Detalles en la pestaña AguaPerú del registro.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="327"/>
        <source>Restart QGIS to use them.</source>
        <translation>Reinicie QGIS para usarlos.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="329"/>
        <source>They can be used now, without restarting QGIS.</source>
        <translation>Ya se pueden usar, sin reiniciar QGIS.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="337"/>
        <source>Cancelled; nothing was installed.</source>
        <translation>Cancelado; no se instaló nada.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/tasks.py" line="19"/>
        <source>AguaPerú: what to install</source>
        <translation>AguaPerú: qué instalar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/tasks.py" line="23"/>
        <source>Checking QGIS's Python…</source>
        <translation>Revisando el Python de QGIS…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/tasks.py" line="28"/>
        <source>Resolving the packages…</source>
        <translation>Resolviendo los paquetes…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/tasks.py" line="47"/>
        <source>AguaPerú: installing dependencies</source>
        <translation>AguaPerú: instalando dependencias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/tasks.py" line="51"/>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/tasks.py" line="54"/>
        <source>Checking the installation…</source>
        <translation>Verificando la instalación…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="125"/>
        <source>The autoencoder detector</source>
        <translation>El detector autocodificador</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="289"/>
        <source>Packages to install: {0}, from {1}; nothing else changes. Press Install to go on.</source>
        <translation>Paquetes por instalar: {0}, desde {1}; nada más cambia. Pulse Instalar para continuar.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="305"/>
        <source>Installing the packages ({0})…</source>
        <translation>Instalando los paquetes ({0})…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/install/dialog.py" line="317"/>
        <source>Packages installed: {0}, into {1}.</source>
        <translation>Paquetes instalados: {0}, en {1}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/scenario_tasks.py" line="103"/>
        <source>AguaPerú: comparing scenarios</source>
        <translation>AguaPerú: comparando escenarios</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/scenarios.py" line="61"/>
        <source>{0}: population without water</source>
        <translation>{0}: población sin agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="363"/>
        <source>Free residual chlorine</source>
        <translation>Cloro residual libre</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="364"/>
        <source>Total coliforms</source>
        <translation>Coliformes totales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="365"/>
        <source>Thermotolerant coliforms</source>
        <translation>Coliformes termotolerantes</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="366"/>
        <source>E. coli</source>
        <translation>E. coli</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="392"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="398"/>
        <source>minimum</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="398"/>
        <source>maximum</source>
        <translation>máximo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="401"/>
        <source>{0} {1:g} {2}</source>
        <translation>{0} {1:g} {2}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="29"/>
        <source>Survey of the office (ID, trat_funciona SI/NO), optional</source>
        <translation>Encuesta de la oficina (ID, trat_funciona SI/NO), opcional</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="29"/>
        <source>Water-quality measurements (point, date, parameter, value, unit), optional</source>
        <translation>Mediciones de calidad del agua (punto, fecha, parámetro, valor, unidad), opcional</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="81"/>
        <source>{0} systems observed, {1} estimated.</source>
        <translation>{0} sistemas observados, {1} estimados.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="86"/>
        <source>Predicts, for every rural water system of the data folder (SIASAR layout), the probability that its treatment is not working, and a class (bajo, medio, alto); per district, the population served by high-risk systems and its share. The bundled model and its card are in models/water_risk (leave-one-department-out validation). With the office&apos;s survey (SIASAR table: ID, trat_funciona SI/NO, fecha_encuesta) or water-quality measurements (point, date, parameter, value, unit; free residual chlorine below 0.5 mg/L or coliforms mark a system not working, the latest measurement wins), surveyed systems take their observed state (status observed) and the others are estimated from the model and the observations near them; where nothing is observed near a system its class is sin_evidencia.</source>
        <translation>Predice, para cada sistema de agua rural de la carpeta de datos (formato SIASAR), la probabilidad de que su tratamiento no funcione, y una clase (bajo, medio, alto); por distrito, la población servida por sistemas de riesgo alto y su proporción. El modelo incluido y su ficha están en models/water_risk (validación dejando fuera un departamento). Con la encuesta de la oficina (tabla SIASAR: ID, trat_funciona SI/NO, fecha_encuesta) o mediciones de calidad del agua (punto, fecha, parámetro, valor, unidad; cloro residual libre por debajo de 0,5 mg/L o coliformes marcan un sistema que no funciona, manda la última medición), los sistemas encuestados toman su estado observado (status observed) y los demás se estiman con el modelo y las observaciones cercanas; donde no hay nada observado cerca de un sistema, su clase es sin_evidencia.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="188"/>
        <source>Observed: treatment not working</source>
        <translation>Observado: el tratamiento no funciona</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="188"/>
        <source>Observed: treatment working</source>
        <translation>Observado: el tratamiento funciona</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="188"/>
        <source>Estimated: high risk</source>
        <translation>Estimado: riesgo alto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="188"/>
        <source>Estimated: medium risk</source>
        <translation>Estimado: riesgo medio</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="188"/>
        <source>Estimated: low risk</source>
        <translation>Estimado: riesgo bajo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="188"/>
        <source>Estimated without local evidence (department rate)</source>
        <translation>Estimado sin evidencia local (tasa del departamento)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="266"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="266"/>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="266"/>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="266"/>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="266"/>
        <source>Department rate</source>
        <translation>Tasa del departamento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="304"/>
        <source>{0}: by its assumptions</source>
        <translation>{0}: por supuestos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="304"/>
        <source>{0}: by its plan</source>
        <translation>{0}: por el plan</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="26"/>
        <source>System id</source>
        <translation>Id del sistema</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="27"/>
        <source>UBIGEO</source>
        <translation>UBIGEO</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="28"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="29"/>
        <source>Water-quality risk (0-1)</source>
        <translation>Riesgo de calidad del agua (0-1)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="30"/>
        <source>Risk class</source>
        <translation>Clase de riesgo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="31"/>
        <source>Risk before the plan</source>
        <translation>Riesgo antes del plan</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="32"/>
        <source>Risk class before the plan</source>
        <translation>Clase de riesgo antes del plan</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="33"/>
        <source>Observed or estimated</source>
        <translation>Observado o estimado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="10"/>
        <source>Population served</source>
        <translation>Población servida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="35"/>
        <source>Treatment recorded</source>
        <translation>Tratamiento registrado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="36"/>
        <source>Treatment works</source>
        <translation>Tratamiento funciona</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="37"/>
        <source>Catchment condition</source>
        <translation>Estado de la captación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="38"/>
        <source>Organic contamination</source>
        <translation>Contaminación orgánica</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="39"/>
        <source>Inorganic contamination</source>
        <translation>Contaminación inorgánica</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="40"/>
        <source>Source protection</source>
        <translation>Protección de la fuente</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="41"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="42"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="44"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="46"/>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="48"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="49"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="50"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="51"/>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="52"/>
        <source>High-risk systems</source>
        <translation>Sistemas de riesgo alto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="54"/>
        <source>Share of the population served by high-risk systems</source>
        <translation>Proporción de la población servida por sistemas de riesgo alto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="55"/>
        <source>Mean risk</source>
        <translation>Riesgo medio</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="77"/>
        <source>Poverty (%)</source>
        <translation>Pobreza (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="57"/>
        <source>Poverty, 90 % interval, low (%)</source>
        <translation>Pobreza, intervalo del 90 %, mínimo (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="58"/>
        <source>Poverty, 90 % interval, high (%)</source>
        <translation>Pobreza, intervalo del 90 %, máximo (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="59"/>
        <source>Width of the 90 % interval (points)</source>
        <translation>Ancho del intervalo del 90 % (puntos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="60"/>
        <source>Observed poverty (%)</source>
        <translation>Pobreza observada (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="61"/>
        <source>Residual (points)</source>
        <translation>Residuo (puntos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="62"/>
        <source>In the training data</source>
        <translation>En los datos de entrenamiento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="64"/>
        <source>Stunting, 90 % interval, low (%)</source>
        <translation>Desnutrición crónica, intervalo del 90 %, mínimo (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="65"/>
        <source>Stunting, 90 % interval, high (%)</source>
        <translation>Desnutrición crónica, intervalo del 90 %, máximo (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="67"/>
        <source>Anaemia, 90 % interval, low (%)</source>
        <translation>Anemia, intervalo del 90 %, mínimo (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="68"/>
        <source>Anaemia, 90 % interval, high (%)</source>
        <translation>Anemia, intervalo del 90 %, máximo (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="70"/>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="71"/>
        <source>Water risk (%)</source>
        <translation>Riesgo del agua (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="72"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="73"/>
        <source>Drivers</source>
        <translation>Factores</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="74"/>
        <source>Index inputs missing</source>
        <translation>Datos del índice faltantes</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="75"/>
        <source>Children measured</source>
        <translation>Niños medidos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="76"/>
        <source>Stunting measured (%)</source>
        <translation>Desnutrición crónica medida (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="61"/>
        <source>Children with haemoglobin measured</source>
        <translation>Niños con hemoglobina medida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="78"/>
        <source>Anaemia measured (%)</source>
        <translation>Anemia medida (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="79"/>
        <source>Suppressed (privacy)</source>
        <translation>Suprimido (privacidad)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="81"/>
        <source>Population without water</source>
        <translation>Población sin agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="82"/>
        <source>Share served</source>
        <translation>Proporción servida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="83"/>
        <source>Served by high-risk systems</source>
        <translation>Servida por sistemas de riesgo alto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="84"/>
        <source>Need factor</source>
        <translation>Factor de necesidad</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="85"/>
        <source>Population without water, weighted by need</source>
        <translation>Población sin agua, ponderada por necesidad</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="86"/>
        <source>Demand (m³/day)</source>
        <translation>Demanda (m³/día)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="87"/>
        <source>New systems</source>
        <translation>Sistemas nuevos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="88"/>
        <source>Rehabilitated</source>
        <translation>Rehabilitado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="89"/>
        <source>Treatments repaired</source>
        <translation>Tratamientos reparados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="90"/>
        <source>Treatment repaired</source>
        <translation>Tratamiento reparado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="91"/>
        <source>Functioning before the plan</source>
        <translation>Funcionaba antes del plan</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="92"/>
        <source>Functioning</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="93"/>
        <source>Population within reach</source>
        <translation>Población al alcance</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="94"/>
        <source>Cost (S/)</source>
        <translation>Costo (S/)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="95"/>
        <source>Site id</source>
        <translation>Id del sitio</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="97"/>
        <source>Candidate id</source>
        <translation>Id del candidato</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="98"/>
        <source>Growth (%)</source>
        <translation>Crecimiento (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/describe.py" line="99"/>
        <source>Change in the share served (points)</source>
        <translation>Cambio en la proporción servida (puntos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="8"/>
        <source>Altitude (m)</source>
        <translation>Altitud (m)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="9"/>
        <source>Age of the system</source>
        <translation>Antigüedad del sistema</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="11"/>
        <source>Dwellings served</source>
        <translation>Viviendas servidas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="12"/>
        <source>Persons per dwelling</source>
        <translation>Personas por vivienda</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="13"/>
        <source>Gravity supply</source>
        <translation>Abastecimiento por gravedad</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="14"/>
        <source>Pumped supply</source>
        <translation>Abastecimiento por bombeo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="15"/>
        <source>Water in the dry season</source>
        <translation>Agua en época seca</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="16"/>
        <source>Water in the rainy season</source>
        <translation>Agua en época de lluvias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="17"/>
        <source>Chlorination</source>
        <translation>Cloración</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="18"/>
        <source>River source</source>
        <translation>Fuente: río</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="19"/>
        <source>Drilled well</source>
        <translation>Pozo perforado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="20"/>
        <source>Dug well</source>
        <translation>Pozo excavado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="21"/>
        <source>Hours of service</source>
        <translation>Horas de servicio</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="22"/>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="23"/>
        <source>Nearest system (km)</source>
        <translation>Sistema más cercano (km)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="24"/>
        <source>Systems within 5 km</source>
        <translation>Sistemas a menos de 5 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="25"/>
        <source>Systems within 20 km</source>
        <translation>Sistemas a menos de 20 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="26"/>
        <source>Untreated systems within 10 km (share)</source>
        <translation>Sistemas sin tratamiento a menos de 10 km (proporción)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="27"/>
        <source>Nearest urban centre (km)</source>
        <translation>Centro urbano más cercano (km)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="28"/>
        <source>Populated centres within 5 km</source>
        <translation>Centros poblados a menos de 5 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="29"/>
        <source>Distance to the district capital (km)</source>
        <translation>Distancia a la capital distrital (km)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="30"/>
        <source>Altitude above the capital (m)</source>
        <translation>Altitud sobre la capital (m)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="31"/>
        <source>Area (km²)</source>
        <translation>Superficie (km²)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="32"/>
        <source>Area (km², INEI)</source>
        <translation>Superficie (km², INEI)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="33"/>
        <source>Population density 2020</source>
        <translation>Densidad de población 2020</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="34"/>
        <source>Altitude of the capital (m)</source>
        <translation>Altitud de la capital (m)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="35"/>
        <source>Latitude of the capital</source>
        <translation>Latitud de la capital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="36"/>
        <source>Longitude of the capital</source>
        <translation>Longitud de la capital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="37"/>
        <source>Food vulnerability index</source>
        <translation>Índice de vulnerabilidad alimentaria</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="38"/>
        <source>Human development index 2019</source>
        <translation>Índice de desarrollo humano 2019</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="39"/>
        <source>Unmet basic needs (%)</source>
        <translation>Necesidades básicas insatisfechas (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="40"/>
        <source>Night lights 2007</source>
        <translation>Luces nocturnas 2007</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="41"/>
        <source>Land surface temperature, mean</source>
        <translation>Temperatura de la superficie, media</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="42"/>
        <source>Land surface temperature, latest year</source>
        <translation>Temperatura de la superficie, último año</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="43"/>
        <source>Land surface temperature, trend</source>
        <translation>Temperatura de la superficie, tendencia</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="44"/>
        <source>NO₂, mean</source>
        <translation>NO₂, media</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="45"/>
        <source>NO₂, latest year</source>
        <translation>NO₂, último año</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="46"/>
        <source>NO₂, trend</source>
        <translation>NO₂, tendencia</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="47"/>
        <source>PM2.5, mean</source>
        <translation>PM2.5, media</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="48"/>
        <source>PM2.5, latest year</source>
        <translation>PM2.5, último año</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="49"/>
        <source>PM2.5, trend</source>
        <translation>PM2.5, tendencia</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="50"/>
        <source>Precipitation, mean</source>
        <translation>Precipitación, media</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="51"/>
        <source>Precipitation, latest year</source>
        <translation>Precipitación, último año</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="52"/>
        <source>Precipitation, trend</source>
        <translation>Precipitación, tendencia</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="53"/>
        <source>Populated centres</source>
        <translation>Centros poblados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="54"/>
        <source>Urban centres</source>
        <translation>Centros urbanos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="81"/>
        <source>Urban centres (%)</source>
        <translation>Centros urbanos (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="56"/>
        <source>Water systems</source>
        <translation>Sistemas de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="57"/>
        <source>Population served by water systems</source>
        <translation>Población servida por sistemas de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="58"/>
        <source>Distance to a water system (km)</source>
        <translation>Distancia a un sistema de agua (km)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="59"/>
        <source>Children measured (height)</source>
        <translation>Niños medidos (talla)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="60"/>
        <source>Child stunting (%)</source>
        <translation>Desnutrición crónica infantil (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="62"/>
        <source>Child anaemia (%)</source>
        <translation>Anemia infantil (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="63"/>
        <source>Population 2020 (estimate)</source>
        <translation>Población 2020 (estimada)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="64"/>
        <source>Stunting, ENDES clusters within 30 km</source>
        <translation>Desnutrición crónica, conglomerados ENDES a 30 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="65"/>
        <source>Anaemia, ENDES clusters within 30 km</source>
        <translation>Anemia, conglomerados ENDES a 30 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="66"/>
        <source>Height-for-age, ENDES clusters within 30 km</source>
        <translation>Talla para la edad, conglomerados ENDES a 30 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="67"/>
        <source>Weight-for-age, ENDES clusters within 30 km</source>
        <translation>Peso para la edad, conglomerados ENDES a 30 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="68"/>
        <source>Urban share, ENDES clusters within 30 km</source>
        <translation>Proporción urbana, conglomerados ENDES a 30 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="69"/>
        <source>Children, ENDES clusters within 30 km</source>
        <translation>Niños, conglomerados ENDES a 30 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="70"/>
        <source>Populated centres per km²</source>
        <translation>Centros poblados por km²</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="71"/>
        <source>Distance to an urban centre (km)</source>
        <translation>Distancia a un centro urbano (km)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="72"/>
        <source>Populated centres within 10 km</source>
        <translation>Centros poblados a menos de 10 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="73"/>
        <source>Urban centres within 10 km</source>
        <translation>Centros urbanos a menos de 10 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="74"/>
        <source>Populated centres within 30 km</source>
        <translation>Centros poblados a menos de 30 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="75"/>
        <source>Urban centres within 30 km</source>
        <translation>Centros urbanos a menos de 30 km</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="76"/>
        <source>Distance to Lima (km)</source>
        <translation>Distancia a Lima (km)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="78"/>
        <source>Food vulnerability</source>
        <translation>Vulnerabilidad alimentaria</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="79"/>
        <source>Extreme poverty (%)</source>
        <translation>Pobreza extrema (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="80"/>
        <source>Population density (log)</source>
        <translation>Densidad de población (log)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="82"/>
        <source>Populated centres (log)</source>
        <translation>Centros poblados (log)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="83"/>
        <source>Night lights</source>
        <translation>Luces nocturnas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="84"/>
        <source>Water systems per 1,000 people</source>
        <translation>Sistemas de agua por 1 000 habitantes</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="85"/>
        <source>Water coverage</source>
        <translation>Cobertura de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="86"/>
        <source>Distance to a water system (log km)</source>
        <translation>Distancia a un sistema de agua (log km)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="87"/>
        <source>Share of high-risk water systems</source>
        <translation>Proporción de sistemas de agua de riesgo alto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/feature_names.py" line="88"/>
        <source>Survey year</source>
        <translation>Año de la encuesta</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="53"/>
        <source>Δ {0}</source>
        <translation>Δ {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="54"/>
        <source>Δ {0}
by assumptions</source>
        <translation>Δ {0}
por supuestos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="55"/>
        <source>Δ {0}
by the plan</source>
        <translation>Δ {0}
por el plan</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="89"/>
        <source>{0} pp</source>
        <translation>{0} p. p.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="89"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="116"/>
        <source>The whole change against the baseline</source>
        <translation>El cambio total frente a la línea base</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="117"/>
        <source>What the assumptions (growth, climate, horizon) change: the scenario without its plan against the baseline</source>
        <translation>Lo que cambian los supuestos (crecimiento, clima, horizonte): el escenario sin su plan frente a la línea base</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="120"/>
        <source>What the plan itself changes: the scenario against the same scenario without its plan</source>
        <translation>Lo que cambia el plan por sí mismo: el escenario frente al mismo escenario sin su plan</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/plugin.py" line="71"/>
        <source>Help…</source>
        <translation>Ayuda…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="39"/>
        <source>Origin (YYYY-MM-DD HH:MM; blank: after the last full day of flows)</source>
        <translation>Origen (AAAA-MM-DD HH:MM; vacío: tras el último día completo de caudales)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/project_folder.py" line="106"/>
        <source>The project is not saved yet: choose the folder for the results of AguaPerú</source>
        <translation>El proyecto aún no se ha guardado: elija la carpeta para los resultados de AguaPerú</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/base.py" line="81"/>
        <source>{0} (cancelled)</source>
        <translation>{0} (cancelado)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/toolbelt/i18n.py" line="76"/>
        <source>What to do: {0}</source>
        <translation>Qué hacer: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/child_texts.py" line="11"/>
        <source>stunting</source>
        <translation>desnutrición crónica</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/child_texts.py" line="12"/>
        <source>anaemia</source>
        <translation>anemia</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/child_texts.py" line="13"/>
        <source>stunting, upper bound of the 90 % interval</source>
        <translation>desnutrición crónica, límite superior del intervalo del 90 %</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/child_texts.py" line="14"/>
        <source>anaemia, upper bound of the 90 % interval</source>
        <translation>anemia, límite superior del intervalo del 90 %</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/child_texts.py" line="15"/>
        <source>poverty</source>
        <translation>pobreza</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/child_texts.py" line="16"/>
        <source>population served by high-risk water systems</source>
        <translation>población servida por sistemas de agua de alto riesgo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/child_texts.py" line="17"/>
        <source>child-risk index</source>
        <translation>índice de riesgo infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/child_texts.py" line="47"/>
        <source>{0} {1} {2} {3} ({4} points)</source>
        <translation>{0} {1} {2} {3} ({4} puntos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/child_texts.py" line="66"/>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/child_texts.py" line="72"/>
        <source>{0} (percentile {1})</source>
        <translation>{0} (percentil {1})</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="87"/>
        <source>Forecasts each area&apos;s hourly demand for the hours after the origin (up to 168), with 80 % and 95 % intervals, from the flows before the origin, the weather (optional) and the public holidays. The model (gradient boosting fitted at run time) and its rolling-origin evaluation on the Battle of Water Demand Forecasting data are described in models/demand/MODEL_CARD.md (with a summary in Spanish at the top).</source>
        <translation>Pronostica la demanda horaria de cada sector para las horas siguientes al origen (hasta 168), con intervalos del 80 % y del 95 %, a partir de los caudales anteriores al origen, el clima (opcional) y los feriados. El modelo (gradient boosting ajustado en el momento) y su evaluación con origen móvil sobre los datos de la Battle of Water Demand Forecasting se describen en models/demand/MODEL_CARD.md (con un resumen en español al inicio).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/scenarios.py" line="68"/>
        <source>{0}: {1} people without water, {2} % served, cost S/ {3}</source>
        <translation>{0}: {1} personas sin agua, {2} % servida, costo S/ {3}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/water_risk.py" line="17"/>
        <source>CSV (*.csv *.txt);;Excel (*.xlsx *.xls);;All files (*.*)</source>
        <translation>CSV (*.csv *.txt);;Excel (*.xlsx *.xls);;Todos los archivos (*.*)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="151"/>
        <source>pp</source>
        <translation>p. p.</translation>
    </message>
</context>
<context>
    <name>AguaPeruDock</name>
    <message>
        <location filename="../aguaperu_plugin/gui/dock.py" line="28"/>
        <source>AguaPerú</source>
        <translation>AguaPerú</translation>
    </message>
</context>
<context>
    <name>ChildSection</name>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="50"/>
        <source>Child welfare: stunting, anaemia and interventions</source>
        <translation>Bienestar infantil: desnutrición crónica, anemia e intervenciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="57"/>
        <source>Stunting and anaemia of children under five in every district or province, with 90 % intervals, estimated from the ENDES survey and district covariates; a child-risk index combining them with poverty and water risk; and the interventions each area&apos;s indicators trigger. Individual records are never shown: every published figure aggregates at least the number of children set in the options (30 or more).</source>
        <translation>Desnutrición crónica y anemia de niñas y niños menores de cinco años en cada distrito o provincia, con intervalos del 90 %, estimadas a partir de la ENDES y de covariables distritales; un índice de riesgo infantil que las combina con la pobreza y el riesgo del agua; y las intervenciones que activan los indicadores de cada área. Nunca se muestran registros individuales: cada cifra publicada agrega al menos el número de niñas y niños fijado en las opciones (30 o más).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="73"/>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="74"/>
        <source>Provinces</source>
        <translation>Provincias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="75"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="79"/>
        <source>After the latest survey</source>
        <translation>Después de la última encuesta</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="81"/>
        <source>Year of the estimates; the default is the year after the latest survey year.</source>
        <translation>Año de las estimaciones; por defecto, el año siguiente al de la última encuesta.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="82"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="86"/>
        <source>Rule tables (*.csv *.CSV)</source>
        <translation>Tablas de reglas (*.csv *.CSV)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="87"/>
        <source>Bundled rule table</source>
        <translation>Tabla de reglas incluida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="88"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="90"/>
        <source>Copy the bundled rule table into the output folder (once) and open it for editing.</source>
        <translation>Copia la tabla de reglas incluida en la carpeta de salida (una sola vez) y la abre para editarla.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="96"/>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="98"/>
        <source>Estimate child risk</source>
        <translation>Estimar el riesgo infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="103"/>
        <source>Area: drivers and recommended interventions</source>
        <translation>Área: factores y intervenciones recomendadas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="108"/>
        <source>Areas by child-risk index, highest first; selecting one on the map shows it.</source>
        <translation>Áreas por índice de riesgo infantil, de mayor a menor; al seleccionar una en el mapa se muestra aquí.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="154"/>
        <source>The rule table {0} does not exist.</source>
        <translation>La tabla de reglas {0} no existe.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="177"/>
        <source>Child-risk index</source>
        <translation>Índice de riesgo infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="305"/>
        <source>Stunting</source>
        <translation>Desnutrición crónica</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="177"/>
        <source>Anaemia</source>
        <translation>Anemia</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="185"/>
        <source>Anaemia 6-59 months {0} (%, 90 % interval in the attributes)</source>
        <translation>Anemia 6-59 meses {0} (%, intervalo del 90 % en los atributos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="185"/>
        <source>Stunting {0} (%, 90 % interval in the attributes)</source>
        <translation>Desnutrición crónica {0} (%, intervalo del 90 % en los atributos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="185"/>
        <source>Child-risk index {0}</source>
        <translation>Índice de riesgo infantil {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="199"/>
        <source>districts</source>
        <translation>distritos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="199"/>
        <source>provinces</source>
        <translation>provincias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="223"/>
        <source>Child risk estimated for {0} areas.</source>
        <translation>Riesgo infantil estimado para {0} áreas.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="304"/>
        <source>Child-risk index (0-100)</source>
        <translation>Índice de riesgo infantil (0-100)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="306"/>
        <source>Anaemia (6-59 months)</source>
        <translation>Anemia (6-59 meses)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="307"/>
        <source>Poverty</source>
        <translation>Pobreza</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="308"/>
        <source>Population served by high-risk water systems</source>
        <translation>Población servida por sistemas de agua de alto riesgo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="309"/>
        <source>Children measured by the survey</source>
        <translation>Niñas y niños medidos por la encuesta</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="309"/>
        <source>fewer than the minimum: not shown</source>
        <translation>menos que el mínimo: no se muestra</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="331"/>
        <source>90 % intervals in brackets. Survey weights are not available: prevalences are approximate (see the model card).</source>
        <translation>Intervalos del 90 % entre paréntesis. No se dispone de los factores de expansión de la encuesta: las prevalencias son aproximadas (ver la ficha del modelo).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="354"/>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="295"/>
        <source>Drivers</source>
        <translation>Factores</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="296"/>
        <source>No rule of the table is triggered.</source>
        <translation>No se activa ninguna regla de la tabla.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="297"/>
        <source>Recommended interventions</source>
        <translation>Intervenciones recomendadas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="298"/>
        <source>Triggered by</source>
        <translation>Activada por</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="299"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="199"/>
        <source>{0} {1} estimated for {2} ({3} v{4}); {5} of them trigger at least one intervention. On provinces it had not seen, stunting was predicted with a mean absolute error of {6} points against {7} for each province&apos;s own earlier survey prevalence.</source>
        <translation>{0} {1} estimados para {2} ({3} v{4}); {5} de ellos activan al menos una intervención. En provincias no vistas, la desnutrición crónica se predijo con un error absoluto medio de {6} puntos frente a {7} de la prevalencia anterior de la propia provincia en la encuesta.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="199"/>
        <source>child-risk model</source>
        <translation>modelo de riesgo infantil</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="255"/>
        <source>AguaPerú: scenario comparison</source>
        <translation>AguaPerú: comparación de escenarios</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="306"/>
        <source>Green: better than the baseline; red: worse. Each change is split into what the scenario&apos;s assumptions (growth, climate, horizon) and what its plan did. Pan or zoom one map: the other follows.</source>
        <translation>Verde: mejor que la línea base; rojo: peor. Cada cambio se separa en lo que aportan los supuestos del escenario (crecimiento, clima, horizonte) y lo que aporta su plan. Mueva o acerque un mapa: el otro lo sigue.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="49"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="348"/>
        <source>&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt; loads and checks the inputs every model and map uses, and joins them into one table per district.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs:&lt;/b&gt; water points (GeoPackage, Shapefile, GeoJSON, or CSV/XLSX with latitude and longitude; SIASAR exports are recognised), a district layer with UBIGEO, district tables keyed by UBIGEO (census, poverty, HDI), satellite GeoTIFFs, and child-welfare indicators.&lt;/p&gt;&lt;p&gt;Every problem found is listed with the file, the column, example rows and how to fix it. Your files are never modified.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hace:&lt;/b&gt; carga y revisa los insumos que usan todos los modelos y mapas, y los une en una tabla por distrito.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Insumos:&lt;/b&gt; puntos de agua (GeoPackage, Shapefile, GeoJSON, o CSV/XLSX con latitud y longitud; se reconocen las exportaciones del SIASAR), una capa de distritos con UBIGEO, tablas distritales con UBIGEO (censo, pobreza, IDH), GeoTIFF satelitales e indicadores de bienestar infantil.&lt;/p&gt;&lt;p&gt;Cada problema encontrado se lista con el archivo, la columna, filas de ejemplo y cómo corregirlo. Sus archivos nunca se modifican.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="53"/>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="54"/>
        <source>Water points</source>
        <translation>Puntos de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="55"/>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="56"/>
        <source>District table</source>
        <translation>Tabla distrital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="57"/>
        <source>Satellite table</source>
        <translation>Tabla satelital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="58"/>
        <source>Raster (GeoTIFF)</source>
        <translation>Ráster (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="59"/>
        <source>Child welfare</source>
        <translation>Bienestar infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="64"/>
        <source>Choose your input files or layers, a data folder, or load the demo.</source>
        <translation>Elija sus archivos o capas de entrada, una carpeta de datos, o cargue la demostración.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="69"/>
        <source>A folder laid out like the shared data (boundaries/, socioeconomic/, …)</source>
        <translation>Una carpeta organizada como los datos compartidos (boundaries/, socioeconomic/, …)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="70"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="73"/>
        <source>Inputs</source>
        <translation>Insumos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="77"/>
        <source>File or layer</source>
        <translation>Archivo o capa</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="77"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="86"/>
        <source>Add files…</source>
        <translation>Agregar archivos…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="90"/>
        <source>Add layer</source>
        <translation>Agregar capa</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="92"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="107"/>
        <source>Validate and add layers</source>
        <translation>Validar y agregar capas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="107"/>
        <source>Load demo</source>
        <translation>Cargar demostración</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="116"/>
        <source>District feature table</source>
        <translation>Tabla de variables distritales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="121"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="122"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="123"/>
        <source>Build district features</source>
        <translation>Construir variables distritales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="131"/>
        <source>Validation report</source>
        <translation>Informe de validación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="201"/>
        <source>Add input files</source>
        <translation>Agregar archivos de entrada</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="213"/>
        <source>The layer {0} is not stored in a file; save it as a GeoPackage first.</source>
        <translation>La capa {0} no está guardada en un archivo; guárdela primero como GeoPackage.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="244"/>
        <source>Add at least one input first.</source>
        <translation>Agregue primero al menos un insumo.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="264"/>
        <source>{0} errors, {1} warnings, {2} notes; {3} layers added.</source>
        <translation>{0} errores, {1} advertencias, {2} notas; {3} capas agregadas.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="300"/>
        <source>Choose a data folder or add a district layer first.</source>
        <translation>Elija primero una carpeta de datos o agregue una capa de distritos.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="321"/>
        <source>District features</source>
        <translation>Variables distritales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="327"/>
        <source>District feature table written: {0} districts in {1}.</source>
        <translation>Tabla de variables distritales escrita: {0} distritos en {1}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="187"/>
        <source>{0} inputs found in the data folder; validate them to add their layers.</source>
        <translation>{0} insumos encontrados en la carpeta de datos; valídelos para agregar sus capas.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="200"/>
        <source>Data (*.csv *.csv.gz *.tsv *.txt *.xlsx *.xls *.gpkg *.shp *.geojson *.json *.tif *.tiff)</source>
        <translation>Datos (*.csv *.csv.gz *.tsv *.txt *.xlsx *.xls *.gpkg *.shp *.geojson *.json *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>DemandSection</name>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="34"/>
        <source>Water demand and leaks</source>
        <translation>Demanda de agua y fugas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="40"/>
        <source>Hourly demand of each supply area for the week after the origin, with 80 % and 95 % intervals, from its history, the weather and the public holidays; periods whose minimum night flow rose (possible leaks) are shaded.</source>
        <translation>Demanda horaria de cada sector de abastecimiento para la semana siguiente al origen, con intervalos del 80 % y del 95 %, a partir de su historia, el clima y los feriados; se sombrean los periodos en que subió el caudal mínimo nocturno (posibles fugas).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="54"/>
        <source>Flows (*.xlsx *.csv)</source>
        <translation>Caudales (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="57"/>
        <source>Weather (*.xlsx *.csv)</source>
        <translation>Clima (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="76"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="79"/>
        <source>ISO code of the country whose public holidays apply (PE: Peru).</source>
        <translation>Código ISO del país cuyos feriados se aplican (PE: Perú).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="80"/>
        <source>Hourly flows</source>
        <translation>Caudales horarios</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="81"/>
        <source>Weather (optional)</source>
        <translation>Clima (opcional)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="82"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="83"/>
        <source>Hours ahead</source>
        <translation>Horas de anticipación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="84"/>
        <source>Holidays of</source>
        <translation>Feriados de</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="96"/>
        <source>Forecast demand</source>
        <translation>Pronosticar la demanda</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="224"/>
        <source>Choose the file of hourly flows first.</source>
        <translation>Elija primero el archivo de caudales horarios.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="246"/>
        <source>{0} areas, {1} hours from {2}; {3} anomalous periods in the history. Files: {4}</source>
        <translation>{0} sectores, {1} horas desde {2}; {3} periodos anómalos en la historia. Archivos: {4}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="263"/>
        <source>Demand forecast for {0} areas.</source>
        <translation>Demanda pronosticada para {0} sectores.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="355"/>
        <source>Demand of {0}</source>
        <translation>Demanda de {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="113"/>
        <source>Supply schedule</source>
        <translation>Programa de abastecimiento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="116"/>
        <source>Hour by hour, how much each source sends to each area so that the least forecast demand goes unmet, then at the lowest cost. Sources: CSV with name, capacity_lps, cost_per_m3 and areas (separated by &apos;;&apos;, blank: all). Tanks (optional): CSV with area, capacity_m3, initial_m3, minimum_m3.</source>
        <translation>Hora por hora, cuánto envía cada fuente a cada sector para que quede la menor demanda pronosticada sin atender y, luego, al menor costo. Fuentes: CSV con las columnas «name», «capacity_lps», «cost_per_m3» y «areas» (separadas por ';', vacío: todos). Reservorios (opcional): CSV con las columnas «area», «capacity_m3», «initial_m3», «minimum_m3».</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="133"/>
        <source>Tables (*.csv *.CSV)</source>
        <translation>Tablas (*.csv *.CSV)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="134"/>
        <source>Schedule the supply of the forecast</source>
        <translation>Programar el abastecimiento del pronóstico</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="139"/>
        <source>Area</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="139"/>
        <source>Demand (m3)</source>
        <translation>Demanda (m3)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="139"/>
        <source>Unmet (m3)</source>
        <translation>Sin atender (m3)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="144"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="145"/>
        <source>Tanks (optional)</source>
        <translation>Reservorios (opcional)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="165"/>
        <source>Forecast the demand first: the schedule supplies the forecast.</source>
        <translation>Pronostique primero la demanda: el programa abastece el pronóstico.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="169"/>
        <source>Choose the table of sources first.</source>
        <translation>Elija primero la tabla de fuentes.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="211"/>
        <source>Supply by source</source>
        <translation>Abastecimiento por fuente</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="88"/>
        <source>(no map)</source>
        <translation>(sin mapa)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="93"/>
        <source>Areas layer (map)</source>
        <translation>Capa de sectores (mapa)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="94"/>
        <source>Area name field</source>
        <translation>Campo con el nombre del sector</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="322"/>
        <source>Forecast demand growth (%)</source>
        <translation>Crecimiento de la demanda pronosticada (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="338"/>
        <source>No feature of {0} has a value of {1} naming a forecast area.</source>
        <translation>Ningún elemento de {0} tiene en {1} el nombre de un sector pronosticado.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="64"/>
        <source>After the last full day of the flows</source>
        <translation>Tras el último día completo de caudales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="66"/>
        <source>First forecast hour. By default, midnight after the last full day of the flows; choose a date to forecast from another hour.</source>
        <translation>Primera hora del pronóstico. Por defecto, la medianoche tras el último día completo de caudales; elija una fecha para pronosticar desde otra hora.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="190"/>
        <source>Demand {0} m³, unmet {1} m³, cost {2}. File: {3}</source>
        <translation>Demanda {0} m³, sin atender {1} m³, costo {2}. Archivo: {3}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="213"/>
        <source>Supply scheduled: {0} m³ unmet.</source>
        <translation>Abastecimiento programado: {0} m³ sin atender.</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="94"/>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="108"/>
        <source>Choose a template and the layers to print.</source>
        <translation>Elija una plantilla y las capas a imprimir.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="97"/>
        <source>&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt; exports printable maps and scenario reports to PDF from templates in A4 or A3, in Spanish or English, with legend, scale bar, north arrow, sources and model version.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs:&lt;/b&gt; the layers to print and, for an atlas, a coverage layer such as departments or provinces: one page per feature, the map zoomed to it, with the feature&apos;s own numbers when a field to summarise is chosen.&lt;/p&gt;&lt;p&gt;The layout can also be opened in the layout designer for hand edits.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hace:&lt;/b&gt; exporta a PDF mapas imprimibles e informes de escenarios desde plantillas A4 o A3, en español o inglés, con leyenda, barra de escala, flecha del norte, fuentes y versión del modelo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entradas:&lt;/b&gt; las capas a imprimir y, para un atlas, una capa de cobertura como departamentos o provincias: una página por entidad, el mapa ajustado a ella, con sus propias cifras si se elige un campo para resumir.&lt;/p&gt;&lt;p&gt;La composición también puede abrirse en el diseñador de composiciones para editarla a mano.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="114"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="120"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="123"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="124"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="126"/>
        <source>Language of the map</source>
        <translation>Idioma del mapa</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="129"/>
        <source>Map of Peru</source>
        <translation>Mapa del Perú</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="130"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="132"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="134"/>
        <source>e.g. INEI 2017 (boundaries), INEI 2018 (poverty map)</source>
        <translation>p. ej., INEI 2017 (límites), INEI 2018 (mapa de pobreza)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="135"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="137"/>
        <source>Data date</source>
        <translation>Fecha de los datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="140"/>
        <source>Layers to print (top first)</source>
        <translation>Capas a imprimir (la superior primero)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="151"/>
        <source>No inset</source>
        <translation>Sin mapa de ubicación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="152"/>
        <source>Inset map of Peru</source>
        <translation>Mapa de ubicación en el Perú</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="156"/>
        <source>Atlas: one page per feature</source>
        <translation>Atlas: una página por entidad</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="162"/>
        <source>No atlas</source>
        <translation>Sin atlas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="279"/>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="166"/>
        <source>Add the departments of the data folder and use them</source>
        <translation>Añadir los departamentos de la carpeta de datos y usarlos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="279"/>
        <source>Provinces</source>
        <translation>Provincias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="169"/>
        <source>Add the provinces of the data folder and use them</source>
        <translation>Añadir las provincias de la carpeta de datos y usarlas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="173"/>
        <source>Coverage layer</source>
        <translation>Capa de cobertura</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="177"/>
        <source>Page name field</source>
        <translation>Campo del nombre de página</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="181"/>
        <source>Count, mean and maximum of this field of the first printed layer, per page</source>
        <translation>Número, media y máximo de este campo de la primera capa impresa, por página</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="184"/>
        <source>Numbers on each page</source>
        <translation>Cifras en cada página</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="191"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="194"/>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="197"/>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="197"/>
        <source>Open in layout designer</source>
        <translation>Abrir en el diseñador de composiciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="277"/>
        <source>Choose a data folder with {0} first (Data page).</source>
        <translation>Primero elija una carpeta de datos con {0} (página Datos).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="294"/>
        <source>Choose at least one layer to print.</source>
        <translation>Elija al menos una capa para imprimir.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="329"/>
        <source>Choose the PDF file to write.</source>
        <translation>Elija el archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="334"/>
        <source>The map could not be prepared: {0}</source>
        <translation>No se pudo preparar el mapa: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="340"/>
        <source>Printing {0} pages…</source>
        <translation>Imprimiendo {0} páginas…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="341"/>
        <source>AguaPerú: printing {0}</source>
        <translation>AguaPerú: imprimiendo {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="348"/>
        <source>Map written to {0}.</source>
        <translation>Mapa escrito en {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="347"/>
        <source>{0}: {1} page(s) written.</source>
        <translation>{0}: {1} página(s) escrita(s).</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="66"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="69"/>
        <source>Choose a data folder (or load the demo on the Data page), then run a model.</source>
        <translation>Elija una carpeta de datos (o cargue la demostración en la página Datos) y luego ejecute un modelo.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="73"/>
        <source>Water-quality risk of rural water systems</source>
        <translation>Riesgo de calidad del agua de los sistemas rurales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="76"/>
        <source>Probability that a system&apos;s treatment (chlorination) is not working, per system, and the population served by high-risk systems per district.</source>
        <translation>Probabilidad de que el tratamiento (cloración) de un sistema no funcione, por sistema, y población servida por sistemas de riesgo alto, por distrito.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="105"/>
        <source>Run water-quality risk model</source>
        <translation>Ejecutar el modelo de riesgo de calidad del agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="164"/>
        <source>Choose a data folder first.</source>
        <translation>Elija primero una carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="190"/>
        <source>Population served by high-risk systems</source>
        <translation>Población servida por sistemas de riesgo alto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="195"/>
        <source>Water-quality risk of systems</source>
        <translation>Riesgo de calidad del agua de los sistemas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="203"/>
        <source>{0} systems: {1} high, {2} medium, {3} low risk.</source>
        <translation>{0} sistemas: {1} de riesgo alto, {2} medio, {3} bajo.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="224"/>
        <source>Water-quality risk computed for {0} systems.</source>
        <translation>Riesgo de calidad del agua calculado para {0} sistemas.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="86"/>
        <source>Add my survey / measurements</source>
        <translation>Añadir mi encuesta / mediciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="87"/>
        <source>Optional. Survey: a table of system IDs with trat_funciona SI/NO (as SIASAR exports it). Measurements: point, date, parameter, value, unit (OEFA format); free residual chlorine below 0.5 mg/L or coliforms mark a system not working, the latest measurement wins. Observed systems keep their observed state; the others are estimated.</source>
        <translation>Opcional. Encuesta: una tabla con los ID de los sistemas y trat_funciona SI/NO (como la exporta SIASAR). Mediciones: punto, fecha, parámetro, valor, unidad (formato OEFA); cloro residual libre por debajo de 0,5 mg/L o coliformes marcan un sistema que no funciona, manda la última medición. Los sistemas observados conservan su estado observado; los demás se estiman.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="101"/>
        <source>My survey</source>
        <translation>Mi encuesta</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="103"/>
        <source>My measurements</source>
        <translation>Mis mediciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="109"/>
        <source>Measurement history of the selected system</source>
        <translation>Historial de mediciones del sistema seleccionado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="116"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="116"/>
        <source>Observed</source>
        <translation>Observados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="116"/>
        <source>Estimated</source>
        <translation>Estimados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="116"/>
        <source>Observed share</source>
        <translation>Proporción observada</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="116"/>
        <source>Not working (observed)</source>
        <translation>No funcionan (observados)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="116"/>
        <source>Not working (estimated)</source>
        <translation>No funcionan (estimados)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="208"/>
        <source>{0} without local evidence: the model cannot tell them apart; add a survey or measurements.</source>
        <translation>{0} sin evidencia local: el modelo no puede distinguirlos; añada una encuesta o mediciones.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="211"/>
        <source>Observed: {0}; estimated: {1}.</source>
        <translation>Observados: {0}; estimados: {1}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="298"/>
        <source>Select a system on the map first (the layer of systems).</source>
        <translation>Seleccione primero un sistema en el mapa (la capa de sistemas).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="302"/>
        <source>No measurement was matched to system {0}.</source>
        <translation>Ninguna medición corresponde al sistema {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="306"/>
        <source>Measurements of system {0}</source>
        <translation>Mediciones del sistema {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="148"/>
        <source>CSV (*.csv *.txt);;Excel (*.xlsx *.xls);;All files (*.*)</source>
        <translation>CSV (*.csv *.txt);;Excel (*.xlsx *.xls);;Todos los archivos (*.*)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="331"/>
        <source>&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt; runs the bundled models in the background: water-quality risk of rural water systems, district poverty, water demand and leaks, and child risk (stunting, anaemia and recommended interventions). Results become styled map layers in the group 'AguaPerú – Modelos' and charts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs:&lt;/b&gt; a data folder laid out like the shared data (or the demo's). Hotspots work on any polygon layer with a numeric field; retraining takes a table with a UBIGEO column.&lt;/p&gt;&lt;p&gt;Each model has a model card (models/&amp;lt;name&amp;gt;/MODEL_CARD.md) with its training data, its metrics on departments it has not seen and its limits; it opens with a summary in Spanish (&lt;i&gt;Resumen en español&lt;/i&gt;). Poverty comes with 90 % intervals.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hace:&lt;/b&gt; ejecuta en segundo plano los modelos incluidos: riesgo de calidad del agua de los sistemas rurales, pobreza distrital, demanda de agua y fugas, y riesgo infantil (desnutrición crónica, anemia e intervenciones recomendadas). Los resultados se convierten en capas con estilo en el grupo 'AguaPerú – Modelos' y en gráficos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entradas:&lt;/b&gt; una carpeta de datos organizada como los datos compartidos (o la de la demostración). Los puntos calientes funcionan con cualquier capa de polígonos con un campo numérico; el reentrenamiento usa una tabla con una columna UBIGEO.&lt;/p&gt;&lt;p&gt;Cada modelo tiene una ficha (models/&amp;lt;nombre&amp;gt;/MODEL_CARD.md) con sus datos de entrenamiento, sus métricas en departamentos que no vio y sus límites; empieza con un resumen en español (&lt;i&gt;Resumen en español&lt;/i&gt;). La pobreza viene con intervalos del 90 %.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/options.py" line="24"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/options.py" line="28"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/options.py" line="34"/>
        <source>Access distance to a water point</source>
        <translation>Distancia de acceso a un punto de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/options.py" line="38"/>
        <source>Child-welfare figures are published only for groups of at least this many children.</source>
        <translation>Las cifras de bienestar infantil solo se publican para grupos de al menos esta cantidad de niños.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/options.py" line="41"/>
        <source>Minimum children per published cell</source>
        <translation>Mínimo de niños por celda publicada</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/options.py" line="44"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/options.py" line="45"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/options.py" line="46"/>
        <source>Language of printed maps</source>
        <translation>Idioma de los mapas impresos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/options.py" line="48"/>
        <source>Write debug messages to the log panel</source>
        <translation>Escribir mensajes de depuración en el panel de registro</translation>
    </message>
</context>
<context>
    <name>PovertySection</name>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="47"/>
        <source>District poverty</source>
        <translation>Pobreza distrital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="53"/>
        <source>Monetary poverty rate (%) of every district with a 90 % interval, learnt from INEI&apos;s 2018 poverty map and district socioeconomic and satellite features; hotspots of poverty or of any numeric district field.</source>
        <translation>Tasa de pobreza monetaria (%) de cada distrito con un intervalo del 90 %, aprendida del mapa de pobreza 2018 del INEI y de variables distritales socioeconómicas y satelitales; puntos calientes de la pobreza o de cualquier campo numérico distrital.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="67"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="69"/>
        <source>Predict district poverty</source>
        <translation>Predecir la pobreza distrital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="85"/>
        <source>Hotspots (Getis-Ord Gi*, local Moran)</source>
        <translation>Puntos calientes (Getis-Ord Gi*, Moran local)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="100"/>
        <source>Random permutations for the pseudo p-values (999 by default).</source>
        <translation>Permutaciones aleatorias para los pseudo valores p (999 por defecto).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="101"/>
        <source>Find hotspots</source>
        <translation>Buscar puntos calientes</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="106"/>
        <source>Districts layer</source>
        <translation>Capa de distritos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="107"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="108"/>
        <source>Permutations</source>
        <translation>Permutaciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="114"/>
        <source>Retrain on my data</source>
        <translation>Reentrenar con mis datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="118"/>
        <source>A table with a UBIGEO column and the value to learn (e.g. a newer poverty survey); GeoTIFFs (night lights, NDVI, population) add their district zonal statistics as features. The new model gets its own folder and card; the bundled model is kept.</source>
        <translation>Una tabla con una columna UBIGEO y el valor a aprender (p. ej. una encuesta de pobreza más reciente); los GeoTIFF (luces nocturnas, NDVI, población) añaden sus estadísticas zonales distritales como variables. El nuevo modelo tiene su propia carpeta y ficha; el modelo incluido se conserva.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="131"/>
        <source>Tables (*.csv *.CSV)</source>
        <translation>Tablas (*.csv *.CSV)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="138"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="139"/>
        <source>Retrain the poverty model</source>
        <translation>Reentrenar el modelo de pobreza</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="142"/>
        <source>Target table</source>
        <translation>Tabla objetivo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="143"/>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="144"/>
        <source>Rasters (optional)</source>
        <translation>Rásteres (opcional)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="169"/>
        <source>Bundled (INEI poverty map 2018)</source>
        <translation>Incluido (mapa de pobreza INEI 2018)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="201"/>
        <source>Poverty: width of the 90 % interval (points)</source>
        <translation>Pobreza: amplitud del intervalo del 90 % (puntos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="203"/>
        <source>Poverty (predicted, %)</source>
        <translation>Pobreza (predicha, %)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="224"/>
        <source>Poverty predicted for {0} districts.</source>
        <translation>Pobreza predicha para {0} distritos.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="248"/>
        <source>Permutation importance (R² drop)</source>
        <translation>Importancia por permutación (caída del R²)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="248"/>
        <source>Drop of R²</source>
        <translation>Caída del R²</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="268"/>
        <source>Choose a polygon layer and a numeric field first.</source>
        <translation>Elija primero una capa de polígonos y un campo numérico.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="286"/>
        <source>Hotspots of {0} (Gi*)</source>
        <translation>Puntos calientes de {0} (Gi*)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="301"/>
        <source>Hotspots of {0} mapped.</source>
        <translation>Puntos calientes de {0} cartografiados.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="321"/>
        <source>Choose a target table and its column first.</source>
        <translation>Elija primero una tabla objetivo y su columna.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="347"/>
        <source>Poverty model retrained: {0}.</source>
        <translation>Modelo de pobreza reentrenado: {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="240"/>
        <source>Poverty, departments held out</source>
        <translation>Pobreza, departamentos dejados fuera</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="210"/>
        <source>{0} districts. On departments it has not seen the model scores R² {1}, mean absolute error {2} points; the 90 % intervals cover {3} % of districts.</source>
        <translation>{0} distritos. En departamentos que no ha visto el modelo logra R² {1}, error absoluto medio {2} puntos; los intervalos del 90 % cubren el {3} % de los distritos.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="289"/>
        <source>{0}: {1} hot and {2} cold districts (90 % or more, false discovery rate controlled); global Moran&apos;s I {3}.</source>
        <translation>{0}: {1} distritos calientes y {2} fríos (90 % o más, tasa de falsos descubrimientos controlada); I de Moran global {3}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="341"/>
        <source>New model {0}: R² {1} and mean absolute error {2} on departments held out; choose it above and predict.</source>
        <translation>Nuevo modelo {0}: R² {1} y error absoluto medio {2} en los departamentos dejados fuera; elíjalo arriba y prediga.</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="52"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="59"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="63"/>
        <source>Horizon year</source>
        <translation>Año horizonte</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="70"/>
        <source>Annual population growth from the base year (2020 projection) to the horizon.</source>
        <translation>Crecimiento anual de la población desde el año base (proyección 2020) hasta el horizonte.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="71"/>
        <source>Population growth per year</source>
        <translation>Crecimiento de la población por año</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="74"/>
        <source>Temperature change</source>
        <translation>Cambio de temperatura</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="77"/>
        <source>Precipitation change</source>
        <translation>Cambio de precipitación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="80"/>
        <source>Access distance</source>
        <translation>Distancia de acceso</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="83"/>
        <source>All of Peru (or department codes, e.g. 05, 12)</source>
        <translation>Todo el Perú (o códigos de departamento, p. ej., 05, 12)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="84"/>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="87"/>
        <source>Investment plan</source>
        <translation>Plan de inversiones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="100"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="92"/>
        <source>New water points sited by maximal covering of the unserved need (exact optimisation).</source>
        <translation>Nuevos puntos de agua ubicados por máxima cobertura de la necesidad no atendida (optimización exacta).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="95"/>
        <source>New water points (optimised sites)</source>
        <translation>Nuevos puntos de agua (sitios optimizados)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="98"/>
        <source>The first systems of the rehabilitation ranking.</source>
        <translation>Los primeros sistemas de la priorización para rehabilitación.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="99"/>
        <source>Systems rehabilitated (top of the ranking)</source>
        <translation>Sistemas rehabilitados (primeros de la priorización)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="102"/>
        <source>Chlorination fixed in the functioning systems of highest water-quality risk.</source>
        <translation>Cloración reparada en los sistemas operativos de mayor riesgo de calidad del agua.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="103"/>
        <source>Treatment fixes (highest risk first)</source>
        <translation>Reparaciones del tratamiento (mayor riesgo primero)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="108"/>
        <source>Cost of a new system</source>
        <translation>Costo de un sistema nuevo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="109"/>
        <source>Cost of a rehabilitation</source>
        <translation>Costo de una rehabilitación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="110"/>
        <source>Cost of a treatment fix</source>
        <translation>Costo de una reparación del tratamiento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="113"/>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="114"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="118"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="84"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="523"/>
        <source>&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt; defines planning scenarios (horizon year, population growth, climate, new water points at optimised sites, rehabilitation, treatment fixes, unit costs and a budget), runs them in the background (population served and unserved within the access distance, systems at high water-quality risk, poverty- and child-risk-weighted need, demand, cost) and compares them with the baseline side by side.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs:&lt;/b&gt; a data folder laid out like the shared data.&lt;/p&gt;&lt;p&gt;Scenarios and their results are stored in a GeoPackage next to your QGIS project; a run always writes into the scenario it started with, whatever you select or edit meanwhile.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hace:&lt;/b&gt; define escenarios de planificación (año horizonte, crecimiento de la población, clima, nuevos puntos de agua en sitios optimizados, rehabilitación, reparaciones del tratamiento, costos unitarios y un presupuesto), los ejecuta en segundo plano (población servida y sin agua dentro de la distancia de acceso, sistemas de alto riesgo de calidad del agua, necesidad ponderada por pobreza y riesgo infantil, demanda, costo) y los compara con la línea base lado a lado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entradas:&lt;/b&gt; una carpeta de datos organizada como los datos compartidos.&lt;/p&gt;&lt;p&gt;Los escenarios y sus resultados se guardan en un GeoPackage junto a su proyecto QGIS; una ejecución siempre escribe en el escenario con el que empezó, aunque usted seleccione o edite otro mientras tanto.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="87"/>
        <source>No scenario yet: create one, or run the baseline.</source>
        <translation>Aún no hay escenarios: cree uno o ejecute la línea base.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="95"/>
        <source>Tick the scenarios to compare with the baseline; select one to edit or run it.</source>
        <translation>Marque los escenarios que compara con la línea base; seleccione uno para editarlo o ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="100"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="100"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="100"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="100"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="100"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="100"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="117"/>
        <source>Run selected</source>
        <translation>Ejecutar el seleccionado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="120"/>
        <source>Run baseline and ticked</source>
        <translation>Ejecutar línea base y marcados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="123"/>
        <source>Compare ticked with the baseline</source>
        <translation>Comparar marcados con la línea base</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="169"/>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="190"/>
        <source>results of v{0}: run again</source>
        <translation>resultados de v{0}: ejecutar de nuevo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="192"/>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="188"/>
        <source>not run</source>
        <translation>sin ejecutar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="203"/>
        <source>{0} scenarios in {1}.</source>
        <translation>{0} escenarios en {1}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="243"/>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="279"/>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="279"/>
        <source>Delete {0} and its results?</source>
        <translation>¿Eliminar {0} y sus resultados?</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="290"/>
        <source>Import a scenario</source>
        <translation>Importar un escenario</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="306"/>
        <source>Scenarios (*.json)</source>
        <translation>Escenarios (*.json)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="306"/>
        <source>Export the scenario</source>
        <translation>Exportar el escenario</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="316"/>
        <source>Choose a data folder first.</source>
        <translation>Primero elija una carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="323"/>
        <source>Select a scenario to run.</source>
        <translation>Seleccione un escenario para ejecutar.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="353"/>
        <source>Scenarios run: {0}.</source>
        <translation>Escenarios ejecutados: {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="487"/>
        <source>{0}: population without water</source>
        <translation>{0}: población sin agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="372"/>
        <source>{0}: new water points</source>
        <translation>{0}: nuevos puntos de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="387"/>
        <source>Tick at least one scenario to compare.</source>
        <translation>Marque al menos un escenario para comparar.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="493"/>
        <source>{0} − baseline: share served (points)</source>
        <translation>{0} − línea base: proporción servida (puntos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="507"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="508"/>
        <source>Population served</source>
        <translation>Población servida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="509"/>
        <source>Population without water</source>
        <translation>Población sin agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="510"/>
        <source>Share served</source>
        <translation>Proporción servida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="511"/>
        <source>Served by high-risk systems</source>
        <translation>Servida por sistemas de alto riesgo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="512"/>
        <source>Need-weighted population without water</source>
        <translation>Población sin agua ponderada por necesidad</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="513"/>
        <source>Demand (m³/day)</source>
        <translation>Demanda (m³/día)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="514"/>
        <source>Functioning systems</source>
        <translation>Sistemas operativos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="515"/>
        <source>New systems</source>
        <translation>Sistemas nuevos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="516"/>
        <source>Systems rehabilitated</source>
        <translation>Sistemas rehabilitados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="517"/>
        <source>Treatment fixes</source>
        <translation>Reparaciones del tratamiento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="518"/>
        <source>Cost (S/)</source>
        <translation>Costo (S/)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="519"/>
        <source>Budget left (S/)</source>
        <translation>Presupuesto restante (S/)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="185"/>
        <source>baseline</source>
        <translation>línea base</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="182"/>
        <source>{0} cannot be read.</source>
        <translation>No se puede leer {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="129"/>
        <source>Export the comparison report (PDF)…</source>
        <translation>Exportar el informe de comparación (PDF)…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="414"/>
        <source>Export the comparison report</source>
        <translation>Exportar el informe de comparación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="414"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="429"/>
        <source>The report could not be prepared: {0}</source>
        <translation>No se pudo preparar el informe: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="433"/>
        <source>AguaPerú: printing {0}</source>
        <translation>AguaPerú: imprimiendo {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="439"/>
        <source>{0}: {1} page(s) written.</source>
        <translation>{0}: {1} página(s) escrita(s).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="440"/>
        <source>Report written to {0}.</source>
        <translation>Informe escrito en {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="132"/>
        <source>One page per scenario (map and indicators), then a comparison page per scenario, in the map language.</source>
        <translation>Una página por escenario (mapa e indicadores) y luego una página de comparación por escenario, en el idioma de los mapas.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="71"/>
        <source>The last comparison of this project could not be restored.</source>
        <translation>No se pudo restaurar la última comparación de este proyecto.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="474"/>
        <source>Run {0} again to split its change into assumptions and plan.</source>
        <translation>Vuelva a ejecutar {0} para separar su cambio en supuestos y plan.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/validation/messages.py" line="18"/>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="18"/>
        <source>Check the path, or choose the file again.</source>
        <translation>Revise la ruta o vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="22"/>
        <source>The file cannot be read as {expected}: {reason}</source>
        <translation>El archivo no se puede leer como {expected}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="22"/>
        <source>Open it in the program that made it and save it again as {expected}.</source>
        <translation>Ábralo en el programa que lo creó y guárdelo de nuevo como {expected}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="26"/>
        <source>AguaPerú does not recognise what this file holds.</source>
        <translation>AguaPerú no reconoce lo que contiene este archivo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="34"/>
        <source>The input has no rows.</source>
        <translation>El insumo no tiene filas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="34"/>
        <source>Choose a file that holds data, or export the data again.</source>
        <translation>Elija un archivo que contenga datos, o exporte los datos de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="38"/>
        <source>The file is not UTF-8; it was read as {encoding}.</source>
        <translation>El archivo no está en UTF-8; se leyó como {encoding}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="38"/>
        <source>Check accented names (Ñ, á); save the file as UTF-8 to be sure.</source>
        <translation>Revise los nombres con tildes (Ñ, á); guarde el archivo en UTF-8 para estar seguro.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="46"/>
        <source>Required column &apos;{column}&apos; is missing.</source>
        <translation>Falta la columna obligatoria '{column}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="42"/>
        <source>Rename column &apos;{suggestion}&apos; to &apos;{column}&apos;, or add the column.</source>
        <translation>Cambie el nombre de la columna '{suggestion}' a '{column}', o agregue la columna.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="46"/>
        <source>Add a column named &apos;{column}&apos;.</source>
        <translation>Agregue una columna llamada '{column}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="50"/>
        <source>{count} values of &apos;{column}&apos; are not numbers (for example {examples}).</source>
        <translation>{count} valores de '{column}' no son números (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="50"/>
        <source>They are treated as missing. Replace them with numbers, or leave the cells empty.</source>
        <translation>Se tratan como faltantes. Reemplácelos por números o deje las celdas vacías.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="56"/>
        <source>{count} values of &apos;{column}&apos; use a decimal comma; they were read as numbers.</source>
        <translation>{count} valores de '{column}' usan coma decimal; se leyeron como números.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="82"/>
        <source>{count} values of '{column}' are outside {low} – {high} (for example {examples}).</source>
        <translation>{count} valores de '{column}' están fuera de {low} – {high} (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="82"/>
        <source>They are treated as missing. Correct them in the source file.</source>
        <translation>Se tratan como faltantes. Corríjalos en el archivo de origen.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="88"/>
        <source>{count} values of &apos;{column}&apos; are negative (for example {examples}).</source>
        <translation>{count} valores de '{column}' son negativos (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="88"/>
        <source>A population or count cannot be negative; they are treated as missing.</source>
        <translation>Una población o un conteo no puede ser negativo; se tratan como faltantes.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="92"/>
        <source>{count} UBIGEO codes had lost their leading zero; they were repaired.</source>
        <translation>{count} códigos UBIGEO habían perdido su cero inicial; se repararon.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="92"/>
        <source>Store UBIGEO as text (&quot;010101&quot;), not as a number.</source>
        <translation>Guarde el UBIGEO como texto (&quot;010101&quot;), no como número.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="96"/>
        <source>{count} values of &apos;{column}&apos; are not UBIGEO codes (for example {examples}).</source>
        <translation>{count} valores de '{column}' no son códigos UBIGEO (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="96"/>
        <source>A UBIGEO has 2, 4 or 6 digits; those rows are left out of joins.</source>
        <translation>Un UBIGEO tiene 2, 4 o 6 dígitos; esas filas quedan fuera de las uniones.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="100"/>
        <source>{count} codes are RENIEC codes; they were translated to INEI UBIGEO.</source>
        <translation>{count} códigos son códigos RENIEC; se tradujeron a UBIGEO del INEI.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="100"/>
        <source>Nothing to do; use INEI codes to avoid this note.</source>
        <translation>No hay nada que hacer; use códigos del INEI para evitar esta nota.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="104"/>
        <source>{count} UBIGEO codes appear more than once (for example {examples}).</source>
        <translation>{count} códigos UBIGEO aparecen más de una vez (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="104"/>
        <source>Keep one row per code; only the first row of each code is used.</source>
        <translation>Deje una fila por código; solo se usa la primera fila de cada código.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="108"/>
        <source>{count} UBIGEO codes are not INEI 2017 districts (for example {examples}).</source>
        <translation>{count} códigos UBIGEO no son distritos del INEI 2017 (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="108"/>
        <source>They are left out of joins. Districts created after 2017 belong to their parent district.</source>
        <translation>Quedan fuera de las uniones. Los distritos creados después de 2017 pertenecen a su distrito de origen.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="114"/>
        <source>The table is keyed by {level} codes.</source>
        <translation>La tabla usa códigos de {level}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="114"/>
        <source>Its values are given to every district of each {level}.</source>
        <translation>Sus valores se asignan a cada distrito de cada {level}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="124"/>
        <source>The layer has no coordinate reference system; {assumed} was assumed.</source>
        <translation>La capa no tiene sistema de referencia de coordenadas; se asumió {assumed}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="124"/>
        <source>Set the CRS in the source (for example with QGIS &apos;Assign projection&apos;).</source>
        <translation>Defina el SRC en el origen (por ejemplo con 'Asignar proyección' de QGIS).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="128"/>
        <source>The layer is in {source_crs}; it was reprojected to {target_crs}.</source>
        <translation>La capa está en {source_crs}; se reproyectó a {target_crs}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="128"/>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="132"/>
        <source>{count} geometries are invalid (for example rows {examples}); they were repaired.</source>
        <translation>{count} geometrías no son válidas (por ejemplo filas {examples}); se repararon.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="132"/>
        <source>Check those features; fix them with QGIS &apos;Fix geometries&apos; to be sure.</source>
        <translation>Revise esos elementos; corríjalos con 'Corregir geometrías' de QGIS para estar seguro.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="848"/>
        <source>{count} features have no geometry (for example rows {examples}).</source>
        <translation>{count} elementos no tienen geometría (por ejemplo filas {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="138"/>
        <source>They are left out. Draw or import their geometry.</source>
        <translation>Quedan fuera. Dibuje o importe su geometría.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="142"/>
        <source>The layer holds {found} geometries where {expected} are expected.</source>
        <translation>La capa contiene geometrías {found} donde se esperan {expected}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="142"/>
        <source>Choose a layer of {expected}.</source>
        <translation>Elija una capa de {expected}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="146"/>
        <source>They are left out. Check that latitude and longitude are not swapped and are in degrees.</source>
        <translation>Quedan fuera. Revise que latitud y longitud no estén intercambiadas y estén en grados.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="167"/>
        <source>Latitude and longitude appear swapped in {count} rows; they were swapped back.</source>
        <translation>Latitud y longitud parecen intercambiadas en {count} filas; se corrigieron.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="167"/>
        <source>Correct the columns in the source file.</source>
        <translation>Corrija las columnas en el archivo de origen.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="173"/>
        <source>The raster has no coordinate reference system.</source>
        <translation>El ráster no tiene sistema de referencia de coordenadas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="173"/>
        <source>Assign its CRS (gdal_edit.py -a_srs EPSG:…) and load it again.</source>
        <translation>Asígnele su SRC (gdal_edit.py -a_srs EPSG:…) y cárguelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="177"/>
        <source>The raster declares no nodata value; every pixel is taken as valid.</source>
        <translation>El ráster no declara valor sin dato; todos los píxeles se toman como válidos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="177"/>
        <source>Set the nodata value (gdal_edit.py -a_nodata …) if some pixels are empty.</source>
        <translation>Defina el valor sin dato (gdal_edit.py -a_nodata …) si hay píxeles vacíos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="181"/>
        <source>The raster does not overlap Peru.</source>
        <translation>El ráster no se superpone al Perú.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="181"/>
        <source>Check the raster&apos;s CRS and extent.</source>
        <translation>Revise el SRC y la extensión del ráster.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="185"/>
        <source>Every pixel of the raster is nodata.</source>
        <translation>Todos los píxeles del ráster son sin dato.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="185"/>
        <source>Check the nodata value and the band.</source>
        <translation>Revise el valor sin dato y la banda.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="189"/>
        <source>Nothing to do: records are never shown or written.</source>
        <translation>No hay nada que hacer: los registros nunca se muestran ni se escriben.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="255"/>
        <source>No yearly columns (ending in a year such as _2020) were found.</source>
        <translation>No se encontraron columnas anuales (terminadas en un año, como _2020).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="255"/>
        <source>Name the yearly columns with the year at the end, e.g. ndvi_mean_2020.</source>
        <translation>Nombre las columnas anuales con el año al final, p. ej. ndvi_mean_2020.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="26"/>
        <source>Say what it is (water points, districts, district table, satellite, child welfare) or add a UBIGEO column or latitude and longitude columns.</source>
        <translation>Indique qué es (puntos de agua, distritos, tabla distrital, satelital, bienestar infantil) o agregue una columna UBIGEO o columnas de latitud y longitud.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="146"/>
        <source>{count} points have coordinates outside Peru or impossible values (for example rows {examples}).</source>
        <translation>{count} puntos tienen coordenadas fuera del Perú o valores imposibles (por ejemplo filas {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="189"/>
        <source>The table holds individual child records; only aggregates of at least {minimum} children are used.</source>
        <translation>La tabla contiene registros individuales de niños; solo se usan agregados de al menos {minimum} niños.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1174"/>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1174"/>
        <source>province</source>
        <translation>provincia</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1174"/>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1174"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1174"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="118"/>
        <source>The table has one row per district and {column}; the latest ({year}) is used.</source>
        <translation>La tabla tiene una fila por distrito y {column}; se usa la más reciente ({year}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="118"/>
        <source>Nothing to do; keep only the rows of another year to use that one.</source>
        <translation>No hay nada que hacer; deje solo las filas de otro año para usar ese.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="259"/>
        <source>{count} values of &apos;{column}&apos; are censored at a detection limit (for example {examples}).</source>
        <translation>{count} valores de '{column}' están censurados en un límite de detección (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="259"/>
        <source>Nothing to do: &apos;&lt;x&apos; counts as an exceedance only when every value below x breaks the limit.</source>
        <translation>Nada que hacer: '&lt;x' cuenta como excedencia solo cuando todo valor menor que x incumple el límite.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="268"/>
        <source>Dates are read day first; {count} dates of &apos;{column}&apos; can only be month first (for example {examples}) and were read so.</source>
        <translation>Las fechas se leen con el día primero; {count} fechas de '{column}' solo pueden tener el mes primero (por ejemplo {examples}) y se leyeron así.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="268"/>
        <source>Check them; write dates as year-month-day (2019-01-14) to avoid this note.</source>
        <translation>Revíselas; escriba las fechas como año-mes-día (2019-01-14) para evitar esta nota.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="302"/>
        <source>{count} values of &apos;{column}&apos; are not dates (for example {examples}).</source>
        <translation>{count} valores de '{column}' no son fechas (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="302"/>
        <source>They are kept without a date. Write dates as day/month/year or year-month-day.</source>
        <translation>Se conservan sin fecha. Escriba las fechas como día/mes/año o año-mes-día.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="308"/>
        <source>{count} measurements at {points} points have coordinates outside Peru (for example {examples}).</source>
        <translation>{count} mediciones en {points} puntos tienen coordenadas fuera del Perú (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="308"/>
        <source>They are checked but left off the map. Check the coordinates and the UTM zone.</source>
        <translation>Se verifican, pero quedan fuera del mapa. Revise las coordenadas y la zona UTM.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="317"/>
        <source>{count} parameter names are not in the standards tables (for example {examples}).</source>
        <translation>{count} nombres de parámetro no están en las tablas de estándares (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="317"/>
        <source>Their {rows_count} measurements are listed without a limit. Use a name from resources/standards/parameters.csv to check them.</source>
        <translation>Sus {rows_count} mediciones se listan sin límite. Use un nombre de resources/standards/parameters.csv para verificarlas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="335"/>
        <source>{count} measurements have a unit AguaPerú does not know (for example {examples}).</source>
        <translation>{count} mediciones tienen una unidad que AguaPerú no conoce (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="335"/>
        <source>They are listed as not comparable. Write the unit as mg/L, µg/L, NMP/100 mL, UNT, µS/cm or unidad de pH.</source>
        <translation>Se listan como no comparables. Escriba la unidad como mg/L, µg/L, NMP/100 mL, UNT, µS/cm o unidad de pH.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="56"/>
        <source>Check that they are decimals; use a decimal point to avoid this note.</source>
        <translation>Verifique que sean decimales; use punto decimal para evitar esta nota.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="60"/>
        <source>{count} values of &apos;{column}&apos; have thousands separators (for example {examples}); they were read as whole thousands.</source>
        <translation>{count} valores de '{column}' tienen separador de miles (por ejemplo {examples}); se leyeron como miles enteros.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="60"/>
        <source>Check that the column uses one convention; write numbers without separators to be sure.</source>
        <translation>Verifique que la columna use una sola convención; escriba los números sin separadores para estar seguro.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="70"/>
        <source>{count} values of &apos;{column}&apos; can be read two ways (for example {examples}: thousands, or decimals); they were left blank.</source>
        <translation>{count} valores de '{column}' se pueden leer de dos maneras (por ejemplo {examples}: miles o decimales); se dejaron en blanco.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="70"/>
        <source>Write whole numbers without a thousands separator (2435) and decimals with a decimal point (2.435), then load the file again.</source>
        <translation>Escriba los números enteros sin separador de miles (2435) y los decimales con punto decimal (2.435), y vuelva a cargar el archivo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="155"/>
        <source>{count} points have coordinates in metres, not degrees (for example {examples}): the columns look projected (UTM).</source>
        <translation>{count} puntos tienen coordenadas en metros, no en grados (por ejemplo {examples}): las columnas parecen proyectadas (UTM).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="155"/>
        <source>Give latitude and longitude in degrees (WGS 84): in QGIS, load the table with its UTM zone (EPSG:32717, 32718 or 32719) and export it as EPSG:4326, or give the points as a GeoPackage with its CRS.</source>
        <translation>Indique la latitud y la longitud en grados (WGS 84): en QGIS, cargue la tabla con su zona UTM (EPSG:32717, 32718 o 32719) y expórtela como EPSG:4326, o entregue los puntos como GeoPackage con su SRC.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="196"/>
        <source>The child records cannot be placed in districts: the data folder has no survey cluster table ({table}).</source>
        <translation>Los registros de niños no se pueden ubicar en distritos: la carpeta de datos no tiene la tabla de conglomerados de la encuesta ({table}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="196"/>
        <source>Choose the data folder that holds the cluster table (validate --data FOLDER); without it no child figure is published.</source>
        <translation>Elija la carpeta de datos que contiene la tabla de conglomerados (validate --data CARPETA); sin ella no se publica ninguna cifra infantil.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="207"/>
        <source>{count} of {total} areas ({level}) have fewer than {minimum} children measured; their figures are blank.</source>
        <translation>{count} de {total} áreas ({level}) tienen menos de {minimum} niños medidos; sus cifras quedan en blanco.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="207"/>
        <source>Nothing to do: small cells are never published (the privacy rule), all years are pooled.</source>
        <translation>No hay nada que hacer: las celdas pequeñas nunca se publican (la regla de privacidad); se agrupan todos los años.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="216"/>
        <source>{count} rows of &apos;{column}&apos; describe fewer than {minimum} children (for example {examples}); the table itself could identify them.</source>
        <translation>{count} filas de '{column}' describen a menos de {minimum} niños (por ejemplo {examples}); la propia tabla podría identificarlos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="216"/>
        <source>AguaPerú publishes them only pooled into cells of at least {minimum} children. Do not share this table as it is; blank the figures of small cells.</source>
        <translation>AguaPerú solo los publica agrupados en celdas de al menos {minimum} niños. No comparta esta tabla tal como está; deje en blanco las cifras de las celdas pequeñas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="228"/>
        <source>The table gives {outcome} in &apos;{column}&apos; without the number of children behind each figure.</source>
        <translation>La tabla da {outcome} en '{column}' sin el número de niños detrás de cada cifra.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="228"/>
        <source>Add a column with the children measured per row (such as {examples}); without it the privacy rule cannot be checked and the table is not used.</source>
        <translation>Agregue una columna con los niños medidos por fila (como {examples}); sin ella no se puede verificar la regla de privacidad y la tabla no se usa.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="239"/>
        <source>The child-welfare table has no stunting or anaemia column.</source>
        <translation>La tabla de bienestar infantil no tiene columna de desnutrición crónica ni de anemia.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="239"/>
        <source>Name the prevalences stunting_pct and anemia_pct, with the children measured in n_haz and n_hb.</source>
        <translation>Nombre las prevalencias stunting_pct y anemia_pct, con los niños medidos en n_haz y n_hb.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="246"/>
        <source>{count} columns of the child-welfare table are left out (for example {examples}).</source>
        <translation>{count} columnas de la tabla de bienestar infantil se dejan de lado (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="246"/>
        <source>Only stunting and anaemia with their counts of children are used; add other tables as district tables.</source>
        <translation>Solo se usan la desnutrición crónica y la anemia con sus conteos de niños; agregue otras tablas como tablas distritales.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="276"/>
        <source>The dates of &apos;{column}&apos; are month first (for example {examples}): only that order gives a date for every row, or a regular series; they were read so.</source>
        <translation>Las fechas de '{column}' tienen el mes primero (por ejemplo {examples}): solo ese orden da una fecha para cada fila, o una serie regular; se leyeron así.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="276"/>
        <source>Check them; write dates as year-month-day (2021-01-13) to avoid this note.</source>
        <translation>Revíselas; escriba las fechas como año-mes-día (2021-01-13) para evitar esta nota.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="284"/>
        <source>{count} times of &apos;{column}&apos; appear twice because clocks went back (for example {examples}); the two readings of each were averaged.</source>
        <translation>{count} horas de '{column}' aparecen dos veces porque se atrasaron los relojes (por ejemplo {examples}); se promediaron las dos lecturas de cada una.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="284"/>
        <source>Nothing to do; write each time with its UTC offset to keep both readings apart.</source>
        <translation>No hay nada que hacer; escriba cada hora con su desfase UTC para mantener separadas ambas lecturas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="294"/>
        <source>{count} rows repeat an earlier row of the same time in &apos;{column}&apos; (for example {examples}); each was used once.</source>
        <translation>{count} filas repiten una fila anterior de la misma hora en '{column}' (por ejemplo {examples}); cada una se usó una vez.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="294"/>
        <source>Remove the repeated rows from the file.</source>
        <translation>Elimine del archivo las filas repetidas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="345"/>
        <source>The disk is full ({reason}).</source>
        <translation>El disco está lleno ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="345"/>
        <source>Free space on that disk, or choose an output folder on another disk.</source>
        <translation>Libere espacio en ese disco o elija una carpeta de salida en otro disco.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="349"/>
        <source>Permission denied ({reason}).</source>
        <translation>Permiso denegado ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="349"/>
        <source>Choose a file or folder you may use, or ask its owner for access.</source>
        <translation>Elija un archivo o una carpeta que pueda usar, o pida acceso a su propietario.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="353"/>
        <source>The disk or folder is read-only ({reason}).</source>
        <translation>El disco o la carpeta es de solo lectura ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="353"/>
        <source>Choose an output folder on a disk you can write to.</source>
        <translation>Elija una carpeta de salida en un disco donde pueda escribir.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="357"/>
        <source>This is a folder, where a file is expected.</source>
        <translation>Esto es una carpeta, donde se espera un archivo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="357"/>
        <source>Give a file name, for example a new name inside that folder.</source>
        <translation>Indique un nombre de archivo, por ejemplo un nombre nuevo dentro de esa carpeta.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="361"/>
        <source>A part of the path is a file, where a folder is expected.</source>
        <translation>Una parte de la ruta es un archivo, donde se espera una carpeta.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="361"/>
        <source>Check the path; choose a folder that exists, or a new one.</source>
        <translation>Revise la ruta; elija una carpeta que exista o una nueva.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="365"/>
        <source>The file name is too long for the file system.</source>
        <translation>El nombre del archivo es demasiado largo para el sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="365"/>
        <source>Use a shorter file name, or a folder closer to the root of the disk.</source>
        <translation>Use un nombre de archivo más corto o una carpeta más cercana a la raíz del disco.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="369"/>
        <source>The system refused: {reason}.</source>
        <translation>El sistema lo rechazó: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="369"/>
        <source>Check the path and the disk, then try again.</source>
        <translation>Revise la ruta y el disco, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="373"/>
        <source>{option} is an input of this run ({input}); writing it would replace the input.</source>
        <translation>{option} es una entrada de esta ejecución ({input}); escribirlo reemplazaría la entrada.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="373"/>
        <source>Give {option} a new file name, or a folder outside the inputs.</source>
        <translation>Dé a {option} un nombre de archivo nuevo, o una carpeta fuera de las entradas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="379"/>
        <source>{option}: AguaPerú does not write this kind of file; it writes {expected}.</source>
        <translation>{option}: AguaPerú no escribe este tipo de archivo; escribe {expected}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="379"/>
        <source>Give a file name ending in {expected}.</source>
        <translation>Indique un nombre de archivo que termine en {expected}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="383"/>
        <source>{option} is the same file as another output of this run.</source>
        <translation>{option} es el mismo archivo que otra salida de esta ejecución.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="383"/>
        <source>Give {option} another file name.</source>
        <translation>Dé a {option} otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="327"/>
        <source>{count} values of &apos;{column}&apos; are neither SI nor NO (for example {examples}).</source>
        <translation>{count} valores de '{column}' no son ni SI ni NO (por ejemplo {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="327"/>
        <source>Write SI where the treatment works and NO where it does not (or 1 and 0); leave unknown states blank.</source>
        <translation>Escriba SI donde el tratamiento funciona y NO donde no (o 1 y 0); deje en blanco los estados desconocidos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="388"/>
        <source>No water systems were given or found in the data folder.</source>
        <translation>No se indicaron sistemas de agua ni se encontraron en la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="388"/>
        <source>Choose a SIASAR table, or a folder laid out like the shared data ({file}).</source>
        <translation>Elija una tabla SIASAR o una carpeta organizada como los datos compartidos ({file}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="394"/>
        <source>The origin {origin} is after the hour following the last reading ({last}).</source>
        <translation>El origen {origin} es posterior a la hora siguiente a la última lectura ({last}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="394"/>
        <source>Choose an origin at most {latest}, or leave it on its default (after the last full day).</source>
        <translation>Elija un origen no posterior a {latest}, o deje el valor por defecto (tras el último día completo).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="400"/>
        <source>The forecast origin &apos;{value}&apos; is not a date and hour.</source>
        <translation>El origen del pronóstico '{value}' no es una fecha y hora.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="400"/>
        <source>Write it as YYYY-MM-DD HH:MM (for example 2024-03-04 00:00), or leave it blank for the default (after the last full day of the flows).</source>
        <translation>Escríbalo como AAAA-MM-DD HH:MM (por ejemplo 2024-03-04 00:00), o déjelo vacío para usar el valor por defecto (tras el último día completo de caudales).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="408"/>
        <source>The child-welfare estimate needs a data folder laid out like the shared data.</source>
        <translation>La estimación de bienestar infantil necesita una carpeta de datos organizada como los datos compartidos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="408"/>
        <source>Choose the data folder that holds child_welfare and boundaries (on the command line: --data FOLDER).</source>
        <translation>Elija la carpeta de datos que contiene child_welfare y boundaries (en la línea de comandos: --data CARPETA).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="418"/>
        <source>This model needs TensorFlow, which is not installed.</source>
        <translation>Este modelo necesita TensorFlow, que no está instalado.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="418"/>
        <source>Install it with the menu AguaPerú › Install dependencies…, or run: {command}</source>
        <translation>Instálelo con el menú AguaPerú › Instalar dependencias…, o ejecute: {command}</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="422"/>
        <source>Comparing with a Keras network needs TensorFlow, which is not installed.</source>
        <translation>La comparación con una red Keras necesita TensorFlow, que no está instalado.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="422"/>
        <source>Install it with the menu AguaPerú › Install dependencies… (or run: {command}), or train without the Keras comparison.</source>
        <translation>Instálelo con el menú AguaPerú › Instalar dependencias… (o ejecute: {command}), o entrene sin la comparación con Keras.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="430"/>
        <source>This folder is not one of the plugin&apos;s bundled models.</source>
        <translation>Esta carpeta no es uno de los modelos incluidos en el complemento.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="430"/>
        <source>Give a model folder directly inside {models}.</source>
        <translation>Indique una carpeta de modelo que esté directamente dentro de {models}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="434"/>
        <source>Required column &apos;{column}&apos; is missing; the table needs the columns {columns}.</source>
        <translation>Falta la columna obligatoria '{column}'; la tabla necesita las columnas {columns}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="434"/>
        <source>Add the missing columns to the header, spelled as listed: {columns}.</source>
        <translation>Agregue las columnas que faltan al encabezado, escritas tal como se indican: {columns}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="441"/>
        <source>The intervention rules have {count} problems (the first in row {row}, column &apos;{column}&apos;).</source>
        <translation>Las reglas de intervención tienen {count} problemas (el primero en la fila {row}, columna '{column}').</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="441"/>
        <source>Correct those rows: indicators are {indicators}; operators are {operators}; thresholds are numbers; every rule needs an id, the intervention in English and Spanish, and a source.</source>
        <translation>Corrija esas filas: los indicadores son {indicators}; los operadores son {operators}; los umbrales son números; cada regla necesita un id, la intervención en inglés y en español, y una fuente.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="452"/>
        <source>The intervention rules cannot be read: {reason}</source>
        <translation>Las reglas de intervención no se pueden leer: {reason}</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="452"/>
        <source>Choose a CSV file (UTF-8) laid out like resources/interventions/interventions.csv.</source>
        <translation>Elija un archivo CSV (UTF-8) organizado como resources/interventions/interventions.csv.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="459"/>
        <source>Unknown level &apos;{level}&apos;.</source>
        <translation>Nivel desconocido '{level}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="459"/>
        <source>Choose district or province.</source>
        <translation>Elija distrito o provincia.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="463"/>
        <source>Child welfare cannot be estimated for {year}: estimates reach from {first} to {last}.</source>
        <translation>No se puede estimar el bienestar infantil para {year}: las estimaciones van de {first} a {last}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="463"/>
        <source>Choose a year from {first} to {last}.</source>
        <translation>Elija un año de {first} a {last}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="470"/>
        <source>The layer &apos;{layer}&apos; of the boundaries cannot be read: {reason}</source>
        <translation>La capa '{layer}' de los límites no se puede leer: {reason}</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="470"/>
        <source>Choose a data folder laid out like the shared data (boundaries/peru_limites_inei2017.gpkg).</source>
        <translation>Elija una carpeta de datos organizada como los datos compartidos (boundaries/peru_limites_inei2017.gpkg).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="477"/>
        <source>The ENDES child records cannot be read: {reason}</source>
        <translation>Los registros de niños de la ENDES no se pueden leer: {reason}</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="477"/>
        <source>Choose a data folder laid out like the shared data, with {records} and {clusters}.</source>
        <translation>Elija una carpeta de datos organizada como los datos compartidos, con {records} y {clusters}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="484"/>
        <source>The folder is inside the plugin&apos;s bundled models folder; a retrained model never replaces a bundled one.</source>
        <translation>La carpeta está dentro de la carpeta de modelos incluidos en el complemento; un modelo reentrenado nunca reemplaza a uno incluido.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="484"/>
        <source>Choose a folder of your own, for example a new folder inside your output folder.</source>
        <translation>Elija una carpeta propia, por ejemplo una carpeta nueva dentro de su carpeta de resultados.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="495"/>
        <source>The folder already holds files that are not a model; saving the model would replace them.</source>
        <translation>La carpeta ya contiene archivos que no son un modelo; guardar el modelo los reemplazaría.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="495"/>
        <source>Choose a new or empty folder.</source>
        <translation>Elija una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="502"/>
        <source>The flows have no hourly time index.</source>
        <translation>Los caudales no tienen un índice horario.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="502"/>
        <source>Read the flows from a table whose first column holds the date and hour, followed by one column per area.</source>
        <translation>Lea los caudales de una tabla cuya primera columna tenga la fecha y hora, seguida de una columna por sector.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="510"/>
        <source>The anomaly detector needs at least {needed} days of hourly flows ({given} given).</source>
        <translation>El detector de anomalías necesita al menos {needed} días de caudales horarios (se dieron {given}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="510"/>
        <source>Give a longer history of flows, or use the night-flow detector.</source>
        <translation>Proporcione un historial de caudales más largo, o use el detector de caudal nocturno.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="517"/>
        <source>Unknown anomaly detector &apos;{method}&apos;.</source>
        <translation>Detector de anomalías desconocido '{method}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="566"/>
        <source>Use one of: {choices}.</source>
        <translation>Use uno de estos: {choices}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="521"/>
        <source>The extra holiday &apos;{value}&apos; is not a month and day.</source>
        <translation>El feriado adicional '{value}' no es un mes y día.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="521"/>
        <source>Write it as MM-DD, for example 06-29.</source>
        <translation>Escríbalo como MM-DD, por ejemplo 06-29.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="525"/>
        <source>The water demand forecast needs the Python package {package}, which is not installed.</source>
        <translation>El pronóstico de demanda de agua necesita el paquete de Python {package}, que no está instalado.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="525"/>
        <source>Install it with the menu AguaPerú › Install dependencies…, or run: pip install {package}</source>
        <translation>Instálelo con el menú AguaPerú › Instalar dependencias…, o ejecute: pip install {package}</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="535"/>
        <source>The flows hold no reading.</source>
        <translation>Los caudales no contienen ninguna lectura.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="535"/>
        <source>Choose a table of hourly flows with at least one value.</source>
        <translation>Elija una tabla de caudales horarios con al menos un valor.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="539"/>
        <source>The horizon must be between 1 and {maximum} hours (got {horizon}).</source>
        <translation>El horizonte debe estar entre 1 y {maximum} horas (se indicó {horizon}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="539"/>
        <source>Choose a horizon of 1 to {maximum} hours.</source>
        <translation>Elija un horizonte de 1 a {maximum} horas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="543"/>
        <source>The origin {origin} is not on the hour.</source>
        <translation>El origen {origin} no está en una hora exacta.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="543"/>
        <source>Choose an origin on the hour, for example {hour}.</source>
        <translation>Elija un origen en una hora exacta, por ejemplo {hour}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="555"/>
        <source>Forecasting from {origin} needs at least {weeks} weeks of hourly flows before it ({hours} hours are given).</source>
        <translation>Pronosticar desde {origin} necesita al menos {weeks} semanas de caudales horarios antes de esa hora (se dieron {hours} horas).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="547"/>
        <source>Give a longer history of flows: at least {weeks} weeks before the origin.</source>
        <translation>Proporcione un historial de caudales más largo: al menos {weeks} semanas antes del origen.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="555"/>
        <source>Choose a later origin (not before {earliest}), or give a longer history of flows.</source>
        <translation>Elija un origen posterior (no antes de {earliest}), o proporcione un historial de caudales más largo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="566"/>
        <source>Unknown forecast model &apos;{model}&apos;.</source>
        <translation>Modelo de pronóstico desconocido '{model}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="570"/>
        <source>{count} rows of &apos;{column}&apos; are not numbers of zero or more (for example row {row}).</source>
        <translation>{count} filas de '{column}' no son números mayores o iguales a cero (por ejemplo la fila {row}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="570"/>
        <source>Write a number of zero or more in every row of &apos;{column}&apos; (decimal point or comma).</source>
        <translation>Escriba un número mayor o igual a cero en cada fila de '{column}' (con punto o coma decimal).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="580"/>
        <source>The first column must hold the date and hour and the others the demand of each area (L/s).</source>
        <translation>La primera columna debe contener la fecha y hora, y las demás la demanda de cada sector (L/s).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="580"/>
        <source>Use the CSV written by the demand forecast.</source>
        <translation>Use el CSV generado por el pronóstico de demanda.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="587"/>
        <source>A monthly forecast needs {needed} complete months of flows ({months} are given).</source>
        <translation>Un pronóstico mensual necesita {needed} meses completos de caudales (se dieron {months}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="587"/>
        <source>Give at least a year of hourly flows.</source>
        <translation>Proporcione al menos un año de caudales horarios.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="594"/>
        <source>The pumping schedule cannot be set up: {count} problems in its demand, sources or tanks.</source>
        <translation>La programación del bombeo no se puede preparar: {count} problemas en su demanda, fuentes o reservorios.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="594"/>
        <source>Check that the demand has no missing or negative values; that there is at least one source, each with a capacity of zero or more, one cost (or one per hour) and known areas; and that each tank belongs to a known area, its initial volume between its minimum and its capacity.</source>
        <translation>Revise que la demanda no tenga valores faltantes ni negativos; que haya al menos una fuente, cada una con una capacidad mayor o igual a cero, un costo (o uno por hora) y sectores conocidos; y que cada reservorio pertenezca a un sector conocido, con su volumen inicial entre su mínimo y su capacidad.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="606"/>
        <source>The pumping schedule could not be solved (the solver found no solution).</source>
        <translation>No se pudo resolver la programación del bombeo (el solucionador no encontró una solución).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="606"/>
        <source>Check the capacities of the sources and the volumes of the tanks, then run it again.</source>
        <translation>Revise las capacidades de las fuentes y los volúmenes de los reservorios, y ejecútela de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="613"/>
        <source>Files of type &apos;{suffix}&apos; cannot be read here.</source>
        <translation>Los archivos de tipo '{suffix}' no se pueden leer aquí.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="613"/>
        <source>Save the series as .xlsx (BWDF layout) or .csv.</source>
        <translation>Guarde la serie como .xlsx (formato BWDF) o .csv.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="617"/>
        <source>Values of &apos;{column}&apos; are not dates and hours (for example {example}).</source>
        <translation>Hay valores de '{column}' que no son fechas y horas (por ejemplo {example}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="617"/>
        <source>Write them as YYYY-MM-DD HH:MM or DD/MM/YYYY HH:MM.</source>
        <translation>Escríbalos como AAAA-MM-DD HH:MM o DD/MM/AAAA HH:MM.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="621"/>
        <source>{count} times of &apos;{column}&apos; appear more than once with different values (for example {example}).</source>
        <translation>{count} horas de '{column}' aparecen más de una vez con valores distintos (por ejemplo {example}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="621"/>
        <source>Keep one row per time, or write the UTC offset of each time.</source>
        <translation>Deje una fila por hora, o escriba el desfase UTC de cada hora.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="628"/>
        <source>The file needs a date and hour column followed by at least one column of flows.</source>
        <translation>El archivo necesita una columna de fecha y hora seguida de al menos una columna de caudales.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="628"/>
        <source>Put the date and hour in the first column, then one column per area.</source>
        <translation>Ponga la fecha y hora en la primera columna y luego una columna por sector.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="635"/>
        <source>The BWDF benchmark data is not installed.</source>
        <translation>Los datos de referencia BWDF no están instalados.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="635"/>
        <source>Install it with: {command}</source>
        <translation>Instálelos con: {command}</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="639"/>
        <source>The dates of &apos;{column}&apos; can be read day first or month first (for example {example}) and nothing in the file tells which.</source>
        <translation>Las fechas de '{column}' se pueden leer con el día primero o con el mes primero (por ejemplo {example}) y nada en el archivo indica cuál.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="639"/>
        <source>Write the dates as YYYY-MM-DD HH:MM, then load the file again.</source>
        <translation>Escriba las fechas como AAAA-MM-DD HH:MM y vuelva a cargar el archivo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="647"/>
        <source>{count} values of &apos;{column}&apos; can be read as thousands or as decimals (for example {example}).</source>
        <translation>{count} valores de '{column}' se pueden leer como miles o como decimales (por ejemplo {example}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="647"/>
        <source>Write them without a thousands separator and with a decimal point (2435 or 2.435), then load the file again.</source>
        <translation>Escríbalos sin separador de miles y con punto decimal (2435 o 2.435) y vuelva a cargar el archivo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="658"/>
        <source>{count} values of &apos;{column}&apos; are not numbers (for example {example}); flows must be numbers in L/s.</source>
        <translation>{count} valores de '{column}' no son números (por ejemplo {example}); los caudales deben ser números en L/s.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="658"/>
        <source>Write the flows as numbers in L/s (decimal point or comma), and leave the cells of missing readings empty.</source>
        <translation>Escriba los caudales como números en L/s (con punto o coma decimal) y deje vacías las celdas de lecturas faltantes.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="669"/>
        <source>The target table is keyed by {level} codes; the model needs districts.</source>
        <translation>La tabla objetivo usa códigos de {level}; el modelo necesita distritos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="669"/>
        <source>Use 6-digit district UBIGEO codes.</source>
        <translation>Use códigos UBIGEO de distrito de 6 dígitos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="673"/>
        <source>{count} values of '{column}' are outside 0–100 (for example {example}); the model learns a rate in percent.</source>
        <translation>{count} valores de '{column}' están fuera de 0–100 (por ejemplo {example}); el modelo aprende una tasa en porcentaje.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="673"/>
        <source>Give the rate in percent (0–100), for example 45.2 rather than 0.452.</source>
        <translation>Indique la tasa en porcentaje (0–100), por ejemplo 45,2 en lugar de 0,452.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="681"/>
        <source>Only {count} districts of {departments} departments have a target value; evaluating by department needs at least {minimum} districts in {minimum_departments} departments.</source>
        <translation>Solo {count} distritos de {departments} departamentos tienen un valor objetivo; evaluar por departamento necesita al menos {minimum} distritos en {minimum_departments} departamentos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="681"/>
        <source>Check the UBIGEO codes and the target column of the table.</source>
        <translation>Revise los códigos UBIGEO y la columna objetivo de la tabla.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="689"/>
        <source>Only {count} water systems of {departments} departments have a known treatment state; training and evaluating by department needs at least {minimum} systems in {minimum_departments} departments.</source>
        <translation>Solo {count} sistemas de agua de {departments} departamentos tienen un estado de tratamiento conocido; entrenar y evaluar por departamento necesita al menos {minimum} sistemas en {minimum_departments} departamentos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="689"/>
        <source>Choose a data folder whose SIASAR table records whether the treatment works (trat_funciona) for more systems.</source>
        <translation>Elija una carpeta de datos cuya tabla SIASAR indique si el tratamiento funciona (trat_funciona) en más sistemas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="701"/>
        <source>The water systems have no coordinates.</source>
        <translation>Los sistemas de agua no tienen coordenadas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="701"/>
        <source>Give the systems as a point layer, or as a table with longitude and latitude columns in degrees (WGS 84).</source>
        <translation>Proporcione los sistemas como una capa de puntos, o como una tabla con columnas de longitud y latitud en grados (WGS 84).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="709"/>
        <source>Measurements need the water systems to be matched to.</source>
        <translation>Las mediciones necesitan los sistemas de agua con los que se emparejan.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="709"/>
        <source>Give the water systems too (a SIASAR table or the data folder).</source>
        <translation>Proporcione también los sistemas de agua (una tabla SIASAR o la carpeta de datos).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="713"/>
        <source>The model card cannot be read: {reason}</source>
        <translation>La ficha del modelo no se puede leer: {reason}</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="732"/>
        <source>Reinstall the plugin, or retrain the model.</source>
        <translation>Reinstale el complemento, o reentrene el modelo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="717"/>
        <source>This file is not a file of the bundled model {model} recorded in the plugin; it is not loaded.</source>
        <translation>Este archivo no es un archivo del modelo incluido {model} registrado en el complemento; no se carga.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="717"/>
        <source>Reinstall the plugin.</source>
        <translation>Reinstale el complemento.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="724"/>
        <source>The model card does not list {name}.</source>
        <translation>La ficha del modelo no incluye {name}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="728"/>
        <source>The model file is missing.</source>
        <translation>Falta el archivo del modelo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="732"/>
        <source>The model file has been changed since it was written (its sha256 differs); it is not loaded.</source>
        <translation>El archivo del modelo ha cambiado desde que se escribió (su sha256 es distinto); no se carga.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="739"/>
        <source>The model file is not in AguaPerú's portable model format; files that can run code when read are never loaded.</source>
        <translation>El archivo del modelo no está en el formato portátil de modelos de AguaPerú; nunca se cargan archivos que pueden ejecutar código al leerse.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="762"/>
        <source>Retrain the model (Retrain on my data, or python -m core train &lt;model&gt; --data &lt;folder&gt; --out &lt;new folder&gt;), or reinstall the plugin for the bundled model.</source>
        <translation>Reentrene el modelo (Reentrenar con mis datos, o python -m core train &lt;model&gt; --data &lt;carpeta&gt; --out &lt;carpeta nueva&gt;), o reinstale el complemento para el modelo incluido.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="751"/>
        <source>The model file is in a version of the portable model format that this AguaPerú does not read.</source>
        <translation>El archivo del modelo está en una versión del formato portátil de modelos que esta versión de AguaPerú no lee.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="762"/>
        <source>The model folder was not written by AguaPerú's training (its card does not say so, or lists no hashes); it is not loaded.</source>
        <translation>La carpeta del modelo no fue escrita por el entrenamiento de AguaPerú (su ficha no lo indica, o no lista hashes); no se carga.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="775"/>
        <source>The demo gazetteer bundled with AguaPerú is missing, damaged or of another version.</source>
        <translation>Falta el nomenclátor de demostración que trae AguaPerú, está dañado o es de otra versión.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="775"/>
        <source>Reinstall the AguaPerú plugin (Plugins ▸ Manage and Install Plugins), then try again.</source>
        <translation>Reinstale el complemento AguaPerú (Complementos ▸ Administrar e instalar complementos) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="785"/>
        <source>The minimum number of children per published cell must be a whole number of at least {minimum} (got {value}).</source>
        <translation>El mínimo de niños por celda publicada debe ser un número entero de al menos {minimum} (se indicó {value}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="785"/>
        <source>Use {minimum} or more: the privacy rule can only be made stricter.</source>
        <translation>Use {minimum} o más: la regla de privacidad solo puede hacerse más estricta.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="793"/>
        <source>Unknown classification &apos;{scheme}&apos;.</source>
        <translation>Clasificación desconocida: '{scheme}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="939"/>
        <source>Use one of {options}.</source>
        <translation>Use uno de estos valores: {options}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="797"/>
        <source>Class breaks need at least one class and one value.</source>
        <translation>Los cortes de clase necesitan al menos una clase y un valor.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="797"/>
        <source>Choose a field with values, and at least one class.</source>
        <translation>Elija un campo con valores y al menos una clase.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="801"/>
        <source>{permutations} permutations are too few for a 99 % level; at least {minimum} are needed.</source>
        <translation>{permutations} permutaciones son muy pocas para un nivel del 99 %; se necesitan al menos {minimum}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="801"/>
        <source>Use 999 permutations (or 9999 for stable 99 % classes).</source>
        <translation>Use 999 permutaciones (o 9999 para clases estables al 99 %).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="808"/>
        <source>Column &apos;{column}&apos; has {count} districts with a value and a geometry; hotspots need at least {minimum}.</source>
        <translation>La columna '{column}' tiene {count} distritos con valor y geometría; los puntos calientes necesitan al menos {minimum}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="808"/>
        <source>Choose a field with values for more districts.</source>
        <translation>Elija un campo con valores para más distritos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="815"/>
        <source>Column &apos;{column}&apos; has the same value in every district: there is nothing to map.</source>
        <translation>La columna '{column}' tiene el mismo valor en todos los distritos: no hay nada que mapear.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="815"/>
        <source>Choose a field that varies between districts.</source>
        <translation>Elija un campo que varíe entre distritos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="822"/>
        <source>The statistics of column &apos;{column}&apos; are not finite numbers: its values are too far apart to compare (from {low} to {high}).</source>
        <translation>Las estadísticas de la columna '{column}' no son números finitos: sus valores están demasiado separados para compararlos (de {low} a {high}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="822"/>
        <source>Check the column for impossible values (such as 1e308) and correct them.</source>
        <translation>Busque valores imposibles en la columna (como 1e308) y corríjalos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="830"/>
        <source>Column &apos;{column}&apos; holds {dtype} values, not numbers: hotspots need a numeric field.</source>
        <translation>La columna '{column}' contiene valores de tipo {dtype}, no números: los puntos calientes necesitan un campo numérico.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="830"/>
        <source>Choose a numeric field, or convert this one to numbers first (Field calculator: to_real).</source>
        <translation>Elija un campo numérico o convierta antes este a números (Calculadora de campos: to_real).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="840"/>
        <source>Unknown contiguity &apos;{kind}&apos;.</source>
        <translation>Contigüidad desconocida: '{kind}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="840"/>
        <source>Choose queen or rook contiguity.</source>
        <translation>Elija la contigüidad queen (reina) o rook (torre).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="844"/>
        <source>Cannot link islands to {k} nearest districts among {rows}.</source>
        <translation>No se pueden enlazar las islas con sus {k} distritos más cercanos entre {rows}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="844"/>
        <source>Use k of at least 1 and more districts than k.</source>
        <translation>Use un k de al menos 1 y más distritos que k.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="848"/>
        <source>Remove those rows or draw their geometry, then run again.</source>
        <translation>Elimine esas filas o dibuje su geometría y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="852"/>
        <source>Unknown standard &apos;{standard}&apos;.</source>
        <translation>Norma desconocida: '{standard}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="856"/>
        <source>Choose one of: {options}.</source>
        <translation>Elija una de estas: {options}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="856"/>
        <source>Unknown category &apos;{category}&apos; of {standard}.</source>
        <translation>Categoría desconocida de {standard}: '{category}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="860"/>
        <source>The codes of layer &apos;{layer}&apos; cannot be read ({reason}).</source>
        <translation>No se pueden leer los códigos de la capa '{layer}' ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="860"/>
        <source>Use the INEI 2017 boundaries GeoPackage with a layer &apos;{layer}&apos; and a text column &apos;{column}&apos;.</source>
        <translation>Use el GeoPackage de límites del INEI 2017, con una capa '{layer}' y una columna de texto '{column}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="867"/>
        <source>The UBIGEO crosswalk cannot be read, or has no &apos;inei&apos; and &apos;reniec&apos; columns.</source>
        <translation>La tabla de equivalencias de UBIGEO no se puede leer o no tiene las columnas 'inei' y 'reniec'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="867"/>
        <source>Restore socioeconomic/ubigeo_distrito.csv from the shared data (columns inei and reniec).</source>
        <translation>Restaure socioeconomic/ubigeo_distrito.csv de los datos compartidos (columnas inei y reniec).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="874"/>
        <source>The raster is rotated; only north-up rasters are supported.</source>
        <translation>El ráster está rotado; solo se admiten rásteres orientados al norte.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="874"/>
        <source>Warp the raster to a north-up grid (Raster ▸ Projections ▸ Warp, or gdalwarp).</source>
        <translation>Reproyecte el ráster a una cuadrícula orientada al norte (Ráster ▸ Proyecciones ▸ Combar, o gdalwarp).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="881"/>
        <source>The raster is not on the grid this index was built for.</source>
        <translation>El ráster no está en la cuadrícula para la que se construyó este índice.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="881"/>
        <source>Use a raster with the same extent, resolution and CRS, or build the index again for this raster.</source>
        <translation>Use un ráster con la misma extensión, resolución y SRC, o vuelva a construir el índice para este ráster.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="888"/>
        <source>The values are shaped {shape}; this index expects {expected}.</source>
        <translation>Los valores tienen la forma {shape}; este índice espera {expected}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="888"/>
        <source>Read the values from the raster this index was built for.</source>
        <translation>Lea los valores del ráster para el que se construyó este índice.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="892"/>
        <source>Unknown statistics ({statistics}).</source>
        <translation>Estadísticas desconocidas ({statistics}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="892"/>
        <source>Use some of {options}.</source>
        <translation>Use algunas de estas: {options}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="896"/>
        <source>The buffer radius must be a positive number of metres, not {radius}.</source>
        <translation>El radio del área de influencia debe ser un número positivo de metros, no {radius}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="896"/>
        <source>Give a radius above 0 m, for example 1000.</source>
        <translation>Indique un radio mayor que 0 m, por ejemplo 1000.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="900"/>
        <source>The zones have no geometry column.</source>
        <translation>Las zonas no tienen columna de geometría.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="900"/>
        <source>Choose a vector layer of zones (polygons or points).</source>
        <translation>Elija una capa vectorial de zonas (polígonos o puntos).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="904"/>
        <source>The zones have no coordinate reference system.</source>
        <translation>Las zonas no tienen sistema de referencia de coordenadas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="904"/>
        <source>Set the layer's CRS (Layer Properties ▸ Source), then run again.</source>
        <translation>Asigne el SRC de la capa (Propiedades de la capa ▸ Fuente) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="908"/>
        <source>{count} zones are empty or are not {expected} geometries (for example rows {examples}).</source>
        <translation>{count} zonas están vacías o no son geometrías {expected} (por ejemplo, las filas {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="908"/>
        <source>Remove or repair those zones, or choose a layer of {expected} geometries.</source>
        <translation>Elimine o repare esas zonas, o elija una capa de geometrías {expected}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="915"/>
        <source>The raster cannot be read: {reason}</source>
        <translation>No se puede leer el ráster: {reason}</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="915"/>
        <source>Check that the file exists and is a GeoTIFF.</source>
        <translation>Compruebe que el archivo exista y sea un GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="919"/>
        <source>The raster has {bands} bands; band {band} does not exist.</source>
        <translation>El ráster tiene {bands} bandas; la banda {band} no existe.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="919"/>
        <source>Choose a band from 1 to {bands}.</source>
        <translation>Elija una banda de 1 a {bands}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="923"/>
        <source>Give either the number of sites (k) or a budget, not both.</source>
        <translation>Indique el número de sitios (k) o un presupuesto, no ambos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="923"/>
        <source>Set the number of sites or the budget, and leave the other empty.</source>
        <translation>Fije el número de sitios o el presupuesto y deje vacío el otro.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="927"/>
        <source>The number of sites must be at least 1 (got {value}).</source>
        <translation>El número de sitios debe ser al menos 1 (se indicó {value}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="927"/>
        <source>Give 1 or more sites.</source>
        <translation>Indique 1 o más sitios.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="931"/>
        <source>The budget must be positive (got {value}).</source>
        <translation>El presupuesto debe ser positivo (se indicó {value}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="931"/>
        <source>Give a budget above 0 soles.</source>
        <translation>Indique un presupuesto mayor que 0 soles.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="935"/>
        <source>Every candidate site needs a positive, finite cost.</source>
        <translation>Cada sitio candidato necesita un costo positivo y finito.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="935"/>
        <source>Give every candidate site a cost above 0 in column &apos;{column}&apos;.</source>
        <translation>Dé a cada sitio candidato un costo mayor que 0 en la columna '{column}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="939"/>
        <source>Unknown method &apos;{value}&apos;.</source>
        <translation>Método desconocido: '{value}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="943"/>
        <source>Demand weights must be finite, non-negative, one per demand point.</source>
        <translation>Los pesos de la demanda deben ser finitos, no negativos y uno por punto de demanda.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="943"/>
        <source>Give one weight of 0 or more per demand point; fill blank weights.</source>
        <translation>Indique un peso de 0 o más por punto de demanda; complete los pesos en blanco.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="947"/>
        <source>The output must be a .csv or .gpkg file.</source>
        <translation>La salida debe ser un archivo .csv o .gpkg.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="947"/>
        <source>Give a file name ending in .csv or .gpkg.</source>
        <translation>Indique un nombre de archivo que termine en .csv o .gpkg.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="951"/>
        <source>No data folder was given to find {relative}.</source>
        <translation>No se indicó una carpeta de datos donde buscar {relative}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="951"/>
        <source>Choose the data folder (laid out like the shared data) on the Data page, or pass --data FOLDER.</source>
        <translation>Elija la carpeta de datos (organizada como los datos compartidos) en la página Datos, o use --data CARPETA.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="958"/>
        <source>The data folder has no {relative}.</source>
        <translation>La carpeta de datos no tiene {relative}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="958"/>
        <source>Choose a data folder laid out like the shared data (it holds {relative}).</source>
        <translation>Elija una carpeta de datos organizada como los datos compartidos (contiene {relative}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="962"/>
        <source>Department codes are two digits from 01 to 25; not {departments}.</source>
        <translation>Los códigos de departamento son dos dígitos del 01 al 25; no {departments}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="962"/>
        <source>Give department codes such as 08 (Cusco).</source>
        <translation>Indique códigos de departamento como 08 (Cusco).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="966"/>
        <source>The populated-centre table lacks the columns {column}.</source>
        <translation>A la tabla de centros poblados le faltan las columnas {column}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="966"/>
        <source>Use the populated-centre table of the shared data (socioeconomic/centros_poblados.csv.gz).</source>
        <translation>Use la tabla de centros poblados de los datos compartidos (socioeconomic/centros_poblados.csv.gz).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="973"/>
        <source>The urban factor must be positive (got {value}).</source>
        <translation>El factor urbano debe ser positivo (se indicó {value}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="973"/>
        <source>Give an urban factor above 0 (the default is {default}).</source>
        <translation>Indique un factor urbano mayor que 0 (el valor por defecto es {default}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="977"/>
        <source>Unknown raster mode &apos;{value}&apos;.</source>
        <translation>Modo de ráster desconocido: '{value}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="977"/>
        <source>Use point or buffer.</source>
        <translation>Use point (punto) o buffer (área de influencia).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="981"/>
        <source>AguaPerú needs the Python package {package}, which is not installed.</source>
        <translation>AguaPerú necesita el paquete de Python {package}, que no está instalado.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="981"/>
        <source>Install {package} (for example pip install {package} in the Python of QGIS), then restart QGIS.</source>
        <translation>Instale {package} (por ejemplo, pip install {package} en el Python de QGIS) y reinicie QGIS.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="988"/>
        <source>The Python package {package} is installed but cannot be imported ({reason}).</source>
        <translation>El paquete de Python {package} está instalado pero no se puede importar ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="988"/>
        <source>Reinstall {package}, or install a version that matches the other packages, then restart QGIS.</source>
        <translation>Reinstale {package} o instale una versión compatible con los demás paquetes, y reinicie QGIS.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="995"/>
        <source>The table cannot be read.</source>
        <translation>No se puede leer la tabla.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="995"/>
        <source>Save it as CSV (UTF-8), Excel or GeoPackage and choose it again.</source>
        <translation>Guárdela como CSV (UTF-8), Excel o GeoPackage y vuelva a elegirla.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="999"/>
        <source>{count} rows of &apos;{column}&apos; are not numbers of 0 or more (for example rows {examples}).</source>
        <translation>{count} filas de '{column}' no son números de 0 o más (por ejemplo, las filas {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="999"/>
        <source>Fill column &apos;{column}&apos; with numbers of 0 or more.</source>
        <translation>Complete la columna '{column}' con números de 0 o más.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1006"/>
        <source>No populated centre is left in the departments chosen ({departments}).</source>
        <translation>No queda ningún centro poblado en los departamentos elegidos ({departments}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1044"/>
        <source>Choose other departments, or none for the whole country.</source>
        <translation>Elija otros departamentos, o ninguno para todo el país.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1010"/>
        <source>The access distance must be positive (got {value} km).</source>
        <translation>La distancia de acceso debe ser positiva (se indicó {value} km).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1010"/>
        <source>Give an access distance above 0 km, for example 1 km.</source>
        <translation>Indique una distancia de acceso mayor que 0 km, por ejemplo 1 km.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1014"/>
        <source>The need table has no value for {count} districts of the selection (for example {examples}).</source>
        <translation>La tabla de necesidad no tiene valor para {count} distritos de la selección (por ejemplo, {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1014"/>
        <source>Add those districts to the need table (column &apos;{column}&apos;).</source>
        <translation>Añada esos distritos a la tabla de necesidad (columna '{column}').</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1021"/>
        <source>A survey or measurements need SIASAR systems (with their ID).</source>
        <translation>Una encuesta o mediciones necesitan sistemas SIASAR (con su ID).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1021"/>
        <source>Rank the SIASAR systems, or leave the survey out.</source>
        <translation>Priorice los sistemas SIASAR o deje fuera la encuesta.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1025"/>
        <source>The water-risk model needs SIASAR systems (with their ID).</source>
        <translation>El modelo de riesgo del agua necesita sistemas SIASAR (con su ID).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1025"/>
        <source>Use the risk proxy, or no risk, for other water-point files.</source>
        <translation>Para otros archivos de puntos de agua use el riesgo aproximado (proxy) o ningún riesgo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1029"/>
        <source>Unknown risk option &apos;{value}&apos;.</source>
        <translation>Opción de riesgo desconocida: '{value}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1029"/>
        <source>Use model, proxy or none.</source>
        <translation>Use model (modelo), proxy (aproximado) o none (ninguno).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1033"/>
        <source>The water-point file holds no system.</source>
        <translation>El archivo de puntos de agua no contiene ningún sistema.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1033"/>
        <source>Choose a water-point file with rows, such as the SIASAR table of the shared data.</source>
        <translation>Elija un archivo de puntos de agua con filas, como la tabla SIASAR de los datos compartidos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1040"/>
        <source>The water-point file has no ubigeo column to select departments by.</source>
        <translation>El archivo de puntos de agua no tiene una columna ubigeo para seleccionar departamentos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1040"/>
        <source>Add the district code (column ubigeo), or rank every department.</source>
        <translation>Añada el código de distrito (columna ubigeo) o priorice todos los departamentos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1044"/>
        <source>No water system is left in the departments chosen ({departments}).</source>
        <translation>No queda ningún sistema de agua en los departamentos elegidos ({departments}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1048"/>
        <source>Unknown weights: {names}.</source>
        <translation>Pesos desconocidos: {names}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1048"/>
        <source>Use {options}.</source>
        <translation>Utilice {options}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1052"/>
        <source>Weights must be non-negative with a positive sum.</source>
        <translation>Los pesos deben ser no negativos y sumar más de 0.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1052"/>
        <source>Give each weight ({options}) a number of 0 or more, and at least one above 0.</source>
        <translation>Dé a cada peso ({options}) un número de 0 o más, y al menos a uno un valor mayor que 0.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1059"/>
        <source>There is no candidate site.</source>
        <translation>No hay ningún sitio candidato.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1059"/>
        <source>Give candidate sites (a water-point file with rows).</source>
        <translation>Indique sitios candidatos (un archivo de puntos de agua con filas).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1063"/>
        <source>{count} candidate sites have no positive cost (for example rows {examples}).</source>
        <translation>{count} sitios candidatos no tienen un costo positivo (por ejemplo, las filas {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1063"/>
        <source>Give every candidate a positive cost in column &apos;{column}&apos;, or drop the column to use the unit cost.</source>
        <translation>Dé a cada candidato un costo positivo en la columna '{column}', o quite la columna para usar el costo unitario.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1070"/>
        <source>The unit cost must be positive (got {value}).</source>
        <translation>El costo unitario debe ser positivo (se indicó {value}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1070"/>
        <source>Give a unit cost above 0 soles.</source>
        <translation>Indique un costo unitario mayor que 0 soles.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1074"/>
        <source>Scenario names must differ from each other: {names}.</source>
        <translation>Los nombres de los escenarios deben ser distintos entre sí: {names}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1074"/>
        <source>Rename the scenarios so that each has its own name.</source>
        <translation>Cambie el nombre de los escenarios para que cada uno tenga el suyo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1078"/>
        <source>The scenarios cover different departments.</source>
        <translation>Los escenarios abarcan departamentos distintos.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1078"/>
        <source>Give every scenario the same departments, to compare scenarios of the same area.</source>
        <translation>Dé a todos los escenarios los mismos departamentos, para comparar escenarios de la misma zona.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1085"/>
        <source>Scenario &apos;{name}&apos; has the id reserved for the baseline.</source>
        <translation>El escenario '{name}' tiene el id reservado para la línea base.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1085"/>
        <source>Remove the id from the scenario file; a new one is given.</source>
        <translation>Quite el id del archivo del escenario; se le asignará uno nuevo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1089"/>
        <source>Two scenario files are the same scenario (same id, or same name without an id).</source>
        <translation>Dos archivos de escenario son el mismo escenario (mismo id, o mismo nombre sin id).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1089"/>
        <source>Give each scenario its own name, or remove the duplicated file.</source>
        <translation>Dé a cada escenario su propio nombre o quite el archivo duplicado.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1096"/>
        <source>The scenario store holds no scenario {value}.</source>
        <translation>El almacén de escenarios no contiene el escenario {value}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1096"/>
        <source>It may have been deleted: refresh the list of scenarios.</source>
        <translation>Puede que se haya eliminado: actualice la lista de escenarios.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1100"/>
        <source>Scenario &apos;{name}&apos; has no results of its current version.</source>
        <translation>El escenario '{name}' no tiene resultados de su versión actual.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1100"/>
        <source>Run it first (Run selected, or Run baseline and ticked).</source>
        <translation>Ejecútelo primero (Ejecutar el seleccionado, o Ejecutar línea base y marcados).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1104"/>
        <source>&apos;{value}&apos; is not a scenario id (32 hexadecimal digits).</source>
        <translation>'{value}' no es un id de escenario (32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1104"/>
        <source>Use the id the store gave the scenario.</source>
        <translation>Use el id que el almacén asignó al escenario.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1108"/>
        <source>The scenario is not valid JSON: {reason}.</source>
        <translation>El escenario no es un JSON válido: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1108"/>
        <source>Check the JSON syntax (quotes, commas, brackets).</source>
        <translation>Revise la sintaxis JSON (comillas, comas, corchetes y llaves).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1112"/>
        <source>The scenario file must hold a JSON object.</source>
        <translation>El archivo del escenario debe contener un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1112"/>
        <source>Write the scenario as one JSON object, with fields such as name and horizon_year.</source>
        <translation>Escriba el escenario como un único objeto JSON, con campos como name y horizon_year.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1119"/>
        <source>The scenario has {count} problems; the first is in field &apos;{field}&apos;.</source>
        <translation>El escenario tiene {count} problemas; el primero está en el campo '{field}'.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1119"/>
        <source>Correct field &apos;{field}&apos; and check the other fields of the scenario, then load it again.</source>
        <translation>Corrija el campo '{field}', revise los demás campos del escenario y vuelva a cargarlo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1126"/>
        <source>{count} system IDs of &apos;{field}&apos; are not SIASAR systems (for example {examples}).</source>
        <translation>{count} ID de sistemas de '{field}' no son sistemas SIASAR (por ejemplo, {examples}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1126"/>
        <source>Use IDs of the SIASAR table (column ID), or give &quot;top&quot; with a number of systems instead.</source>
        <translation>Use ID de la tabla SIASAR (columna ID) o, en su lugar, indique &quot;top&quot; con un número de sistemas.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1136"/>
        <source>The baseline &apos;{value}&apos; is not among the results ({names}).</source>
        <translation>La línea base '{value}' no está entre los resultados ({names}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1136"/>
        <source>Run the baseline first, or choose one of the results as the baseline.</source>
        <translation>Ejecute primero la línea base o elija uno de los resultados como línea base.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1140"/>
        <source>The file cannot be used as the scenario store: {reason}.</source>
        <translation>El archivo no se puede usar como almacén de escenarios: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1140"/>
        <source>Choose another output folder, or move the damaged scenarios.gpkg away.</source>
        <translation>Elija otra carpeta de salida o mueva a otro lugar el scenarios.gpkg dañado.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1144"/>
        <source>The scenario store does not exist yet.</source>
        <translation>El almacén de escenarios todavía no existe.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1144"/>
        <source>Create a scenario first.</source>
        <translation>Cree primero un escenario.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1148"/>
        <source>A scenario with id {value} is already stored.</source>
        <translation>Ya hay un escenario guardado con el id {value}.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1148"/>
        <source>Duplicate the scenario to make a copy, or edit the stored one.</source>
        <translation>Duplique el escenario para hacer una copia, o edite el guardado.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1152"/>
        <source>Scenario &apos;{name}&apos; was edited meanwhile (stored version {stored}, this copy {version}).</source>
        <translation>El escenario '{name}' se editó mientras tanto (versión guardada {stored}, esta copia {version}).</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1152"/>
        <source>Reload the scenario and apply the edit again.</source>
        <translation>Vuelva a cargar el escenario y aplique de nuevo la edición.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1159"/>
        <source>Scenario &apos;{name}&apos; was changed or deleted while this run went on; nothing was written.</source>
        <translation>El escenario '{name}' se modificó o eliminó durante esta ejecución; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1159"/>
        <source>Run it again.</source>
        <translation>Vuelva a ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1166"/>
        <source>The scenario has no results in the store.</source>
        <translation>El escenario no tiene resultados en el almacén.</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="1166"/>
        <source>Run the scenario first.</source>
        <translation>Ejecute primero el escenario.</translation>
    </message>
</context>
</TS>
