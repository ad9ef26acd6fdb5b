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
        <location filename="../aguaperu_plugin/processing/base.py" line="209"/>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="209"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="209"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="209"/>
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
        <location filename="../aguaperu_plugin/toolbelt/i18n.py" line="70"/>
        <source>File: {0}</source>
        <translation>Archivo: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/toolbelt/i18n.py" line="72"/>
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
        <location filename="../aguaperu_plugin/charts.py" line="29"/>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="31"/>
        <source>Predicted probability</source>
        <translation>Probabilidad predicha</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="32"/>
        <source>Observed share at risk</source>
        <translation>Proporción observada en riesgo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="54"/>
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
        <location filename="../aguaperu_plugin/charts.py" line="62"/>
        <source>Drop of ROC-AUC</source>
        <translation>Caída del ROC-AUC</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="78"/>
        <source>Observed and predicted</source>
        <translation>Observado y predicho</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="80"/>
        <source>Observed (%)</source>
        <translation>Observado (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="81"/>
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
        <location filename="../aguaperu_plugin/styling.py" line="179"/>
        <source>Local Moran clusters</source>
        <translation>Agrupamientos de Moran local</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="181"/>
        <source>Getis-Ord Gi* hotspots</source>
        <translation>Puntos calientes Getis-Ord Gi*</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="126"/>
        <source>AguaPerú: district poverty model</source>
        <translation>AguaPerú: modelo de pobreza distrital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="178"/>
        <source>AguaPerú: hotspots of {0}</source>
        <translation>AguaPerú: puntos calientes de {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="211"/>
        <source>AguaPerú: retraining the poverty model</source>
        <translation>AguaPerú: reentrenando el modelo de pobreza</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="34"/>
        <source>Water demand forecast (hourly, per area)</source>
        <translation>Pronóstico de la demanda de agua (horario, por sector)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="87"/>
        <source>Forecasts each area&apos;s hourly demand for the hours after the origin (up to 168), with 80 % and 95 % intervals, from the flows before the origin, the weather (optional) and the public holidays. The model (gradient boosting fitted at run time) and its rolling-origin evaluation on the Battle of Water Demand Forecasting data are described in models/demand/MODEL_CARD.md.</source>
        <translation>Pronostica la demanda horaria de cada sector para las horas siguientes al origen (hasta 168), con intervalos del 80 % y del 95 %, a partir de los caudales anteriores al origen, el clima (opcional) y los feriados. El modelo (gradient boosting ajustado en el momento) y su evaluación con origen móvil sobre los datos de la Battle of Water Demand Forecasting se describen en models/demand/MODEL_CARD.md.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="103"/>
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
        <location filename="../aguaperu_plugin/processing/demand.py" line="117"/>
        <source>Anomalous periods</source>
        <translation>Periodos anómalos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="141"/>
        <source>{0} anomalous periods in {1} areas.</source>
        <translation>{0} periodos anómalos en {1} sectores.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="157"/>
        <source>Hourly supply schedule (linear programme)</source>
        <translation>Programa horario de abastecimiento (programación lineal)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="190"/>
        <source>Schedules the hourly supply from the sources to the areas so that the least demand goes unmet, then at the lowest cost, within the sources&apos; capacities and the tanks&apos; volumes (SciPy/HiGHS). Demand: the forecast CSV (timestamp, one column per area). Sources: CSV with name, capacity_lps, cost_per_m3 and optionally areas (separated by &apos;;&apos;; blank: every area). Tanks (optional): CSV with area, capacity_m3, initial_m3, minimum_m3.</source>
        <translation>Programa el abastecimiento horario desde las fuentes hacia los sectores para que quede la menor demanda sin atender y, luego, al menor costo, dentro de las capacidades de las fuentes y los volúmenes de los reservorios (SciPy/HiGHS). Demanda: el CSV del pronóstico (timestamp, una columna por sector). Fuentes: CSV con name, capacity_lps, cost_per_m3 y opcionalmente areas (separadas por ';'; vacío: todos los sectores). Reservorios (opcional): CSV con area, capacity_m3, initial_m3, minimum_m3.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="160"/>
        <source>Demand (hour x area, L/s)</source>
        <translation>Demanda (hora x sector, L/s)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="161"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="162"/>
        <source>Tanks (optional)</source>
        <translation>Reservorios (opcional)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="163"/>
        <source>Schedule (flows per hour)</source>
        <translation>Programa (caudales por hora)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="180"/>
        <source>Demand {0:.0f} m3, unmet {1:.1f} m3, cost {2:.2f}.</source>
        <translation>Demanda {0:.0f} m3, sin atender {1:.1f} m3, costo {2:.2f}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="143"/>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="135"/>
        <source>Flow (L/s)</source>
        <translation>Caudal (L/s)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="119"/>
        <source>Observed</source>
        <translation>Observado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="120"/>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="246"/>
        <source>AguaPerú: water demand forecast</source>
        <translation>AguaPerú: pronóstico de la demanda de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="133"/>
        <source>Supply</source>
        <translation>Abastecimiento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="293"/>
        <source>AguaPerú: supply schedule</source>
        <translation>AguaPerú: programa de abastecimiento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="156"/>
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
        <location filename="../aguaperu_plugin/charts.py" line="176"/>
        <source>% of children / index (0-100)</source>
        <translation>% de niñas y niños / índice (0-100)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="27"/>
        <source>Child risk: stunting, anaemia and interventions</source>
        <translation>Riesgo infantil: desnutrición crónica, anemia e intervenciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="117"/>
        <source>Estimates stunting (height-for-age below -2 SD) and anaemia (6-59 months) of every district or province with 90 % intervals from the ENDES records of the data folder and district covariates, a child-risk index (percentile ranks of stunting, anaemia, poverty and water risk, weighted 0.3/0.3/0.2/0.2) and the interventions an editable rule table recommends, each with the indicator that triggered it. Only aggregates of at least the minimum number of children (30 or more) are written. The GeoPackage holds the areas layer and an &apos;interventions&apos; table. Model card: models/child_risk.</source>
        <translation>Estima la desnutrición crónica (talla para la edad por debajo de -2 DE) y la anemia (6-59 meses) de cada distrito o provincia con intervalos del 90 % a partir de los registros ENDES de la carpeta de datos y de covariables distritales, un índice de riesgo infantil (rangos percentiles de desnutrición crónica, anemia, pobreza y riesgo del agua, ponderados 0,3/0,3/0,2/0,2) y las intervenciones que recomienda una tabla de reglas editable, cada una con el indicador que la activó. Solo se escriben agregados de al menos el número mínimo de niñas y niños (30 o más). El GeoPackage contiene la capa de áreas y una tabla 'interventions'. Ficha del modelo: models/child_risk.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="33"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="33"/>
        <source>Provinces</source>
        <translation>Provincias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="36"/>
        <source>Year (0: the year after the latest survey)</source>
        <translation>Año (0: el año siguiente a la última encuesta)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="46"/>
        <source>Minimum children per published figure</source>
        <translation>Mínimo de niñas y niños por cifra publicada</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="55"/>
        <source>Intervention rule table (bundled when empty)</source>
        <translation>Tabla de reglas de intervención (la incluida si se deja vacío)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="60"/>
        <source>Language of the interventions</source>
        <translation>Idioma de las intervenciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="65"/>
        <source>Child risk</source>
        <translation>Riesgo infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="66"/>
        <source>Child risk table (CSV)</source>
        <translation>Tabla de riesgo infantil (CSV)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="66"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/child_risk.py" line="107"/>
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
        <location filename="../aguaperu_plugin/tasks/model_tasks.py" line="341"/>
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
        <location filename="../aguaperu_plugin/styling.py" line="264"/>
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
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="138"/>
        <source>Change against the baseline (%)</source>
        <translation>Cambio respecto de la línea base (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="227"/>
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
        <location filename="../aguaperu_plugin/processing/scenarios.py" line="68"/>
        <source>{0}: {1:,.0f} people without water, {2:.1%} served, cost S/ {3:,.0f}</source>
        <translation>{0}: {1:,.0f} personas sin agua, {2:.1%} servida, costo S/ {3:,.0f}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/tasks/scenario_tasks.py" line="35"/>
        <source>AguaPerú: running {0}</source>
        <translation>AguaPerú: ejecutando {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="98"/>
        <source>Leaks and anomalous consumption</source>
        <translation>Fugas y consumos anómalos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="144"/>
        <source>Flags the periods when an area&apos;s minimum night flow rises above its robust baseline of the previous weeks (a CUSUM in robust standard deviations), or when a Keras autoencoder of the daily night-flow shape, refitted every 28 days on the weeks before, reconstructs the night badly (needs TensorFlow), or either of them, or both: one row per period with area, start, end, score, the excess flow (L/s) and the detector. Detection rate, false alarms and delay of each on injected leaks are in models/demand/MODEL_CARD.md.</source>
        <translation>Señala los periodos en que el caudal mínimo nocturno de un sector sube por encima de su línea base robusta de las semanas anteriores (un CUSUM en desviaciones estándar robustas), o en que un autocodificador Keras de la forma diaria del caudal nocturno, reajustado cada 28 días con las semanas anteriores, reconstruye mal la noche (requiere TensorFlow), o cualquiera de los dos, o ambos: una fila por periodo con sector, inicio, fin, puntaje, caudal excedente (L/s) y detector. La tasa de detección, las falsas alarmas y el retraso de cada uno con fugas inyectadas están en models/demand/MODEL_CARD.md.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="104"/>
        <source>Detector</source>
        <translation>Detector</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="104"/>
        <source>Minimum night flow</source>
        <translation>Caudal mínimo nocturno</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="104"/>
        <source>Autoencoder (TensorFlow)</source>
        <translation>Autocodificador (TensorFlow)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="104"/>
        <source>Either detector</source>
        <translation>Cualquiera de los detectores</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/demand.py" line="104"/>
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
        <location filename="../aguaperu_plugin/processing/demand.py" line="124"/>
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
        <location filename="../aguaperu_plugin/charts.py" line="233"/>
        <source>Free residual chlorine</source>
        <translation>Cloro residual libre</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="234"/>
        <source>Total coliforms</source>
        <translation>Coliformes totales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="235"/>
        <source>Thermotolerant coliforms</source>
        <translation>Coliformes termotolerantes</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="236"/>
        <source>E. coli</source>
        <translation>E. coli</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="261"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="267"/>
        <source>minimum</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="267"/>
        <source>maximum</source>
        <translation>máximo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="270"/>
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
        <location filename="../aguaperu_plugin/styling.py" line="186"/>
        <source>Observed: treatment not working</source>
        <translation>Observado: el tratamiento no funciona</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="186"/>
        <source>Observed: treatment working</source>
        <translation>Observado: el tratamiento funciona</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="186"/>
        <source>Estimated: high risk</source>
        <translation>Estimado: riesgo alto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="186"/>
        <source>Estimated: medium risk</source>
        <translation>Estimado: riesgo medio</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="186"/>
        <source>Estimated: low risk</source>
        <translation>Estimado: riesgo bajo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="186"/>
        <source>Estimated without local evidence (department rate)</source>
        <translation>Estimado sin evidencia local (tasa del departamento)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="264"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="264"/>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="264"/>
        <source>estimated</source>
        <translation>estimado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="264"/>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/styling.py" line="264"/>
        <source>Department rate</source>
        <translation>Tasa del departamento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="202"/>
        <source>{0}: by its assumptions</source>
        <translation>{0}: por supuestos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/charts.py" line="202"/>
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
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="52"/>
        <source>Δ {0}</source>
        <translation>Δ {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="53"/>
        <source>Δ {0}
by assumptions</source>
        <translation>Δ {0}
por supuestos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="54"/>
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
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="112"/>
        <source>The whole change against the baseline</source>
        <translation>El cambio total frente a la línea base</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="113"/>
        <source>What the assumptions (growth, climate, horizon) change: the scenario without its plan against the baseline</source>
        <translation>Lo que cambian los supuestos (crecimiento, clima, horizonte): el escenario sin su plan frente a la línea base</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="116"/>
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
        <location filename="../aguaperu_plugin/toolbelt/i18n.py" line="74"/>
        <source>What to do: {0}</source>
        <translation>Qué hacer: {0}</translation>
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
        <location filename="../aguaperu_plugin/gui/child_section.py" line="45"/>
        <source>Child welfare: stunting, anaemia and interventions</source>
        <translation>Bienestar infantil: desnutrición crónica, anemia e intervenciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="52"/>
        <source>Stunting and anaemia of children under five in every district or province, with 90 % intervals, estimated from the ENDES survey and district covariates; a child-risk index combining them with poverty and water risk; and the interventions each area&apos;s indicators trigger. Individual records are never shown: every published figure aggregates at least the number of children set in the options (30 or more).</source>
        <translation>Desnutrición crónica y anemia de niñas y niños menores de cinco años en cada distrito o provincia, con intervalos del 90 %, estimadas a partir de la ENDES y de covariables distritales; un índice de riesgo infantil que las combina con la pobreza y el riesgo del agua; y las intervenciones que activan los indicadores de cada área. Nunca se muestran registros individuales: cada cifra publicada agrega al menos el número de niñas y niños fijado en las opciones (30 o más).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="68"/>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="69"/>
        <source>Provinces</source>
        <translation>Provincias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="70"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="74"/>
        <source>After the latest survey</source>
        <translation>Después de la última encuesta</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="76"/>
        <source>Year of the estimates; the default is the year after the latest survey year.</source>
        <translation>Año de las estimaciones; por defecto, el año siguiente al de la última encuesta.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="77"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="81"/>
        <source>Rule tables (*.csv *.CSV)</source>
        <translation>Tablas de reglas (*.csv *.CSV)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="82"/>
        <source>Bundled rule table</source>
        <translation>Tabla de reglas incluida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="83"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="85"/>
        <source>Copy the bundled rule table into the output folder (once) and open it for editing.</source>
        <translation>Copia la tabla de reglas incluida en la carpeta de salida (una sola vez) y la abre para editarla.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="91"/>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="93"/>
        <source>Estimate child risk</source>
        <translation>Estimar el riesgo infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="98"/>
        <source>Area: drivers and recommended interventions</source>
        <translation>Área: factores y intervenciones recomendadas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="103"/>
        <source>Areas by child-risk index, highest first; selecting one on the map shows it.</source>
        <translation>Áreas por índice de riesgo infantil, de mayor a menor; al seleccionar una en el mapa se muestra aquí.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="149"/>
        <source>The rule table {0} does not exist.</source>
        <translation>La tabla de reglas {0} no existe.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="172"/>
        <source>Child-risk index</source>
        <translation>Índice de riesgo infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="297"/>
        <source>Stunting</source>
        <translation>Desnutrición crónica</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="172"/>
        <source>Anaemia</source>
        <translation>Anemia</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="179"/>
        <source>Anaemia 6-59 months {0} (%, 90 % interval in the attributes)</source>
        <translation>Anemia 6-59 meses {0} (%, intervalo del 90 % en los atributos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="179"/>
        <source>Stunting {0} (%, 90 % interval in the attributes)</source>
        <translation>Desnutrición crónica {0} (%, intervalo del 90 % en los atributos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="179"/>
        <source>Child-risk index {0}</source>
        <translation>Índice de riesgo infantil {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="193"/>
        <source>{0} {1} estimated for {2} ({3} v{4}); {5} of them trigger at least one intervention. On provinces it had not seen, stunting was predicted with a mean absolute error of {6:.1f} points against {7:.1f} for each province&apos;s own earlier survey prevalence.</source>
        <translation>{0} {1} estimados para {2} ({3} v{4}); {5} de ellos activan al menos una intervención. En provincias no vistas, la desnutrición crónica se predijo con un error absoluto medio de {6:.1f} puntos frente a {7:.1f} de la prevalencia anterior de la propia provincia en la encuesta.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="193"/>
        <source>districts</source>
        <translation>distritos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="193"/>
        <source>provinces</source>
        <translation>provincias</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="217"/>
        <source>Child risk estimated for {0} areas.</source>
        <translation>Riesgo infantil estimado para {0} áreas.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="296"/>
        <source>Child-risk index (0-100)</source>
        <translation>Índice de riesgo infantil (0-100)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="301"/>
        <source>Anaemia (6-59 months)</source>
        <translation>Anemia (6-59 meses)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="305"/>
        <source>Poverty</source>
        <translation>Pobreza</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="306"/>
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
        <location filename="../aguaperu_plugin/gui/child_section.py" line="332"/>
        <source>90 % intervals in brackets. Survey weights are not available: prevalences are approximate (see the model card).</source>
        <translation>Intervalos del 90 % entre paréntesis. No se dispone de los factores de expansión de la encuesta: las prevalencias son aproximadas (ver la ficha del modelo).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="355"/>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="287"/>
        <source>Drivers</source>
        <translation>Factores</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="288"/>
        <source>No rule of the table is triggered.</source>
        <translation>No se activa ninguna regla de la tabla.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="289"/>
        <source>Recommended interventions</source>
        <translation>Intervenciones recomendadas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="290"/>
        <source>Triggered by</source>
        <translation>Activada por</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/child_section.py" line="291"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="248"/>
        <source>AguaPerú: scenario comparison</source>
        <translation>AguaPerú: comparación de escenarios</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/compare_view.py" line="299"/>
        <source>Green: better than the baseline; red: worse. Each change is split into what the scenario&apos;s assumptions (growth, climate, horizon) and what its plan did. Pan or zoom one map: the other follows.</source>
        <translation>Verde: mejor que la línea base; rojo: peor. Cada cambio se separa en lo que aportan los supuestos del escenario (crecimiento, clima, horizonte) y lo que aporta su plan. Mueva o acerque un mapa: el otro lo sigue.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="50"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="348"/>
        <source>&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt; loads and checks the inputs every model and map uses, and joins them into one table per district.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs:&lt;/b&gt; water points (GeoPackage, Shapefile, GeoJSON, or CSV/XLSX with latitude and longitude; SIASAR exports are recognised), a district layer with UBIGEO, district tables keyed by UBIGEO (census, poverty, HDI), satellite GeoTIFFs, and child-welfare indicators.&lt;/p&gt;&lt;p&gt;Every problem found is listed with the file, the column, example rows and how to fix it. Your files are never modified.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hace:&lt;/b&gt; carga y revisa los insumos que usan todos los modelos y mapas, y los une en una tabla por distrito.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Insumos:&lt;/b&gt; puntos de agua (GeoPackage, Shapefile, GeoJSON, o CSV/XLSX con latitud y longitud; se reconocen las exportaciones del SIASAR), una capa de distritos con UBIGEO, tablas distritales con UBIGEO (censo, pobreza, IDH), GeoTIFF satelitales e indicadores de bienestar infantil.&lt;/p&gt;&lt;p&gt;Cada problema encontrado se lista con el archivo, la columna, filas de ejemplo y cómo corregirlo. Sus archivos nunca se modifican.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="54"/>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="55"/>
        <source>Water points</source>
        <translation>Puntos de agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="56"/>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="57"/>
        <source>District table</source>
        <translation>Tabla distrital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="58"/>
        <source>Satellite table</source>
        <translation>Tabla satelital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="59"/>
        <source>Raster (GeoTIFF)</source>
        <translation>Ráster (GeoTIFF)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="60"/>
        <source>Child welfare</source>
        <translation>Bienestar infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="65"/>
        <source>Choose your input files or layers, a data folder, or load the demo.</source>
        <translation>Elija sus archivos o capas de entrada, una carpeta de datos, o cargue la demostración.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="70"/>
        <source>A folder laid out like the shared data (boundaries/, socioeconomic/, …)</source>
        <translation>Una carpeta organizada como los datos compartidos (boundaries/, socioeconomic/, …)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="71"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="74"/>
        <source>Inputs</source>
        <translation>Insumos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="78"/>
        <source>File or layer</source>
        <translation>Archivo o capa</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="78"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="87"/>
        <source>Add files…</source>
        <translation>Agregar archivos…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="91"/>
        <source>Add layer</source>
        <translation>Agregar capa</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="93"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="108"/>
        <source>Validate and add layers</source>
        <translation>Validar y agregar capas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="108"/>
        <source>Load demo</source>
        <translation>Cargar demostración</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="117"/>
        <source>District feature table</source>
        <translation>Tabla de variables distritales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="122"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="123"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="124"/>
        <source>Build district features</source>
        <translation>Construir variables distritales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/data_page.py" line="132"/>
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
        <location filename="../aguaperu_plugin/gui/data_page.py" line="188"/>
        <source>{0} inputs found in the data folder; validate them to add their layers.</source>
        <translation>{0} insumos encontrados en la carpeta de datos; valídelos para agregar sus capas.</translation>
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
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="220"/>
        <source>Choose the file of hourly flows first.</source>
        <translation>Elija primero el archivo de caudales horarios.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="242"/>
        <source>{0} areas, {1} hours from {2}; {3} anomalous periods in the history. Files: {4}</source>
        <translation>{0} sectores, {1} horas desde {2}; {3} periodos anómalos en la historia. Archivos: {4}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="259"/>
        <source>Demand forecast for {0} areas.</source>
        <translation>Demanda pronosticada para {0} sectores.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="311"/>
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
        <translation>Hora por hora, cuánto envía cada fuente a cada sector para que quede la menor demanda pronosticada sin atender y, luego, al menor costo. Fuentes: CSV con name, capacity_lps, cost_per_m3 y areas (separadas por ';', vacío: todos). Reservorios (opcional): CSV con area, capacity_m3, initial_m3, minimum_m3.</translation>
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
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="189"/>
        <source>Demand {0:.0f} m3, unmet {1:.1f} m3, cost {2:.2f}. File: {3}</source>
        <translation>Demanda {0:.0f} m3, sin atender {1:.1f} m3, costo {2:.2f}. Archivo: {3}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="207"/>
        <source>Supply by source</source>
        <translation>Abastecimiento por fuente</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="209"/>
        <source>Supply scheduled: {0:.1f} m3 unmet.</source>
        <translation>Abastecimiento programado: {0:.1f} m3 sin atender.</translation>
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
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="278"/>
        <source>Forecast demand growth (%)</source>
        <translation>Crecimiento de la demanda pronosticada (%)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/demand_section.py" line="294"/>
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
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="277"/>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="166"/>
        <source>Add the departments of the data folder and use them</source>
        <translation>Añadir los departamentos de la carpeta de datos y usarlos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="277"/>
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
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="275"/>
        <source>Choose a data folder with {0} first (Data page).</source>
        <translation>Primero elija una carpeta de datos con {0} (página Datos).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="292"/>
        <source>Choose at least one layer to print.</source>
        <translation>Elija al menos una capa para imprimir.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="327"/>
        <source>Choose the PDF file to write.</source>
        <translation>Elija el archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="332"/>
        <source>The map could not be prepared: {0}</source>
        <translation>No se pudo preparar el mapa: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="338"/>
        <source>Printing {0} pages…</source>
        <translation>Imprimiendo {0} páginas…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="339"/>
        <source>AguaPerú: printing {0}</source>
        <translation>AguaPerú: imprimiendo {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="346"/>
        <source>Map written to {0}.</source>
        <translation>Mapa escrito en {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/maps_page.py" line="345"/>
        <source>{0}: {1} page(s) written.</source>
        <translation>{0}: {1} página(s) escrita(s).</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="72"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="75"/>
        <source>Choose a data folder (or load the demo on the Data page), then run a model.</source>
        <translation>Elija una carpeta de datos (o cargue la demostración en la página Datos) y luego ejecute un modelo.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="79"/>
        <source>Water-quality risk of rural water systems</source>
        <translation>Riesgo de calidad del agua de los sistemas rurales</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="82"/>
        <source>Probability that a system&apos;s treatment (chlorination) is not working, per system, and the population served by high-risk systems per district.</source>
        <translation>Probabilidad de que el tratamiento (cloración) de un sistema no funcione, por sistema, y población servida por sistemas de riesgo alto, por distrito.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="111"/>
        <source>Run water-quality risk model</source>
        <translation>Ejecutar el modelo de riesgo de calidad del agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="170"/>
        <source>Choose a data folder first.</source>
        <translation>Elija primero una carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="196"/>
        <source>Population served by high-risk systems</source>
        <translation>Población servida por sistemas de riesgo alto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="201"/>
        <source>Water-quality risk of systems</source>
        <translation>Riesgo de calidad del agua de los sistemas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="207"/>
        <source>{0} systems: {1} high, {2} medium, {3} low risk.</source>
        <translation>{0} sistemas: {1} de riesgo alto, {2} medio, {3} bajo.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="225"/>
        <source>Water-quality risk computed for {0} systems.</source>
        <translation>Riesgo de calidad del agua calculado para {0} sistemas.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="330"/>
        <source>&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt; runs the bundled models in the background: water-quality risk of rural water systems, district poverty, water demand and leaks, and child risk (stunting, anaemia and recommended interventions). Results become styled map layers in the group 'AguaPerú – Modelos' and charts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs:&lt;/b&gt; a data folder laid out like the shared data (or the demo's). Hotspots work on any polygon layer with a numeric field; retraining takes a table with a UBIGEO column.&lt;/p&gt;&lt;p&gt;Each model has a model card (models/&amp;lt;name&amp;gt;/MODEL_CARD.md) with its training data, its metrics on departments it has not seen and its limits; poverty comes with 90 % intervals.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hace:&lt;/b&gt; ejecuta en segundo plano los modelos incluidos: riesgo de calidad del agua de los sistemas rurales, pobreza distrital, demanda de agua y fugas, y riesgo infantil (desnutrición crónica, anemia e intervenciones recomendadas). Los resultados se convierten en capas con estilo en el grupo 'AguaPerú – Modelos' y en gráficos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entradas:&lt;/b&gt; una carpeta de datos organizada como los datos compartidos (o la de la demostración). Los puntos calientes funcionan con cualquier capa de polígonos con un campo numérico; el reentrenamiento usa una tabla con una columna UBIGEO.&lt;/p&gt;&lt;p&gt;Cada modelo tiene una ficha (models/&amp;lt;nombre&amp;gt;/MODEL_CARD.md) con sus datos de entrenamiento, sus métricas en departamentos que no vio y sus límites; la pobreza viene con intervalos del 90 %.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="92"/>
        <source>Add my survey / measurements</source>
        <translation>Añadir mi encuesta / mediciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="93"/>
        <source>Optional. Survey: a table of system IDs with trat_funciona SI/NO (as SIASAR exports it). Measurements: point, date, parameter, value, unit (OEFA format); free residual chlorine below 0.5 mg/L or coliforms mark a system not working, the latest measurement wins. Observed systems keep their observed state; the others are estimated.</source>
        <translation>Opcional. Encuesta: una tabla con los ID de los sistemas y trat_funciona SI/NO (como la exporta SIASAR). Mediciones: punto, fecha, parámetro, valor, unidad (formato OEFA); cloro residual libre por debajo de 0,5 mg/L o coliformes marcan un sistema que no funciona, manda la última medición. Los sistemas observados conservan su estado observado; los demás se estiman.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="107"/>
        <source>My survey</source>
        <translation>Mi encuesta</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="109"/>
        <source>My measurements</source>
        <translation>Mis mediciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="115"/>
        <source>Measurement history of the selected system</source>
        <translation>Historial de mediciones del sistema seleccionado</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="122"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="122"/>
        <source>Observed</source>
        <translation>Observados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="122"/>
        <source>Estimated</source>
        <translation>Estimados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="122"/>
        <source>Observed share</source>
        <translation>Proporción observada</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="122"/>
        <source>Not working (observed)</source>
        <translation>No funcionan (observados)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="122"/>
        <source>Not working (estimated)</source>
        <translation>No funcionan (estimados)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="211"/>
        <source>{0} without local evidence: the model cannot tell them apart; add a survey or measurements.</source>
        <translation>{0} sin evidencia local: el modelo no puede distinguirlos; añada una encuesta o mediciones.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="214"/>
        <source>Observed: {0}; estimated: {1}.</source>
        <translation>Observados: {0}; estimados: {1}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="297"/>
        <source>Select a system on the map first (the layer of systems).</source>
        <translation>Seleccione primero un sistema en el mapa (la capa de sistemas).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="301"/>
        <source>No measurement was matched to system {0}.</source>
        <translation>Ninguna medición corresponde al sistema {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/models_page.py" line="305"/>
        <source>Measurements of system {0}</source>
        <translation>Mediciones del sistema {0}</translation>
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
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="46"/>
        <source>District poverty</source>
        <translation>Pobreza distrital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="52"/>
        <source>Monetary poverty rate (%) of every district with a 90 % interval, learnt from INEI&apos;s 2018 poverty map and district socioeconomic and satellite features; hotspots of poverty or of any numeric district field.</source>
        <translation>Tasa de pobreza monetaria (%) de cada distrito con un intervalo del 90 %, aprendida del mapa de pobreza 2018 del INEI y de variables distritales socioeconómicas y satelitales; puntos calientes de la pobreza o de cualquier campo numérico distrital.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="66"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="68"/>
        <source>Predict district poverty</source>
        <translation>Predecir la pobreza distrital</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="84"/>
        <source>Hotspots (Getis-Ord Gi*, local Moran)</source>
        <translation>Puntos calientes (Getis-Ord Gi*, Moran local)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="99"/>
        <source>Random permutations for the pseudo p-values (999 by default).</source>
        <translation>Permutaciones aleatorias para los pseudo valores p (999 por defecto).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="100"/>
        <source>Find hotspots</source>
        <translation>Buscar puntos calientes</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="105"/>
        <source>Districts layer</source>
        <translation>Capa de distritos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="106"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="107"/>
        <source>Permutations</source>
        <translation>Permutaciones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="113"/>
        <source>Retrain on my data</source>
        <translation>Reentrenar con mis datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="117"/>
        <source>A table with a UBIGEO column and the value to learn (e.g. a newer poverty survey); GeoTIFFs (night lights, NDVI, population) add their district zonal statistics as features. The new model gets its own folder and card; the bundled model is kept.</source>
        <translation>Una tabla con una columna UBIGEO y el valor a aprender (p. ej. una encuesta de pobreza más reciente); los GeoTIFF (luces nocturnas, NDVI, población) añaden sus estadísticas zonales distritales como variables. El nuevo modelo tiene su propia carpeta y ficha; el modelo incluido se conserva.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="130"/>
        <source>Tables (*.csv *.CSV)</source>
        <translation>Tablas (*.csv *.CSV)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="137"/>
        <source>GeoTIFF (*.tif *.tiff)</source>
        <translation>GeoTIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="138"/>
        <source>Retrain the poverty model</source>
        <translation>Reentrenar el modelo de pobreza</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="141"/>
        <source>Target table</source>
        <translation>Tabla objetivo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="142"/>
        <source>Target column</source>
        <translation>Columna objetivo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="143"/>
        <source>Rasters (optional)</source>
        <translation>Rásteres (opcional)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="168"/>
        <source>Bundled (INEI poverty map 2018)</source>
        <translation>Incluido (mapa de pobreza INEI 2018)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="200"/>
        <source>Poverty: width of the 90 % interval (points)</source>
        <translation>Pobreza: amplitud del intervalo del 90 % (puntos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="202"/>
        <source>Poverty (predicted, %)</source>
        <translation>Pobreza (predicha, %)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="223"/>
        <source>Poverty predicted for {0} districts.</source>
        <translation>Pobreza predicha para {0} distritos.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="247"/>
        <source>Permutation importance (R² drop)</source>
        <translation>Importancia por permutación (caída del R²)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="247"/>
        <source>Drop of R²</source>
        <translation>Caída del R²</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="267"/>
        <source>Choose a polygon layer and a numeric field first.</source>
        <translation>Elija primero una capa de polígonos y un campo numérico.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="284"/>
        <source>Hotspots of {0} (Gi*)</source>
        <translation>Puntos calientes de {0} (Gi*)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="287"/>
        <source>{0}: {1} hot and {2} cold districts (90 % or more, false discovery rate controlled); global Moran&apos;s I {3:.2f}.</source>
        <translation>{0}: {1} distritos calientes y {2} fríos (90 % o más, tasa de falsos descubrimientos controlada); I de Moran global {3:.2f}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="299"/>
        <source>Hotspots of {0} mapped.</source>
        <translation>Puntos calientes de {0} cartografiados.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="319"/>
        <source>Choose a target table and its column first.</source>
        <translation>Elija primero una tabla objetivo y su columna.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="339"/>
        <source>New model {0}: R² {1:.2f} and mean absolute error {2:.1f} on departments held out; choose it above and predict.</source>
        <translation>Nuevo modelo {0}: R² {1:.2f} y error absoluto medio {2:.1f} en los departamentos dejados fuera; elíjalo arriba y prediga.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="345"/>
        <source>Poverty model retrained: {0}.</source>
        <translation>Modelo de pobreza reentrenado: {0}.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="239"/>
        <source>Poverty, departments held out</source>
        <translation>Pobreza, departamentos dejados fuera</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/poverty_section.py" line="209"/>
        <source>{0} districts. On departments it has not seen the model scores R² {1}, mean absolute error {2} points; the 90 % intervals cover {3} % of districts.</source>
        <translation>{0} distritos. En departamentos que no ha visto el modelo logra R² {1}, error absoluto medio {2} puntos; los intervalos del 90 % cubren el {3} % de los distritos.</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="49"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="56"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="60"/>
        <source>Horizon year</source>
        <translation>Año horizonte</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="67"/>
        <source>Annual population growth from the base year (2020 projection) to the horizon.</source>
        <translation>Crecimiento anual de la población desde el año base (proyección 2020) hasta el horizonte.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="68"/>
        <source>Population growth per year</source>
        <translation>Crecimiento de la población por año</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="71"/>
        <source>Temperature change</source>
        <translation>Cambio de temperatura</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="74"/>
        <source>Precipitation change</source>
        <translation>Cambio de precipitación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="77"/>
        <source>Access distance</source>
        <translation>Distancia de acceso</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="80"/>
        <source>All of Peru (or department codes, e.g. 05, 12)</source>
        <translation>Todo el Perú (o códigos de departamento, p. ej., 05, 12)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="81"/>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="84"/>
        <source>Investment plan</source>
        <translation>Plan de inversiones</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="97"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="89"/>
        <source>New water points sited by maximal covering of the unserved need (exact optimisation).</source>
        <translation>Nuevos puntos de agua ubicados por máxima cobertura de la necesidad no atendida (optimización exacta).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="92"/>
        <source>New water points (optimised sites)</source>
        <translation>Nuevos puntos de agua (sitios optimizados)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="95"/>
        <source>The first systems of the rehabilitation ranking.</source>
        <translation>Los primeros sistemas de la priorización para rehabilitación.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="96"/>
        <source>Systems rehabilitated (top of the ranking)</source>
        <translation>Sistemas rehabilitados (primeros de la priorización)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="99"/>
        <source>Chlorination fixed in the functioning systems of highest water-quality risk.</source>
        <translation>Cloración reparada en los sistemas operativos de mayor riesgo de calidad del agua.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="100"/>
        <source>Treatment fixes (highest risk first)</source>
        <translation>Reparaciones del tratamiento (mayor riesgo primero)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="105"/>
        <source>Cost of a new system</source>
        <translation>Costo de un sistema nuevo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="106"/>
        <source>Cost of a rehabilitation</source>
        <translation>Costo de una rehabilitación</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="107"/>
        <source>Cost of a treatment fix</source>
        <translation>Costo de una reparación del tratamiento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="110"/>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="111"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenario_dialog.py" line="115"/>
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
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="516"/>
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
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="481"/>
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
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="487"/>
        <source>{0} − baseline: share served (points)</source>
        <translation>{0} − línea base: proporción servida (puntos)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="500"/>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="501"/>
        <source>Population served</source>
        <translation>Población servida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="502"/>
        <source>Population without water</source>
        <translation>Población sin agua</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="503"/>
        <source>Share served</source>
        <translation>Proporción servida</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="504"/>
        <source>Served by high-risk systems</source>
        <translation>Servida por sistemas de alto riesgo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="505"/>
        <source>Need-weighted population without water</source>
        <translation>Población sin agua ponderada por necesidad</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="506"/>
        <source>Demand (m³/day)</source>
        <translation>Demanda (m³/día)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="507"/>
        <source>Functioning systems</source>
        <translation>Sistemas operativos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="508"/>
        <source>New systems</source>
        <translation>Sistemas nuevos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="509"/>
        <source>Systems rehabilitated</source>
        <translation>Sistemas rehabilitados</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="510"/>
        <source>Treatment fixes</source>
        <translation>Reparaciones del tratamiento</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="511"/>
        <source>Cost (S/)</source>
        <translation>Costo (S/)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="512"/>
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
        <location filename="../aguaperu_plugin/gui/scenarios_page.py" line="473"/>
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
        <location filename="../core/validation/messages.py" line="138"/>
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
        <location filename="../core/validation/messages.py" line="403"/>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="403"/>
        <source>province</source>
        <translation>provincia</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="403"/>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="403"/>
        <source>polygons</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../core/validation/messages.py" line="403"/>
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
</context>
</TS>
