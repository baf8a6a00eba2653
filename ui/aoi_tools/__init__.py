"""How the AOI section gets a geometry: map tools (rectangle, polygon, pick a feature) and layer or file
sources (selected features, a vector file, the map extent). Every source hands back a QGIS geometry and its
CRS; the section moves it to WGS84 and checks it."""
