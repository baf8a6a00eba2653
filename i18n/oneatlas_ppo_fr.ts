<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AccountHeader</name>
        <message>
            <location filename="../ui/connection/account_header.py" line="52" />
            <source>API key and connection settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" line="81" />
            <location filename="../ui/connection/account_header.py" line="110" />
            <source>Not connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" line="82" />
            <location filename="../ui/connection/account_header.py" line="118" />
            <source>Open the settings to add your API key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" line="100" />
            <source>Connected as {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" line="101" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" line="105" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" line="107" />
            <source>Your API key is stored, encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" line="110" />
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" line="112" />
            <source>API key rejected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" line="113" />
            <source>Open settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" line="115" />
            <source>Not connected: connection failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" line="116" />
            <source>Try again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AoiDrawing</name>
        <message>
            <location filename="../ui/aoi/drawing.py" line="76" />
            <source>Press and drag on the map to draw a rectangle. Esc cancels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/drawing.py" line="115" />
            <source>Click to add vertices; double-click or right-click to finish. Backspace removes the last vertex, Esc cancels.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AoiPicking</name>
        <message>
            <location filename="../ui/aoi/picking.py" line="29" />
            <source>Click a polygon on the map to use it as the AOI. Esc cancels.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AoiReportView</name>
        <message>
            <location filename="../ui/aoi/report_view.py" line="29" />
            <source>Repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="30" />
            <source>Merge parts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="32" />
            <source>Keep largest part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="33" />
            <source>Convex hull</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="34" />
            <source>Fill holes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="35" />
            <source>Simplify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="63" />
            <source>{fix} (−{area})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="64" />
            <source>{fix} (+{area})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="88" />
            <source>No automatic fix: change the area yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="91" />
            <source>Suggested: {fix}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="99" />
            <source>One order per part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="101" />
            <source>Keep every part: the order form prices and places one order per part, with the total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="144" />
            <source>Fix all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="147" />
            <source>Apply each suggested fix in turn, never one that drops area: separate parts become their convex hull (one Undo brings everything back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="161" />
            <source>Grow the area around its centre, keeping its shape, to the minimum you are billed for anyway (Undo brings it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="171" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="173" />
            <source>Bring back the AOI as it was before the last fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="194" />
            <source>unknown area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="197" />
            <source>{area} · {vertices} (at most {limit} per polygon)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="202" />
            <source>One order per part: {count} parts ({areas}), each accepted by OneAtlas. The order form prices and places one order for each, with the total.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="209" />
            <source>OneAtlas accepts this area as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="214" />
            <source>1 problem to fix before ordering:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="215" />
            <source>{count} problems to fix before ordering:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="238" />
            <source>this product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="240" />
            <source>Billed as at least {minimum} for {product}: your area is {area}, so you pay for {billed} whatever you draw.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="246" />
            <source>Enlarge to {minimum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="249" />
            <source>Above the {minimum} minimum for {product}: you are billed for the area itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" line="256" />
            <source>Changed: {what}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AoiSection</name>
        <message>
            <location filename="../ui/aoi/tab.py" line="88" />
            <source>Drawn rectangle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="89" />
            <source>Drawn polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="92" />
            <source>No polygon under the cursor in the visible layers. Click inside a polygon, or press Esc.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="118" />
            <source>Draw a rectangle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="120" />
            <source>Draw a polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="121" />
            <source>Pick a polygon on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="126" />
            <source>Use the current map extent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="129" />
            <source>Import from a file (GeoJSON, KML, Shapefile, GeoPackage…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="132" />
            <source>Zoom to the AOI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="133" />
            <source>Clear the AOI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="143" />
            <source>Polygon layer whose selected features make the AOI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="147" />
            <source>Use selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="149" />
            <source>Use the selected features of this layer (merged) as the AOI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="169" />
            <location filename="../ui/aoi/tab.py" line="258" />
            <location filename="../ui/aoi/tab.py" line="358" />
            <source>Draw, pick or import the area you want imagery of.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="279" />
            <source>Import an AOI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="299" />
            <source>This shape cannot be converted to longitude/latitude from {crs} ({error}). Check the layer's coordinate reference system.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="331" />
            <source>Kept every part: one order per part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" line="341" />
            <source>Enlarged around its centre to the {minimum:g} km² minimum you are billed for.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AoiSources</name>
        <message>
            <location filename="../ui/aoi/sources.py" line="65" />
            <source>Feature {id} of '{layer}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="71" />
            <source>Choose a polygon layer first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="74" />
            <source>No feature is selected in '{layer}'. Select one or more polygons on the map (Select Features tool), then use the selection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="78" />
            <source>{count} features are selected in '{layer}': an AOI is one area. Select fewer polygons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="82" />
            <source>The selected features of '{layer}' have no geometry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="87" />
            <source>{count} selected features of '{layer}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="94" />
            <source>The map shows nothing yet: add a layer or zoom to your area first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="96" />
            <source>Map extent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="125" />
            <source>{name} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="128" />
            <source>QGIS cannot read {name} as a vector file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="131" />
            <source>{name} has {count} features: an AOI is one area. Open the file in QGIS, select the polygons you need and use the selection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="138" />
            <source>File {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="140" />
            <source>, layer '{layer}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="142" />
            <source> (first of {count} layers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="144" />
            <source>, {count} polygons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" line="146" />
            <source>{name} holds no polygon (only points or lines?). An AOI must be an area.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchiveCriteriaBox</name>
        <message>
            <location filename="../ui/archive/criteria_box.py" line="21" />
            <source>≤ {cloud:.0f} % cloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/criteria_box.py" line="22" />
            <source>≤ {angle:.0f}°</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/criteria_box.py" line="65" />
            <source>Search criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/criteria_box.py" line="66" />
            <source>Hide the search criteria (more room for the results)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/criteria_box.py" line="69" />
            <source>Searched: {summary}
Click to change the criteria</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchiveOrder</name>
        <message>
            <location filename="../ui/archive/order.py" line="15" />
            <source>, {cloud:.0f} % cloud</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/order.py" line="31" />
            <source>Order {family} archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/order.py" line="32" />
            <source>{count} {family} scene(s):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/order.py" line="34" />
            <source>Scenes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/order.py" line="35" />
            <source>You are about to order {count} archive scene(s). This is a paid order: the amount below will be charged to your contract.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchiveOrderForm</name>
        <message>
            <location filename="../ui/ordering/details_form.py" line="68" />
            <source>Organisation that will use the images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="79" />
            <source>Your own reference: it names the delivered files and appears on the invoice. Use a new one for each order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="84" />
            <source>name@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="88" />
            <source>Primary market</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="89" />
            <source>End user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="90" />
            <source>End user country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="91" />
            <source>Your reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="92" />
            <source>Notify e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="114" />
            <source>Choose the market…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="156" />
            <source>Choose the market the images are for (the API requires it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="159" />
            <source>Pléiades Neo orders need the end user's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="162" />
            <source>Pléiades Neo orders need the end user's country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="164" />
            <source>'{code}' is not a country code OneAtlas knows (two letters, e.g. FR).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="168" />
            <source>Give the order a reference (it names the delivered files).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="170" />
            <source>Use only letters, digits and _ . : - in the reference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="173" />
            <source>Give an e-mail address for the order and delivery notices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" line="175" />
            <source>'{email}' is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchiveProductHint</name>
        <message>
            <location filename="../ui/archive/product_hint.py" line="55" />
            <source>Looking up the archive product</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchiveQuicklooks</name>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" line="98" />
            <source>The quicklook of {platform} {date} could not be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" line="106" />
            <source>The quicklooks could not be loaded (see the plugin log).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" line="108" />
            <source>Loading quicklooks for the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" line="149" />
            <source>Archive quicklooks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" line="155" />
            <source>Quicklook {platform} {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" line="158" />
            <source>The quicklook of {platform} {date} could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" line="162" />
            <source>OneAtlas quicklook of {id}, stretched over the footprint's bounding box: quicklooks are not georeferenced, so its placement is approximate.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchiveResults</name>
        <message>
            <location filename="../ui/archive/results.py" line="166" />
            <source>{family} {platform}, {when}
{identifier}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchiveSearchForm</name>
        <message>
            <location filename="../ui/archive/search_form.py" line="80" />
            <source>Satellites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" line="93" />
            <source>Acquired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" line="98" />
            <source>Max. cloud cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" line="100" />
            <source>Max. incidence angle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" line="107" />
            <source>Sort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" line="146" />
            <source>Choose at least one satellite family.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" line="148" />
            <source>The start date is after the end date.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchiveSection</name>
        <message>
            <location filename="../ui/archive/quicklook_popup.py" line="19" />
            <source>Quicklook: {platform} {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/quicklook_popup.py" line="20" />
            <source>{family} {platform}, acquired {date}, cloud cover {cloud}, incidence {incidence}.
{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/quicklook_popup.py" line="33" />
            <source>Not connected: the quicklook cannot be loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/quicklook_popup.py" line="47" />
            <source>Loading a quicklook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="105" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="107" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="126" />
            <source>Load more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="132" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="134" />
            <source>Show the quicklook of the selected scene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="136" />
            <location filename="../ui/archive/tab.py" line="303" />
            <source>Order…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="174" />
            <source>OneAtlas would refuse the current area of interest: fix it in the AOI tab first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="177" />
            <source>Draw or choose an area of interest in the AOI tab first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="179" />
            <source>Searching over the current area of interest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="192" />
            <source>Not connected: open the settings and add your API key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="208" />
            <source>Correct the search criteria marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="249" />
            <source>Searching the OneAtlas archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="252" />
            <source>Searching the archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="252" />
            <source>Loading more results…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="260" />
            <source>Search cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="279" />
            <source>No scene matches these criteria over your area. Widen the dates or allow more clouds or a larger incidence angle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="282" />
            <source>{shown} of {total} scenes shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="302" />
            <source>Order {count} scene(s)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/tab.py" line="358" />
            <source>Order scenes of one satellite family at a time: Pléiades Neo, Pléiades and SPOT are different products (uncheck the others).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArchiveThumbnails</name>
        <message>
            <location filename="../ui/archive/thumbnails.py" line="124" />
            <source>Loading archive thumbnails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/thumbnails.py" line="144" />
            <source>Loading the quicklook…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/archive/thumbnails.py" line="161" />
            <source>The quicklook could not be read (not an image).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionSettings</name>
        <message>
            <location filename="../ui/connection/settings.py" line="32" />
            <source>Enter the server address, for example http://127.0.0.1:8765.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings.py" line="35" />
            <source>The server address must start with http:// or https:// and name a host, for example http://127.0.0.1:8765.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings.py" line="40" />
            <source>The port in the server address is not a valid number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings.py" line="42" />
            <source>The server address must not contain a user name, a password, '?' or '#'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings.py" line="70" />
            <source>local simulator at {origin}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings.py" line="72" />
            <source>server {origin}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings.py" line="73" />
            <location filename="../ui/connection/settings.py" line="78" />
            <source>OneAtlas (production)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings.py" line="82" />
            <source>Local simulator {address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings.py" line="83" />
            <source>Server {address}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <location filename="../ui/connection/credentials.py" line="66" />
            <source>Your stored API key is still locked: QGIS's master password was not entered. Connect again and enter the master password, or type the key again in the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/credentials.py" line="77" />
            <source>The API key is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/credentials.py" line="80" />
            <source>QGIS's authentication database is not available, so the key cannot be stored encrypted. It will be used for this QGIS session only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/credentials.py" line="84" />
            <source>The API key could not be stored: QGIS's master password was not entered. The key will be used for this QGIS session only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <location filename="../ui/orders/downloads.py" line="68" />
            <source>Cancel download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" line="90" />
            <source>Download the product into…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" line="104" />
            <source>Downloading {reference} into {folder}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" line="121" />
            <source>OneAtlas: downloading {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" line="143" />
            <source> (downloaded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" line="149" />
            <source>Downloaded and verified (checksum): {where}. Unpacked next to it{layers}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" line="151" />
            <source> and opened on the map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" line="155" />
            <source>Download cancelled: nothing was kept. Download again to start afresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" line="165" />
            <source>The part received is kept as {path} (not a finished product).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../ui/common/formatting.py" line="31" />
            <source>unknown back-end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/common/formatting.py" line="50" />
            <source>unknown amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/common/formatting.py" line="58" />
            <source>credit not reported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MinimumAreaNote</name>
        <message>
            <location filename="../ui/ordering/minimum_note.py" line="27" />
            <source>Enlarge the AOI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/minimum_note.py" line="29" />
            <source>Grow the area around its centre to the minimum (in the AOI tab; Undo there brings it back), then price again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/minimum_note.py" line="42" />
            <source>{product} is billed as at least {minimum}: your area is {area}, you pay for {minimum} anyway.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MultiOrder</name>
        <message>
            <location filename="../ui/ordering/multi_order.py" line="73" />
            <source>{title}: one order per part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" line="74" />
            <source>Your area has {count} parts: {count} orders will be placed, one per part ({areas}), each with its own reference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" line="79" />
            <source>You are about to place {count} paid orders, one per part of your area, with the same scenes and options. The total below (all parts together) will be charged to your contract.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" line="86" />
            <source>Part {number}: {area}, its own order (reference ending -p{number})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" line="142" />
            <source>Pricing one OneAtlas order per part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" line="163" />
            <source>Placing one OneAtlas order per part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" line="187" />
            <source>Part {number}, {product}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OneAtlasDock</name>
        <message>
            <location filename="../ui/dock.py" line="27" />
            <source>OneAtlas Pay-Per-Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dock.py" line="113" />
            <source>Working: {task}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/dock.py" line="115" />
            <source>Working: {task}… and {count} more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OneAtlasPlugin</name>
        <message>
            <location filename="../plugin.py" line="87" />
            <source>OneAtlas Pay-Per-Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../plugin.py" line="89" />
            <source>Show or hide the OneAtlas Pay-Per-Order panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../plugin.py" line="98" />
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OneAtlasProcessing</name>
        <message>
            <location filename="../processing_provider/base.py" line="105" />
            <source>Cancelled. {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/base.py" line="111" />
            <source>Nothing more was asked of OneAtlas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/connection.py" line="33" />
            <source>No OneAtlas API key is available. Store your key in the plugin settings (Web &gt; OneAtlas Pay-Per-Order &gt; Settings…) and unlock QGIS's authentication database with its master password, or set the environment variable {variable} (the way for qgis_process and servers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/layers.py" line="124" />
            <source>The {what} layer has no polygon to use (no feature, or none selected while 'Selected features only' is ticked).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/layers.py" line="140" />
            <source>The area of interest does not follow the OneAtlas rules: {problems} Run 'Check AOI' with 'Fix' ticked and use its output.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/layers.py" line="160" />
            <source>The scenes layer lacks the field(s) {fields}: use the footprints written by 'Search the archive'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/layers.py" line="178" />
            <source>No scene to use: the scenes layer is empty, or none is selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/layers.py" line="198" />
            <source>The attempts layer has no 'segment_key' field: use the attempts written by 'Tasking feasibility'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../processing_provider/layers.py" line="206" />
            <source>Choose exactly one attempt: select one feature of the attempts layer and tick 'Selected features only' ({count} given). Nothing was ordered.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OptionsForm</name>
        <message>
            <location filename="../ui/ordering/options_form.py" line="28" />
            <source>{low:g} to {high:g} (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/options_form.py" line="123" />
            <source>Choose a value.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderConfirmation</name>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="46" />
            <source>Confirm your order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="59" />
            <location filename="../ui/ordering/confirmation.py" line="107" />
            <source>Total: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="67" />
            <source>Order for {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="93" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="94" />
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="95" />
            <source>Area of interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="96" />
            <source>(the billed area per product is under Price)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="97" />
            <source>Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="98" />
            <source>Market</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="101" />
            <source>End user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="102" />
            <source>Your reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="104" />
            <source>Notices to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" line="105" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="76" />
            <source>Pricing cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="97" />
            <source>Product options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="99" />
            <source>Order details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="118" />
            <source>Get price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="119" />
            <source>Place order…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="121" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="145" />
            <source>Not connected: open the settings and add your API key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="157" />
            <source>Loading the product options and markets…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="159" />
            <source>Loading OneAtlas product options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="169" />
            <source>, {credit} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="171" />
            <source>Product {product} on contract {contract} ({backend}{credit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="207" />
            <source>The options changed: get the price again before ordering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="211" />
            <source>Correct the fields marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="229" />
            <source>Asking OneAtlas for the price…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="247" />
            <source> (minimum order area applied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="248" />
            <source>{product}: {amount} for {area} billed{minimum}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="255" />
            <source>Total: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="303" />
            <source>Not ordered: you cancelled the confirmation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="306" />
            <source>Placing the order…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="313" />
            <source>sales order {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="314" />
            <source>quotation {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="315" />
            <source>Order placed: {ids} (your reference {reference}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="316" />
            <location filename="../ui/ordering/order_dialog.py" line="320" />
            <source>no id yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="318" />
            <source>The connection failed while ordering, but OneAtlas confirms the order exists (once): {ids}, reference {reference}. Do not order again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="323" />
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="337" />
            <source>Check Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="349" />
            <source>Not ordered: see the message under the contract above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="355" />
            <source>OneAtlas refused a field: see the message in red above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="358" />
            <source>OneAtlas refused an option: see the message in red above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" line="386" />
            <source>The order is on its way: wait for OneAtlas's answer before closing.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderSubmission</name>
        <message>
            <location filename="../ui/ordering/submission.py" line="43" />
            <source>We could not confirm whether the order '{reference}' was placed: the connection failed after it was sent. Do not order again; check the Orders tab in a few minutes for this reference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/submission.py" line="116" />
            <source>Pricing a OneAtlas order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/submission.py" line="138" />
            <source>Placing a OneAtlas order</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrdersLayer</name>
        <message>
            <location filename="../ui/orders/orders_layer.py" line="103" />
            <source>the file could not be written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/orders_layer.py" line="111" />
            <source>Save the orders as a GeoPackage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/orders_layer.py" line="112" />
            <source>GeoPackage (*.gpkg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/orders_layer.py" line="119" />
            <source>The orders could not be saved to {path}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/orders_layer.py" line="125" />
            <source>{count} orders saved to {path} and added to the project.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrdersSection</name>
        <message>
            <location filename="../ui/orders/answers.py" line="36" />
            <source>Accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/answers.py" line="36" />
            <source>Refuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/answers.py" line="48" />
            <source>OneAtlas: sending your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/answers.py" line="49" />
            <source>Your answer for {reference} was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/answers.py" line="57" />
            <source>Cancel tasking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/answers.py" line="57" />
            <source>Stop tasking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/answers.py" line="65" />
            <source>OneAtlas: ending the tasking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/answers.py" line="66" />
            <source>Tasking {reference}: request sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="79" />
            <source>Every order of your OneAtlas contracts, newest first. Select a delivered order to open it on the map or download it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="83" />
            <source>Search by reference, date or status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="86" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="97" />
            <location filename="../ui/orders/tab.py" line="307" />
            <source>Open on map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="98" />
            <source>Download…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="99" />
            <source>Stop or cancel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="104" />
            <source>Save orders as a GeoPackage layer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="107" />
            <source>Waiting for your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="114" />
            <source>Accept…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="115" />
            <source>Refuse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="163" />
            <source>Waiting for your answer ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="241" />
            <source>Connect to OneAtlas to see your orders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="248" />
            <source>Reading your orders…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="251" />
            <source>OneAtlas: reading your orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="279" />
            <source>{count} orders · updated {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="291" />
            <source>Could not read your orders: {why} The list shows what was last read; the plugin tries again by itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="301" />
            <source>Order {reference} is delivered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="306" />
            <source>OneAtlas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/tab.py" line="343" />
            <source>Order {reference} was delivered to {where}, not to your OneAtlas workspace: open it from there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="18" />
            <source>Sales order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="19" />
            <source>Quotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="25" />
            <source>tasking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="25" />
            <source>archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="26" />
            <source>(no reference)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="29" />
            <source>ordered {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="37" />
            <source>Order (no id returned yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="38" />
            <source>Reference {reference} · {amount} · placed {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="42" />
            <source>The answer was lost on the way and the order was found afterwards: it exists once. Do not order it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="50" />
            <source>checked: it was NOT placed and nothing was charged; you may order it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="52" />
            <source>could not be confirmed: check your OneAtlas e-mails and orders before ordering again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="54" />
            <source>checked: it exists ({ids}). Do not order it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="57" />
            <source>being checked: do not order again. The connection failed while it was sent; the plugin is finding out whether OneAtlas received it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="59" />
            <source>Reference {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="64" />
            <source>{reference}: quotation {id} for {amount} waits for your answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="66" />
            <source>acquired {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="68" />
            <source>cloud {cloud} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="70" />
            <source>incidence {angle}°</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="72" />
            <source>{reference}: acquisition to accept or refuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="81" />
            <source>Accept quotation {id}? This places the order {reference} for {amount}, charged to contract {contract}. It cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="85" />
            <source>Refuse quotation {id}? Nothing is ordered or charged; to order later you will need a new quotation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="87" />
            <source>(date unknown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="89" />
            <source>Accept the acquisition of {date} for order {reference}? It is then produced and delivered to your workspace. Accepting places no new order{amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="92" />
            <source> (the order's amount, {amount}, stays as it is)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="94" />
            <source>Refuse the acquisition of {date} for order {reference}? Refusing costs nothing. OneAtlas tries again while the order's acquisition window is open (one-plan offers); otherwise the order closes without an image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="101" />
            <source>Cancel the tasking {reference}? Nothing has been acquired yet: the order ends, and OneAtlas returns its amount ({amount}) to the contract's credit once it accepts the cancellation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/orders/texts.py" line="105" />
            <source>Stop the tasking {reference}? No further acquisition is attempted; images already accepted are still delivered. What is billed for a stopped tasking depends on your contract: check with OneAtlas before stopping.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Prefetch</name>
        <message>
            <location filename="../ui/connection/prefetch.py" line="28" />
            <source>OneAtlas: products of contract {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/prefetch.py" line="31" />
            <source>OneAtlas: markets of contract {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/prefetch.py" line="34" />
            <source>OneAtlas: end-user countries</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuotationRequest</name>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="32" />
            <source>This order costs more than the credit left on the contract ({credit}): OneAtlas will refuse it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="34" />
            <source>Credit left on the contract after this order: {left} (now {credit}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="44" />
            <source>Confirm your quotation request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="45" />
            <source>Nothing is charged now: Airbus sends a quotation, which you accept or refuse before it expires.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="49" />
            <source>Request the quotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="64" />
            <source>Request a quotation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="64" />
            <source>Request a quotation instead…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="66" />
            <source>Ask Airbus for a quotation instead of ordering now; nothing is charged until you accept it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="73" />
            <source>Airbus must study this request by hand (MANUAL feasibility): there is no price and no direct order. Request a quotation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="98" />
            <source>A direct order would cost {amount}; the quotation may differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="101" />
            <source>Airbus sets the amount in the quotation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="105" />
            <source>You are about to ask Airbus for a quotation. Nothing is ordered or charged now: the quotation appears in the Tasking tab's list, where you accept or refuse it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="128" />
            <source>No quotation requested: you cancelled the confirmation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="130" />
            <source>Requesting the quotation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="133" />
            <source>Requesting a OneAtlas quotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="147" />
            <source>, {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="149" />
            <source>Quotation {id} requested (reference {reference}{amount}). Accept or refuse it in the Tasking tab's quotation list before it expires; nothing is charged until you accept it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="152" />
            <source>(id not known yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="155" />
            <source>Quotation requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" line="168" />
            <source>We could not confirm whether the quotation request '{reference}' reached OneAtlas: the connection failed after it was sent. Do not request it again; refresh the quotation list in a few minutes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reporting</name>
        <message>
            <location filename="../ui/common/reporting.py" line="20" />
            <source>Unexpected problem ({kind}); the details are in the OneAtlas PPO log (View &gt; Panels &gt; Log Messages).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/connection/session.py" line="69" />
            <source>{backend}: no contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="73" />
            <source>{backend}: {credit} left (contract {contract})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="76" />
            <source>{backend}: {credit} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="96" />
            <source>the proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="97" />
            <source>Could not reach {where} through {proxy} set in QGIS (Settings &gt; Options &gt; Network). Check the proxy address and its user name and password, or ask your IT department.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="101" />
            <source>Could not reach the local simulator at {origin}. Is it running? Start it with 'make simulator', or check the address in the settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="105" />
            <source>Could not reach the server {origin}. Check the address in the settings, your network connection and the QGIS proxy settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="184" />
            <source>No OneAtlas API key is set. Open the plugin settings and enter your API key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="235" />
            <source>OneAtlas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="248" />
            <source>Connecting to {where}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="260" />
            <source>OneAtlas: connecting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="276" />
            <source>OneAtlas: updating the credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="291" />
            <source>OneAtlas: checking orders whose answer was lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/session.py" line="368" />
            <source>The API key was removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="57" />
            <source>OneAtlas Pay-Per-Order settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="73" />
            <source>API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="87" />
            <location filename="../ui/connection/settings_dialog.py" line="229" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="88" />
            <source>Show or hide the key you are typing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="96" />
            <source>Remember the key on this computer (encrypted in the QGIS authentication database)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="106" />
            <source>Forget stored key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="108" />
            <source>Remove the API key from this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="116" />
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="119" />
            <source>OneAtlas (production)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="120" />
            <source>Local simulator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="121" />
            <source>Custom server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="151" />
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="188" />
            <source>Press Save to replace the stored key with the one typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="189" />
            <source>Press Save to keep this key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="191" />
            <source>A key is stored, encrypted. Type a new key only to replace it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="192" />
            <source>(stored key, hidden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="194" />
            <source>A key is in use for this QGIS session only. Type a new key to replace it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="195" />
            <source>(key for this session, hidden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="197" />
            <source>No key yet. Paste the API key created on the OneAtlas portal (My Profile &gt; API keys).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="199" />
            <source>Paste your API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="207" />
            <source>When you save, QGIS will ask for its master password (or ask you to choose one, the first time) to encrypt the key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="223" />
            <source>Network: direct connection (no proxy is set in QGIS's network settings).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="224" />
            <source>Network: through {proxy}, as set in QGIS (Settings &gt; Options &gt; Network).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="229" />
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="255" />
            <source>Enter your API key first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="267" />
            <source>Testing the connection to {where}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="270" />
            <source>OneAtlas: testing the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="276" />
            <source>Connected as {name} on {where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="285" />
            <source>Connection failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" line="292" />
            <source>The API key was removed from this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StreamedLayers</name>
        <message>
            <location filename="../ui/connection/project_watch.py" line="90" />
            <source>This project has {count} image(s) streamed from your OneAtlas workspace. They are switched off until the OneAtlas plugin is connected: open the OneAtlas panel (Web &gt; OneAtlas Pay-Per-Order) and connect; they then appear by themselves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/connection/project_watch.py" line="116" />
            <source>{names}: streamed from another OneAtlas server than the one the plugin is connected to ({base}); connect to that server in the plugin settings to see them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Streaming</name>
        <message>
            <location filename="../ui/orders/streaming.py" line="74" />
            <source>OneAtlas {reference}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../ui/tabs.py" line="96" />
            <source>AOI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tabs.py" line="97" />
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tabs.py" line="98" />
            <source>Tasking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tabs.py" line="99" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskingAttemptsList</name>
        <message>
            <location filename="../ui/tasking/attempts.py" line="24" />
            <source>, incidence {angle:.1f}°</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" line="26" />
            <source>{satellite} pass {utc} (local {local}){incidence}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" line="31" />
            <source>Date and time (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" line="31" />
            <source>Local time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" line="31" />
            <source>Satellite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" line="31" />
            <source>Incidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" line="32" />
            <source>Order before (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" line="74" />
            <source>Segment {id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskingFeasibility</name>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="28" />
            <source>Not feasible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="29" />
            <source>{offer} cannot acquire this area within this window with these constraints.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="31" />
            <source>Widen the window, allow more clouds or a larger incidence angle, or choose another offer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="37" />
            <location filename="../ui/tasking/feasibility_words.py" line="44" />
            <source>Manual study needed (MANUAL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="38" />
            <source>Airbus must study this request by hand (large or difficult area). There is no price and no direct order: Airbus answers with a quotation (an amount valid for a limited time), usually within hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="41" />
            <source>Request a quotation, then accept or refuse it in the Quotations list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="45" />
            <source>Airbus studies this order by hand once it is placed: the tasking starts later than an automatic one, and the acquisition may be rescheduled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="47" />
            <source>Get the price and order; follow the study in the Orders tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="50" />
            <source>Automatic, challenging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="51" />
            <source>Can be ordered now at the listed price, but the request is tight (short window, small incidence angle or busy area): the acquisition may need several tries or fail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="55" />
            <source>Automatic, easy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="56" />
            <source>Can be ordered now at the listed price; the satellites are likely to acquire it in this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="60" />
            <source>Pick one of the {count} attempts below (also on the map), then order it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="62" />
            <source>No satellite pass fits this window and incidence angle: widen them and check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="66" />
            <source>Order the window: Airbus schedules the passes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" line="68" />
            <source>You may also ask for a quotation instead.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskingForm</name>
        <message>
            <location filename="../ui/tasking/form.py" line="80" />
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/form.py" line="89" />
            <source>Window (from, to)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/form.py" line="99" />
            <source>Acquisition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/form.py" line="101" />
            <source>Max. cloud cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/form.py" line="103" />
            <source>A smaller angle gives a sharper, more vertical view but fewer chances of acquisition.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/form.py" line="105" />
            <source>Max. incidence angle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/form.py" line="186" />
            <source>Choose an offer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskingOrder</name>
        <message>
            <location filename="../ui/tasking/order.py" line="32" />
            <source>Request a quotation: {offer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/order.py" line="33" />
            <source>Order a {offer} tasking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/order.py" line="34" />
            <source>New acquisition: {offer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/order.py" line="35" />
            <source>Feasibility: {words}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/order.py" line="36" />
            <source>Acquisition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/order.py" line="37" />
            <source>You are about to order a new acquisition ({offer}). This is a paid order: the amount below will be charged to your contract.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/order.py" line="40" />
            <source>Feasibility: {headline}. {details}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/order.py" line="45" />
            <source>{mode}, at most {cloud} % cloud, incidence up to {angle}°</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/order.py" line="52" />
            <source>Any time from {start} to {end}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskingQuotations</name>
        <message>
            <location filename="../ui/tasking/quotations.py" line="42" />
            <source>not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="44" />
            <source>expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="49" />
            <source>{d} d {h} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="51" />
            <source>{h} h {m:02d} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="52" />
            <source>{m} min {s:02d} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="96" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="97" />
            <source>Accept…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="99" />
            <source>Refuse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="110" />
            <source>Quotations of your Pléiades Neo contracts appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="131" />
            <source>Not connected, or no Pléiades Neo contract: no quotation to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="135" />
            <source>Loading OneAtlas quotations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="150" />
            <source>Valid until {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="153" />
            <source>No quotation yet. Request one from a tasking (or an archive order) on a Pléiades Neo contract.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="156" />
            <source>{count} quotation(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="194" />
            <source>Accept the quotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="195" />
            <source>Accept and order for {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="196" />
            <source>Accepting quotation {id} (reference {reference}) places the order: {amount} will be charged to contract {contract}. This cannot be undone here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="199" />
            <location filename="../ui/tasking/quotations.py" line="199" />
            <source>Refuse the quotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="200" />
            <source>Refusing quotation {id} (reference {reference}, {amount}) cancels it: nothing is ordered or charged, and it cannot be accepted afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="205" />
            <source>Nothing sent: you cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="209" />
            <source>Not connected: open the settings and add your API key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="212" />
            <source>Sending your answer to OneAtlas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="213" />
            <source>Answering a OneAtlas quotation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="223" />
            <source>Quotation {id} accepted: it is now order {order} (reference {reference}), listed in the Orders tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="225" />
            <source>(id not known yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="230" />
            <source>Quotation {id} refused: nothing was ordered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" line="238" />
            <source>{text} Your answer may have reached OneAtlas: do not send it again before the list is refreshed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TaskingSection</name>
        <message>
            <location filename="../ui/tasking/tab.py" line="73" />
            <source>Connect to OneAtlas (above) to see the tasking offers of your contracts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="112" />
            <source>Check feasibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="113" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="137" />
            <source>Ask Airbus for a manual feasibility study (leads to a quotation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="144" />
            <location filename="../ui/tasking/tab.py" line="349" />
            <source>Order…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="149" />
            <source>New acquisition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="153" />
            <source>Quotations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="170" />
            <source>OneAtlas would refuse the current area of interest: fix it in the AOI tab first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="173" />
            <source>Draw or choose an area of interest in the AOI tab first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="175" />
            <source>Tasking over the current area of interest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="183" />
            <source>Not connected: open the settings and add your API key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="193" />
            <source>Loading the tasking offers of your contracts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="194" />
            <source>Loading OneAtlas tasking offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="217" />
            <source>The request changed: check feasibility again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="234" />
            <source>Correct the request marked in red.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="235" />
            <source>No tasking offer to check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="244" />
            <source>Asking OneAtlas whether {offer} can acquire your area…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="245" />
            <source>Checking OneAtlas tasking feasibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="254" />
            <source>Feasibility check cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="349" />
            <source>Request a quotation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" line="352" />
            <source>Pick an attempt in the list or on the map first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../core/aoi.py" line="112" />
            <source>The coordinate reference system {crs} cannot be converted to WGS84 longitude/latitude, so the area cannot be placed on the Earth. Set the layer's coordinate reference system to a geographic or projected one (for example EPSG:4326 or a UTM zone).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="120" />
            <source>Converted from {crs} to WGS84 longitude/latitude.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="131" />
            <source>The coordinate reference system {crs} is unknown, so the area cannot be placed on the Earth. Set the layer's coordinate reference system.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="134" />
            <source>The coordinate reference system {crs} is {words}, so the area cannot be placed on the Earth. Set the layer's coordinate reference system to the one its x/y coordinates are in (a geographic or projected system, for example EPSG:4326 or a UTM zone).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="160" />
            <source>{vertices} could not be converted from {crs} to longitude/latitude (outside the region where that coordinate system is defined, or not numbers). Check the layer's coordinate reference system.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="167" />
            <source>{vertices} lie outside longitude -180..180 / latitude -90..90 (first at {x}, {y}). Check the layer's coordinate reference system.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="172" />
            <source>The area crosses the antimeridian (longitude 180°); OneAtlas cannot take it as one polygon. Split it into two areas, one on each side of 180°, and order them separately.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="179" />
            <source>The area measures 0 km²: its outline is collapsed onto a line or a point. OneAtlas needs a polygon with a surface.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="196" />
            <source>The invalid outline was measured as repaired: {area}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="209" />
            <source>The area has {holes} ({area} in total); OneAtlas does not accept polygons with holes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../core/aoi.py" line="211" />
            <source>%n hole(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../core/aoi.py" line="212" />
            <source>Fill the holes (adds {area}, {percent})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="217" />
            <source>The area has {vertices} (all parts together); OneAtlas accepts at most {maximum}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="219" />
            <source>The area has {vertices}; OneAtlas accepts at most {maximum}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="220" />
            <source>Simplify the outline to at most {maximum} vertices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="222" />
            <source>Replace the area by its convex hull</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="228" />
            <source>The polygon is not valid: {reason}. OneAtlas rejects invalid and self-intersecting polygons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="230" />
            <source>Repair the outline (make valid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="260" />
            <source>The area is only about {width} wide ({area}): narrower than one pixel of the sharpest OneAtlas imagery ({pixel}), and too small to keep its shape once its coordinates are rounded to the {decimals} decimals sent (about 1 cm). Draw a larger area, or check the layer's coordinate reference system (metres read as degrees, or the reverse, shrink an area this much).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="273" />
            <source>a ring of the area collapses to fewer than 4 positions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="275" />
            <source>the outline is no longer valid: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="276" />
            <source>Rounded to the {decimals} decimals sent to OneAtlas (about 1 cm), {what} (a narrow spike or passage folds onto an edge). OneAtlas rejects invalid polygons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="279" />
            <source>Round the outline as it will be sent and repair it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="288" />
            <source>The area has {count} separate parts ({areas}); OneAtlas accepts a single polygon per order. Order the parts separately, or merge them into one polygon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="292" />
            <source>Merge the touching parts into one polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="296" />
            <source>Keep only the largest part ({area}), dropping {dropped} ({percent})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="299" />
            <source>Replace the parts by their convex hull, adding {added} ({percent})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../core/aoi.py" line="309" />
            <source>%n vertex(es)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../core/aoi.py" line="326" />
            <source>The area is {area}, below this product's minimum order area of {minimum}: you will be billed for {billed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi.py" line="330" />
            <source>The area is {area}, at or above this product's minimum order area of {minimum}: you are billed for the area itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi_input.py" line="39" />
            <source>The area is empty: it has no coordinates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi_input.py" line="42" />
            <source>The closed line ({kind}) was read as the outline of a polygon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi_input.py" line="60" />
            <source>a line that is not closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi_input.py" line="62" />
            <source>lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi_input.py" line="64" />
            <source>a point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi_input.py" line="66" />
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi_input.py" line="68" />
            <source>without any polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/aoi_input.py" line="69" />
            <source>The geometry is {what} ({kind}); OneAtlas needs a polygon that encloses an area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="18" />
            <source>The OneAtlas request failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="35" />
            <source>The OneAtlas client is not configured correctly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="39" />
            <source>OneAtlas rejected the API key. Check the key in the plugin settings (it may have been revoked or mistyped) and create a new one on the OneAtlas portal if needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="46" />
            <source>Your OneAtlas account is not allowed to do this. Check that your contract covers this product, or contact your Airbus account manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="53" />
            <source>OneAtlas does not know this item (it may have been removed or the id is wrong).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="90" />
            <source>Your contract does not have enough credit for this order. Reduce the area or top up the contract.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="107" />
            <source>The area of interest cannot be ordered: {details}. Fix it before asking for a price.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="119" />
            <source>This tasking needs a manual feasibility study by Airbus: request a quotation instead of placing an order directly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="129" />
            <source>OneAtlas is receiving too many requests; wait {seconds} seconds and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="131" />
            <source>OneAtlas is receiving too many requests; wait a moment and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="139" />
            <source>The OneAtlas service had an internal problem (HTTP {status}). Try again in a few minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="141" />
            <source>The OneAtlas service had an internal problem. Try again in a few minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="156" />
            <source>OneAtlas did not answer in time. Check your internet connection and proxy settings, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="159" />
            <source>Could not reach OneAtlas through the proxy set in QGIS. Check the proxy settings (Settings &gt; Options &gt; Network).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="162" />
            <source>Could not reach OneAtlas. Check your internet connection and the QGIS proxy settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="170" />
            <source>OneAtlas answered in a form this plugin does not understand (the API may have changed). Update the plugin, or report the problem with the diagnostics.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="189" />
            <source>The order '{reference}' was not placed: the connection failed while sending it and OneAtlas has no record of it after {lookups} searches over several minutes. Nothing was charged; you can safely try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="194" />
            <source>The order '{reference}' was not placed: the connection failed while sending it and OneAtlas has no record of it. Nothing was charged; you can safely try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="210" />
            <source>The connection failed while placing the order '{reference}' and OneAtlas cannot show whether it was received. Do NOT order again before checking your OneAtlas order e-mails and delivered products for this reference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="217" />
            <source>The connection failed while placing the order '{reference}'; whether OneAtlas received it is being checked. Do NOT order again: the Orders tab shows the outcome within a few minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="227" />
            <source>The download was cancelled; no file was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="231" />
            <source>The downloaded file is corrupted (its checksum does not match the one announced by OneAtlas); it was deleted. Download it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/errors.py" line="240" />
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="36" />
            <source>This scene can no longer be ordered (OneAtlas no longer offers it in its archive): search again and choose another scene.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="42" />
            <source>The chosen acquisition attempt is no longer offered (its order deadline may have passed): list the attempts again and choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="45" />
            <source>Choose the end user's country from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="47" />
            <source>Give the name of the end user (the organisation the images are for).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="48" />
            <source>Choose the market the images are for from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="52" />
            <source>Give the order another reference (letters, digits, - _ .).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="54" />
            <source>Give a valid e-mail address for the order notices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="71" />
            <source>OneAtlas refused the chosen scene for this product ({detail}): choose another scene or another product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="73" />
            <source>OneAtlas refused the chosen scene for this product: choose another scene or another product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="78" />
            <source>OneAtlas refused the request: {detail}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="80" />
            <source>OneAtlas refused the request for a reason no setting in this plugin controls ({detail}). Contact {support}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="82" />
            <source>OneAtlas refused the request for a reason no setting in this plugin controls. Contact {support}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="87" />
            <source> OneAtlas says: {detail}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="91" />
            <source>OneAtlas does not accept the production option '{option}' for this product and area: change the options.{said}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="93" />
            <source>OneAtlas does not accept a production option for this product and area: change the options.{said}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="96" />
            <source>OneAtlas does not accept the tasking settings (window, angles or cloud cover): change them.{said}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="99" />
            <source>OneAtlas does not accept the area of interest: change it on the AOI tab.{said}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="102" />
            <source>OneAtlas does not accept this contract for the order: choose another contract.{said}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="105" />
            <source>OneAtlas does not offer this product on this contract: choose another product.{said}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="107" />
            <source>OneAtlas refused the request.{said}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="112" />
            <source>Contact {support} with the order reference '{reference}' and the request id {request}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="115" />
            <source>Contact {support} with the order reference '{reference}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="118" />
            <source>Contact {support} with the request id {request}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../core/field_words.py" line="120" />
            <source>Contact {support}.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
