<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.40.6-Bratislava" labelsEnabled="0" autoRefreshTime="0" simplifyDrawingTol="1" simplifyLocal="1" simplifyAlgorithm="0" autoRefreshMode="Disabled" minScale="100000000" maxScale="0" symbologyReferenceScale="-1" simplifyMaxScale="1" readOnly="0" hasScaleBasedVisibilityFlag="0" simplifyDrawingHints="1" styleCategories="AllStyleCategories">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal startField="" enabled="0" endExpression="" fixedDuration="0" durationUnit="min" endField="" startExpression="" limitMode="0" durationField="" mode="0" accumulate="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <elevation type="IndividualFeatures" respectLayerSymbol="1" extrusionEnabled="0" extrusion="0" zscale="1" clamping="Terrain" showMarkerSymbolInSurfacePlots="0" zoffset="0" binding="Centroid" symbology="Line">
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" name="name" value=""/>
        <Option name="properties"/>
        <Option type="QString" name="type" value="collection"/>
      </Option>
    </data-defined-properties>
    <profileLineSymbol>
      <symbol type="line" is_animated="0" frame_rate="10" name="" alpha="1" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" id="{4e191192-5405-46f6-aa74-5c101a756785}" class="SimpleLine">
          <Option type="Map">
            <Option type="QString" name="align_dash_pattern" value="0"/>
            <Option type="QString" name="capstyle" value="square"/>
            <Option type="QString" name="customdash" value="5;2"/>
            <Option type="QString" name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="customdash_unit" value="MM"/>
            <Option type="QString" name="dash_pattern_offset" value="0"/>
            <Option type="QString" name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="dash_pattern_offset_unit" value="MM"/>
            <Option type="QString" name="draw_inside_polygon" value="0"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="line_color" value="243,166,178,255,rgb:0.95294117647058818,0.65098039215686276,0.69803921568627447,1"/>
            <Option type="QString" name="line_style" value="solid"/>
            <Option type="QString" name="line_width" value="0.6"/>
            <Option type="QString" name="line_width_unit" value="MM"/>
            <Option type="QString" name="offset" value="0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="ring_filter" value="0"/>
            <Option type="QString" name="trim_distance_end" value="0"/>
            <Option type="QString" name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_end_unit" value="MM"/>
            <Option type="QString" name="trim_distance_start" value="0"/>
            <Option type="QString" name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="trim_distance_start_unit" value="MM"/>
            <Option type="QString" name="tweak_dash_pattern_on_corners" value="0"/>
            <Option type="QString" name="use_custom_dash" value="0"/>
            <Option type="QString" name="width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileLineSymbol>
    <profileFillSymbol>
      <symbol type="fill" is_animated="0" frame_rate="10" name="" alpha="1" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" id="{6936ecb5-d8d6-467f-af63-21c411311ff6}" class="SimpleFill">
          <Option type="Map">
            <Option type="QString" name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="color" value="243,166,178,255,rgb:0.95294117647058818,0.65098039215686276,0.69803921568627447,1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="174,119,127,255,rgb:0.68065918974593731,0.46497291523613338,0.49858854047455559,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="style" value="solid"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileFillSymbol>
    <profileMarkerSymbol>
      <symbol type="marker" is_animated="0" frame_rate="10" name="" alpha="1" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" id="{6f4960ec-23d5-4c8b-96db-f3d4602c998e}" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="243,166,178,255,rgb:0.95294117647058818,0.65098039215686276,0.69803921568627447,1"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="diamond"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="174,119,127,255,rgb:0.68065918974593731,0.46497291523613338,0.49858854047455559,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="3"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </profileMarkerSymbol>
  </elevation>
  <renderer-v2 type="categorizedSymbol" enableorderby="0" referencescale="-1" symbollevels="0" attr="treatment_works" forceraster="0">
    <categories>
      <category type="string" render="true" label="Tratamiento funciona" uuid="{8aef0f11-a043-46d4-aa9f-05a76986ac42}" value="SI" symbol="0"/>
      <category type="string" render="true" label="Tratamiento no funciona" uuid="{917be8d5-e00f-41e2-a0b0-e347827f47a2}" value="NO" symbol="1"/>
      <category type="NULL" render="true" label="Sin dato" uuid="{ce6cd13c-9f8e-4566-8ba5-d31850b17924}" value="NULL" symbol="2"/>
    </categories>
    <symbols>
      <symbol type="marker" is_animated="0" frame_rate="10" name="0" alpha="1" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" id="{667fbf1e-7547-40cd-bd50-80dfad0e8e52}" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="26,150,65,255,rgb:0.10196078431372549,0.58823529411764708,0.25490196078431371,1"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.2"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" is_animated="0" frame_rate="10" name="1" alpha="1" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" id="{8535f098-6b85-4491-89c3-92a5ef51a8fe}" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="215,25,28,255,rgb:0.84313725490196079,0.09803921568627451,0.10980392156862745,1"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.2"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol type="marker" is_animated="0" frame_rate="10" name="2" alpha="1" force_rhr="0" clip_to_extent="1">
        <data_defined_properties>
          <Option type="Map">
            <Option type="QString" name="name" value=""/>
            <Option name="properties"/>
            <Option type="QString" name="type" value="collection"/>
          </Option>
        </data_defined_properties>
        <layer enabled="1" locked="0" pass="0" id="{77b19ad7-3eb0-4cd8-8ccc-577a3681fafe}" class="SimpleMarker">
          <Option type="Map">
            <Option type="QString" name="angle" value="0"/>
            <Option type="QString" name="cap_style" value="square"/>
            <Option type="QString" name="color" value="158,158,158,255,rgb:0.61960784313725492,0.61960784313725492,0.61960784313725492,1"/>
            <Option type="QString" name="horizontal_anchor_point" value="1"/>
            <Option type="QString" name="joinstyle" value="bevel"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="offset" value="0,0"/>
            <Option type="QString" name="offset_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="offset_unit" value="MM"/>
            <Option type="QString" name="outline_color" value="255,255,255,255,rgb:1,1,1,1"/>
            <Option type="QString" name="outline_style" value="solid"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="outline_width_unit" value="MM"/>
            <Option type="QString" name="scale_method" value="diameter"/>
            <Option type="QString" name="size" value="2.2"/>
            <Option type="QString" name="size_map_unit_scale" value="3x:0,0,0,0,0,0"/>
            <Option type="QString" name="size_unit" value="MM"/>
            <Option type="QString" name="vertical_anchor_point" value="1"/>
          </Option>
          <data_defined_properties>
            <Option type="Map">
              <Option type="QString" name="name" value=""/>
              <Option name="properties"/>
              <Option type="QString" name="type" value="collection"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <rotation/>
    <sizescale/>
    <data-defined-properties>
      <Option type="Map">
        <Option type="QString" name="name" value=""/>
        <Option name="properties"/>
        <Option type="QString" name="type" value="collection"/>
      </Option>
    </data-defined-properties>
  </renderer-v2>
  <selection mode="Default">
    <selectionColor invalid="1"/>
  </selection>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend type="default-vector" showLabelLegend="0"/>
  <fieldConfiguration>
    <field name="fid" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="system_id" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="name" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="divisions" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="altitude_m" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="year_built" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="population_served" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="dwellings_served" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="gravity" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="pumped" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="water_dry_season" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="water_rainy_season" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="survey_date" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="eia" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ubigeo" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="treatment_type" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="treatment_works" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="treatment_condition" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="source_type" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="source_flow" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="source_flow_unit" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="catchment_condition" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="organic_contamination" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="inorganic_contamination" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="source_protection" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="storage_volume" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="storage_volume_unit" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="storage_condition" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="service_hours" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="connections" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="distribution_condition" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="latitude" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="longitude" configurationFlags="NoFlag">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="fid" name=""/>
    <alias index="1" field="system_id" name=""/>
    <alias index="2" field="name" name=""/>
    <alias index="3" field="divisions" name=""/>
    <alias index="4" field="altitude_m" name=""/>
    <alias index="5" field="year_built" name=""/>
    <alias index="6" field="population_served" name=""/>
    <alias index="7" field="dwellings_served" name=""/>
    <alias index="8" field="gravity" name=""/>
    <alias index="9" field="pumped" name=""/>
    <alias index="10" field="water_dry_season" name=""/>
    <alias index="11" field="water_rainy_season" name=""/>
    <alias index="12" field="survey_date" name=""/>
    <alias index="13" field="eia" name=""/>
    <alias index="14" field="ubigeo" name=""/>
    <alias index="15" field="treatment_type" name=""/>
    <alias index="16" field="treatment_works" name=""/>
    <alias index="17" field="treatment_condition" name=""/>
    <alias index="18" field="source_type" name=""/>
    <alias index="19" field="source_flow" name=""/>
    <alias index="20" field="source_flow_unit" name=""/>
    <alias index="21" field="catchment_condition" name=""/>
    <alias index="22" field="organic_contamination" name=""/>
    <alias index="23" field="inorganic_contamination" name=""/>
    <alias index="24" field="source_protection" name=""/>
    <alias index="25" field="storage_volume" name=""/>
    <alias index="26" field="storage_volume_unit" name=""/>
    <alias index="27" field="storage_condition" name=""/>
    <alias index="28" field="service_hours" name=""/>
    <alias index="29" field="connections" name=""/>
    <alias index="30" field="distribution_condition" name=""/>
    <alias index="31" field="latitude" name=""/>
    <alias index="32" field="longitude" name=""/>
  </aliases>
  <splitPolicies>
    <policy policy="Duplicate" field="fid"/>
    <policy policy="Duplicate" field="system_id"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="divisions"/>
    <policy policy="Duplicate" field="altitude_m"/>
    <policy policy="Duplicate" field="year_built"/>
    <policy policy="Duplicate" field="population_served"/>
    <policy policy="Duplicate" field="dwellings_served"/>
    <policy policy="Duplicate" field="gravity"/>
    <policy policy="Duplicate" field="pumped"/>
    <policy policy="Duplicate" field="water_dry_season"/>
    <policy policy="Duplicate" field="water_rainy_season"/>
    <policy policy="Duplicate" field="survey_date"/>
    <policy policy="Duplicate" field="eia"/>
    <policy policy="Duplicate" field="ubigeo"/>
    <policy policy="Duplicate" field="treatment_type"/>
    <policy policy="Duplicate" field="treatment_works"/>
    <policy policy="Duplicate" field="treatment_condition"/>
    <policy policy="Duplicate" field="source_type"/>
    <policy policy="Duplicate" field="source_flow"/>
    <policy policy="Duplicate" field="source_flow_unit"/>
    <policy policy="Duplicate" field="catchment_condition"/>
    <policy policy="Duplicate" field="organic_contamination"/>
    <policy policy="Duplicate" field="inorganic_contamination"/>
    <policy policy="Duplicate" field="source_protection"/>
    <policy policy="Duplicate" field="storage_volume"/>
    <policy policy="Duplicate" field="storage_volume_unit"/>
    <policy policy="Duplicate" field="storage_condition"/>
    <policy policy="Duplicate" field="service_hours"/>
    <policy policy="Duplicate" field="connections"/>
    <policy policy="Duplicate" field="distribution_condition"/>
    <policy policy="Duplicate" field="latitude"/>
    <policy policy="Duplicate" field="longitude"/>
  </splitPolicies>
  <duplicatePolicies>
    <policy policy="Duplicate" field="fid"/>
    <policy policy="Duplicate" field="system_id"/>
    <policy policy="Duplicate" field="name"/>
    <policy policy="Duplicate" field="divisions"/>
    <policy policy="Duplicate" field="altitude_m"/>
    <policy policy="Duplicate" field="year_built"/>
    <policy policy="Duplicate" field="population_served"/>
    <policy policy="Duplicate" field="dwellings_served"/>
    <policy policy="Duplicate" field="gravity"/>
    <policy policy="Duplicate" field="pumped"/>
    <policy policy="Duplicate" field="water_dry_season"/>
    <policy policy="Duplicate" field="water_rainy_season"/>
    <policy policy="Duplicate" field="survey_date"/>
    <policy policy="Duplicate" field="eia"/>
    <policy policy="Duplicate" field="ubigeo"/>
    <policy policy="Duplicate" field="treatment_type"/>
    <policy policy="Duplicate" field="treatment_works"/>
    <policy policy="Duplicate" field="treatment_condition"/>
    <policy policy="Duplicate" field="source_type"/>
    <policy policy="Duplicate" field="source_flow"/>
    <policy policy="Duplicate" field="source_flow_unit"/>
    <policy policy="Duplicate" field="catchment_condition"/>
    <policy policy="Duplicate" field="organic_contamination"/>
    <policy policy="Duplicate" field="inorganic_contamination"/>
    <policy policy="Duplicate" field="source_protection"/>
    <policy policy="Duplicate" field="storage_volume"/>
    <policy policy="Duplicate" field="storage_volume_unit"/>
    <policy policy="Duplicate" field="storage_condition"/>
    <policy policy="Duplicate" field="service_hours"/>
    <policy policy="Duplicate" field="connections"/>
    <policy policy="Duplicate" field="distribution_condition"/>
    <policy policy="Duplicate" field="latitude"/>
    <policy policy="Duplicate" field="longitude"/>
  </duplicatePolicies>
  <defaults>
    <default applyOnUpdate="0" field="fid" expression=""/>
    <default applyOnUpdate="0" field="system_id" expression=""/>
    <default applyOnUpdate="0" field="name" expression=""/>
    <default applyOnUpdate="0" field="divisions" expression=""/>
    <default applyOnUpdate="0" field="altitude_m" expression=""/>
    <default applyOnUpdate="0" field="year_built" expression=""/>
    <default applyOnUpdate="0" field="population_served" expression=""/>
    <default applyOnUpdate="0" field="dwellings_served" expression=""/>
    <default applyOnUpdate="0" field="gravity" expression=""/>
    <default applyOnUpdate="0" field="pumped" expression=""/>
    <default applyOnUpdate="0" field="water_dry_season" expression=""/>
    <default applyOnUpdate="0" field="water_rainy_season" expression=""/>
    <default applyOnUpdate="0" field="survey_date" expression=""/>
    <default applyOnUpdate="0" field="eia" expression=""/>
    <default applyOnUpdate="0" field="ubigeo" expression=""/>
    <default applyOnUpdate="0" field="treatment_type" expression=""/>
    <default applyOnUpdate="0" field="treatment_works" expression=""/>
    <default applyOnUpdate="0" field="treatment_condition" expression=""/>
    <default applyOnUpdate="0" field="source_type" expression=""/>
    <default applyOnUpdate="0" field="source_flow" expression=""/>
    <default applyOnUpdate="0" field="source_flow_unit" expression=""/>
    <default applyOnUpdate="0" field="catchment_condition" expression=""/>
    <default applyOnUpdate="0" field="organic_contamination" expression=""/>
    <default applyOnUpdate="0" field="inorganic_contamination" expression=""/>
    <default applyOnUpdate="0" field="source_protection" expression=""/>
    <default applyOnUpdate="0" field="storage_volume" expression=""/>
    <default applyOnUpdate="0" field="storage_volume_unit" expression=""/>
    <default applyOnUpdate="0" field="storage_condition" expression=""/>
    <default applyOnUpdate="0" field="service_hours" expression=""/>
    <default applyOnUpdate="0" field="connections" expression=""/>
    <default applyOnUpdate="0" field="distribution_condition" expression=""/>
    <default applyOnUpdate="0" field="latitude" expression=""/>
    <default applyOnUpdate="0" field="longitude" expression=""/>
  </defaults>
  <constraints>
    <constraint field="fid" constraints="3" exp_strength="0" unique_strength="1" notnull_strength="1"/>
    <constraint field="system_id" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="name" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="divisions" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="altitude_m" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="year_built" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="population_served" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="dwellings_served" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="gravity" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="pumped" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="water_dry_season" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="water_rainy_season" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="survey_date" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="eia" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="ubigeo" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="treatment_type" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="treatment_works" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="treatment_condition" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="source_type" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="source_flow" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="source_flow_unit" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="catchment_condition" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="organic_contamination" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="inorganic_contamination" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="source_protection" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="storage_volume" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="storage_volume_unit" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="storage_condition" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="service_hours" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="connections" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="distribution_condition" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="latitude" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
    <constraint field="longitude" constraints="0" exp_strength="0" unique_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint desc="" field="fid" exp=""/>
    <constraint desc="" field="system_id" exp=""/>
    <constraint desc="" field="name" exp=""/>
    <constraint desc="" field="divisions" exp=""/>
    <constraint desc="" field="altitude_m" exp=""/>
    <constraint desc="" field="year_built" exp=""/>
    <constraint desc="" field="population_served" exp=""/>
    <constraint desc="" field="dwellings_served" exp=""/>
    <constraint desc="" field="gravity" exp=""/>
    <constraint desc="" field="pumped" exp=""/>
    <constraint desc="" field="water_dry_season" exp=""/>
    <constraint desc="" field="water_rainy_season" exp=""/>
    <constraint desc="" field="survey_date" exp=""/>
    <constraint desc="" field="eia" exp=""/>
    <constraint desc="" field="ubigeo" exp=""/>
    <constraint desc="" field="treatment_type" exp=""/>
    <constraint desc="" field="treatment_works" exp=""/>
    <constraint desc="" field="treatment_condition" exp=""/>
    <constraint desc="" field="source_type" exp=""/>
    <constraint desc="" field="source_flow" exp=""/>
    <constraint desc="" field="source_flow_unit" exp=""/>
    <constraint desc="" field="catchment_condition" exp=""/>
    <constraint desc="" field="organic_contamination" exp=""/>
    <constraint desc="" field="inorganic_contamination" exp=""/>
    <constraint desc="" field="source_protection" exp=""/>
    <constraint desc="" field="storage_volume" exp=""/>
    <constraint desc="" field="storage_volume_unit" exp=""/>
    <constraint desc="" field="storage_condition" exp=""/>
    <constraint desc="" field="service_hours" exp=""/>
    <constraint desc="" field="connections" exp=""/>
    <constraint desc="" field="distribution_condition" exp=""/>
    <constraint desc="" field="latitude" exp=""/>
    <constraint desc="" field="longitude" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortOrder="0" actionWidgetStyle="dropDown" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip enabled="1"></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
