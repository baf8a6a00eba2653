"""A WMTS 1.0.0 GetCapabilities document for one item: layer "default", style "rgb",
tile matrix sets EPSG3857 (GoogleMapsCompatible) and EPSG4326, KVP and RESTful access."""

from xml.sax.saxutils import escape

from shapely.geometry import shape

WEB_MERCATOR_EXTENT = 20037508.3427892
# Scale denominator of zoom 0 (0.28 mm pixels): 256 px over the equator / over 180 degrees.
SCALE_3857 = 559082264.0287178
SCALE_4326 = 279541132.0143589


def _matrices_3857(max_zoom):
    return "".join(
        f"""
      <TileMatrix><ows:Identifier>{z}</ows:Identifier>
        <ScaleDenominator>{SCALE_3857 / 2**z!r}</ScaleDenominator>
        <TopLeftCorner>-{WEB_MERCATOR_EXTENT} {WEB_MERCATOR_EXTENT}</TopLeftCorner><TileWidth>256</TileWidth>
        <TileHeight>256</TileHeight><MatrixWidth>{2**z}</MatrixWidth><MatrixHeight>{2**z}</MatrixHeight></TileMatrix>"""
        for z in range(max_zoom + 1)
    )


def _matrices_4326(max_zoom):
    return "".join(
        f"""
      <TileMatrix><ows:Identifier>{z}</ows:Identifier>
        <ScaleDenominator>{SCALE_4326 / 2**z!r}</ScaleDenominator>
        <TopLeftCorner>90 -180</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight>
        <MatrixWidth>{2 ** (z + 1)}</MatrixWidth><MatrixHeight>{2**z}</MatrixHeight></TileMatrix>"""
        for z in range(max_zoom + 1)
    )


def capabilities_xml(wmts_url, item, matrix_sets, max_zoom):
    west, south, east, north = shape(item["geometry"]).bounds
    url = escape(wmts_url)
    links = "".join(
        f"<TileMatrixSetLink><TileMatrixSet>{name}</TileMatrixSet></TileMatrixSetLink>"
        for name in matrix_sets
    )
    title = escape(
        f"{item['properties'].get('platform', '')} {item['properties'].get('acquisitionDate', '')}"
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1"
  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:gml="http://www.opengis.net/gml" version="1.0.0">
  <ows:ServiceIdentification><ows:Title>OneAtlas simulator WMTS</ows:Title>
    <ows:ServiceType>OGC WMTS</ows:ServiceType><ows:ServiceTypeVersion>1.0.0</ows:ServiceTypeVersion>
  </ows:ServiceIdentification>
  <ows:OperationsMetadata>
    <ows:Operation name="GetCapabilities"><ows:DCP><ows:HTTP><ows:Get xlink:href="{url}?">
      <ows:Constraint name="GetEncoding"><ows:AllowedValues><ows:Value>KVP</ows:Value></ows:AllowedValues>
      </ows:Constraint></ows:Get></ows:HTTP></ows:DCP></ows:Operation>
    <ows:Operation name="GetTile"><ows:DCP><ows:HTTP><ows:Get xlink:href="{url}?">
      <ows:Constraint name="GetEncoding"><ows:AllowedValues><ows:Value>KVP</ows:Value></ows:AllowedValues>
      </ows:Constraint></ows:Get></ows:HTTP></ows:DCP></ows:Operation>
  </ows:OperationsMetadata>
  <Contents>
    <Layer>
      <ows:Title>{title}</ows:Title>
      <ows:WGS84BoundingBox><ows:LowerCorner>{west} {south}</ows:LowerCorner>
        <ows:UpperCorner>{east} {north}</ows:UpperCorner></ows:WGS84BoundingBox>
      <ows:Identifier>default</ows:Identifier>
      <Style isDefault="true"><ows:Identifier>rgb</ows:Identifier></Style>
      <Format>image/png</Format>
      {links}
      <ResourceURL format="image/png" resourceType="tile"
        template="{url}/tiles/1.0.0/default/rgb/{{TileMatrixSet}}/{{TileMatrix}}/{{TileCol}}/{{TileRow}}.png"/>
    </Layer>
    <TileMatrixSet>
      <ows:Identifier>EPSG3857</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS>
      <WellKnownScaleSet>urn:ogc:def:wkss:OGC:1.0:GoogleMapsCompatible</WellKnownScaleSet>{_matrices_3857(max_zoom)}
    </TileMatrixSet>
    <TileMatrixSet>
      <ows:Identifier>EPSG4326</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:EPSG::4326</ows:SupportedCRS>
      {_matrices_4326(max_zoom)}
    </TileMatrixSet>
  </Contents>
</Capabilities>
"""
