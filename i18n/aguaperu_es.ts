<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>@default</name>
    <message>
        <location filename="../aguaperu_plugin/layout.py" line="116"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/layout.py" line="137"/>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/layout.py" line="138"/>
        <source>Made with AguaPerú on {0}</source>
        <translation>Elaborado con AguaPerú el {0}</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/layout.py" line="155"/>
        <source>The map could not be written to {0} (exporter code {1}).</source>
        <translation>No se pudo escribir el mapa en {0} (código del exportador {1}).</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/plugin.py" line="48"/>
        <source>Show or hide the AguaPerú panel</source>
        <translation>Mostrar u ocultar el panel AguaPerú</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/plugin.py" line="52"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="25"/>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="25"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="25"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/base.py" line="25"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="39"/>
        <source>Export map to PDF</source>
        <translation>Exportar mapa a PDF</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="42"/>
        <source>Prints the chosen layers on an A4 landscape page with title, legend, scale bar, north arrow and source note, and writes it to a PDF file.</source>
        <translation>Imprime las capas elegidas en una página A4 horizontal con título, leyenda, escala gráfica, flecha del norte y nota de fuente, y la guarda en un archivo PDF.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="52"/>
        <source>Layers to print</source>
        <translation>Capas a imprimir</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="55"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="55"/>
        <source>Map of Peru</source>
        <translation>Mapa del Perú</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="56"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="57"/>
        <source>Source note</source>
        <translation>Nota de fuente</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="58"/>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="58"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/export_map.py" line="63"/>
        <source>Choose at least one layer to print.</source>
        <translation>Elija al menos una capa para imprimir.</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/processing/provider.py" line="25"/>
        <source>AguaPerú: water, poverty and child-welfare planning</source>
        <translation>AguaPerú: planificación de agua, pobreza y bienestar infantil</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/demo.py" line="16"/>
        <source>AguaPerú – Demo</source>
        <translation>AguaPerú – Demostración</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/demo.py" line="20"/>
        <source>The demo layer {0} could not be read from {1}.</source>
        <translation>No se pudo leer la capa de demostración {0} desde {1}.</translation>
    </message>
</context>
<context>
    <name>AguaPeruDock</name>
    <message>
        <location filename="../aguaperu_plugin/gui/dock.py" line="17"/>
        <source>AguaPerú</source>
        <translation>AguaPerú</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="60"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="63"/>
        <source>&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt; loads and checks the inputs every model and map uses, and joins them into one table per district.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs:&lt;/b&gt; water points (GeoPackage, Shapefile, GeoJSON, or CSV/XLSX with latitude and longitude; SIASAR exports are recognised), a district layer with UBIGEO, district tables keyed by UBIGEO (census, poverty, HDI), satellite GeoTIFFs, and child-welfare indicators.&lt;/p&gt;&lt;p&gt;Every problem found is listed with the file, the column, example rows and how to fix it. Your files are never modified.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hace:&lt;/b&gt; carga y revisa los insumos que usan todos los modelos y mapas, y los une en una tabla por distrito.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Insumos:&lt;/b&gt; puntos de agua (GeoPackage, Shapefile, GeoJSON, o CSV/XLSX con latitud y longitud; se reconocen las exportaciones del SIASAR), una capa de distritos con UBIGEO, tablas distritales con UBIGEO (censo, pobreza, IDH), GeoTIFF satelitales e indicadores de bienestar infantil.&lt;/p&gt;&lt;p&gt;Cada problema encontrado se lista con el archivo, la columna, filas de ejemplo y cómo corregirlo. Sus archivos nunca se modifican.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="75"/>
        <source>Choose your input files or layers here.</source>
        <translation>Elija aquí sus archivos o capas de entrada.</translation>
    </message>
</context>
<context>
    <name>JobPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="26"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>MapsPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="126"/>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="129"/>
        <source>&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt; exports printable maps and scenario reports to PDF from templates in A4 or A3, in Spanish or English, with legend, scale bar, north arrow, sources and model version.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs:&lt;/b&gt; the layers to print and, for an atlas, a coverage layer such as departments or provinces.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hace:&lt;/b&gt; exporta a PDF mapas imprimibles e informes de escenarios a partir de plantillas A4 o A3, en español o inglés, con leyenda, escala gráfica, flecha del norte, fuentes y versión del modelo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Insumos:&lt;/b&gt; las capas a imprimir y, para un atlas, una capa de cobertura como departamentos o provincias.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="138"/>
        <source>Choose a template and the layers to print.</source>
        <translation>Elija una plantilla y las capas a imprimir.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="83"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="86"/>
        <source>&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt; runs the bundled models in the background: water-quality risk of rural water systems, water demand, district poverty and child risk. Results become styled map layers and charts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs:&lt;/b&gt; the district feature table built on the Data page, and water points for the water-quality risk model.&lt;/p&gt;&lt;p&gt;Each model has a model card with its training data, its metrics and its limits; predictions come with intervals.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hace:&lt;/b&gt; ejecuta en segundo plano los modelos incluidos: riesgo de calidad del agua de los sistemas rurales, demanda de agua, pobreza distrital y riesgo infantil. Los resultados se convierten en capas con estilo y gráficos.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Insumos:&lt;/b&gt; la tabla de variables distritales construida en la página Datos, y los puntos de agua para el modelo de riesgo de calidad del agua.&lt;/p&gt;&lt;p&gt;Cada modelo tiene una ficha con sus datos de entrenamiento, sus métricas y sus límites; las predicciones vienen con intervalos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="97"/>
        <source>Load data first; the models then run from here.</source>
        <translation>Cargue primero los datos; luego los modelos se ejecutan desde aquí.</translation>
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
    <name>ScenariosPage</name>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="105"/>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="108"/>
        <source>&lt;p&gt;&lt;b&gt;What it does:&lt;/b&gt; defines planning scenarios (population growth, climate, new water points, rehabilitation, budget), runs them and compares them with the baseline side by side.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inputs:&lt;/b&gt; the district feature table and the water points; model results are recomputed for each scenario.&lt;/p&gt;&lt;p&gt;Scenarios are stored in a GeoPackage next to your QGIS project.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué hace:&lt;/b&gt; define escenarios de planificación (crecimiento de la población, clima, nuevos puntos de agua, rehabilitación, presupuesto), los ejecuta y los compara lado a lado con la línea de base.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Insumos:&lt;/b&gt; la tabla de variables distritales y los puntos de agua; los resultados de los modelos se recalculan para cada escenario.&lt;/p&gt;&lt;p&gt;Los escenarios se guardan en un GeoPackage junto a su proyecto QGIS.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../aguaperu_plugin/gui/pages.py" line="118"/>
        <source>No scenario yet.</source>
        <translation>Aún no hay escenarios.</translation>
    </message>
</context>
</TS>
