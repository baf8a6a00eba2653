<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AccountHeader</name>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>API key and connection settings</source>
            <translation>Clé API et paramètres de connexion</translation>
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>Not connected.</source>
            <translation>Non connecté.</translation>
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>Open the settings to add your API key.</source>
            <translation>Ouvrez les paramètres pour ajouter votre clé API.</translation>
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>Connected as {name}</source>
            <translation>Connecté en tant que {name}</translation>
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>Your API key is stored, encrypted.</source>
            <translation>Votre clé API est enregistrée, chiffrée.</translation>
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>Connect</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>API key rejected.</source>
            <translation>Clé API refusée.</translation>
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>Open settings</source>
            <translation>Ouvrir les paramètres</translation>
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>Not connected: connection failed.</source>
            <translation>Non connecté : la connexion a échoué.</translation>
        </message>
        <message>
            <location filename="../ui/connection/account_header.py" />
            <source>Try again</source>
            <translation>Réessayer</translation>
        </message>
    </context>
    <context>
        <name>AfterOrder</name>
        <message>
            <location filename="../ui/ordering/after_order.py" />
            <source>sales order {id}</source>
            <translation>commande {id}</translation>
        </message>
        <message>
            <location filename="../ui/ordering/after_order.py" />
            <source>quotation {id}</source>
            <translation>devis {id}</translation>
        </message>
        <message>
            <location filename="../ui/ordering/after_order.py" />
            <source>The connection failed while ordering, but OneAtlas confirms the order exists (once): {ids}, reference {reference}. Do not order again.</source>
            <translation>La connexion a échoué pendant la commande, mais OneAtlas confirme que la commande existe (une seule fois) : {ids}, référence {reference}. Ne commandez pas de nouveau.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/after_order.py" />
            <source>no id yet</source>
            <translation>identifiant pas encore connu</translation>
        </message>
        <message>
            <location filename="../ui/ordering/after_order.py" />
            <source>Order placed: {ids} (your reference {reference}).</source>
            <translation>Commande passée : {ids} (votre référence {reference}).</translation>
        </message>
        <message>
            <location filename="../ui/ordering/after_order.py" />
            <source>OneAtlas e-mails {email} when it confirms the order and when it delivers it. </source>
            <translation>OneAtlas envoie un e-mail à {email} quand il confirme la commande et quand il la livre. </translation>
        </message>
        <message>
            <location filename="../ui/ordering/after_order.py" />
            <source>Follow it in the Orders tab of this panel (reference {reference}): the delivered images appear there, ready to add to the map or download, and in your OneAtlas delivery workspace (My Data).</source>
            <translation>Suivez-la dans l'onglet Commandes de ce panneau (référence {reference}) : les images livrées y apparaissent, prêtes à être ajoutées à la carte ou téléchargées, ainsi que dans votre espace de livraison OneAtlas (My Data).</translation>
        </message>
        <message>
            <location filename="../ui/ordering/after_order.py" />
            <source>What happens next:</source>
            <translation>Prochaines étapes :</translation>
        </message>
    </context>
    <context>
        <name>AoiChecking</name>
        <message>
            <location filename="../ui/aoi/checking.py" />
            <source>This shape cannot be converted to longitude/latitude from {crs} ({error}). Check the layer's coordinate reference system.</source>
            <translation>Cette forme ne peut pas être convertie en longitude/latitude depuis {crs} ({error}). Vérifiez le système de coordonnées de référence de la couche.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/checking.py" />
            <source>The area of interest could not be checked: {error}</source>
            <translation>La zone d'intérêt n'a pas pu être vérifiée : {error}</translation>
        </message>
        <message>
            <location filename="../ui/aoi/checking.py" />
            <source>Checking the area of interest…</source>
            <translation>Vérification de la zone d'intérêt…</translation>
        </message>
        <message>
            <location filename="../ui/aoi/checking.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../ui/aoi/checking.py" />
            <source>Checking the area of interest</source>
            <translation>Vérification de la zone d'intérêt</translation>
        </message>
    </context>
    <context>
        <name>AoiDrawing</name>
        <message>
            <location filename="../ui/aoi/drawing.py" />
            <source>Press and drag on the map to draw a rectangle. Esc cancels.</source>
            <translation>Cliquez et faites glisser sur la carte pour dessiner un rectangle. Échap pour annuler.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/drawing.py" />
            <source>Click to add vertices; double-click or right-click to finish. Backspace removes the last vertex, Esc cancels.</source>
            <translation>Cliquez pour ajouter des sommets ; double-clic ou clic droit pour terminer. Retour arrière supprime le dernier sommet, Échap annule.</translation>
        </message>
    </context>
    <context>
        <name>AoiPicking</name>
        <message>
            <location filename="../ui/aoi/picking.py" />
            <source>Click a polygon on the map to use it as the AOI. Esc cancels.</source>
            <translation>Cliquez sur un polygone de la carte pour en faire la zone d'intérêt. Échap pour annuler.</translation>
        </message>
    </context>
    <context>
        <name>AoiReportView</name>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Repair</source>
            <translation>Réparer</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Merge parts</source>
            <translation>Fusionner les parties</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Keep largest part</source>
            <translation>Garder la plus grande partie</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Convex hull</source>
            <translation>Enveloppe convexe</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Fill holes</source>
            <translation>Combler les trous</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Simplify</source>
            <translation>Simplifier</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>{fix} (−{area})</source>
            <translation>{fix} (−{area})</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>{fix} (+{area})</source>
            <translation>{fix} (+{area})</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>No automatic fix: change the area yourself.</source>
            <translation>Pas de correction automatique : modifiez la zone vous-même.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Suggested: {fix}.</source>
            <translation>Suggestion : {fix}.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>One order per part</source>
            <translation>Une commande par partie</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Keep every part: the order form prices and places one order per part, with the total</source>
            <translation>Garder toutes les parties : le formulaire de commande chiffre et passe une commande par partie, avec le total</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Fix all</source>
            <translation>Tout corriger</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Apply each suggested fix in turn, never one that drops area: separate parts become their convex hull (one Undo brings everything back)</source>
            <translation>Appliquer chaque correction suggérée à la suite, jamais une qui retire de la surface : les parties séparées deviennent leur enveloppe convexe (un seul Annuler rétablit tout)</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Grow the area around its centre, keeping its shape, to the minimum you are billed for anyway (Undo brings it back)</source>
            <translation>Agrandir la zone autour de son centre, en gardant sa forme, jusqu'au minimum facturé de toute façon (Annuler la rétablit)</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Bring back the AOI as it was before the last fix</source>
            <translation>Rétablir la zone d'intérêt telle qu'elle était avant la dernière correction</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>unknown area</source>
            <translation>surface inconnue</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>{area} · {vertices} (at most {limit} per polygon)</source>
            <translation>{area} · {vertices} (au plus {limit} par polygone)</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>One order per part: {count} parts ({areas}), each accepted by OneAtlas. The order form prices and places one order for each, with the total.</source>
            <translation>Une commande par partie : {count} parties ({areas}), chacune acceptée par OneAtlas. Le formulaire de commande chiffre et passe une commande pour chacune, avec le total.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>OneAtlas accepts this area as it is.</source>
            <translation>OneAtlas accepte cette zone telle quelle.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>1 problem to fix before ordering:</source>
            <translation>1 problème à corriger avant de commander :</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>{count} problems to fix before ordering:</source>
            <translation>{count} problèmes à corriger avant de commander :</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>this product</source>
            <translation>ce produit</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Billed as at least {minimum} for {product}: your area is {area}, so you pay for {billed} whatever you draw.</source>
            <translation>Facturé au moins {minimum} pour {product} : votre zone fait {area}, vous payez donc {billed} quoi que vous dessiniez.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Enlarge to {minimum}</source>
            <translation>Agrandir à {minimum}</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Above the {minimum} minimum for {product}: you are billed for the area itself.</source>
            <translation>Au-dessus du minimum de {minimum} pour {product} : vous êtes facturé pour la surface réelle.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/report_view.py" />
            <source>Changed: {what}</source>
            <translation>Modifiée : {what}</translation>
        </message>
    </context>
    <context>
        <name>AoiSection</name>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Drawn rectangle</source>
            <translation>Rectangle dessiné</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Drawn polygon</source>
            <translation>Polygone dessiné</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>No polygon under the cursor in the visible layers. Click inside a polygon, or press Esc.</source>
            <translation>Aucun polygone sous le curseur dans les couches visibles. Cliquez à l'intérieur d'un polygone, ou appuyez sur Échap.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Draw a rectangle</source>
            <translation>Dessiner un rectangle</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Draw a polygon</source>
            <translation>Dessiner un polygone</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Pick a polygon on the map</source>
            <translation>Choisir un polygone sur la carte</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Use the current map extent</source>
            <translation>Utiliser l'emprise actuelle de la carte</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Import from a file (GeoJSON, KML, Shapefile, GeoPackage…)</source>
            <translation>Importer depuis un fichier (GeoJSON, KML, Shapefile, GeoPackage…)</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Zoom to the AOI</source>
            <translation>Zoomer sur la zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Clear the AOI</source>
            <translation>Effacer la zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Polygon layer whose selected features make the AOI</source>
            <translation>Couche de polygones dont les entités sélectionnées forment la zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Use selection</source>
            <translation>Utiliser la sélection</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Use the selected features of this layer (merged) as the AOI</source>
            <translation>Utiliser les entités sélectionnées de cette couche (fusionnées) comme zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Draw, pick or import the area you want imagery of.</source>
            <translation>Dessinez, choisissez ou importez la zone dont vous voulez des images.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Import an AOI</source>
            <translation>Importer une zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Kept every part: one order per part.</source>
            <translation>Toutes les parties sont gardées : une commande par partie.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/tab.py" />
            <source>Enlarged around its centre to the {minimum:g} km² minimum you are billed for.</source>
            <translation>Agrandie autour de son centre jusqu'au minimum facturé de {minimum:g} km².</translation>
        </message>
    </context>
    <context>
        <name>AoiSources</name>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>Vector files (*.geojson *.json *.kml *.kmz *.shp *.gpkg *.gml *.fgb);;GeoJSON (*.geojson *.json);;KML (*.kml *.kmz);;Shapefile (*.shp);;GeoPackage (*.gpkg);;All files (*)</source>
            <translation>Fichiers vecteur (*.geojson *.json *.kml *.kmz *.shp *.gpkg *.gml *.fgb);;GeoJSON (*.geojson *.json);;KML (*.kml *.kmz);;Shapefile (*.shp);;GeoPackage (*.gpkg);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>Feature {id} of '{layer}'</source>
            <translation>Entité {id} de « {layer} »</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>Choose a polygon layer first.</source>
            <translation>Choisissez d'abord une couche de polygones.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>No feature is selected in '{layer}'. Select one or more polygons on the map (Select Features tool), then use the selection.</source>
            <translation>Aucune entité n'est sélectionnée dans « {layer} ». Sélectionnez un ou plusieurs polygones sur la carte (outil Sélectionner des entités), puis utilisez la sélection.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>{count} features are selected in '{layer}': an AOI is one area. Select fewer polygons.</source>
            <translation>{count} entités sont sélectionnées dans « {layer} » : une zone d'intérêt est une seule zone. Sélectionnez moins de polygones.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>The selected features of '{layer}' have no geometry.</source>
            <translation>Les entités sélectionnées de « {layer} » n'ont pas de géométrie.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>{count} selected features of '{layer}'</source>
            <translation>{count} entités sélectionnées de « {layer} »</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>The map shows nothing yet: add a layer or zoom to your area first.</source>
            <translation>La carte n'affiche encore rien : ajoutez une couche ou zoomez d'abord sur votre zone.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>Map extent</source>
            <translation>Emprise de la carte</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>{name} does not exist.</source>
            <translation>{name} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>QGIS cannot read {name} as a vector file.</source>
            <translation>QGIS ne peut pas lire {name} comme un fichier vecteur.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>{name} has {count} features: an AOI is one area. Open the file in QGIS, select the polygons you need and use the selection.</source>
            <translation>{name} contient {count} entités : une zone d'intérêt est une seule zone. Ouvrez le fichier dans QGIS, sélectionnez les polygones voulus et utilisez la sélection.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>File {name}</source>
            <translation>Fichier {name}</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>, layer '{layer}'</source>
            <translation>, couche « {layer} »</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source> (first of {count} layers)</source>
            <translation> (première de {count} couches)</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>, {count} polygons</source>
            <translation>, {count} polygones</translation>
        </message>
        <message>
            <location filename="../ui/aoi/sources.py" />
            <source>{name} holds no polygon (only points or lines?). An AOI must be an area.</source>
            <translation>{name} ne contient aucun polygone (seulement des points ou des lignes ?). Une zone d'intérêt doit être une surface.</translation>
        </message>
    </context>
    <context>
        <name>ArchiveCriteriaBox</name>
        <message>
            <location filename="../ui/archive/criteria_box.py" />
            <source>≤ {cloud:.0f} % cloud</source>
            <translation>≤ {cloud:.0f} % de nuages</translation>
        </message>
        <message>
            <location filename="../ui/archive/criteria_box.py" />
            <source>≤ {angle:.0f}°</source>
            <translation>≤ {angle:.0f}°</translation>
        </message>
        <message>
            <location filename="../ui/archive/criteria_box.py" />
            <source>Search criteria</source>
            <translation>Critères de recherche</translation>
        </message>
        <message>
            <location filename="../ui/archive/criteria_box.py" />
            <source>Hide the search criteria (more room for the results)</source>
            <translation>Masquer les critères de recherche (plus de place pour les résultats)</translation>
        </message>
        <message>
            <location filename="../ui/archive/criteria_box.py" />
            <source>Searched: {summary}
Click to change the criteria</source>
            <translation>Recherche : {summary}
Cliquez pour modifier les critères</translation>
        </message>
    </context>
    <context>
        <name>ArchiveFootprints</name>
        <message>
            <location filename="../ui/archive/footprints.py" />
            <source>Footprints</source>
            <translation>Emprises</translation>
        </message>
    </context>
    <context>
        <name>ArchiveOrder</name>
        <message>
            <location filename="../ui/archive/order.py" />
            <source>, {cloud:.0f} % cloud</source>
            <translation>, {cloud:.0f} % de nuages</translation>
        </message>
        <message>
            <location filename="../ui/archive/order.py" />
            <source>Order {family} archive</source>
            <translation>Commander des images d'archive {family}</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/archive/order.py" />
            <source>%n {family} scene(s):</source>
            <translation>
                <numerusform>%Ln scène {family} :</numerusform>
                <numerusform>%Ln scènes {family} :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/archive/order.py" />
            <source>Scenes</source>
            <translation>Scènes</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/archive/order.py" />
            <source>You are about to order %n archive scene(s). This is a paid order: the amount below will be charged to your contract.</source>
            <translation>
                <numerusform>Vous allez commander %Ln scène d'archive. Cette commande est payante : le montant ci-dessous sera débité de votre contrat.</numerusform>
                <numerusform>Vous allez commander %Ln scènes d'archive. Cette commande est payante : le montant ci-dessous sera débité de votre contrat.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/archive/order.py" />
            <source>OneAtlas gives no delivery date; Rush archive orders are produced first, usually within hours.</source>
            <translation>OneAtlas ne donne pas de date de livraison ; les commandes d'archive Rush sont produites en priorité, généralement en quelques heures.</translation>
        </message>
        <message>
            <location filename="../ui/archive/order.py" />
            <source>OneAtlas gives no delivery date; archive orders are usually delivered within a day.</source>
            <translation>OneAtlas ne donne pas de date de livraison ; les commandes d'archive sont généralement livrées en moins d'une journée.</translation>
        </message>
        <message>
            <location filename="../ui/archive/order.py" />
            <source>All the images come together, once the last one is ready.</source>
            <translation>Toutes les images arrivent ensemble, une fois la dernière prête.</translation>
        </message>
    </context>
    <context>
        <name>ArchiveOrderForm</name>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Organisation that will use the images</source>
            <translation>Organisation qui utilisera les images</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Your own reference: it names the delivered files and appears on the invoice. Use a new one for each order.</source>
            <translation>Votre propre référence : elle nomme les fichiers livrés et figure sur la facture. Utilisez-en une nouvelle pour chaque commande.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>name@example.com</source>
            <translation>nom@exemple.fr</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Primary market</source>
            <translation>Marché principal</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>End user</source>
            <translation>Utilisateur final</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>End user country</source>
            <translation>Pays de l'utilisateur final</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Your reference</source>
            <translation>Votre référence</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Notify e-mail</source>
            <translation>E-mail de notification</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Choose the market…</source>
            <translation>Choisissez le marché…</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Choose the market the images are for (the API requires it).</source>
            <translation>Choisissez le marché auquel les images sont destinées (l'API l'exige).</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Pléiades Neo orders need the end user's name.</source>
            <translation>Les commandes Pléiades Neo exigent le nom de l'utilisateur final.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Pléiades Neo orders need the end user's country.</source>
            <translation>Les commandes Pléiades Neo exigent le pays de l'utilisateur final.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>'{code}' is not a country code OneAtlas knows (two letters, e.g. FR).</source>
            <translation>« {code} » n'est pas un code pays connu de OneAtlas (deux lettres, par ex. FR).</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Give the order a reference (it names the delivered files).</source>
            <translation>Donnez une référence à la commande (elle nomme les fichiers livrés).</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Use only letters, digits and _ . : - in the reference.</source>
            <translation>N'utilisez que des lettres, des chiffres et _ . : - dans la référence.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>Give an e-mail address for the order and delivery notices.</source>
            <translation>Donnez une adresse e-mail pour les avis de commande et de livraison.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/details_form.py" />
            <source>'{email}' is not an e-mail address.</source>
            <translation>« {email} » n'est pas une adresse e-mail.</translation>
        </message>
    </context>
    <context>
        <name>ArchiveProductHint</name>
        <message>
            <location filename="../ui/archive/product_hint.py" />
            <source>Looking up the archive product</source>
            <translation>Recherche du produit d'archive</translation>
        </message>
    </context>
    <context>
        <name>ArchiveQuicklooks</name>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" />
            <source>The quicklook of {platform} {date} could not be shown.</source>
            <translation>L'aperçu de {platform} {date} n'a pas pu être affiché.</translation>
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" />
            <source>The quicklooks could not be loaded (see the plugin log).</source>
            <translation>Les aperçus n'ont pas pu être chargés (voir le journal de l'extension).</translation>
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" />
            <source>Loading quicklooks for the map</source>
            <translation>Chargement des aperçus pour la carte</translation>
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" />
            <source>Archive quicklooks</source>
            <translation>Aperçus d'archive</translation>
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" />
            <source>Quicklook {platform} {date}</source>
            <translation>Aperçu {platform} {date}</translation>
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" />
            <source>The quicklook of {platform} {date} could not be read.</source>
            <translation>L'aperçu de {platform} {date} n'a pas pu être lu.</translation>
        </message>
        <message>
            <location filename="../ui/archive/quicklook_layer.py" />
            <source>OneAtlas quicklook of {id}, stretched over the footprint's bounding box: quicklooks are not georeferenced, so its placement is approximate.</source>
            <translation>Aperçu OneAtlas de {id}, étiré sur le rectangle englobant de l'emprise : les aperçus ne sont pas géoréférencés, leur position est donc approximative.</translation>
        </message>
    </context>
    <context>
        <name>ArchiveResults</name>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>Acquired</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>Sat.</source>
            <translation>Sat.</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>Cloud</source>
            <translation>Nuages</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>Incid.</source>
            <translation>Incid.</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>Res.</source>
            <translation>Résol.</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>AOI</source>
            <translation>ZI</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>Satellite</source>
            <translation>Satellite</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>Acquisition date (UTC); tick the scenes to order</source>
            <translation>Date d'acquisition (UTC) ; cochez les scènes à commander</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>Ground resolution</source>
            <translation>Résolution au sol</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>Cloud cover of the whole acquisition (not recomputed on your area)</source>
            <translation>Couverture nuageuse de toute l'acquisition (non recalculée sur votre zone)</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>Viewing angle from the vertical: lower is sharper and less distorted</source>
            <translation>Angle de visée par rapport à la verticale : plus il est faible, plus l'image est nette et moins elle est déformée</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>Share of your area of interest inside this scene's footprint</source>
            <translation>Part de votre zone d'intérêt (ZI) couverte par l'emprise de cette scène</translation>
        </message>
        <message>
            <location filename="../ui/archive/results.py" />
            <source>{family} {platform}, {when}
{identifier}</source>
            <translation>{family} {platform}, {when}
{identifier}</translation>
        </message>
    </context>
    <context>
        <name>ArchiveSearchForm</name>
        <message>
            <location filename="../ui/archive/search_form.py" />
            <source>Newest first</source>
            <translation>Plus récentes d'abord</translation>
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" />
            <source>Oldest first</source>
            <translation>Plus anciennes d'abord</translation>
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" />
            <source>Least cloudy first</source>
            <translation>Moins nuageuses d'abord</translation>
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" />
            <source>Most vertical first</source>
            <translation>Plus verticales d'abord</translation>
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" />
            <source>Satellites</source>
            <translation>Satellites</translation>
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" />
            <source>Acquired</source>
            <translation>Date d'acquisition</translation>
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" />
            <source>Max. cloud cover</source>
            <translation>Couverture nuageuse max.</translation>
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" />
            <source>Max. incidence angle</source>
            <translation>Angle d'incidence max.</translation>
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" />
            <source>Sort</source>
            <translation>Tri</translation>
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" />
            <source>Choose at least one satellite family.</source>
            <translation>Choisissez au moins une famille de satellites.</translation>
        </message>
        <message>
            <location filename="../ui/archive/search_form.py" />
            <source>The start date is after the end date.</source>
            <translation>La date de début est postérieure à la date de fin.</translation>
        </message>
    </context>
    <context>
        <name>ArchiveSection</name>
        <message>
            <location filename="../ui/archive/quicklook_popup.py" />
            <source>Quicklook: {platform} {date}</source>
            <translation>Aperçu : {platform} {date}</translation>
        </message>
        <message>
            <location filename="../ui/archive/quicklook_popup.py" />
            <source>{family} {platform}, acquired {date}, cloud cover {cloud}, incidence {incidence}.
{id}</source>
            <translation>{family} {platform}, acquise le {date}, couverture nuageuse {cloud}, angle d'incidence {incidence}.
{id}</translation>
        </message>
        <message>
            <location filename="../ui/archive/quicklook_popup.py" />
            <source>Not connected: the quicklook cannot be loaded.</source>
            <translation>Non connecté : l'aperçu ne peut pas être chargé.</translation>
        </message>
        <message>
            <location filename="../ui/archive/quicklook_popup.py" />
            <source>Loading a quicklook</source>
            <translation>Chargement d'un aperçu</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Load more</source>
            <translation>Charger plus</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Show the quicklook of the selected scene</source>
            <translation>Afficher l'aperçu de la scène sélectionnée</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Order…</source>
            <translation>Commander…</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Searching over the current area of interest.</source>
            <translation>Recherche sur la zone d'intérêt actuelle.</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Correct the search criteria marked in red.</source>
            <translation>Corrigez les critères de recherche signalés en rouge.</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Searching the OneAtlas archive</source>
            <translation>Recherche dans l'archive OneAtlas</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Searching the archive…</source>
            <translation>Recherche dans l'archive…</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Loading more results…</source>
            <translation>Chargement de résultats supplémentaires…</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Search cancelled.</source>
            <translation>Recherche annulée.</translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>No scene matches these criteria over your area. Widen the dates or allow more clouds or a larger incidence angle.</source>
            <translation>Aucune scène ne correspond à ces critères sur votre zone. Élargissez les dates, ou acceptez plus de nuages ou un angle d'incidence plus grand.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/archive/tab.py" />
            <source>{shown} of %n scene(s) shown.</source>
            <translation>
                <numerusform>{shown} scène affichée sur %Ln.</numerusform>
                <numerusform>{shown} scènes affichées sur %Ln.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/archive/tab.py" />
            <source>Order %n scene(s)…</source>
            <translation>
                <numerusform>Commander %Ln scène…</numerusform>
                <numerusform>Commander %Ln scènes…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/archive/tab.py" />
            <source>Order scenes of one satellite family at a time: Pléiades Neo, Pléiades and SPOT are different products (uncheck the others).</source>
            <translation>Commandez les scènes d'une seule famille de satellites à la fois : Pléiades Neo, Pléiades et SPOT sont des produits différents (décochez les autres).</translation>
        </message>
    </context>
    <context>
        <name>ArchiveThumbnails</name>
        <message>
            <location filename="../ui/archive/thumbnails.py" />
            <source>Loading archive thumbnails</source>
            <translation>Chargement des vignettes d'archive</translation>
        </message>
        <message>
            <location filename="../ui/archive/thumbnails.py" />
            <source>Loading the quicklook…</source>
            <translation>Chargement de l'aperçu…</translation>
        </message>
        <message>
            <location filename="../ui/archive/thumbnails.py" />
            <source>The quicklook could not be read (not an image).</source>
            <translation>L'aperçu n'a pas pu être lu (ce n'est pas une image).</translation>
        </message>
    </context>
    <context>
        <name>ConnectionSettings</name>
        <message>
            <location filename="../ui/connection/settings.py" />
            <source>Enter the server address, for example http://127.0.0.1:8765.</source>
            <translation>Saisissez l'adresse du serveur, par exemple http://127.0.0.1:8765.</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings.py" />
            <source>The server address must start with http:// or https:// and name a host, for example http://127.0.0.1:8765.</source>
            <translation>L'adresse du serveur doit commencer par http:// ou https:// et nommer un hôte, par exemple http://127.0.0.1:8765.</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings.py" />
            <source>The port in the server address is not a valid number.</source>
            <translation>Le port de l'adresse du serveur n'est pas un nombre valide.</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings.py" />
            <source>The server address must not contain a user name, a password, '?' or '#'.</source>
            <translation>L'adresse du serveur ne doit contenir ni nom d'utilisateur, ni mot de passe, ni « ? » ni « # ».</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings.py" />
            <source>local simulator at {origin}</source>
            <translation>simulateur local à {origin}</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings.py" />
            <source>server {origin}</source>
            <translation>serveur {origin}</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings.py" />
            <source>OneAtlas (production)</source>
            <translation>OneAtlas (production)</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings.py" />
            <source>Local simulator {address}</source>
            <translation>Simulateur local {address}</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings.py" />
            <source>Server {address}</source>
            <translation>Serveur {address}</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <location filename="../ui/connection/credentials.py" />
            <source>QGIS will ask for its master password to unlock your stored API key.</source>
            <translation>QGIS va demander son mot de passe principal pour déverrouiller votre clé API enregistrée.</translation>
        </message>
        <message>
            <location filename="../ui/connection/credentials.py" />
            <source>Your stored API key is still locked: QGIS's master password was not entered. Connect again and enter the master password, or type the key again in the settings.</source>
            <translation>Votre clé API enregistrée est encore verrouillée : le mot de passe principal de QGIS n'a pas été saisi. Reconnectez-vous et saisissez le mot de passe principal, ou saisissez de nouveau la clé dans les paramètres.</translation>
        </message>
        <message>
            <location filename="../ui/connection/credentials.py" />
            <source>The API key is empty.</source>
            <translation>La clé API est vide.</translation>
        </message>
        <message>
            <location filename="../ui/connection/credentials.py" />
            <source>QGIS's authentication database is not available, so the key cannot be stored encrypted. It will be used for this QGIS session only.</source>
            <translation>La base d'authentification de QGIS n'est pas disponible : la clé ne peut pas être enregistrée chiffrée. Elle ne servira que pour cette session QGIS.</translation>
        </message>
        <message>
            <location filename="../ui/connection/credentials.py" />
            <source>The API key could not be stored: QGIS's master password was not entered. The key will be used for this QGIS session only.</source>
            <translation>La clé API n'a pas pu être enregistrée : le mot de passe principal de QGIS n'a pas été saisi. La clé ne servira que pour cette session QGIS.</translation>
        </message>
    </context>
    <context>
        <name>Downloads</name>
        <message>
            <location filename="../ui/orders/downloads.py" />
            <source>Cancel download</source>
            <translation>Annuler le téléchargement</translation>
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" />
            <source>Download the product into…</source>
            <translation>Télécharger le produit dans…</translation>
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" />
            <source>Downloading {reference} into {folder}…</source>
            <translation>Téléchargement de {reference} dans {folder}…</translation>
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" />
            <source>OneAtlas: downloading {reference}</source>
            <translation>OneAtlas : téléchargement de {reference}</translation>
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" />
            <source> (downloaded)</source>
            <translation> (téléchargé)</translation>
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" />
            <source>Downloaded and verified (checksum): {where}. Unpacked next to it{layers}.</source>
            <translation>Téléchargé et vérifié (somme de contrôle) : {where}. Décompressé à côté{layers}.</translation>
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" />
            <source> and opened on the map</source>
            <translation> et ouvert sur la carte</translation>
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" />
            <source>Download cancelled: nothing was kept. Download again to start afresh.</source>
            <translation>Téléchargement annulé : rien n'a été conservé. Téléchargez de nouveau pour repartir de zéro.</translation>
        </message>
        <message>
            <location filename="../ui/orders/downloads.py" />
            <source>The part received is kept as {path} (not a finished product).</source>
            <translation>La partie reçue est conservée sous {path} (ce n'est pas un produit complet).</translation>
        </message>
    </context>
    <context>
        <name>DrawnWorld</name>
        <message>
            <location filename="../ui/aoi/drawn_world.py" />
            <source>The shape you drew goes past the edge of the world (longitude −180° to 180°, latitude −90° to 90°): draw it again within the world, over the area you want.</source>
            <translation>La forme que vous avez dessinée dépasse le bord du monde (longitude −180° à 180°, latitude −90° à 90°) : redessinez-la à l'intérieur du monde, sur la zone voulue.</translation>
        </message>
        <message>
            <location filename="../ui/aoi/drawn_world.py" />
            <source>The shape you drew lies outside the part of the world the map's coordinate system, {crs}, can place: draw it again over the area you want (zoom to it first), or change the project's coordinate system.</source>
            <translation>La forme que vous avez dessinée se trouve hors de la partie du monde que le système de coordonnées de la carte, {crs}, peut situer : redessinez-la sur la zone voulue (zoomez d'abord dessus), ou changez le système de coordonnées du projet.</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../ui/common/formatting.py" />
            <source>unknown back-end</source>
            <translation>plateforme inconnue</translation>
        </message>
        <message>
            <location filename="../ui/common/formatting.py" />
            <source>unknown amount</source>
            <translation>montant inconnu</translation>
        </message>
        <message>
            <location filename="../ui/common/formatting.py" />
            <source>credit not reported</source>
            <translation>crédit non communiqué</translation>
        </message>
        <message>
            <location filename="../ui/common/formatting.py" />
            <source>OneAtlas would refuse the current area of interest: fix it in the AOI tab first.</source>
            <translation>OneAtlas refuserait la zone d'intérêt actuelle : corrigez-la d'abord dans l'onglet Zone d'intérêt.</translation>
        </message>
        <message>
            <location filename="../ui/common/formatting.py" />
            <source>Draw or choose an area of interest in the AOI tab first.</source>
            <translation>Dessinez ou choisissez d'abord une zone d'intérêt dans l'onglet Zone d'intérêt.</translation>
        </message>
    </context>
    <context>
        <name>MinimumAreaNote</name>
        <message>
            <location filename="../ui/ordering/minimum_note.py" />
            <source>Enlarge the AOI</source>
            <translation>Agrandir la zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../ui/ordering/minimum_note.py" />
            <source>Grow the area around its centre to the minimum (in the AOI tab; Undo there brings it back), then price again</source>
            <translation>Agrandir la zone autour de son centre jusqu'au minimum (dans l'onglet Zone d'intérêt ; Annuler l'y rétablit), puis redemander le prix</translation>
        </message>
        <message>
            <location filename="../ui/ordering/minimum_note.py" />
            <source>{product} is billed as at least {minimum}: your area is {area}, you pay for {minimum} anyway.</source>
            <translation>{product} est facturé au moins {minimum} : votre zone fait {area}, vous payez {minimum} de toute façon.</translation>
        </message>
    </context>
    <context>
        <name>MultiOrder</name>
        <message>
            <location filename="../ui/ordering/multi_order.py" />
            <source>{title}: one order per part</source>
            <translation>{title} : une commande par partie</translation>
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" />
            <source>Your area has {count} parts: {count} orders will be placed, one per part ({areas}), each with its own reference.</source>
            <translation>Votre zone a {count} parties : {count} commandes seront passées, une par partie ({areas}), chacune avec sa propre référence.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" />
            <source>You are about to place {count} paid orders, one per part of your area, with the same scenes and options. The total below (all parts together) will be charged to your contract.</source>
            <translation>Vous allez passer {count} commandes payantes, une par partie de votre zone, avec les mêmes scènes et options. Le total ci-dessous (toutes parties comprises) sera débité de votre contrat.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" />
            <source>Part {number}: {area}, its own order (reference ending -p{number})</source>
            <translation>Partie {number} : {area}, sa propre commande (référence finissant par -p{number})</translation>
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" />
            <source>Pricing one OneAtlas order per part</source>
            <translation>Chiffrage d'une commande OneAtlas par partie</translation>
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" />
            <source>Placing one OneAtlas order per part</source>
            <translation>Passage d'une commande OneAtlas par partie</translation>
        </message>
        <message>
            <location filename="../ui/ordering/multi_order.py" />
            <source>Part {number}, {product}</source>
            <translation>Partie {number}, {product}</translation>
        </message>
    </context>
    <context>
        <name>OneAtlasDock</name>
        <message>
            <location filename="../ui/dock.py" />
            <source>OneAtlas Pay-Per-Order</source>
            <translation>OneAtlas Pay-Per-Order</translation>
        </message>
        <message>
            <location filename="../ui/dock.py" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../ui/dock.py" />
            <source>Working: {task}…</source>
            <translation>En cours : {task}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/dock.py" />
            <source>Working: {task}… and %n more</source>
            <translation>
                <numerusform>En cours : {task}… et %Ln autre tâche</numerusform>
                <numerusform>En cours : {task}… et %Ln autres tâches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OneAtlasPlugin</name>
        <message>
            <location filename="../plugin.py" />
            <source>OneAtlas Pay-Per-Order</source>
            <translation>OneAtlas Pay-Per-Order</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Show or hide the OneAtlas Pay-Per-Order panel</source>
            <translation>Afficher ou masquer le panneau OneAtlas Pay-Per-Order</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
    </context>
    <context>
        <name>OneAtlasProcessing</name>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <source>Check (and fix) an area of interest</source>
            <translation>Vérifier (et corriger) une zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <source>Checks a polygon layer against the OneAtlas AOI rules (one polygon, at most 998 vertices, no holes, no self-intersection, WGS84) and, with Fix ticked, repairs what can be repaired: merges parts, fills holes, simplifies the outline.

All the features of the layer make one AOI (or only the selected ones, with 'Selected features only').

Outputs: OUTPUT, the AOI as OneAtlas will accept it (one feature, EPSG:4326, fields area_km2 and vertices); VALID (true when it passes); PROBLEMS (what is still wrong, in words); AREA_KM2.

Example (qgis_process):
qgis_process run oneatlas:checkaoi -- INPUT=site.gpkg FIX=true OUTPUT=site_aoi.gpkg</source>
            <translation>Vérifie une couche de polygones selon les règles OneAtlas pour les zones d'intérêt (un seul polygone, 998 sommets au plus, sans trou, sans auto-intersection, en WGS84) et, si « Corriger ce qui peut l'être » est coché, répare ce qui peut l'être : fusionne les parties, comble les trous, simplifie le contour.

Toutes les entités de la couche forment une seule zone d'intérêt (ou seulement celles sélectionnées, avec « Entités sélectionnées uniquement »).

Sorties : OUTPUT, la zone d'intérêt telle que OneAtlas l'acceptera (une entité, EPSG:4326, champs area_km2 et vertices) ; VALID (vrai si elle est acceptée) ; PROBLEMS (ce qui ne va toujours pas, en toutes lettres) ; AREA_KM2.

Exemple (qgis_process) :
qgis_process run oneatlas:checkaoi -- INPUT=site.gpkg FIX=true OUTPUT=site_aoi.gpkg</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <location filename="../processing_provider/alg_archive.py" />
            <source>Area of interest (polygon layer)</source>
            <translation>Zone d'intérêt (couche de polygones)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <source>Every feature (or every selected one) of this layer, together, is the area of interest.</source>
            <translation>Toutes les entités de cette couche (ou toutes celles sélectionnées), ensemble, forment la zone d'intérêt.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <source>Fix what can be fixed</source>
            <translation>Corriger ce qui peut l'être</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <source>Repair the AOI (merge parts, fill holes, simplify) so that OneAtlas accepts it. Unticked: only check.</source>
            <translation>Réparer la zone d'intérêt (fusionner les parties, combler les trous, simplifier) pour que OneAtlas l'accepte. Décoché : vérifier seulement.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <source>Checked AOI</source>
            <translation>Zone d'intérêt vérifiée</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <source>One feature in EPSG:4326 with its area (area_km2) and vertex count (vertices, the closing point that repeats the first not counted).</source>
            <translation>Une entité en EPSG:4326 avec sa superficie (area_km2) et son nombre de sommets (vertices, sans le point de fermeture qui répète le premier).</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <source>OneAtlas accepts the AOI</source>
            <translation>OneAtlas accepte la zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <source>Problems, in words</source>
            <translation>Problèmes, en toutes lettres</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <source>Area (km²)</source>
            <translation>Superficie (km²)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_aoi.py" />
            <source>area of interest</source>
            <translation>zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Its features (or the selected ones) are the area of interest; it must follow the OneAtlas rules: use the output of 'Check (and fix) an area of interest'.</source>
            <translation>Ses entités (ou celles sélectionnées) forment la zone d'intérêt ; elle doit respecter les règles OneAtlas : utilisez la sortie de « Vérifier (et corriger) une zone d'intérêt ».</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Search the archive</source>
            <translation>Rechercher dans l'archive</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Searches the OneAtlas archive (Pléiades Neo, Pléiades, SPOT) over an area of interest and writes the footprints of the scenes you can order, with their scene id, constellation, platform, acquisition date (UTC), cloud cover, incidence angle, resolution and the share of the AOI each one covers.

Nothing is ordered and nothing is charged.

Example (qgis_process):
qgis_process run oneatlas:searcharchive -- AOI=site_aoi.gpkg CONSTELLATIONS=0,1 START=2024-01-01T00:00:00 MAX_CLOUD=10 OUTPUT=scenes.gpkg</source>
            <translation>Recherche dans l'archive OneAtlas (Pléiades Neo, Pléiades, SPOT) sur une zone d'intérêt et écrit les emprises des scènes que vous pouvez commander, avec leur identifiant de scène, constellation, plateforme, date d'acquisition (UTC), couverture nuageuse, angle d'incidence, résolution et la part de la zone d'intérêt que chacune couvre.

Rien n'est commandé ni facturé.

Exemple (qgis_process) :
qgis_process run oneatlas:searcharchive -- AOI=site_aoi.gpkg CONSTELLATIONS=0,1 START=2024-01-01T00:00:00 MAX_CLOUD=10 OUTPUT=scenes.gpkg</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Constellations</source>
            <translation>Constellations</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Which satellites: Pléiades Neo (0.3 m), Pléiades (0.5 m), SPOT (1.5 m); several allowed.</source>
            <translation>Quels satellites : Pléiades Neo (0,3 m), Pléiades (0,5 m), SPOT (1,5 m) ; plusieurs possibles.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Acquired after</source>
            <translation>Acquises après</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Acquired before</source>
            <translation>Acquises avant</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Optional; UTC.</source>
            <translation>Facultatif ; en UTC.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Maximum cloud cover (%)</source>
            <translation>Couverture nuageuse maximale (%)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Optional; scenes cloudier than this are left out.</source>
            <translation>Facultatif ; les scènes plus nuageuses sont écartées.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Maximum incidence angle (°)</source>
            <translation>Angle d'incidence maximal (°)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Optional; 0° looks straight down.</source>
            <translation>Facultatif ; 0° correspond à une visée verticale.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>At most this many scenes</source>
            <translation>Nombre maximal de scènes</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>The newest first; the search stops there.</source>
            <translation>Les plus récentes d'abord ; la recherche s'arrête là.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Footprints</source>
            <translation>Emprises</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>One polygon per scene, in EPSG:4326; pricearchive and placeorder read it back.</source>
            <translation>Un polygone par scène, en EPSG:4326 ; pricearchive et placeorder la relisent.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Scenes found</source>
            <translation>Scènes trouvées</translation>
        </message>
        <message numerus="yes">
            <location filename="../processing_provider/alg_archive.py" />
            <source>%n scene(s) found.</source>
            <translation>
                <numerusform>%Ln scène trouvée.</numerusform>
                <numerusform>%Ln scènes trouvées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Price archive scenes</source>
            <translation>Chiffrer des scènes d'archive</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Asks OneAtlas the price of ordering archive scenes over an area of interest. Nothing is ordered.

SCENES is a footprints layer from 'Search the archive' (its selected features with 'Selected features only', or all). Scenes of several constellations are priced as one product each.

PRODUCT_OPTIONS (optional) are name=value pairs separated by ';' (for example processing_level=ortho;image_format=geotiff); the API's defaults fill the rest. The market and end user details are optional here (the price body needs them: stand-ins are sent when empty).

Outputs: PRICE, CURRENCY, and OUTPUT, a table with one row per product.

Example (qgis_process):
qgis_process run oneatlas:pricearchive -- SCENES=scenes.gpkg AOI=site_aoi.gpkg OUTPUT=prices.csv</source>
            <translation>Demande à OneAtlas le prix de la commande de scènes d'archive sur une zone d'intérêt. Rien n'est commandé.

SCENES est une couche d'emprises issue de « Rechercher dans l'archive » (ses entités sélectionnées avec « Entités sélectionnées uniquement », ou toutes). Les scènes de plusieurs constellations sont chiffrées comme un produit par constellation.

PRODUCT_OPTIONS (facultatif) sont des paires nom=valeur séparées par « ; » (par exemple processing_level=ortho;image_format=geotiff) ; les valeurs par défaut de l'API complètent le reste. Le marché et l'utilisateur final sont facultatifs ici (la demande de prix en a besoin : des valeurs de remplacement sont envoyées s'ils sont vides).

Sorties : PRICE, CURRENCY et OUTPUT, une table avec une ligne par produit.

Exemple (qgis_process) :
qgis_process run oneatlas:pricearchive -- SCENES=scenes.gpkg AOI=site_aoi.gpkg OUTPUT=prices.csv</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Scenes (footprints from 'Search the archive')</source>
            <translation>Scènes (emprises de « Rechercher dans l'archive »)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>The scenes to price: every feature, or the selected ones.</source>
            <translation>Les scènes à chiffrer : toutes les entités, ou celles sélectionnées.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Price per product</source>
            <translation>Prix par produit</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>A table: product, constellation, scenes, area, billed area, minimum applied, amount.</source>
            <translation>Une table : produit, constellation, scènes, superficie, superficie facturée, minimum appliqué, montant.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <location filename="../processing_provider/alg_order.py" />
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>{product}: {price}</source>
            <translation>{product} : {price}</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>The products are priced in different currencies ({currencies}): PRICE adds them up only per row of the table.</source>
            <translation>Les produits sont chiffrés dans des devises différentes ({currencies}) : PRICE ne les additionne que par ligne de la table.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Product options</source>
            <translation>Options du produit</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>name=value pairs separated by ';' (for example processing_level=ortho); empty: the API's defaults.</source>
            <translation>Paires nom=valeur séparées par « ; » (par exemple processing_level=ortho) ; vide : les valeurs par défaut de l'API.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Optional for a price.</source>
            <translation>Facultatif pour un prix.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Required.</source>
            <translation>Obligatoire.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Market (id)</source>
            <translation>Marché (identifiant)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>The market the images are for, as OneAtlas lists it (for example AGRI).</source>
            <translation>Le marché auquel les images sont destinées, tel que OneAtlas le liste (par exemple AGRI).</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>End user name</source>
            <translation>Nom de l'utilisateur final</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Required for Pléiades Neo.</source>
            <translation>Obligatoire pour Pléiades Neo.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>End user country (ISO 3166 alpha-2)</source>
            <translation>Pays de l'utilisateur final (ISO 3166 alpha-2)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>For example FR.</source>
            <translation>Par exemple FR.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>E-mail for order notices</source>
            <translation>Adresse e-mail pour les avis de commande</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_archive.py" />
            <source>Order and delivery notices go there.</source>
            <translation>Les avis de commande et de livraison y sont envoyés.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Place an order (paid)</source>
            <translation>Passer une commande (payante)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Places a PAID order: archive scenes (SCENES and AOI) or a tasking (AOI and OFFER, with ATTEMPTS for OneDay / OneNow offers, or a window START-END for the others).

It first asks the price. When the price is above MAX_PRICE (in CURRENCY), it stops and orders nothing. Otherwise it places the order once; if the connection fails while sending, the order is looked up by its customer reference and never sent twice (RECOVERED is then true).

A tasking whose feasibility is MANUAL is refused before anything is priced or ordered: Airbus must study it by hand (on Pléiades Neo, request a quotation in the panel).

Give the market (PRIMARY_MARKET, for example AGRI), an e-mail for the notices and, for Pléiades Neo, the end user's name and country. CUSTOMER_REFERENCE is generated when empty; never reuse one.

Outputs: ORDER_ID (the sales order or quotation id), PRICE, RECOVERED, CUSTOMER_REFERENCE.

Example (qgis_process):
qgis_process run oneatlas:placeorder -- SCENES=chosen.gpkg AOI=site_aoi.gpkg PRIMARY_MARKET=AGRI NOTIFICATION_EMAIL=gis@example.org END_USER_NAME="Toulouse Metropole" END_USER_COUNTRY=FR MAX_PRICE=2500 CURRENCY=EUR</source>
            <translation>Passe une commande PAYANTE : des scènes d'archive (SCENES et AOI) ou une programmation (AOI et OFFER, avec ATTEMPTS pour les offres OneDay / OneNow, ou une fenêtre START-END pour les autres).

Elle demande d'abord le prix. Si le prix dépasse MAX_PRICE (en CURRENCY), elle s'arrête et ne commande rien. Sinon elle passe la commande une seule fois ; si la connexion échoue pendant l'envoi, la commande est recherchée par sa référence client et jamais envoyée deux fois (RECOVERED vaut alors vrai).

Une programmation dont la faisabilité est MANUAL est refusée avant que rien ne soit chiffré ni commandé : Airbus doit l'étudier manuellement (pour Pléiades Neo, demandez un devis dans le panneau).

Indiquez le marché (PRIMARY_MARKET, par exemple AGRI), une adresse e-mail pour les avis et, pour Pléiades Neo, le nom et le pays de l'utilisateur final. CUSTOMER_REFERENCE est générée si elle est vide ; ne réutilisez jamais une référence.

Sorties : ORDER_ID (l'identifiant de la commande client ou du devis), PRICE, RECOVERED, CUSTOMER_REFERENCE.

Exemple (qgis_process) :
qgis_process run oneatlas:placeorder -- SCENES=chosen.gpkg AOI=site_aoi.gpkg PRIMARY_MARKET=AGRI NOTIFICATION_EMAIL=gis@example.org END_USER_NAME="Toulouse Metropole" END_USER_COUNTRY=FR MAX_PRICE=2500 CURRENCY=EUR</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Archive scenes (footprints from 'Search the archive')</source>
            <translation>Scènes d'archive (emprises de « Rechercher dans l'archive »)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>For an archive order: the scenes (all, or the selected ones), of one constellation.</source>
            <translation>Pour une commande d'archive : les scènes (toutes, ou celles sélectionnées), d'une seule constellation.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Chosen attempt (from 'Tasking feasibility')</source>
            <translation>Tentative choisie (de « Faisabilité et tentatives de programmation »)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>For a OneDay / OneNow tasking: exactly one attempt (select it and tick 'Selected features only').</source>
            <translation>Pour une programmation OneDay / OneNow : exactement une tentative (sélectionnez-la et cochez « Entités sélectionnées uniquement »).</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Customer reference</source>
            <translation>Référence client</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Unique per order: it finds the order again after a lost answer and appears on the invoice. Generated when empty.</source>
            <translation>Unique par commande : elle permet de retrouver la commande après une réponse perdue et figure sur la facture. Générée si vide.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Maximum price</source>
            <translation>Prix maximal</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Required. Nothing is ordered when the price is above this amount.</source>
            <translation>Obligatoire. Rien n'est commandé si le prix dépasse ce montant.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Currency of the maximum price</source>
            <translation>Devise du prix maximal</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Nothing is ordered when the price is in another currency.</source>
            <translation>Rien n'est commandé si le prix est dans une autre devise.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Order id</source>
            <translation>Identifiant de la commande</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Recovered after a lost answer</source>
            <translation>Retrouvée après une réponse perdue</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Nothing was ordered.</source>
            <translation>Rien n'a été commandé.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Give MAX_PRICE, the most this order may cost: nothing was ordered.</source>
            <translation>Indiquez MAX_PRICE, le prix maximal de cette commande : rien n'a été commandé.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Price: {amount:.2f} {currency} (reference {reference}).</source>
            <translation>Prix : {amount:.2f} {currency} (référence {reference}).</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>The price is {amount:.2f} {currency}, above your maximum of {maximum:.2f} {currency}: nothing was ordered.</source>
            <translation>Le prix est de {amount:.2f} {currency}, au-dessus de votre maximum de {maximum:.2f} {currency} : rien n'a été commandé.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>Give either SCENES (an archive order) or OFFER (a tasking order), not both and not neither: nothing was ordered.</source>
            <translation>Indiquez soit SCENES (une commande d'archive), soit OFFER (une commande de programmation), pas les deux ni aucun : rien n'a été commandé.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_order.py" />
            <source>A {offer} order names the satellite pass: give ATTEMPTS (one attempt from 'Tasking feasibility'). Nothing was ordered.</source>
            <translation>Une commande {offer} désigne le passage du satellite : indiquez ATTEMPTS (une tentative de « Faisabilité et tentatives de programmation »). Rien n'a été commandé.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>List orders</source>
            <translation>Lister les commandes</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Writes the orders of every contract of your account as a layer: the ordered area as footprint, the customer reference, product, status, amount and dates (UTC).

Example (qgis_process):
qgis_process run oneatlas:listorders -- OUTPUT=orders.gpkg</source>
            <translation>Écrit les commandes de tous les contrats de votre compte dans une couche : la zone commandée comme emprise, la référence client, le produit, l'état, le montant et les dates (UTC).

Exemple (qgis_process) :
qgis_process run oneatlas:listorders -- OUTPUT=orders.gpkg</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>One feature per order line, EPSG:4326.</source>
            <translation>Une entité par ligne de commande, EPSG:4326.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Order lines</source>
            <translation>Lignes de commande</translation>
        </message>
        <message numerus="yes">
            <location filename="../processing_provider/alg_orders.py" />
            <source>%n order line(s).</source>
            <translation>
                <numerusform>%Ln ligne de commande.</numerusform>
                <numerusform>%Ln lignes de commande.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Download delivered products</source>
            <translation>Télécharger les produits livrés</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Downloads the delivered products of an order (ORDER: its customer reference or sales order id) or one delivered product (ITEM: its id) into OUTPUT_FOLDER. Each file is checked against the checksum OneAtlas announces; a file that fails is deleted, a download cut short keeps a '.part' file.

Outputs: FILES (the paths, one per line), COUNT.

Example (qgis_process):
qgis_process run oneatlas:download -- ORDER=qgis-processing_20250101120000_ab12cd34 OUTPUT_FOLDER=/data/oneatlas</source>
            <translation>Télécharge dans OUTPUT_FOLDER les produits livrés d'une commande (ORDER : sa référence client ou son identifiant de commande client) ou un seul produit livré (ITEM : son identifiant). Chaque fichier est contrôlé avec la somme de contrôle annoncée par OneAtlas ; un fichier qui échoue est supprimé, un téléchargement interrompu laisse un fichier « .part ».

Sorties : FILES (les chemins, un par ligne), COUNT.

Exemple (qgis_process) :
qgis_process run oneatlas:download -- ORDER=qgis-processing_20250101120000_ab12cd34 OUTPUT_FOLDER=/data/oneatlas</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Order (reference or sales order id)</source>
            <translation>Commande (référence ou identifiant de commande client)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Every delivered product of this order.</source>
            <translation>Tous les produits livrés de cette commande.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Delivered product id</source>
            <translation>Identifiant du produit livré</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>One delivered product, instead of a whole order.</source>
            <translation>Un seul produit livré, au lieu d'une commande entière.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Where the product archives are written.</source>
            <translation>Où les archives des produits sont écrites.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Files written</source>
            <translation>Fichiers écrits</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>The download was stopped; the file being downloaded was not kept.</source>
            <translation>Le téléchargement a été interrompu ; le fichier en cours de téléchargement n'a pas été conservé.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Give either ORDER (a customer reference or sales order id) or ITEM (a delivered product id).</source>
            <translation>Indiquez soit ORDER (une référence client ou un identifiant de commande client), soit ITEM (un identifiant de produit livré).</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Downloaded {path}</source>
            <translation>Téléchargé : {path}</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>the delivered product '{item}'</source>
            <translation>le produit livré « {item} »</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>the order '{order}'</source>
            <translation>la commande « {order} »</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_orders.py" />
            <source>Nothing is delivered yet for {what}: orders are delivered hours to days after they are placed ('List orders' shows their status).</source>
            <translation>Rien n'est encore livré pour {what} : les commandes sont livrées quelques heures à quelques jours après avoir été passées (« Lister les commandes » indique leur état).</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Tasking offer (product type id)</source>
            <translation>Offre de programmation (identifiant du type de produit)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>One of your contracts' tasking offers, for example PleiadesNeoOneDay or SPOTTaskingOneNow; a wrong id fails with the list of your offers.</source>
            <translation>Une des offres de programmation de vos contrats, par exemple PleiadesNeoOneDay ou SPOTTaskingOneNow ; un identifiant erroné échoue avec la liste de vos offres.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Window start (UTC)</source>
            <translation>Début de la fenêtre (UTC)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Window end (UTC)</source>
            <translation>Fin de la fenêtre (UTC)</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Optional: the offer's usual window from now when empty.</source>
            <translation>Facultatif : vide, la fenêtre habituelle de l'offre à partir de maintenant.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Acquisition mode</source>
            <translation>Mode d'acquisition</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>MONO, STEREO or TRISTEREO.</source>
            <translation>MONO, STEREO ou TRISTEREO.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Acquisitions cloudier than this are not delivered.</source>
            <translation>Les acquisitions plus nuageuses ne sont pas livrées.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>0° looks straight down.</source>
            <translation>0° correspond à une visée verticale.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Your contracts offer no tasking '{offer}'. Choose one of: {known}.</source>
            <translation>Vos contrats n'offrent aucune programmation « {offer} ». Choisissez parmi : {known}.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Tasking feasibility and attempts</source>
            <translation>Faisabilité et tentatives de programmation</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Asks OneAtlas whether a tasking offer can image the area of interest in the window: FEASIBILITY is AUTOMATIC (order directly) or MANUAL (Airbus must study it by hand: it has no price and cannot be ordered directly; on Pléiades Neo, request a quotation in the panel; on Pléiades &amp; SPOT, contact Airbus or make the request automatic), DIFFICULTY is EASY or CHALLENGING.

For the offers that order a chosen satellite pass (OneDay, OneNow), OUTPUT lists the attempts with their start and end times; select one and give it to 'Place an order' as ATTEMPTS.

Nothing is ordered.

Example (qgis_process):
qgis_process run oneatlas:feasibility -- AOI=site_aoi.gpkg OFFER=PleiadesNeoOneDay OUTPUT=attempts.gpkg</source>
            <translation>Demande à OneAtlas si une offre de programmation peut acquérir la zone d'intérêt dans la fenêtre : FEASIBILITY vaut AUTOMATIC (commande directe) ou MANUAL (Airbus doit l'étudier manuellement : elle n'a pas de prix et ne peut pas être commandée directement ; pour Pléiades Neo, demandez un devis dans le panneau ; pour Pléiades &amp; SPOT, contactez Airbus ou rendez la demande automatique), DIFFICULTY vaut EASY ou CHALLENGING.

Pour les offres qui commandent un passage choisi du satellite (OneDay, OneNow), OUTPUT liste les tentatives avec leurs heures de début et de fin ; sélectionnez-en une et donnez-la à « Passer une commande (payante) » comme ATTEMPTS.

Rien n'est commandé.

Exemple (qgis_process) :
qgis_process run oneatlas:feasibility -- AOI=site_aoi.gpkg OFFER=PleiadesNeoOneDay OUTPUT=attempts.gpkg</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>The satellite passes (footprint, start_time, end_time, order_deadline), for OneDay and OneNow offers; empty for the others.</source>
            <translation>Les passages du satellite (emprise, start_time, end_time, order_deadline), pour les offres OneDay et OneNow ; vide pour les autres.</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>AUTOMATIC or MANUAL</source>
            <translation>AUTOMATIC ou MANUAL</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>EASY or CHALLENGING</source>
            <translation>EASY ou CHALLENGING</translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>Available</source>
            <translation>Disponible</translation>
        </message>
        <message numerus="yes">
            <location filename="../processing_provider/alg_tasking.py" />
            <source>%n attempt(s).</source>
            <translation>
                <numerusform>%Ln tentative.</numerusform>
                <numerusform>%Ln tentatives.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../processing_provider/alg_tasking.py" />
            <source>{offer} orders a window, not a chosen pass: no attempts.</source>
            <translation>{offer} commande une fenêtre, pas un passage choisi : aucune tentative.</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" />
            <source>Area of interest</source>
            <translation>Zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" />
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" />
            <source>Tasking</source>
            <translation>Programmation</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" />
            <source>Orders and delivery</source>
            <translation>Commandes et livraison</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" />
            <source>Cancelled. {what}</source>
            <translation>Annulé. {what}</translation>
        </message>
        <message>
            <location filename="../processing_provider/base.py" />
            <source>Nothing more was asked of OneAtlas.</source>
            <translation>Rien de plus n'a été demandé à OneAtlas.</translation>
        </message>
        <message>
            <location filename="../processing_provider/connection.py" />
            <source>No OneAtlas API key is available. Store your key in the plugin settings (Web &gt; OneAtlas Pay-Per-Order &gt; Settings…) and unlock QGIS's authentication database with its master password, or set the environment variable {variable} (the way for qgis_process and servers).</source>
            <translation>Aucune clé API OneAtlas n'est disponible. Enregistrez votre clé dans les paramètres de l'extension (Internet &gt; OneAtlas Pay-Per-Order &gt; Paramètres…) et déverrouillez la base d'authentification de QGIS avec son mot de passe principal, ou définissez la variable d'environnement {variable} (la solution pour qgis_process et les serveurs).</translation>
        </message>
        <message>
            <location filename="../processing_provider/layers.py" />
            <source>The {what} layer has no polygon to use (no feature, or none selected while 'Selected features only' is ticked).</source>
            <translation>La couche {what} n'a aucun polygone utilisable (aucune entité, ou aucune sélectionnée alors que « Entités sélectionnées uniquement » est coché).</translation>
        </message>
        <message>
            <location filename="../processing_provider/layers.py" />
            <source>The area of interest does not follow the OneAtlas rules: {problems} Run 'Check AOI' with 'Fix' ticked and use its output.</source>
            <translation>La zone d'intérêt ne respecte pas les règles OneAtlas : {problems} Lancez « Vérifier (et corriger) une zone d'intérêt » avec « Corriger ce qui peut l'être » coché et utilisez sa sortie.</translation>
        </message>
        <message>
            <location filename="../processing_provider/layers.py" />
            <source>Fields missing from the scenes layer: {fields}. Use the footprints written by 'Search the archive'.</source>
            <translation>Champs absents de la couche des scènes : {fields}. Utilisez les emprises écrites par « Rechercher dans l'archive ».</translation>
        </message>
        <message>
            <location filename="../processing_provider/layers.py" />
            <source>No scene to use: the scenes layer is empty, or none is selected.</source>
            <translation>Aucune scène à utiliser : la couche des scènes est vide, ou aucune n'est sélectionnée.</translation>
        </message>
        <message>
            <location filename="../processing_provider/layers.py" />
            <source>The attempts layer has no 'segment_key' field: use the attempts written by 'Tasking feasibility'.</source>
            <translation>La couche des tentatives n'a pas de champ « segment_key » : utilisez les tentatives écrites par « Faisabilité et tentatives de programmation ».</translation>
        </message>
        <message>
            <location filename="../processing_provider/layers.py" />
            <source>Choose exactly one attempt: select one feature of the attempts layer and tick 'Selected features only' ({count} given). Nothing was ordered.</source>
            <translation>Choisissez exactement une tentative : sélectionnez une entité de la couche des tentatives et cochez « Entités sélectionnées uniquement » ({count} fournies). Rien n'a été commandé.</translation>
        </message>
        <message>
            <location filename="../processing_provider/ordering.py" />
            <source>The product options are not a valid JSON object; write them as name=value pairs separated by ';', for example processing_level=ortho;image_format=geotiff.</source>
            <translation>Les options du produit ne sont pas un objet JSON valide ; écrivez-les en paires nom=valeur séparées par « ; », par exemple processing_level=ortho;image_format=geotiff.</translation>
        </message>
        <message>
            <location filename="../processing_provider/ordering.py" />
            <source>'{part}' is not a product option: write name=value, for example processing_level=ortho.</source>
            <translation>« {part} » n'est pas une option de produit : écrivez nom=valeur, par exemple processing_level=ortho.</translation>
        </message>
        <message>
            <location filename="../processing_provider/ordering.py" />
            <source>Give the market the images are for (PRIMARY_MARKET).</source>
            <translation>Indiquez le marché auquel les images sont destinées (PRIMARY_MARKET).</translation>
        </message>
        <message>
            <location filename="../processing_provider/ordering.py" />
            <source>{product}: option {name} = {value} (default)</source>
            <translation>{product} : option {name} = {value} (par défaut)</translation>
        </message>
        <message>
            <location filename="../processing_provider/ordering.py" />
            <source>One order holds scenes of one constellation; these scenes are {names}. Select the scenes of one constellation (or run the algorithm once per constellation).</source>
            <translation>Une commande contient les scènes d'une seule constellation ; ces scènes sont {names}. Sélectionnez les scènes d'une seule constellation (ou lancez l'algorithme une fois par constellation).</translation>
        </message>
        <message>
            <location filename="../processing_provider/ordering.py" />
            <source>The price is in {price_currency}, not in {currency}: nothing was ordered. Give MAX_PRICE in {price_currency}.</source>
            <translation>Le prix est en {price_currency}, pas en {currency} : rien n'a été commandé. Indiquez MAX_PRICE en {price_currency}.</translation>
        </message>
    </context>
    <context>
        <name>OptionWords</name>
        <message>
            <location filename="../core/option_words.py" />
            <source>Processing level</source>
            <translation>Niveau de traitement</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>How far the images are corrected and placed on the map.</source>
            <translation>Dans quelle mesure les images sont corrigées et placées sur la carte.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Spectral bands</source>
            <translation>Bandes spectrales</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Which bands you get, and at which resolution.</source>
            <translation>Les bandes que vous recevez, et à quelle résolution.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Radiometric processing</source>
            <translation>Traitement radiométrique</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>What the pixel values mean.</source>
            <translation>Ce que signifient les valeurs des pixels.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Pixel coding</source>
            <translation>Codage des pixels</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>How many levels each pixel value can take (file size).</source>
            <translation>Le nombre de niveaux que peut prendre la valeur de chaque pixel (taille des fichiers).</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Image format</source>
            <translation>Format d'image</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>The files delivered; QGIS opens every one of them.</source>
            <translation>Les fichiers livrés ; QGIS les ouvre tous.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Who may use the images, and how; it changes the price.</source>
            <translation>Qui peut utiliser les images, et comment ; elle modifie le prix.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>How soon the images are produced.</source>
            <translation>Le délai de production des images.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Delivery method</source>
            <translation>Mode de livraison</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>When the images of the order are sent to you.</source>
            <translation>Quand les images de la commande vous sont envoyées.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Area delivered</source>
            <translation>Zone livrée</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Only your area, or the whole strip the satellite acquired.</source>
            <translation>Votre zone seulement, ou toute la bande acquise par le satellite.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Elevation</source>
            <translation>Altitude</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>The height, in metres, the Projected images are placed at (−100 to 10 000); leave it empty to let OneAtlas choose.</source>
            <translation>L'altitude, en mètres, à laquelle les images de niveau Projeté sont placées (−100 à 10 000) ; laissez vide pour que OneAtlas la choisisse.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Elevation model (DEM)</source>
            <translation>Modèle numérique de terrain (MNT)</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>The terrain model used to correct the relief (Ortho).</source>
            <translation>Le modèle de terrain utilisé pour corriger le relief (Ortho).</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Projection</source>
            <translation>Projection</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>The coordinate system the delivered images are in.</source>
            <translation>Le système de coordonnées des images livrées.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Billed area</source>
            <translation>Surface facturée</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>How OneAtlas counts the area it bills.</source>
            <translation>La façon dont OneAtlas calcule la surface qu'il facture.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Primary</source>
            <translation>Primaire</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Primary: as the sensor saw it, not on a map projection (with its RPC model), for your own orthorectification.</source>
            <translation>Primaire : telle que le capteur l'a vue, sans projection cartographique (avec son modèle RPC), pour votre propre orthorectification.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Sensor</source>
            <translation>Capteur</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Sensor: in the satellite's own geometry, corrected for its distortions, not on a map.</source>
            <translation>Capteur : dans la géométrie propre du satellite, corrigée de ses distorsions, sans mise en carte.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Projected</source>
            <translation>Projeté</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Projected: on a map projection at one constant elevation; relief is not corrected, so hilly places shift.</source>
            <translation>Projeté : sur une projection cartographique, à une altitude constante ; le relief n'est pas corrigé, les zones accidentées sont donc décalées.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Ortho</source>
            <translation>Ortho</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Ortho: relief corrected with an elevation model and on a map projection; lines up with your other layers.</source>
            <translation>Ortho : relief corrigé avec un modèle numérique de terrain, sur une projection cartographique ; se superpose à vos autres couches.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Panchromatic</source>
            <translation>Panchromatique</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Panchromatic: one black-and-white band at the finest resolution.</source>
            <translation>Panchromatique : une seule bande en noir et blanc, à la résolution la plus fine.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Multispectral</source>
            <translation>Multispectral</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Multispectral: the colour and near-infrared bands, at 4 times the pixel size.</source>
            <translation>Multispectral : les bandes couleur et proche infrarouge, avec des pixels 4 fois plus grands.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Pansharpened</source>
            <translation>Pansharpened</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Pansharpened: colour and near-infrared bands sharpened to the finest resolution.</source>
            <translation>Pansharpened : bandes couleur et proche infrarouge affinées à la résolution la plus fine.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Pansharpened, natural colour</source>
            <translation>Pansharpened, couleurs naturelles</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Pansharpened, 3 bands (red, green, blue) as the eye sees them.</source>
            <translation>Pansharpened, 3 bandes (rouge, vert, bleu) telles que l'œil les voit.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Pansharpened, false colour</source>
            <translation>Pansharpened, fausses couleurs</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Pansharpened, 3 bands (near-infrared, red, green): vegetation shows red.</source>
            <translation>Pansharpened, 3 bandes (proche infrarouge, rouge, vert) : la végétation apparaît en rouge.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Bundle</source>
            <translation>Bundle</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Bundle: the panchromatic and the multispectral images, separately (you can pansharpen them yourself).</source>
            <translation>Bundle : l'image panchromatique et l'image multispectrale, séparément (vous pouvez les fusionner vous-même par pansharpening).</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Full bundle</source>
            <translation>Bundle complet</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Full bundle: the panchromatic image and all 6 multispectral bands, separately.</source>
            <translation>Bundle complet : l'image panchromatique et les 6 bandes multispectrales, séparément.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Pansharpened, 6 bands</source>
            <translation>Pansharpened, 6 bandes</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Pansharpened: all 6 bands sharpened to the finest resolution.</source>
            <translation>Pansharpened : les 6 bandes affinées à la résolution la plus fine.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Multispectral, 6 bands</source>
            <translation>Multispectral, 6 bandes</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Multispectral: all 6 bands, at 4 times the pixel size.</source>
            <translation>Multispectral : les 6 bandes, avec des pixels 4 fois plus grands.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Basic</source>
            <translation>Basique</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Basic: the sensor's calibrated values, for your own radiometric processing.</source>
            <translation>Basique : les valeurs calibrées du capteur, pour votre propre traitement radiométrique.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Reflectance</source>
            <translation>Réflectance</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Reflectance: values comparable between dates and scenes, for indices such as NDVI.</source>
            <translation>Réflectance : valeurs comparables d'une date et d'une scène à l'autre, pour des indices comme le NDVI.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Display</source>
            <translation>Affichage</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Display: contrast set for viewing in natural colour; good to look at, not to measure.</source>
            <translation>Affichage : contraste réglé pour la visualisation en couleurs naturelles ; fait pour regarder, pas pour mesurer.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>8 bits</source>
            <translation>8 bits</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>8 bits: 256 levels per band; smaller files, for viewing.</source>
            <translation>8 bits : 256 niveaux par bande ; fichiers plus petits, pour la visualisation.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>12 bits</source>
            <translation>12 bits</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>12 bits: the sensor's full range (stored on 16 bits), for analysis.</source>
            <translation>12 bits : toute la dynamique du capteur (stockée sur 16 bits), pour l'analyse.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>16 bits</source>
            <translation>16 bits</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>16 bits: the full range; the largest files.</source>
            <translation>16 bits : toute la dynamique ; les fichiers les plus volumineux.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>JPEG 2000, regular (DIMAP)</source>
            <translation>JPEG 2000, standard (DIMAP)</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>JPEG 2000 compressed without loss, with Airbus's DIMAP metadata.</source>
            <translation>JPEG 2000 compressé sans perte, avec les métadonnées DIMAP d'Airbus.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>JPEG 2000, optimised (DIMAP)</source>
            <translation>JPEG 2000, optimisé (DIMAP)</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>JPEG 2000 with stronger, lossy compression: smaller files, quicker to download, fine for viewing.</source>
            <translation>JPEG 2000 avec une compression plus forte, avec perte : fichiers plus petits, plus rapides à télécharger, suffisants pour la visualisation.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>GeoTIFF (DIMAP)</source>
            <translation>GeoTIFF (DIMAP)</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>GeoTIFF, uncompressed, with DIMAP metadata: opens anywhere; the largest files.</source>
            <translation>GeoTIFF non compressé, avec les métadonnées DIMAP : s'ouvre partout ; les fichiers les plus volumineux.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Standard: for the end user's own use (the usual licence).</source>
            <translation>Standard : pour l'usage propre de l'utilisateur final (la licence habituelle).</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Background layer</source>
            <translation>Fond de carte</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Background layer: to show the images as a background of maps you publish.</source>
            <translation>Fond de carte : pour afficher les images en fond des cartes que vous publiez.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Standard + background layer</source>
            <translation>Standard + fond de carte</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Standard and background layer licences together.</source>
            <translation>Les licences Standard et Fond de carte réunies.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Education</source>
            <translation>Éducation</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Education: for teaching and academic research.</source>
            <translation>Éducation : pour l'enseignement et la recherche universitaire.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Media</source>
            <translation>Médias</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Media: for publication in the press.</source>
            <translation>Médias : pour une publication dans la presse.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Standard: produced and quality checked as usual.</source>
            <translation>Standard : production et contrôle qualité habituels.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Rush (no quality check)</source>
            <translation>Rush (sans contrôle qualité)</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Rush: produced first, without quality checking; it costs more.</source>
            <translation>Rush : production prioritaire, sans contrôle qualité ; coûte plus cher.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Each image when ready</source>
            <translation>Chaque image dès qu'elle est prête</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>On the flow: each image is sent as soon as it is ready.</source>
            <translation>Au fil de l'eau : chaque image est envoyée dès qu'elle est prête.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>All together at the end</source>
            <translation>Tout ensemble à la fin</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>At the end: everything is sent at once, when the whole order is ready.</source>
            <translation>À la fin : tout est envoyé en une fois, quand la commande entière est prête.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Your area only</source>
            <translation>Votre zone seulement</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>The images are cut to your area, and so is the bill.</source>
            <translation>Les images sont découpées selon votre zone, et la facturation aussi.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>The whole strip</source>
            <translation>La bande complète</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Full strip: the whole strip acquired is delivered and billed, not only your area.</source>
            <translation>Bande complète : toute la bande acquise est livrée et facturée, pas seulement votre zone.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Best available</source>
            <translation>Le meilleur disponible</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Airbus picks the best elevation model for the area.</source>
            <translation>Airbus choisit le meilleur modèle numérique de terrain pour la zone.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Area covered</source>
            <translation>Surface couverte</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Billed on the area the images cover.</source>
            <translation>Facturation sur la surface que couvrent les images.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Time series</source>
            <translation>Série temporelle</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Time series: counted for a series of images of the same area over time.</source>
            <translation>Série temporelle : calculée pour une série d'images de la même zone au fil du temps.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Your project's coordinate system, {crs}, has no EPSG code OneAtlas could deliver in.</source>
            <translation>Le système de coordonnées de votre projet, {crs}, n'a pas de code EPSG dans lequel OneAtlas pourrait livrer.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>OneAtlas does not offer your project's coordinate system, {crs}, for this product and area.</source>
            <translation>OneAtlas ne propose pas le système de coordonnées de votre projet, {crs}, pour ce produit et cette zone.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Your project is in {crs}, in degrees: the images keep a projection in metres (square pixels); choose {crs} here if you need it.</source>
            <translation>Votre projet est en {crs}, en degrés : les images gardent une projection en mètres (pixels carrés) ; choisissez {crs} ici si vous en avez besoin.</translation>
        </message>
        <message>
            <location filename="../core/option_words.py" />
            <source>Your project is in {crs}, which stretches distances and areas: the images keep a projection true to the ground; choose it here if you need it.</source>
            <translation>Votre projet est en {crs}, qui déforme les distances et les surfaces : les images gardent une projection fidèle au terrain ; choisissez-le ici si vous en avez besoin.</translation>
        </message>
    </context>
    <context>
        <name>OptionsForm</name>
        <message>
            <location filename="../ui/ordering/options_form.py" />
            <source>OneAtlas option: {name}</source>
            <translation>Option OneAtlas : {name}</translation>
        </message>
        <message>
            <location filename="../ui/ordering/options_form.py" />
            <source>{low:g} to {high:g} (optional)</source>
            <translation>{low:g} à {high:g} (facultatif)</translation>
        </message>
        <message>
            <location filename="../ui/ordering/options_form.py" />
            <source>OneAtlas value: {value}</source>
            <translation>Valeur OneAtlas : {value}</translation>
        </message>
        <message>
            <location filename="../ui/ordering/options_form.py" />
            <source>OneAtlas option {name} = {value}</source>
            <translation>Option OneAtlas {name} = {value}</translation>
        </message>
        <message>
            <location filename="../ui/ordering/options_form.py" />
            <source>Choose a value.</source>
            <translation>Choisissez une valeur.</translation>
        </message>
    </context>
    <context>
        <name>OrderConfirmation</name>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Confirm your order</source>
            <translation>Confirmez votre commande</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Total: {amount}</source>
            <translation>Total : {amount}</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Order for {amount}</source>
            <translation>Commander pour {amount}</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Options</source>
            <translation>Options</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Area of interest</source>
            <translation>Zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>(the billed area per product is under Price)</source>
            <translation>(la surface facturée par produit figure sous Prix)</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Contract</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Market</source>
            <translation>Marché</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>End user</source>
            <translation>Utilisateur final</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Your reference</source>
            <translation>Votre référence</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Notices to</source>
            <translation>Avis envoyés à</translation>
        </message>
        <message>
            <location filename="../ui/ordering/confirmation.py" />
            <source>Price</source>
            <translation>Prix</translation>
        </message>
    </context>
    <context>
        <name>OrderDialog</name>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Pricing cancelled.</source>
            <translation>Chiffrage annulé.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Product options</source>
            <translation>Options du produit</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Order details</source>
            <translation>Détails de la commande</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Get price</source>
            <translation>Obtenir le prix</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Place order…</source>
            <translation>Passer la commande…</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Loading the product options and markets…</source>
            <translation>Chargement des options du produit et des marchés…</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Loading OneAtlas product options</source>
            <translation>Chargement des options de produit OneAtlas</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>, {credit} left</source>
            <translation>, {credit} restants</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Product {product} on contract {contract} ({backend}{credit}).</source>
            <translation>Produit {product} sur le contrat {contract} ({backend}{credit}).</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>The options changed: get the price again before ordering.</source>
            <translation>Les options ont changé : redemandez le prix avant de commander.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Correct the fields marked in red.</source>
            <translation>Corrigez les champs signalés en rouge.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Asking OneAtlas for the price…</source>
            <translation>Demande du prix à OneAtlas…</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source> (minimum order area applied)</source>
            <translation> (surface minimale de commande appliquée)</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>{product}: {amount} for {area} billed{minimum}</source>
            <translation>{product} : {amount} pour {area} facturés{minimum}</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Total: {amount}</source>
            <translation>Total : {amount}</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Not ordered: you cancelled the confirmation.</source>
            <translation>Non commandé : vous avez annulé la confirmation.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Placing the order…</source>
            <translation>Passage de la commande…</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Ordered</source>
            <translation>Commandé</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Check Orders</source>
            <translation>Voir les commandes</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>Not ordered: see the message under the contract above.</source>
            <translation>Non commandé : voir le message sous le contrat ci-dessus.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>OneAtlas refused a field: see the message in red above.</source>
            <translation>OneAtlas a refusé un champ : voir le message en rouge ci-dessus.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>OneAtlas refused an option: see the message in red above.</source>
            <translation>OneAtlas a refusé une option : voir le message en rouge ci-dessus.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/order_dialog.py" />
            <source>The order is on its way: wait for OneAtlas's answer before closing.</source>
            <translation>La commande est en cours d'envoi : attendez la réponse de OneAtlas avant de fermer.</translation>
        </message>
    </context>
    <context>
        <name>OrderSubmission</name>
        <message>
            <location filename="../ui/ordering/submission.py" />
            <source>We could not confirm whether the order '{reference}' was placed: the connection failed after it was sent. Do not order again; check the Orders tab in a few minutes for this reference.</source>
            <translation>Impossible de confirmer que la commande « {reference} » a été passée : la connexion a échoué après l'envoi. Ne commandez pas de nouveau ; consultez l'onglet Commandes dans quelques minutes pour cette référence.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/submission.py" />
            <source>Pricing a OneAtlas order</source>
            <translation>Chiffrage d'une commande OneAtlas</translation>
        </message>
        <message>
            <location filename="../ui/ordering/submission.py" />
            <source>Placing a OneAtlas order</source>
            <translation>Passage d'une commande OneAtlas</translation>
        </message>
    </context>
    <context>
        <name>OrdersLayer</name>
        <message>
            <location filename="../ui/orders/orders_layer.py" />
            <source>the file could not be written</source>
            <translation>le fichier n'a pas pu être écrit</translation>
        </message>
        <message>
            <location filename="../ui/orders/orders_layer.py" />
            <source>Save the orders as a GeoPackage</source>
            <translation>Enregistrer les commandes en GeoPackage</translation>
        </message>
        <message>
            <location filename="../ui/orders/orders_layer.py" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../ui/orders/orders_layer.py" />
            <source>The orders could not be saved to {path}: {problem}</source>
            <translation>Les commandes n'ont pas pu être enregistrées dans {path} : {problem}</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/orders/orders_layer.py" />
            <source>%n order(s) saved to {path} and added to the project.</source>
            <translation>
                <numerusform>%Ln commande enregistrée dans {path} et ajoutée au projet.</numerusform>
                <numerusform>%Ln commandes enregistrées dans {path} et ajoutées au projet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrdersSection</name>
        <message>
            <location filename="../ui/orders/acquisition_preview.py" />
            <location filename="../ui/orders/texts.py" />
            <source>(date unknown)</source>
            <translation>(date inconnue)</translation>
        </message>
        <message>
            <location filename="../ui/orders/acquisition_preview.py" />
            <source>Cloud cover: {cloud}
Incidence: {incidence}
Acquired {date}
Order {reference}</source>
            <translation>Couverture nuageuse : {cloud}
Incidence : {incidence}
Acquise le {date}
Commande {reference}</translation>
        </message>
        <message>
            <location filename="../ui/orders/acquisition_preview.py" />
            <source>No preview offered: OneAtlas gave no quicklook for this acquisition. Judge it by its cloud cover and incidence.</source>
            <translation>Aucun aperçu proposé : OneAtlas n'a fourni aucun quicklook pour cette acquisition. Jugez-la d'après sa couverture nuageuse et son incidence.</translation>
        </message>
        <message>
            <location filename="../ui/orders/acquisition_preview.py" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../ui/orders/acquisition_preview.py" />
            <source>Not connected: the preview cannot be loaded.</source>
            <translation>Non connecté : l'aperçu ne peut pas être chargé.</translation>
        </message>
        <message>
            <location filename="../ui/orders/acquisition_preview.py" />
            <source>The preview could not be read (not an image). You can still accept or refuse.</source>
            <translation>L'aperçu n'a pas pu être lu (ce n'est pas une image). Vous pouvez quand même accepter ou refuser.</translation>
        </message>
        <message>
            <location filename="../ui/orders/acquisition_preview.py" />
            <source>The preview could not be loaded: {why} You can still accept or refuse.</source>
            <translation>L'aperçu n'a pas pu être chargé : {why} Vous pouvez quand même accepter ou refuser.</translation>
        </message>
        <message>
            <location filename="../ui/orders/acquisition_preview.py" />
            <source>OneAtlas: loading an acquisition's preview</source>
            <translation>OneAtlas : chargement de l'aperçu d'une acquisition</translation>
        </message>
        <message>
            <location filename="../ui/orders/answers.py" />
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <location filename="../ui/orders/answers.py" />
            <source>Refuse</source>
            <translation>Refuser</translation>
        </message>
        <message>
            <location filename="../ui/orders/answers.py" />
            <source>OneAtlas: sending your answer</source>
            <translation>OneAtlas : envoi de votre réponse</translation>
        </message>
        <message>
            <location filename="../ui/orders/answers.py" />
            <source>Your answer for {reference} was sent.</source>
            <translation>Votre réponse pour {reference} a été envoyée.</translation>
        </message>
        <message>
            <location filename="../ui/orders/answers.py" />
            <source>Cancel tasking</source>
            <translation>Annuler la programmation</translation>
        </message>
        <message>
            <location filename="../ui/orders/answers.py" />
            <source>Stop tasking</source>
            <translation>Arrêter la programmation</translation>
        </message>
        <message>
            <location filename="../ui/orders/answers.py" />
            <source>OneAtlas: ending the tasking</source>
            <translation>OneAtlas : fin de la programmation</translation>
        </message>
        <message>
            <location filename="../ui/orders/answers.py" />
            <source>Tasking {reference}: request sent.</source>
            <translation>Programmation {reference} : demande envoyée.</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Every order of your OneAtlas contracts, newest first. Select a delivered order to open it on the map or download it.</source>
            <translation>Toutes les commandes de vos contrats OneAtlas, les plus récentes d'abord. Sélectionnez une commande livrée pour l'ouvrir sur la carte ou la télécharger.</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Search by reference, date or status</source>
            <translation>Rechercher par référence, date ou statut</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Open on map</source>
            <translation>Ouvrir sur la carte</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Download…</source>
            <translation>Télécharger…</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Stop or cancel…</source>
            <translation>Arrêter ou annuler…</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Save orders as a GeoPackage layer…</source>
            <translation>Enregistrer les commandes comme couche GeoPackage…</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Waiting for your answer</source>
            <translation>En attente de votre réponse</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Accept…</source>
            <translation>Accepter…</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Refuse…</source>
            <translation>Refuser…</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Waiting for your answer ({count})</source>
            <translation>En attente de votre réponse ({count})</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Connect to OneAtlas to see your orders.</source>
            <translation>Connectez-vous à OneAtlas pour voir vos commandes.</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Reading your orders…</source>
            <translation>Lecture de vos commandes…</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>OneAtlas: reading your orders</source>
            <translation>OneAtlas : lecture de vos commandes</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/orders/tab.py" />
            <source>%n order(s) · updated {time}</source>
            <translation>
                <numerusform>%Ln commande · mise à jour à {time}</numerusform>
                <numerusform>%Ln commandes · mises à jour à {time}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Could not read your orders: {why} The list shows what was last read; the plugin tries again by itself.</source>
            <translation>Impossible de lire vos commandes : {why} La liste montre la dernière lecture ; l'extension réessaie d'elle-même.</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Order {reference} is delivered.</source>
            <translation>La commande {reference} est livrée.</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>OneAtlas</source>
            <translation>OneAtlas</translation>
        </message>
        <message>
            <location filename="../ui/orders/tab.py" />
            <source>Order {reference} was delivered to {where}, not to your OneAtlas workspace: open it from there.</source>
            <translation>La commande {reference} a été livrée vers {where}, pas dans votre espace de travail OneAtlas : ouvrez-la depuis là-bas.</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>Sales order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>Quotation</source>
            <translation>Devis</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>tasking</source>
            <translation>programmation</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>archive</source>
            <translation>archive</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>(no reference)</source>
            <translation>(sans référence)</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>ordered {date}</source>
            <translation>commandée le {date}</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>Order (no id returned yet)</source>
            <translation>Commande (pas encore d'identifiant)</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>Reference {reference} · {amount} · placed {time}</source>
            <translation>Référence {reference} · {amount} · passée à {time}</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>The answer was lost on the way and the order was found afterwards: it exists once. Do not order it again.</source>
            <translation>La réponse s'est perdue en route et la commande a été retrouvée ensuite : elle existe une seule fois. Ne la commandez pas de nouveau.</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>checked: it was NOT placed and nothing was charged; you may order it again.</source>
            <translation>vérifiée : elle n'a PAS été passée et rien n'a été débité ; vous pouvez la commander de nouveau.</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>could not be confirmed: check your OneAtlas e-mails and orders before ordering again.</source>
            <translation>n'a pas pu être confirmée : vérifiez vos e-mails et vos commandes OneAtlas avant de commander de nouveau.</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>checked: it exists ({ids}). Do not order it again.</source>
            <translation>vérifiée : elle existe ({ids}). Ne la commandez pas de nouveau.</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>being checked: do not order again. The connection failed while it was sent; the plugin is finding out whether OneAtlas received it.</source>
            <translation>en cours de vérification : ne commandez pas de nouveau. La connexion a échoué pendant l'envoi ; l'extension vérifie si OneAtlas l'a reçue.</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>Reference {reference}</source>
            <translation>Référence {reference}</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>{reference}: quotation {id} for {amount} waits for your answer</source>
            <translation>{reference} : le devis {id} de {amount} attend votre réponse</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>acquired {date}</source>
            <translation>acquise le {date}</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>cloud {cloud} %</source>
            <translation>nuages {cloud} %</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>incidence {angle}°</source>
            <translation>incidence {angle}°</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>{reference}: acquisition to accept or refuse</source>
            <translation>{reference} : acquisition à accepter ou refuser</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>Accept quotation {id}? This places the order {reference} for {amount}, charged to contract {contract}. It cannot be undone.</source>
            <translation>Accepter le devis {id} ? Cela passe la commande {reference} pour {amount}, débités du contrat {contract}. C'est irréversible.</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>Refuse quotation {id}? Nothing is ordered or charged; to order later you will need a new quotation.</source>
            <translation>Refuser le devis {id} ? Rien n'est commandé ni débité ; pour commander plus tard, il vous faudra un nouveau devis.</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>Accept the acquisition of {date} for order {reference}? It is then produced and delivered to your workspace. Accepting places no new order{amount}.</source>
            <translation>Accepter l'acquisition du {date} pour la commande {reference} ? Elle est alors produite et livrée dans votre espace de travail. Accepter ne passe aucune nouvelle commande{amount}.</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source> (the order's amount, {amount}, stays as it is)</source>
            <translation> (le montant de la commande, {amount}, reste inchangé)</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>Refuse the acquisition of {date} for order {reference}? Refusing costs nothing. OneAtlas tries again while the order's acquisition window is open (one-plan offers); otherwise the order closes without an image.</source>
            <translation>Refuser l'acquisition du {date} pour la commande {reference} ? Refuser ne coûte rien. OneAtlas réessaie tant que la fenêtre d'acquisition de la commande est ouverte (offres One Plan) ; sinon la commande se clôt sans image.</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>Cancel the tasking {reference}? Nothing has been acquired yet: the order ends, and OneAtlas returns its amount ({amount}) to the contract's credit once it accepts the cancellation.</source>
            <translation>Annuler la programmation {reference} ? Rien n'a encore été acquis : la commande prend fin, et OneAtlas rend son montant ({amount}) au crédit du contrat une fois l'annulation acceptée.</translation>
        </message>
        <message>
            <location filename="../ui/orders/texts.py" />
            <source>Stop the tasking {reference}? No further acquisition is attempted; images already accepted are still delivered. What is billed for a stopped tasking depends on your contract: check with OneAtlas before stopping.</source>
            <translation>Arrêter la programmation {reference} ? Plus aucune acquisition n'est tentée ; les images déjà acceptées sont quand même livrées. Ce qui est facturé pour une programmation arrêtée dépend de votre contrat : renseignez-vous auprès de OneAtlas avant d'arrêter.</translation>
        </message>
    </context>
    <context>
        <name>Prefetch</name>
        <message>
            <location filename="../ui/connection/prefetch.py" />
            <source>OneAtlas: products of contract {id}</source>
            <translation>OneAtlas : produits du contrat {id}</translation>
        </message>
        <message>
            <location filename="../ui/connection/prefetch.py" />
            <source>OneAtlas: markets of contract {id}</source>
            <translation>OneAtlas : marchés du contrat {id}</translation>
        </message>
        <message>
            <location filename="../ui/connection/prefetch.py" />
            <source>OneAtlas: end-user countries</source>
            <translation>OneAtlas : pays des utilisateurs finaux</translation>
        </message>
    </context>
    <context>
        <name>QuotationRequest</name>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>This order costs more than the credit left on the contract ({credit}): OneAtlas will refuse it.</source>
            <translation>Cette commande coûte plus que le crédit restant sur le contrat ({credit}) : OneAtlas la refusera.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Credit left on the contract after this order: {left} (now {credit}).</source>
            <translation>Crédit restant sur le contrat après cette commande : {left} (actuellement {credit}).</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Confirm your quotation request</source>
            <translation>Confirmez votre demande de devis</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Nothing is charged now: Airbus sends a quotation, which you accept or refuse before it expires.</source>
            <translation>Rien n'est débité maintenant : Airbus envoie un devis, que vous acceptez ou refusez avant son expiration.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Request the quotation</source>
            <translation>Demander le devis</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Request a quotation…</source>
            <translation>Demander un devis…</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Request a quotation instead…</source>
            <translation>Demander plutôt un devis…</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Ask Airbus for a quotation instead of ordering now; nothing is charged until you accept it.</source>
            <translation>Demander un devis à Airbus au lieu de commander maintenant ; rien n'est débité tant que vous ne l'acceptez pas.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Airbus must study this request by hand (MANUAL feasibility): there is no price and no direct order. Request a quotation.</source>
            <translation>Airbus doit étudier cette demande manuellement (faisabilité MANUAL) : il n'y a ni prix ni commande directe. Demandez un devis.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>A direct order would cost {amount}; the quotation may differ.</source>
            <translation>Une commande directe coûterait {amount} ; le devis peut différer.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Airbus sets the amount in the quotation.</source>
            <translation>Airbus fixe le montant dans le devis.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>You are about to ask Airbus for a quotation. Nothing is ordered or charged now: the quotation appears in the Tasking tab's list, where you accept or refuse it.</source>
            <translation>Vous allez demander un devis à Airbus. Rien n'est commandé ni débité maintenant : le devis apparaît dans la liste de l'onglet Programmation, où vous l'acceptez ou le refusez.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>No quotation requested: you cancelled the confirmation.</source>
            <translation>Aucun devis demandé : vous avez annulé la confirmation.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Requesting the quotation…</source>
            <translation>Demande du devis…</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Requesting a OneAtlas quotation</source>
            <translation>Demande d'un devis OneAtlas</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>, {amount}</source>
            <translation>, {amount}</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Quotation {id} requested (reference {reference}{amount}). Accept or refuse it in the Tasking tab's quotation list before it expires; nothing is charged until you accept it.</source>
            <translation>Devis {id} demandé (référence {reference}{amount}). Acceptez-le ou refusez-le dans la liste des devis de l'onglet Programmation avant son expiration ; rien n'est débité tant que vous ne l'acceptez pas.</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>(id not known yet)</source>
            <translation>(identifiant pas encore connu)</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>Quotation requested</source>
            <translation>Devis demandé</translation>
        </message>
        <message>
            <location filename="../ui/ordering/quotation_request.py" />
            <source>We could not confirm whether the quotation request '{reference}' reached OneAtlas: the connection failed after it was sent. Do not request it again; refresh the quotation list in a few minutes.</source>
            <translation>Impossible de confirmer que la demande de devis « {reference} » est parvenue à OneAtlas : la connexion a échoué après l'envoi. Ne la renvoyez pas ; actualisez la liste des devis dans quelques minutes.</translation>
        </message>
    </context>
    <context>
        <name>RasterStyle</name>
        <message>
            <location filename="../ui/orders/raster_style.py" />
            <source>natural colour</source>
            <translation>couleurs naturelles</translation>
        </message>
        <message>
            <location filename="../ui/orders/raster_style.py" />
            <source>false colour (near infrared)</source>
            <translation>fausses couleurs (proche infrarouge)</translation>
        </message>
    </context>
    <context>
        <name>Reporting</name>
        <message>
            <location filename="../ui/common/reporting.py" />
            <source>Unexpected problem ({kind}); the details are in the OneAtlas PPO log (View &gt; Panels &gt; Log Messages).</source>
            <translation>Problème inattendu ({kind}) ; les détails sont dans le journal OneAtlas PPO (Vue &gt; Panneaux &gt; Journal des messages).</translation>
        </message>
        <message>
            <location filename="../ui/common/reporting.py" />
            <source>Not connected: open the settings and add your API key.</source>
            <translation>Non connecté : ouvrez les paramètres et ajoutez votre clé API.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>{backend}: no contract</source>
            <translation>{backend} : aucun contrat</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>{backend}: {credit} left (contract {contract})</source>
            <translation>{backend} : {credit} restants (contrat {contract})</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>{backend}: {credit} left</source>
            <translation>{backend} : {credit} restants</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>the proxy</source>
            <translation>le proxy</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>Could not reach {where} through {proxy} set in QGIS (Settings &gt; Options &gt; Network). Check the proxy address and its user name and password, or ask your IT department.</source>
            <translation>Impossible de joindre {where} via {proxy} défini dans QGIS (Préférences &gt; Options &gt; Réseau). Vérifiez l'adresse du proxy, son nom d'utilisateur et son mot de passe, ou adressez-vous à votre service informatique.</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>Could not reach the local simulator at {origin}. Is it running? Start it with 'make simulator', or check the address in the settings.</source>
            <translation>Impossible de joindre le simulateur local à {origin}. Est-il démarré ? Lancez-le avec « make simulator », ou vérifiez l'adresse dans les paramètres.</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>Could not reach the server {origin}. Check the address in the settings, your network connection and the QGIS proxy settings.</source>
            <translation>Impossible de joindre le serveur {origin}. Vérifiez l'adresse dans les paramètres, votre connexion réseau et les paramètres de proxy de QGIS.</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>No OneAtlas API key is set. Open the plugin settings and enter your API key.</source>
            <translation>Aucune clé API OneAtlas n'est définie. Ouvrez les paramètres de l'extension et saisissez votre clé API.</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>OneAtlas</source>
            <translation>OneAtlas</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>Connecting to {where}…</source>
            <translation>Connexion à {where}…</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>OneAtlas: connecting</source>
            <translation>OneAtlas : connexion</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>OneAtlas: updating the credit</source>
            <translation>OneAtlas : mise à jour du crédit</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>OneAtlas: checking orders whose answer was lost</source>
            <translation>OneAtlas : vérification des commandes dont la réponse a été perdue</translation>
        </message>
        <message>
            <location filename="../ui/connection/session.py" />
            <source>The API key was removed.</source>
            <translation>La clé API a été supprimée.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>OneAtlas Pay-Per-Order settings</source>
            <translation>Paramètres OneAtlas Pay-Per-Order</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>API key</source>
            <translation>Clé API</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Show or hide the key you are typing</source>
            <translation>Afficher ou masquer la clé saisie</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Remember the key on this computer (encrypted in the QGIS authentication database)</source>
            <translation>Mémoriser la clé sur cet ordinateur (chiffrée dans la base d'authentification de QGIS)</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Forget stored key</source>
            <translation>Oublier la clé enregistrée</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Remove the API key from this computer</source>
            <translation>Supprimer la clé API de cet ordinateur</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Server</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>OneAtlas (production)</source>
            <translation>OneAtlas (production)</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Local simulator</source>
            <translation>Simulateur local</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Custom server</source>
            <translation>Serveur personnalisé</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Test connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Press Save to replace the stored key with the one typed.</source>
            <translation>Appuyez sur Enregistrer pour remplacer la clé enregistrée par celle saisie.</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Press Save to keep this key.</source>
            <translation>Appuyez sur Enregistrer pour garder cette clé.</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>A key is stored, encrypted. Type a new key only to replace it.</source>
            <translation>Une clé est enregistrée, chiffrée. Ne saisissez une nouvelle clé que pour la remplacer.</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>(stored key, hidden)</source>
            <translation>(clé enregistrée, masquée)</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>A key is in use for this QGIS session only. Type a new key to replace it.</source>
            <translation>Une clé est utilisée pour cette session QGIS seulement. Saisissez une nouvelle clé pour la remplacer.</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>(key for this session, hidden)</source>
            <translation>(clé de cette session, masquée)</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>No key yet. Paste the API key created on the OneAtlas portal (My Profile &gt; API keys).</source>
            <translation>Pas encore de clé. Collez la clé API créée sur le portail OneAtlas (Mon profil &gt; Clés API).</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Paste your API key</source>
            <translation>Collez votre clé API</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>When you save, QGIS will ask for its master password (or ask you to choose one, the first time) to encrypt the key.</source>
            <translation>À l'enregistrement, QGIS demandera son mot de passe principal (ou vous demandera d'en choisir un, la première fois) pour chiffrer la clé.</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Network: direct connection (no proxy is set in QGIS's network settings).</source>
            <translation>Réseau : connexion directe (aucun proxy n'est défini dans les paramètres réseau de QGIS).</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Network: through {proxy}, as set in QGIS (Settings &gt; Options &gt; Network).</source>
            <translation>Réseau : via {proxy}, comme défini dans QGIS (Préférences &gt; Options &gt; Réseau).</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Hide</source>
            <translation>Masquer</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Enter your API key first.</source>
            <translation>Saisissez d'abord votre clé API.</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Testing the connection to {where}…</source>
            <translation>Test de la connexion à {where}…</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>OneAtlas: testing the connection</source>
            <translation>OneAtlas : test de la connexion</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Connected as {name} on {where}.</source>
            <translation>Connecté en tant que {name} sur {where}.</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>Connection failed: {reason}</source>
            <translation>Échec de la connexion : {reason}</translation>
        </message>
        <message>
            <location filename="../ui/connection/settings_dialog.py" />
            <source>The API key was removed from this computer.</source>
            <translation>La clé API a été supprimée de cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>StreamedLayers</name>
        <message numerus="yes">
            <location filename="../ui/connection/project_watch.py" />
            <source>This project has %n image(s) streamed from your OneAtlas workspace, switched off until the OneAtlas plugin is connected: open the OneAtlas panel (Web &gt; OneAtlas Pay-Per-Order) and connect; they then appear by themselves.</source>
            <translation>
                <numerusform>Ce projet contient %Ln image diffusée depuis votre espace de travail OneAtlas, désactivée tant que l'extension OneAtlas n'est pas connectée : ouvrez le panneau OneAtlas (Internet &gt; OneAtlas Pay-Per-Order) et connectez-vous ; elle s'affiche alors d'elle-même.</numerusform>
                <numerusform>Ce projet contient %Ln images diffusées depuis votre espace de travail OneAtlas, désactivées tant que l'extension OneAtlas n'est pas connectée : ouvrez le panneau OneAtlas (Internet &gt; OneAtlas Pay-Per-Order) et connectez-vous ; elles s'affichent alors d'elles-mêmes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/connection/project_watch.py" />
            <source>{names}: %n image(s) streamed from another OneAtlas server than the one the plugin is connected to ({base}); connect to that server in the plugin settings to see them.</source>
            <translation>
                <numerusform>{names} : %Ln image diffusée depuis un autre serveur OneAtlas que celui auquel l'extension est connectée ({base}) ; connectez-vous à ce serveur dans les paramètres de l'extension pour la voir.</numerusform>
                <numerusform>{names} : %Ln images diffusées depuis un autre serveur OneAtlas que celui auquel l'extension est connectée ({base}) ; connectez-vous à ce serveur dans les paramètres de l'extension pour les voir.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Streaming</name>
        <message>
            <location filename="../ui/orders/streaming.py" />
            <source>OneAtlas {reference}</source>
            <translation>OneAtlas {reference}</translation>
        </message>
    </context>
    <context>
        <name>Tabs</name>
        <message>
            <location filename="../ui/tabs.py" />
            <source>AOI</source>
            <translation>Zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../ui/tabs.py" />
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../ui/tabs.py" />
            <source>Tasking</source>
            <translation>Programmation</translation>
        </message>
        <message>
            <location filename="../ui/tabs.py" />
            <source>Orders</source>
            <translation>Commandes</translation>
        </message>
    </context>
    <context>
        <name>TaskGuard</name>
        <message>
            <location filename="../ui/common/task_guard.py" />
            <source>QGIS did not start this background work (a known fault of its task manager); nothing was sent to OneAtlas. Please try again.</source>
            <translation>QGIS n'a pas lancé cette tâche en arrière-plan (un défaut connu de son gestionnaire de tâches) ; rien n'a été envoyé à OneAtlas. Veuillez réessayer.</translation>
        </message>
    </context>
    <context>
        <name>TaskingAttempts</name>
        <message>
            <location filename="../ui/tasking/attempts_layer.py" />
            <source>Tasking attempts</source>
            <translation>Tentatives de programmation</translation>
        </message>
    </context>
    <context>
        <name>TaskingAttemptsList</name>
        <message>
            <location filename="../ui/tasking/attempts.py" />
            <source>, incidence {angle}°</source>
            <translation>, incidence {angle}°</translation>
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" />
            <source>{satellite} pass {utc} (local {local}){incidence}</source>
            <translation>Passage de {satellite} le {utc} (heure locale {local}){incidence}</translation>
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" />
            <source>Date and time (UTC)</source>
            <translation>Date et heure (UTC)</translation>
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" />
            <source>Local time</source>
            <translation>Heure locale</translation>
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" />
            <source>Satellite</source>
            <translation>Satellite</translation>
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" />
            <source>Incidence</source>
            <translation>Incidence</translation>
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" />
            <source>Order before (UTC)</source>
            <translation>Commander avant (UTC)</translation>
        </message>
        <message>
            <location filename="../ui/tasking/attempts.py" />
            <source>Segment {id}</source>
            <translation>Segment {id}</translation>
        </message>
    </context>
    <context>
        <name>TaskingFeasibility</name>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Not feasible</source>
            <translation>Non faisable</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>{offer} cannot acquire this area within this window with these constraints.</source>
            <translation>{offer} ne peut pas acquérir cette zone dans cette fenêtre avec ces contraintes.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Widen the window, allow more clouds or a larger incidence angle, or choose another offer.</source>
            <translation>Élargissez la fenêtre, acceptez plus de nuages ou un angle d'incidence plus grand, ou choisissez une autre offre.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Manual study needed (MANUAL)</source>
            <translation>Étude manuelle nécessaire (MANUAL)</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Airbus must study this request by hand (large or difficult area). There is no price and no direct order: Airbus answers with a quotation (an amount valid for a limited time), usually within hours.</source>
            <translation>Airbus doit étudier cette demande manuellement (zone grande ou difficile). Il n'y a ni prix ni commande directe : Airbus répond par un devis (un montant valable pour une durée limitée), en général sous quelques heures.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Request a quotation, then accept or refuse it in the Quotations list.</source>
            <translation>Demandez un devis, puis acceptez-le ou refusez-le dans la liste Devis.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Airbus must study this request by hand (large or difficult area). It has no price and cannot be ordered here: through the API, quotations exist for Pléiades Neo only.</source>
            <translation>Airbus doit étudier cette demande manuellement (zone grande ou difficile). Elle n'a pas de prix et ne peut pas être commandée ici : via l'API, les devis n'existent que pour Pléiades Neo.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Contact Airbus or use the OneAtlas portal to have it studied, or make the request automatic (a smaller area, a longer window or another offer) and check feasibility again.</source>
            <translation>Contactez Airbus ou passez par le portail OneAtlas pour la faire étudier, ou rendez la demande automatique (une zone plus petite, une fenêtre plus longue ou une autre offre) et vérifiez à nouveau la faisabilité.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Automatic, challenging</source>
            <translation>Automatique, difficile</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Can be ordered now at the listed price, but the request is tight (short window, small incidence angle or busy area): the acquisition may need several tries or fail.</source>
            <translation>Peut être commandée maintenant au prix indiqué, mais la demande est serrée (fenêtre courte, petit angle d'incidence ou zone très demandée) : l'acquisition peut demander plusieurs essais ou échouer.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Automatic, easy</source>
            <translation>Automatique, facile</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Can be ordered now at the listed price; the satellites are likely to acquire it in this window.</source>
            <translation>Peut être commandée maintenant au prix indiqué ; les satellites ont de bonnes chances de l'acquérir dans cette fenêtre.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Pick one of the {count} attempts below (also on the map), then order it.</source>
            <translation>Choisissez l'une des {count} tentatives ci-dessous (aussi sur la carte), puis commandez-la.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>No satellite pass fits this window and incidence angle: move or widen the window, or allow a larger angle, then check again.</source>
            <translation>Aucun passage de satellite ne correspond à cette fenêtre et à cet angle d'incidence : déplacez ou élargissez la fenêtre, ou acceptez un angle plus grand, puis vérifiez de nouveau.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>Order the window: Airbus schedules the passes.</source>
            <translation>Commandez la fenêtre : Airbus planifie les passages.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/feasibility_words.py" />
            <source>You may also ask for a quotation instead.</source>
            <translation>Vous pouvez aussi demander un devis à la place.</translation>
        </message>
    </context>
    <context>
        <name>TaskingForm</name>
        <message>
            <location filename="../ui/tasking/form.py" />
            <source>Mono (one image)</source>
            <translation>Mono (une image)</translation>
        </message>
        <message>
            <location filename="../ui/tasking/form.py" />
            <source>Stereo (two images, for 3D)</source>
            <translation>Stéréo (deux images, pour la 3D)</translation>
        </message>
        <message>
            <location filename="../ui/tasking/form.py" />
            <source>Tri-stereo (three images, for 3D)</source>
            <translation>Tri-stéréo (trois images, pour la 3D)</translation>
        </message>
        <message>
            <location filename="../ui/tasking/form.py" />
            <source>Offer</source>
            <translation>Offre</translation>
        </message>
        <message>
            <location filename="../ui/tasking/form.py" />
            <source>Window (from, to)</source>
            <translation>Fenêtre (du, au)</translation>
        </message>
        <message>
            <location filename="../ui/tasking/form.py" />
            <source>Acquisition</source>
            <translation>Acquisition</translation>
        </message>
        <message>
            <location filename="../ui/tasking/form.py" />
            <source>Max. cloud cover</source>
            <translation>Couverture nuageuse max.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/form.py" />
            <source>A smaller angle gives a sharper, more vertical view but fewer chances of acquisition.</source>
            <translation>Un angle plus petit donne une vue plus nette et plus verticale, mais moins de chances d'acquisition.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/form.py" />
            <source>Max. incidence angle</source>
            <translation>Angle d'incidence max.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/form.py" />
            <source>Choose an offer.</source>
            <translation>Choisissez une offre.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/service.py" />
            <source>one pass on a chosen day (pick the attempt); at most 1 day of window</source>
            <translation>un passage un jour choisi (choisissez la tentative) ; fenêtre d'un jour au plus</translation>
        </message>
        <message>
            <location filename="../ui/tasking/service.py" />
            <source>the soonest passes (pick the attempt)</source>
            <translation>les passages les plus proches (choisissez la tentative)</translation>
        </message>
        <message>
            <location filename="../ui/tasking/service.py" />
            <source>the soonest passes over 3 to 14 days (pick the attempt)</source>
            <translation>les passages les plus proches sur 3 à 14 jours (choisissez la tentative)</translation>
        </message>
        <message>
            <location filename="../ui/tasking/service.py" />
            <source>retried until the weather allows it</source>
            <translation>réessayée jusqu'à ce que la météo le permette</translation>
        </message>
        <message>
            <location filename="../ui/tasking/service.py" />
            <source>Airbus plans the acquisition within your window until it succeeds</source>
            <translation>Airbus planifie l'acquisition dans votre fenêtre jusqu'à ce qu'elle réussisse</translation>
        </message>
        <message>
            <location filename="../ui/tasking/service.py" />
            <source>a series of acquisitions over the window</source>
            <translation>une série d'acquisitions sur la fenêtre</translation>
        </message>
    </context>
    <context>
        <name>TaskingOrder</name>
        <message>
            <location filename="../ui/tasking/order.py" />
            <source>Request a quotation: {offer}</source>
            <translation>Demander un devis : {offer}</translation>
        </message>
        <message>
            <location filename="../ui/tasking/order.py" />
            <source>Order a {offer} tasking</source>
            <translation>Commander une programmation {offer}</translation>
        </message>
        <message>
            <location filename="../ui/tasking/order.py" />
            <source>New acquisition: {offer}</source>
            <translation>Nouvelle acquisition : {offer}</translation>
        </message>
        <message>
            <location filename="../ui/tasking/order.py" />
            <source>Feasibility: {words}</source>
            <translation>Faisabilité : {words}</translation>
        </message>
        <message>
            <location filename="../ui/tasking/order.py" />
            <source>Acquisition</source>
            <translation>Acquisition</translation>
        </message>
        <message>
            <location filename="../ui/tasking/order.py" />
            <source>You are about to order a new acquisition ({offer}). This is a paid order: the amount below will be charged to your contract.</source>
            <translation>Vous allez commander une nouvelle acquisition ({offer}). Cette commande est payante : le montant ci-dessous sera débité de votre contrat.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/order.py" />
            <source>Feasibility: {headline}. {details}</source>
            <translation>Faisabilité : {headline}. {details}</translation>
        </message>
        <message>
            <location filename="../ui/tasking/order.py" />
            <source>{mode}, at most {cloud} % cloud, incidence up to {angle}°</source>
            <translation>{mode}, au plus {cloud} % de nuages, incidence jusqu'à {angle}°</translation>
        </message>
        <message>
            <location filename="../ui/tasking/order.py" />
            <source>Any time from {start} to {end}</source>
            <translation>À tout moment du {start} au {end}</translation>
        </message>
    </context>
    <context>
        <name>TaskingQuotations</name>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Quotation</source>
            <translation>Devis</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Expires in</source>
            <translation>Expire dans</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>not given</source>
            <translation>non indiqué</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>expired</source>
            <translation>expiré</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>{d} d {h} h</source>
            <translation>{d} j {h} h</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>{h} h {m:02d} min</source>
            <translation>{h} h {m:02d} min</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>{m} min {s:02d} s</source>
            <translation>{m} min {s:02d} s</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Accept…</source>
            <translation>Accepter…</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Refuse…</source>
            <translation>Refuser…</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Quotations of your Pléiades Neo contracts appear here.</source>
            <translation>Les devis de vos contrats Pléiades Neo apparaissent ici.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Not connected, or no Pléiades Neo contract: no quotation to show.</source>
            <translation>Non connecté, ou aucun contrat Pléiades Neo : aucun devis à afficher.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Loading OneAtlas quotations</source>
            <translation>Chargement des devis OneAtlas</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Valid until {when}</source>
            <translation>Valable jusqu'au {when}</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>No quotation yet. Request one from a tasking (or an archive order) on a Pléiades Neo contract.</source>
            <translation>Aucun devis pour l'instant. Demandez-en un depuis une programmation (ou une commande d'archive) sur un contrat Pléiades Neo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/tasking/quotations.py" />
            <source>%n quotation(s).</source>
            <translation>
                <numerusform>%Ln devis.</numerusform>
                <numerusform>%Ln devis.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Accept the quotation</source>
            <translation>Accepter le devis</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Accept and order for {amount}</source>
            <translation>Accepter et commander pour {amount}</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Accepting quotation {id} (reference {reference}) places the order: {amount} will be charged to contract {contract}. This cannot be undone here.</source>
            <translation>Accepter le devis {id} (référence {reference}) passe la commande : {amount} seront débités du contrat {contract}. Cette action est irréversible ici.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Refuse the quotation</source>
            <translation>Refuser le devis</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Refusing quotation {id} (reference {reference}, {amount}) cancels it: nothing is ordered or charged, and it cannot be accepted afterwards.</source>
            <translation>Refuser le devis {id} (référence {reference}, {amount}) l'annule : rien n'est commandé ni débité, et il ne pourra plus être accepté.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Nothing sent: you cancelled.</source>
            <translation>Rien n'a été envoyé : vous avez annulé.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Not connected: open the settings and add your API key.</source>
            <translation>Non connecté : ouvrez les paramètres et ajoutez votre clé API.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Sending your answer to OneAtlas…</source>
            <translation>Envoi de votre réponse à OneAtlas…</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Answering a OneAtlas quotation</source>
            <translation>Réponse à un devis OneAtlas</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Quotation {id} accepted: it is now order {order} (reference {reference}), listed in the Orders tab.</source>
            <translation>Devis {id} accepté : c'est maintenant la commande {order} (référence {reference}), visible dans l'onglet Commandes.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>(id not known yet)</source>
            <translation>(identifiant pas encore connu)</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>Quotation {id} refused: nothing was ordered.</source>
            <translation>Devis {id} refusé : rien n'a été commandé.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/quotations.py" />
            <source>{text} Your answer may have reached OneAtlas: do not send it again before the list is refreshed.</source>
            <translation>{text} Votre réponse est peut-être parvenue à OneAtlas : ne la renvoyez pas avant d'avoir actualisé la liste.</translation>
        </message>
    </context>
    <context>
        <name>TaskingSection</name>
        <message>
            <location filename="../ui/tasking/service.py" />
            <source>Your OneAtlas account has no contract: ask your Airbus account manager for one to task.</source>
            <translation>Votre compte OneAtlas n'a aucun contrat : demandez-en un à votre interlocuteur commercial Airbus pour programmer des acquisitions.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/service.py" />
            <source>None of your contracts ({ids}) buys tasking (new acquisitions): ask your Airbus account manager to add a tasking offer.</source>
            <translation>Aucun de vos contrats ({ids}) ne comprend de programmation (nouvelles acquisitions) : demandez à votre interlocuteur commercial Airbus d'y ajouter une offre de programmation.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Connect to OneAtlas (above) to see the tasking offers of your contracts.</source>
            <translation>Connectez-vous à OneAtlas (ci-dessus) pour voir les offres de programmation de vos contrats.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Check feasibility</source>
            <translation>Vérifier la faisabilité</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Ask Airbus for a manual feasibility study (leads to a quotation)</source>
            <translation>Demander à Airbus une étude de faisabilité manuelle (aboutit à un devis)</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Order…</source>
            <translation>Commander…</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>New acquisition</source>
            <translation>Nouvelle acquisition</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Quotations</source>
            <translation>Devis</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Tasking over the current area of interest.</source>
            <translation>Programmation sur la zone d'intérêt actuelle.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Loading the tasking offers of your contracts…</source>
            <translation>Chargement des offres de programmation de vos contrats…</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Loading OneAtlas tasking offers</source>
            <translation>Chargement des offres de programmation OneAtlas</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>The request changed: check feasibility again.</source>
            <translation>La demande a changé : vérifiez de nouveau la faisabilité.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Correct the request marked in red.</source>
            <translation>Corrigez la demande signalée en rouge.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>No tasking offer to check.</source>
            <translation>Aucune offre de programmation à vérifier.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Asking OneAtlas whether {offer} can acquire your area…</source>
            <translation>Demande à OneAtlas si {offer} peut acquérir votre zone…</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Checking OneAtlas tasking feasibility</source>
            <translation>Vérification de la faisabilité de programmation OneAtlas</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Feasibility check cancelled.</source>
            <translation>Vérification de faisabilité annulée.</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>{offer}: {feasibility}</source>
            <translation>{offer} : {feasibility}</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>OneAtlas feasibility: {automation}, {classification}</source>
            <translation>Faisabilité OneAtlas : {automation}, {classification}</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Request a quotation…</source>
            <translation>Demander un devis…</translation>
        </message>
        <message>
            <location filename="../ui/tasking/tab.py" />
            <source>Pick an attempt in the list or on the map first.</source>
            <translation>Choisissez d'abord une tentative dans la liste ou sur la carte.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <location filename="../ui/common/widgets.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../core/answers.py" />
            <source>the answer</source>
            <translation>la réponse à la requête</translation>
        </message>
        <message>
            <location filename="../core/answers.py" />
            <source>OneAtlas sent an empty answer instead of {what} (HTTP {status}). Try again; if it persists, the service may be having problems.</source>
            <translation>OneAtlas a renvoyé une réponse vide (HTTP {status}) au lieu de ce qui était attendu : {what}. Réessayez ; si le problème persiste, le service rencontre peut-être des difficultés.</translation>
        </message>
        <message>
            <location filename="../core/answers.py" />
            <source>OneAtlas sent {what} in a form this plugin does not understand (not JSON, HTTP {status}). Try again; if it persists, the API may have changed.</source>
            <translation>OneAtlas a renvoyé {what} sous une forme que cette extension ne comprend pas (pas du JSON, HTTP {status}). Réessayez ; si le problème persiste, l'API a peut-être changé.</translation>
        </message>
        <message>
            <location filename="../core/answers.py" />
            <source>OneAtlas refused the session even after signing in again. Check the API key and try again.</source>
            <translation>OneAtlas a refusé la session même après une nouvelle connexion. Vérifiez la clé API et réessayez.</translation>
        </message>
        <message>
            <location filename="../core/answers.py" />
            <source>OneAtlas does not know this item: {message}</source>
            <translation>OneAtlas ne connaît pas cet élément : {message}</translation>
        </message>
        <message>
            <location filename="../core/answers.py" />
            <source>OneAtlas answered with an unexpected HTTP status {status}. Try again later.</source>
            <translation>OneAtlas a répondu avec un statut HTTP inattendu ({status}). Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>the outline crosses itself</source>
            <translation>le contour se recoupe</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>the outline touches itself at a point</source>
            <translation>le contour se touche en un point</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>a hole lies outside the outline</source>
            <translation>un trou est en dehors du contour</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>a hole lies inside another hole</source>
            <translation>un trou est à l'intérieur d'un autre trou</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>holes cut the polygon into separate pieces</source>
            <translation>des trous coupent le polygone en morceaux séparés</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>one part lies inside another part</source>
            <translation>une partie est à l'intérieur d'une autre partie</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>a ring is repeated</source>
            <translation>un anneau est répété</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>a ring has too few points</source>
            <translation>un anneau a trop peu de points</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>a coordinate is not a number</source>
            <translation>une coordonnée n'est pas un nombre</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>a ring is not closed</source>
            <translation>un anneau n'est pas fermé</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The coordinate reference system {crs} cannot be converted to WGS84 longitude/latitude, so the area cannot be placed on the Earth. Set the layer's coordinate reference system to a geographic or projected one (for example EPSG:4326 or a UTM zone).</source>
            <translation>Le système de coordonnées de référence {crs} ne peut pas être converti en longitude/latitude WGS84 : la zone ne peut donc pas être placée sur la Terre. Donnez à la couche un système de coordonnées géographique ou projeté (par exemple EPSG:4326 ou une zone UTM).</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>Converted from {crs} to WGS84 longitude/latitude.</source>
            <translation>Convertie de {crs} en longitude/latitude WGS84.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The coordinate reference system {crs} is unknown, so the area cannot be placed on the Earth. Set the layer's coordinate reference system.</source>
            <translation>Le système de coordonnées de référence {crs} est inconnu : la zone ne peut donc pas être placée sur la Terre. Définissez le système de coordonnées de référence de la couche.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The coordinate reference system {crs} is {words}, so the area cannot be placed on the Earth. Set the layer's coordinate reference system to the one its x/y coordinates are in (a geographic or projected system, for example EPSG:4326 or a UTM zone).</source>
            <translation>Le système de coordonnées de référence {crs} est {words} : la zone ne peut donc pas être placée sur la Terre. Donnez à la couche le système dans lequel sont ses coordonnées x/y (un système géographique ou projeté, par exemple EPSG:4326 ou une zone UTM).</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>{vertices} could not be converted from {crs} to longitude/latitude (outside the region where that coordinate system is defined, or not numbers). Check the layer's coordinate reference system.</source>
            <translation>{vertices} n'ont pas pu être convertis de {crs} en longitude/latitude (hors de la région où ce système de coordonnées est défini, ou valeurs non numériques). Vérifiez le système de coordonnées de référence de la couche.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>{vertices} lie outside longitude -180..180 / latitude -90..90 (first at {x}, {y}). Check the layer's coordinate reference system.</source>
            <translation>{vertices} sont hors des longitudes -180..180 / latitudes -90..90 (le premier en {x}, {y}). Vérifiez le système de coordonnées de référence de la couche.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The area crosses the antimeridian (longitude 180°); OneAtlas cannot take it as one polygon. Split it into two areas, one on each side of 180°, and order them separately.</source>
            <translation>La zone traverse l'antiméridien (longitude 180°) ; OneAtlas ne peut pas la prendre comme un seul polygone. Découpez-la en deux zones, une de chaque côté de 180°, et commandez-les séparément.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The area measures 0 km²: its outline is collapsed onto a line or a point. OneAtlas needs a polygon with a surface.</source>
            <translation>La zone mesure 0 km² : son contour est écrasé sur une ligne ou un point. OneAtlas a besoin d'un polygone ayant une surface.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The invalid outline was measured as repaired: {area}.</source>
            <translation>Le contour invalide a été mesuré une fois réparé : {area}.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The area has {holes} ({area} in total); OneAtlas does not accept polygons with holes.</source>
            <translation>La zone a {holes} ({area} au total) ; OneAtlas n'accepte pas les polygones à trous.</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/aoi.py" />
            <location filename="../core/aoi_fixes.py" />
            <source>%n hole(s)</source>
            <translation>
                <numerusform>%Ln trou</numerusform>
                <numerusform>%Ln trous</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>Fill the holes (adds {area}, {percent})</source>
            <translation>Combler les trous (ajoute {area}, {percent})</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The area has {vertices} (all parts together); OneAtlas accepts at most {maximum}.</source>
            <translation>La zone a {vertices} (toutes parties comprises) ; OneAtlas en accepte au plus {maximum}.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The area has {vertices}; OneAtlas accepts at most {maximum}.</source>
            <translation>La zone a {vertices} ; OneAtlas en accepte au plus {maximum}.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>Simplify the outline to at most {maximum} vertices</source>
            <translation>Simplifier le contour à {maximum} sommets au plus</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>Replace the area by its convex hull</source>
            <translation>Remplacer la zone par son enveloppe convexe</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The polygon is not valid: {reason}. OneAtlas rejects invalid and self-intersecting polygons.</source>
            <translation>Le polygone n'est pas valide : {reason}. OneAtlas refuse les polygones invalides et auto-intersectants.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>Repair the outline (make valid)</source>
            <translation>Réparer le contour (rendre valide)</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>the geometry is invalid</source>
            <translation>la géométrie n'est pas valide</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>{reason} near {place}</source>
            <translation>{reason} près de {place}</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The area is only about {width} wide ({area}): narrower than one pixel of the sharpest OneAtlas imagery ({pixel}), and too small to keep its shape once its coordinates are rounded to the {decimals} decimals sent (about 1 cm). Draw a larger area, or check the layer's coordinate reference system (metres read as degrees, or the reverse, shrink an area this much).</source>
            <translation>La zone ne fait qu'environ {width} de large ({area}) : moins qu'un pixel des images OneAtlas les plus fines ({pixel}), et trop petite pour garder sa forme une fois ses coordonnées arrondies aux {decimals} décimales envoyées (environ 1 cm). Dessinez une zone plus grande, ou vérifiez le système de coordonnées de référence de la couche (des mètres lus comme des degrés, ou l'inverse, réduisent autant une zone).</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>a ring of the area collapses to fewer than 4 positions</source>
            <translation>un anneau de la zone se réduit à moins de 4 positions</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>the outline is no longer valid: {reason}</source>
            <translation>le contour n'est plus valide : {reason}</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>Rounded to the {decimals} decimals sent to OneAtlas (about 1 cm), {what} (a narrow spike or passage folds onto an edge). OneAtlas rejects invalid polygons.</source>
            <translation>Une fois arrondi aux {decimals} décimales envoyées à OneAtlas (environ 1 cm), {what} (une pointe ou un passage étroit se replie sur un bord). OneAtlas refuse les polygones invalides.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>Round the outline as it will be sent and repair it</source>
            <translation>Arrondir le contour tel qu'il sera envoyé et le réparer</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The area has {count} separate parts ({areas}); OneAtlas accepts a single polygon per order. Order the parts separately, or merge them into one polygon.</source>
            <translation>La zone a {count} parties séparées ({areas}) ; OneAtlas n'accepte qu'un seul polygone par commande. Commandez les parties séparément, ou fusionnez-les en un seul polygone.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>Merge the touching parts into one polygon</source>
            <translation>Fusionner les parties qui se touchent en un seul polygone</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>Keep only the largest part ({area}), dropping {dropped} ({percent})</source>
            <translation>Ne garder que la plus grande partie ({area}), en retirant {dropped} ({percent})</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>Replace the parts by their convex hull, adding {added} ({percent})</source>
            <translation>Remplacer les parties par leur enveloppe convexe, en ajoutant {added} ({percent})</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/aoi.py" />
            <source>%n vertex(es)</source>
            <translation>
                <numerusform>%Ln sommet</numerusform>
                <numerusform>%Ln sommets</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The area is {area}, below this product's minimum order area of {minimum}: you will be billed for {billed}.</source>
            <translation>La zone fait {area}, moins que la surface minimale de commande de ce produit, {minimum} : vous serez facturé pour {billed}.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>The area is {area}, at or above this product's minimum order area of {minimum}: you are billed for the area itself.</source>
            <translation>La zone fait {area}, au moins la surface minimale de commande de ce produit, {minimum} : vous êtes facturé pour la surface réelle.</translation>
        </message>
        <message>
            <location filename="../core/aoi.py" />
            <source>A OneAtlas AOI is exactly one polygon; this is a {kind} with {parts} polygon parts. Check the area (check_aoi) and apply its fixes first.</source>
            <translation>Une emprise OneAtlas est exactement un polygone ; ceci est un {kind} de {parts} parties. Vérifiez la zone (check_aoi) et appliquez d'abord ses corrections.</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>The coordinate reference system {crs} cannot be converted to WGS84 longitude/latitude; fixes apply to the checked AOI (report.geometry).</source>
            <translation>Le système de coordonnées de référence {crs} ne peut pas être converti en longitude/latitude WGS84 ; les corrections s'appliquent à l'emprise vérifiée (report.geometry).</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Repaired the outline ({method}): it now measures {area} in {parts} separate parts (the invalid outline measured {before} as drawn).</source>
            <translation>Contour réparé ({method}) : il mesure maintenant {area} en {parts} parties séparées (le contour invalide mesurait {before} tel que dessiné).</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Repaired the outline ({method}): it now measures {area} (the invalid outline measured {before} as drawn).</source>
            <translation>Contour réparé ({method}) : il mesure maintenant {area} (le contour invalide mesurait {before} tel que dessiné).</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>buffer(0) may drop a loop of a self-crossing outline: check the result.</source>
            <translation>buffer(0) peut supprimer une boucle d'un contour qui se recoupe : vérifiez le résultat.</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>The parts do not touch along an edge or overlap, so they cannot be merged into one polygon.</source>
            <translation>Les parties ne se touchent pas le long d'un côté et ne se chevauchent pas : elles ne peuvent pas être fusionnées en un seul polygone.</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Merged the {count} parts into one polygon of {area}{change}.</source>
            <translation>Les {count} parties ont été fusionnées en un polygone de {area}{change}.</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Kept the largest of the {count} parts ({area}) and dropped {dropped} totalling {lost} ({percent}).</source>
            <translation>La plus grande des {count} parties ({area}) a été conservée ; retrait de {dropped}, soit {lost} ({percent}).</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/aoi_fixes.py" />
            <source>%n part(s)</source>
            <translation>
                <numerusform>%Ln partie</numerusform>
                <numerusform>%Ln parties</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>The convex hull of this area has no surface: draw a larger area.</source>
            <translation>L'enveloppe convexe de cette zone n'a pas de surface : dessinez une zone plus grande.</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Replaced the area by its convex hull, adding {area} ({percent}).</source>
            <translation>La zone a été remplacée par son enveloppe convexe, qui ajoute {area} ({percent}).</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Replaced the area by its convex hull (simplified to {vertices} vertices), adding {area} ({percent}).</source>
            <translation>La zone a été remplacée par son enveloppe convexe (simplifiée à {vertices} sommets), qui ajoute {area} ({percent}).</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Filled {holes}, adding {area} ({percent}).</source>
            <translation>Comblement de {holes}, qui ajoute {area} ({percent}).</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Unknown AOI fix {code}.</source>
            <translation>Correction d'emprise inconnue : {code}.</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>The outline is not valid (it crosses or touches itself): repair it first (make valid), then simplify it.</source>
            <translation>Le contour n'est pas valide (il se recoupe ou se touche) : réparez-le d'abord (rendre valide), puis simplifiez-le.</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Simplified the outline from {before} to {after} vertices (the dropped vertices lie within about {tolerance} of the new outline): the area changed by {change} ({percent}).</source>
            <translation>Contour simplifié de {before} à {after} sommets (les sommets retirés sont à environ {tolerance} au plus du nouveau contour) : la surface a varié de {change} ({percent}).</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>The outline cannot be simplified to a valid polygon: it has no surface to keep.</source>
            <translation>Le contour ne peut pas être simplifié en un polygone valide : il n'a pas de surface à conserver.</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Simplification could not bring the outline to at most {maximum} vertices as a valid polygon, so it was replaced by its convex hull ({after} vertices, from {before}): the area changed by {change} ({percent}).</source>
            <translation>La simplification n'a pas pu ramener le contour à {maximum} sommets au plus en un polygone valide : il a donc été remplacé par son enveloppe convexe ({after} sommets, au lieu de {before}) : la surface a varié de {change} ({percent}).</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>, with no change of area</source>
            <translation>, sans changement de surface</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>, a change of {delta}</source>
            <translation>, soit une variation de {delta}</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>, a change of {delta} ({percent})</source>
            <translation>, soit une variation de {delta} ({percent})</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Rounded the coordinates to the {decimals} decimals sent to OneAtlas (about 1 cm) and repaired what that folded: the area now measures {area}{change}, in {parts} separate parts.</source>
            <translation>Coordonnées arrondies aux {decimals} décimales envoyées à OneAtlas (environ 1 cm) et réparation de ce que l'arrondi a replié : la zone mesure maintenant {area}{change}, en {parts} parties séparées.</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Rounded the coordinates to the {decimals} decimals sent to OneAtlas (about 1 cm) and repaired what that folded: the area now measures {area}{change}.</source>
            <translation>Coordonnées arrondies aux {decimals} décimales envoyées à OneAtlas (environ 1 cm) et réparation de ce que l'arrondi a replié : la zone mesure maintenant {area}{change}.</translation>
        </message>
        <message>
            <location filename="../core/aoi_fixes.py" />
            <source>Rounding the coordinates to the decimals sent to OneAtlas leaves no valid area: draw the area again with a larger or simpler outline.</source>
            <translation>Arrondies aux décimales envoyées à OneAtlas, les coordonnées ne laissent aucune zone valide : redessinez la zone avec un contour plus grand ou plus simple.</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>The area is empty: it has no coordinates.</source>
            <translation>La zone est vide : elle n'a aucune coordonnée.</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>The closed line ({kind}) was read as the outline of a polygon.</source>
            <translation>La ligne fermée ({kind}) a été lue comme le contour d'un polygone.</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>Left out {members} of the {kind} (points and lines have no area).</source>
            <translation>Mis de côté dans la géométrie {kind} : {members} (les points et les lignes n'ont pas de surface).</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/aoi_input.py" />
            <source>%n point(s) or line(s)</source>
            <translation>
                <numerusform>%Ln point ou ligne</numerusform>
                <numerusform>%Ln points ou lignes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>a line that is not closed</source>
            <translation>une ligne non fermée</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>lines</source>
            <translation>des lignes</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>a point</source>
            <translation>un point</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>points</source>
            <translation>des points</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>without any polygon</source>
            <translation>sans aucun polygone</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>The geometry is {what} ({kind}); OneAtlas needs a polygon that encloses an area.</source>
            <translation>La géométrie est {what} ({kind}) ; OneAtlas a besoin d'un polygone qui délimite une surface.</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>it is a {type}, not a geometry or a GeoJSON object</source>
            <translation>c'est un {type}, pas une géométrie ni un objet GeoJSON</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>the object</source>
            <translation>l'objet</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>shapely could not build it ({error})</source>
            <translation>shapely n'a pas pu le construire ({error})</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>The GeoJSON cannot be read: {detail}. Export the area again as GeoJSON (RFC 7946: numbers for coordinates, longitude then latitude) or draw it on the map.</source>
            <translation>Le GeoJSON ne peut pas être lu : {detail}. Exportez à nouveau la zone en GeoJSON (RFC 7946 : des nombres pour les coordonnées, longitude puis latitude) ou dessinez-la sur la carte.</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>{where} is {kind}, not a GeoJSON object</source>
            <translation>{where} est {kind}, pas un objet GeoJSON</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>{where} has the type {kind}, which is not a GeoJSON type (Polygon, MultiPolygon, Feature, ...)</source>
            <translation>{where} a le type {kind}, qui n'est pas un type GeoJSON (Polygon, MultiPolygon, Feature…)</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>{where}'s geometry</source>
            <translation>la géométrie de {where}</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>{where} ({kind}) has no list of {key}</source>
            <translation>{where} ({kind}) n'a pas de liste {key}</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>{where} ({kind}) has no coordinates</source>
            <translation>{where} ({kind}) n'a pas de coordonnées</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>{where} is {kind} where a list was expected</source>
            <translation>{where} est {kind} là où une liste était attendue</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>the ring {where} has {count} positions; a ring needs at least 4 (the last one repeating the first)</source>
            <translation>l'anneau {where} a {count} positions ; un anneau en demande au moins 4 (la dernière répétant la première)</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>{where} is {kind}, not a position [longitude, latitude]</source>
            <translation>{where} est {kind}, pas une position [longitude, latitude]</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>{where} is {kind}, not a number</source>
            <translation>{where} est {kind}, pas un nombre</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>{where} is {value}, not a finite number</source>
            <translation>{where} vaut {value}, pas un nombre fini</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>the text {text}</source>
            <translation>le texte {text}</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>the boolean {value}</source>
            <translation>le booléen {value}</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>the number {value}</source>
            <translation>le nombre {value}</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>a list of {count}</source>
            <translation>une liste de longueur {count}</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>a {type}</source>
            <translation>une valeur {type}</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>a vertical (height) system: it says how high a point is, not where it is</source>
            <translation>un système vertical (altitudes) : il dit à quelle hauteur est un point, pas où il se trouve</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>an Earth-centred 3D Cartesian system (X, Y, Z in metres), not map coordinates</source>
            <translation>un système cartésien 3D géocentrique (X, Y, Z en mètres), pas des coordonnées cartographiques</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>a local (engineering) system that is not tied to a place on the Earth</source>
            <translation>un système local (ingénierie) qui n'est rattaché à aucun lieu sur la Terre</translation>
        </message>
        <message>
            <location filename="../core/aoi_input.py" />
            <source>a {kind}, which gives no longitude and latitude</source>
            <translation>un {kind}, qui ne donne ni longitude ni latitude</translation>
        </message>
        <message>
            <location filename="../core/auth.py" />
            <source>No OneAtlas API key is set. Enter your API key in the plugin settings.</source>
            <translation>Aucune clé API OneAtlas n'est définie. Saisissez votre clé API dans les paramètres de l'extension.</translation>
        </message>
        <message>
            <location filename="../core/auth.py" />
            <source>the sign-in answer</source>
            <translation>la réponse de connexion</translation>
        </message>
        <message>
            <location filename="../core/auth.py" />
            <source>OneAtlas accepted the API key but sent no usable token. Try again later.</source>
            <translation>OneAtlas a accepté la clé API mais n'a renvoyé aucun jeton utilisable. Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../core/catalog.py" />
            <source>Choose at least one of {pneo} (PNEO), {phr} (PHR) and {spot}; '{names}' is not one of them.</source>
            <translation>Choisissez au moins une constellation parmi {pneo} (PNEO), {phr} (PHR) et {spot} ; « {names} » n'en fait pas partie.</translation>
        </message>
        <message>
            <location filename="../core/catalog.py" />
            <source>Choose at least one of {pneo} (PNEO), {phr} (PHR) and {spot}.</source>
            <translation>Choisissez au moins une constellation parmi {pneo} (PNEO), {phr} (PHR) et {spot}.</translation>
        </message>
        <message>
            <location filename="../core/catalog.py" />
            <source>Draw or choose an area of interest before searching.</source>
            <translation>Dessinez ou choisissez une zone d'intérêt avant de lancer la recherche.</translation>
        </message>
        <message>
            <location filename="../core/catalog.py" />
            <source>The search period ends before it starts: swap the dates.</source>
            <translation>La période de recherche se termine avant de commencer : inversez les dates.</translation>
        </message>
        <message>
            <location filename="../core/catalog.py" />
            <source>OneAtlas returns 1 to {most} scenes per page.</source>
            <translation>OneAtlas renvoie de 1 à {most} scènes par page.</translation>
        </message>
        <message>
            <location filename="../core/catalog.py" />
            <source>Cannot sort scenes by '{field}'.</source>
            <translation>Impossible de trier les scènes selon « {field} ».</translation>
        </message>
        <message>
            <location filename="../core/catalog.py" />
            <location filename="../core/client.py" />
            <source>the search results</source>
            <translation>les résultats de la recherche</translation>
        </message>
        <message>
            <location filename="../core/catalog.py" />
            <location filename="../core/tracking.py" />
            <source>OneAtlas sent {what} in an unexpected form (the API may have changed). Try again later.</source>
            <translation>OneAtlas a renvoyé {what} sous une forme inattendue (l'API a peut-être changé). Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <location filename="../core/models.py" />
            <source>your account details</source>
            <translation>les informations de votre compte</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <location filename="../core/models.py" />
            <source>the list of contracts</source>
            <translation>la liste des contrats</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <source>Your account has no contract '{contract}'. Choose one of: {contracts}.</source>
            <translation>Votre compte n'a pas de contrat « {contract} ». Choisissez parmi : {contracts}.</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <source>Your account has no contract '{contract}'. Choose one of: none.</source>
            <translation>Votre compte n'a pas de contrat « {contract} », ni aucun autre contrat.</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <source>Contract '{contract}' is a {backend} contract but this product needs a {needed} contract.</source>
            <translation>Le contrat « {contract} » est un contrat {backend}, mais ce produit exige un contrat {needed}.</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <source>Your OneAtlas account has no {backend} contract, which this product needs. Contact your Airbus account manager to add one.</source>
            <translation>Votre compte OneAtlas n'a pas de contrat {backend}, nécessaire pour ce produit. Contactez votre interlocuteur commercial Airbus pour en ajouter un.</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <source>the product types</source>
            <translation>les types de produits</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <source>Contract '{contract}' does not offer the product '{product}'. Choose one of: {products}.</source>
            <translation>Le contrat « {contract} » ne propose pas le produit « {product} ». Choisissez parmi : {products}.</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <source>the markets</source>
            <translation>les marchés</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <source>the list of countries</source>
            <translation>la liste des pays</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <source>OneAtlas offers no thumbnail for scene {scene}.</source>
            <translation>OneAtlas ne propose pas de vignette pour la scène {scene}.</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <source>OneAtlas offers no quicklook for scene {scene}.</source>
            <translation>OneAtlas ne propose pas d'aperçu pour la scène {scene}.</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <location filename="../core/options.py" />
            <source>the product options</source>
            <translation>les options du produit</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <location filename="../core/models.py" />
            <source>the price</source>
            <translation>le prix</translation>
        </message>
        <message>
            <location filename="../core/client.py" />
            <source>the confirmation</source>
            <translation>la confirmation</translation>
        </message>
        <message>
            <location filename="../core/client_delivery.py" />
            <source>OneAtlas offers no preview of this acquisition.</source>
            <translation>OneAtlas ne propose pas d'aperçu pour cette acquisition.</translation>
        </message>
        <message>
            <location filename="../core/client_tasking.py" />
            <source>the feasibility</source>
            <translation>la faisabilité</translation>
        </message>
        <message>
            <location filename="../core/client_tasking.py" />
            <source>{offer} orders a window, not a chosen pass: no attempts to list.</source>
            <translation>{offer} se commande sur une fenêtre, pas sur un passage choisi : il n'y a pas de tentatives à lister.</translation>
        </message>
        <message>
            <location filename="../core/client_tasking.py" />
            <location filename="../core/tasking.py" />
            <source>the acquisition attempts</source>
            <translation>les tentatives d'acquisition</translation>
        </message>
        <message>
            <location filename="../core/client_tasking.py" />
            <source>Quotations exist for {neo} contracts only; order {legacy} directly.</source>
            <translation>Les devis n'existent que pour les contrats {neo} ; commandez {legacy} directement.</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>OneAtlas sent the product compressed as '{encoding}', which this plugin cannot unpack. Try again later.</source>
            <translation>OneAtlas a envoyé le produit compressé en « {encoding} », que cette extension ne sait pas décompresser. Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>Could not write the downloaded file: {error}</source>
            <translation>Impossible d'écrire le fichier téléchargé : {error}</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>the compressed data is damaged</source>
            <translation>les données compressées sont endommagées</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>the connection was too slow to finish in a reasonable time</source>
            <translation>la connexion était trop lente pour finir en un temps raisonnable</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>nothing arrived for too long</source>
            <translation>plus rien n'arrivait depuis trop longtemps</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>the connection dropped after {received} of {total} bytes</source>
            <translation>la connexion a été coupée après {received} octets sur {total}</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>the connection dropped after {received} bytes</source>
            <translation>la connexion a été coupée après {received} octets</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>The download stopped before the end ({why}). The part received is kept as '{file}'; it is not a usable product. Download it again.</source>
            <translation>Le téléchargement s'est arrêté avant la fin ({why}). La partie reçue est conservée sous « {file} » ; ce n'est pas un produit utilisable. Téléchargez-le de nouveau.</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>{received} of {total} bytes arrived</source>
            <translation>{received} octets reçus sur {total}</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>the compressed data ends before its end</source>
            <translation>les données compressées s'arrêtent avant leur fin</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>The download ended but cannot be verified: OneAtlas announced a '{method}' checksum, which this plugin cannot compute. The file is kept as '{file}'; rename it to use it at your own risk, or download it again later.</source>
            <translation>Le téléchargement est terminé mais ne peut pas être vérifié : OneAtlas a annoncé une somme de contrôle « {method} », que cette extension ne sait pas calculer. Le fichier est conservé sous « {file} » ; renommez-le pour l'utiliser à vos risques, ou téléchargez-le de nouveau plus tard.</translation>
        </message>
        <message>
            <location filename="../core/download.py" />
            <source>The download ended but cannot be verified: OneAtlas announced neither its size nor a checksum, so a cut connection cannot be told from the end. The file is kept as '{file}'; download it again, or rename it to use it at your own risk.</source>
            <translation>Le téléchargement est terminé mais ne peut pas être vérifié : OneAtlas n'a annoncé ni sa taille ni une somme de contrôle, une connexion coupée ne se distingue donc pas de la fin. Le fichier est conservé sous « {file} » ; téléchargez-le de nouveau, ou renommez-le pour l'utiliser à vos risques.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>The OneAtlas request failed.</source>
            <translation>La requête OneAtlas a échoué.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>The OneAtlas client is not configured correctly.</source>
            <translation>Le client OneAtlas n'est pas configuré correctement.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>OneAtlas rejected the API key. Check the key in the plugin settings (it may have been revoked or mistyped) and create a new one on the OneAtlas portal if needed.</source>
            <translation>OneAtlas a refusé la clé API. Vérifiez la clé dans les paramètres de l'extension (elle a pu être révoquée ou mal saisie) et créez-en une nouvelle sur le portail OneAtlas si besoin.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>Your OneAtlas account is not allowed to do this. Check that your contract covers this product, or contact your Airbus account manager.</source>
            <translation>Votre compte OneAtlas n'est pas autorisé à faire cela. Vérifiez que votre contrat couvre ce produit, ou contactez votre interlocuteur commercial Airbus.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>OneAtlas does not know this item (it may have been removed or the id is wrong).</source>
            <translation>OneAtlas ne connaît pas cet élément (il a pu être supprimé, ou l'identifiant est erroné).</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>Your contract does not have enough credit for this order. Reduce the area or top up the contract.</source>
            <translation>Votre contrat n'a pas assez de crédit pour cette commande. Réduisez la surface ou rechargez le contrat.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>The area of interest cannot be ordered: {details}. Fix it before asking for a price.</source>
            <translation>La zone d'intérêt ne peut pas être commandée : {details}. Corrigez-la avant de demander un prix.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>This tasking needs a manual feasibility study by Airbus (MANUAL feasibility): it has no price and cannot be ordered directly. Request a quotation instead.</source>
            <translation>Cette programmation demande une étude de faisabilité manuelle par Airbus (faisabilité MANUAL) : elle n'a pas de prix et ne peut pas être commandée directement. Demandez plutôt un devis.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>Airbus must study this {legacy} tasking by hand (MANUAL feasibility): it has no price and cannot be ordered here. Through the API, quotations exist for {neo} only. Contact Airbus or use the OneAtlas portal to have it studied, or make the request automatic: a smaller area, a longer window or another offer.</source>
            <translation>Airbus doit étudier manuellement cette programmation {legacy} (faisabilité MANUAL) : elle n'a pas de prix et ne peut pas être commandée ici. Via l'API, les devis n'existent que pour {neo}. Contactez Airbus ou passez par le portail OneAtlas pour la faire étudier, ou rendez la demande automatique : une zone plus petite, une fenêtre plus longue ou une autre offre.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>OneAtlas is receiving too many requests; wait {seconds} seconds and try again.</source>
            <translation>OneAtlas reçoit trop de requêtes ; attendez {seconds} secondes et réessayez.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>OneAtlas is receiving too many requests; wait a moment and try again.</source>
            <translation>OneAtlas reçoit trop de requêtes ; attendez un instant et réessayez.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>The OneAtlas service had an internal problem (HTTP {status}). Try again in a few minutes.</source>
            <translation>Le service OneAtlas a rencontré un problème interne (HTTP {status}). Réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>The OneAtlas service had an internal problem. Try again in a few minutes.</source>
            <translation>Le service OneAtlas a rencontré un problème interne. Réessayez dans quelques minutes.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>OneAtlas did not answer in time. Check your internet connection and proxy settings, then try again.</source>
            <translation>OneAtlas n'a pas répondu à temps. Vérifiez votre connexion Internet et les paramètres de proxy, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>Could not reach OneAtlas through the proxy set in QGIS. Check the proxy settings (Settings &gt; Options &gt; Network).</source>
            <translation>Impossible de joindre OneAtlas via le proxy défini dans QGIS. Vérifiez les paramètres de proxy (Préférences &gt; Options &gt; Réseau).</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>Could not reach OneAtlas. Check your internet connection and the QGIS proxy settings.</source>
            <translation>Impossible de joindre OneAtlas. Vérifiez votre connexion Internet et les paramètres de proxy de QGIS.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>OneAtlas answered in a form this plugin does not understand (the API may have changed). Update the plugin, or report the problem with the diagnostics.</source>
            <translation>OneAtlas a répondu sous une forme que cette extension ne comprend pas (l'API a peut-être changé). Mettez à jour l'extension, ou signalez le problème avec les diagnostics.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>The order '{reference}' was not placed: the connection failed while sending it and OneAtlas has no record of it after {lookups} searches over several minutes. Nothing was charged; you can safely try again.</source>
            <translation>La commande « {reference} » n'a pas été passée : la connexion a échoué pendant l'envoi et OneAtlas n'en a aucune trace après {lookups} recherches sur plusieurs minutes. Rien n'a été débité ; vous pouvez réessayer sans risque.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>The order '{reference}' was not placed: the connection failed while sending it and OneAtlas has no record of it. Nothing was charged; you can safely try again.</source>
            <translation>La commande « {reference} » n'a pas été passée : la connexion a échoué pendant l'envoi et OneAtlas n'en a aucune trace. Rien n'a été débité ; vous pouvez réessayer sans risque.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>The connection failed while placing the order '{reference}' and OneAtlas cannot show whether it was received. Do NOT order again before checking your OneAtlas order e-mails and delivered products for this reference.</source>
            <translation>La connexion a échoué pendant le passage de la commande « {reference} » et OneAtlas ne peut pas indiquer si elle a été reçue. Ne commandez PAS de nouveau avant d'avoir vérifié vos e-mails de commande OneAtlas et les produits livrés pour cette référence.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>The connection failed while placing the order '{reference}'; whether OneAtlas received it is being checked. Do NOT order again: the Orders tab shows the outcome within a few minutes.</source>
            <translation>La connexion a échoué pendant le passage de la commande « {reference} » ; la réception par OneAtlas est en cours de vérification. Ne commandez PAS de nouveau : l'onglet Commandes affiche le résultat d'ici quelques minutes.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>The download was cancelled; no file was kept.</source>
            <translation>Le téléchargement a été annulé ; aucun fichier n'a été conservé.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>The downloaded file is corrupted (its checksum does not match the one announced by OneAtlas); it was deleted. Download it again.</source>
            <translation>Le fichier téléchargé est corrompu (sa somme de contrôle ne correspond pas à celle annoncée par OneAtlas) ; il a été supprimé. Téléchargez-le de nouveau.</translation>
        </message>
        <message>
            <location filename="../core/errors.py" />
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>This scene can no longer be ordered (OneAtlas no longer offers it in its archive): search again and choose another scene.</source>
            <translation>Cette scène ne peut plus être commandée (OneAtlas ne la propose plus dans son archive) : relancez la recherche et choisissez une autre scène.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>The chosen acquisition attempt is no longer offered (its order deadline may have passed): list the attempts again and choose another one.</source>
            <translation>La tentative d'acquisition choisie n'est plus proposée (sa date limite de commande est peut-être passée) : listez de nouveau les tentatives et choisissez-en une autre.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>Choose the end user's country from the list.</source>
            <translation>Choisissez le pays de l'utilisateur final dans la liste.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>Give the name of the end user (the organisation the images are for).</source>
            <translation>Indiquez le nom de l'utilisateur final (l'organisation à qui les images sont destinées).</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>Choose the market the images are for from the list.</source>
            <translation>Choisissez dans la liste le marché auquel les images sont destinées.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>Give the order another reference (letters, digits, - _ .).</source>
            <translation>Donnez une autre référence à la commande (lettres, chiffres, - _ .).</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>Give a valid e-mail address for the order notices.</source>
            <translation>Indiquez une adresse e-mail valide pour les avis de commande.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas refused the chosen scene for this product ({detail}): choose another scene or another product.</source>
            <translation>OneAtlas a refusé la scène choisie pour ce produit ({detail}) : choisissez une autre scène ou un autre produit.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas refused the chosen scene for this product: choose another scene or another product.</source>
            <translation>OneAtlas a refusé la scène choisie pour ce produit : choisissez une autre scène ou un autre produit.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas refused the request: {detail}.</source>
            <translation>OneAtlas a refusé la requête : {detail}.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas refused the request for a reason no setting in this plugin controls ({detail}). Contact {support}.</source>
            <translation>OneAtlas a refusé la requête pour une raison qu'aucun paramètre de cette extension ne contrôle ({detail}). Contactez {support}.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas refused the request for a reason no setting in this plugin controls. Contact {support}.</source>
            <translation>OneAtlas a refusé la requête pour une raison qu'aucun paramètre de cette extension ne contrôle. Contactez {support}.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source> OneAtlas says: {detail}.</source>
            <translation> OneAtlas indique : {detail}.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas does not accept the production option '{option}' for this product and area: change the options.{said}</source>
            <translation>OneAtlas n'accepte pas l'option de production « {option} » pour ce produit et cette zone : modifiez les options.{said}</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas does not accept a production option for this product and area: change the options.{said}</source>
            <translation>OneAtlas n'accepte pas une option de production pour ce produit et cette zone : modifiez les options.{said}</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas does not accept the tasking settings (window, angles or cloud cover): change them.{said}</source>
            <translation>OneAtlas n'accepte pas les paramètres de programmation (fenêtre, angles ou couverture nuageuse) : modifiez-les.{said}</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas does not accept the area of interest: change it on the AOI tab.{said}</source>
            <translation>OneAtlas n'accepte pas la zone d'intérêt : modifiez-la dans l'onglet Zone d'intérêt.{said}</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas does not accept this contract for the order: choose another contract.{said}</source>
            <translation>OneAtlas n'accepte pas ce contrat pour la commande : choisissez un autre contrat.{said}</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas does not offer this product on this contract: choose another product.{said}</source>
            <translation>OneAtlas ne propose pas ce produit sur ce contrat : choisissez un autre produit.{said}</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas refused the request.{said}</source>
            <translation>OneAtlas a refusé la requête.{said}</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas refused the request for a reason no setting in this plugin controls ({detail}).</source>
            <translation>OneAtlas a refusé la requête pour une raison qu'aucun paramètre de cette extension ne contrôle ({detail}).</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>OneAtlas refused the request for a reason no setting in this plugin controls.</source>
            <translation>OneAtlas a refusé la requête pour une raison qu'aucun paramètre de cette extension ne contrôle.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>Contact {support} with the order reference '{reference}' and the request id {request}.</source>
            <translation>Contactez {support} en indiquant la référence de commande « {reference} » et l'identifiant de requête {request}.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>Contact {support} with the order reference '{reference}'.</source>
            <translation>Contactez {support} en indiquant la référence de commande « {reference} ».</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>Contact {support} with the request id {request}.</source>
            <translation>Contactez {support} en indiquant l'identifiant de requête {request}.</translation>
        </message>
        <message>
            <location filename="../core/field_words.py" />
            <source>Contact {support}.</source>
            <translation>Contactez {support}.</translation>
        </message>
        <message>
            <location filename="../core/http.py" />
            <source>OneAtlas redirected the request more than {times} times. Try again later.</source>
            <translation>OneAtlas a redirigé la requête plus de {times} fois. Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../core/i18n.py" />
            <source>{first} {second}</source>
            <translation>{first} {second}</translation>
        </message>
        <message>
            <location filename="../core/i18n.py" />
            <source>sales order {id}</source>
            <translation>commande {id}</translation>
        </message>
        <message>
            <location filename="../core/i18n.py" />
            <source>quotation {id}</source>
            <translation>devis {id}</translation>
        </message>
        <message>
            <location filename="../core/i18n.py" />
            <source>{first}, {second}</source>
            <translation>{first}, {second}</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>being sent</source>
            <translation>en cours d'envoi</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>placed</source>
            <translation>passée</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>being checked (the answer was lost; do not order again)</source>
            <translation>en cours de vérification (la réponse a été perdue ; ne commandez pas de nouveau)</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>not confirmed (check your OneAtlas orders and e-mails before ordering again)</source>
            <translation>non confirmée (vérifiez vos commandes OneAtlas et vos e-mails avant de commander de nouveau)</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>not placed (nothing was charged)</source>
            <translation>non passée (rien n'a été débité)</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>refused by OneAtlas</source>
            <translation>refusée par OneAtlas</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>Order '{reference}': {state} ({ids}).</source>
            <translation>Commande « {reference} » : {state} ({ids}).</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>Order '{reference}': {state}.</source>
            <translation>Commande « {reference} » : {state}.</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>The plugin cannot read its order journal ({path}): {reason}. Check that the QGIS profile folder is readable; no order is sent until it is.</source>
            <translation>L'extension ne peut pas lire son journal des commandes ({path}) : {reason}. Vérifiez que le dossier du profil QGIS est lisible ; aucune commande n'est envoyée tant qu'il ne l'est pas.</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>The plugin cannot write its order journal ({path}): {reason}. Free some disk space or check the QGIS profile folder's permissions.</source>
            <translation>L'extension ne peut pas écrire son journal des commandes ({path}) : {reason}. Libérez de l'espace disque ou vérifiez les droits du dossier du profil QGIS.</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>An order with the reference '{reference}' was already placed ({ids}). Each order needs its own reference: give this one a new reference if you really want a second order.</source>
            <translation>Une commande de référence « {reference} » a déjà été passée ({ids}). Chaque commande a besoin de sa propre référence : donnez-en une nouvelle à celle-ci si vous voulez vraiment une seconde commande.</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>An order with the reference '{reference}' was already placed. Each order needs its own reference: give this one a new reference if you really want a second order.</source>
            <translation>Une commande de référence « {reference} » a déjà été passée. Chaque commande a besoin de sa propre référence : donnez-en une nouvelle à celle-ci si vous voulez vraiment une seconde commande.</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>The order '{reference}' is being sent right now (or its sending was interrupted). Do not order again: its outcome appears in the Orders tab.</source>
            <translation>La commande « {reference} » est en cours d'envoi (ou son envoi a été interrompu). Ne commandez pas de nouveau : son résultat apparaît dans l'onglet Commandes.</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>The order '{reference}' could not be confirmed either way: check your OneAtlas orders and e-mails before ordering again, then use a new reference.</source>
            <translation>La commande « {reference} » n'a pu être ni confirmée ni infirmée : vérifiez vos commandes OneAtlas et vos e-mails avant de commander de nouveau, puis utilisez une nouvelle référence.</translation>
        </message>
        <message>
            <location filename="../core/journal.py" />
            <source>The order '{reference}' is still being checked (its answer was lost). Do not order again: its outcome appears in the Orders tab within a few minutes.</source>
            <translation>La commande « {reference} » est encore en cours de vérification (sa réponse a été perdue). Ne commandez pas de nouveau : son résultat apparaît dans l'onglet Commandes d'ici quelques minutes.</translation>
        </message>
        <message>
            <location filename="../core/models.py" />
            <source>a contract</source>
            <translation>un contrat</translation>
        </message>
        <message>
            <location filename="../core/models.py" />
            <source>a product type</source>
            <translation>un type de produit</translation>
        </message>
        <message>
            <location filename="../core/models.py" />
            <source>a catalog item</source>
            <translation>un élément du catalogue</translation>
        </message>
        <message>
            <location filename="../core/models.py" />
            <source>the price (no total amount)</source>
            <translation>le prix (sans montant total)</translation>
        </message>
        <message>
            <location filename="../core/models.py" />
            <source>{what} (an impossible amount)</source>
            <translation>{what} (un montant impossible)</translation>
        </message>
        <message>
            <location filename="../core/models.py" />
            <location filename="../core/parsing.py" />
            <source>OneAtlas sent {what} in an unexpected form (the API may have changed). Update the plugin or try later.</source>
            <translation>OneAtlas a renvoyé {what} sous une forme inattendue (l'API a peut-être changé). Mettez à jour l'extension ou réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../core/options.py" />
            <source>a product option</source>
            <translation>une option de produit</translation>
        </message>
        <message>
            <location filename="../core/options.py" />
            <source>{label}: '{value}' is not a number.</source>
            <translation>{label} : « {value} » n'est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../core/options.py" />
            <source>{label}: {value} is outside {low} to {high}.</source>
            <translation>{label} : {value} est en dehors de l'intervalle {low} à {high}.</translation>
        </message>
        <message>
            <location filename="../core/options.py" />
            <source>none with the other choices</source>
            <translation>aucune avec les autres choix</translation>
        </message>
        <message>
            <location filename="../core/options.py" />
            <source>{label}: '{value}' is not allowed here (allowed: {allowed}).</source>
            <translation>{label} : « {value} » n'est pas autorisé ici (autorisé : {allowed}).</translation>
        </message>
        <message>
            <location filename="../core/options.py" />
            <source>The product options are not complete: {problems}</source>
            <translation>Les options du produit ne sont pas complètes : {problems}</translation>
        </message>
        <message>
            <location filename="../core/options.py" />
            <source>'{name}' is not an option of {product}.</source>
            <translation>« {name} » n'est pas une option de {product}.</translation>
        </message>
        <message>
            <location filename="../core/options.py" />
            <source>{label} must be chosen.</source>
            <translation>{label} doit être choisi.</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>Refreshing the orders was cancelled.</source>
            <translation>L'actualisation des commandes a été annulée.</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>delivered {date} to {where} (no workspace copy)</source>
            <translation>livrée le {date} vers {where} (pas de copie dans l'espace de travail)</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>delivered {date}, no longer in the workspace</source>
            <translation>livrée le {date}, plus dans l'espace de travail</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>delivered {date}, available until {until} (only {days} left)</source>
            <translation>livrée le {date}, disponible jusqu'au {until} (plus que {days})</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/order_book.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%Ln jour</numerusform>
                <numerusform>%Ln jours</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>delivered {date}, available until {until}</source>
            <translation>livrée le {date}, disponible jusqu'au {until}</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>an acquisition waits for your answer</source>
            <translation>une acquisition attend votre réponse</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>{count} acquisitions wait for your answer</source>
            <translation>{count} acquisitions attendent votre réponse</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>quotation to answer before {date}</source>
            <translation>devis à accepter ou refuser avant le {date}</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>quotation to answer</source>
            <translation>devis à accepter ou refuser</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>quotation being prepared</source>
            <translation>devis en préparation</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>quotation {state}</source>
            <translation>devis : {state}</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>being produced</source>
            <translation>en production</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>acquired, being delivered</source>
            <translation>acquise, en cours de livraison</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>acquired, quality being checked</source>
            <translation>acquise, contrôle qualité en cours</translation>
        </message>
        <message numerus="yes">
            <location filename="../core/order_book.py" />
            <source>%n acquisition(s) refused</source>
            <translation>
                <numerusform>%Ln acquisition refusée</numerusform>
                <numerusform>%Ln acquisitions refusées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>acquiring until {date} ({refused}, trying again)</source>
            <translation>acquisition jusqu'au {date} ({refused}, nouvelle tentative)</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>acquiring ({refused}, trying again)</source>
            <translation>acquisition en cours ({refused}, nouvelle tentative)</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>acquiring until {date}</source>
            <translation>acquisition jusqu'au {date}</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>acquiring</source>
            <translation>acquisition en cours</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>status unknown</source>
            <translation>état inconnu</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>quotation cancelled</source>
            <translation>devis annulé</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>quotation expired</source>
            <translation>devis expiré</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>quotation refused</source>
            <translation>devis refusé</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>quotation rejected</source>
            <translation>devis rejeté</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>waiting to start</source>
            <translation>en attente de démarrage</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>stopped</source>
            <translation>arrêtée</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>closed without an image (no acquisition in the window)</source>
            <translation>close sans image (aucune acquisition dans la fenêtre)</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>failed: contact OneAtlas support</source>
            <translation>échec : contactez le support OneAtlas</translation>
        </message>
        <message>
            <location filename="../core/order_book.py" />
            <source>rejected by OneAtlas</source>
            <translation>rejetée par OneAtlas</translation>
        </message>
        <message>
            <location filename="../core/order_models.py" />
            <source>Order '{reference}' placed ({ids}).</source>
            <translation>Commande « {reference} » passée ({ids}).</translation>
        </message>
        <message>
            <location filename="../core/order_models.py" />
            <source>no id yet</source>
            <translation>pas encore d'identifiant</translation>
        </message>
        <message>
            <location filename="../core/order_models.py" />
            <source>It was recovered after a connection problem: it exists once, do not order again.</source>
            <translation>Elle a été retrouvée après un problème de connexion : elle existe une fois, ne commandez pas de nouveau.</translation>
        </message>
        <message>
            <location filename="../core/order_models.py" />
            <source>the order confirmation</source>
            <translation>la confirmation de commande</translation>
        </message>
        <message>
            <location filename="../core/order_models.py" />
            <source>the order confirmation (no order id)</source>
            <translation>la confirmation de commande (sans identifiant de commande)</translation>
        </message>
        <message>
            <location filename="../core/order_models.py" />
            <source>the quotation</source>
            <translation>le devis</translation>
        </message>
        <message>
            <location filename="../core/order_models.py" />
            <source>the quotation (no quotation id)</source>
            <translation>le devis (sans identifiant de devis)</translation>
        </message>
        <message>
            <location filename="../core/order_models.py" />
            <source>an order</source>
            <translation>une commande</translation>
        </message>
        <message>
            <location filename="../core/order_models.py" />
            <source>an acquisition</source>
            <translation>une acquisition</translation>
        </message>
        <message>
            <location filename="../core/order_models.py" />
            <source>a tasking</source>
            <translation>une programmation</translation>
        </message>
        <message>
            <location filename="../core/order_models.py" />
            <source>a segment</source>
            <translation>un segment</translation>
        </message>
        <message>
            <location filename="../core/orders.py" />
            <source>{backend} orders need the end user's name.</source>
            <translation>Les commandes {backend} exigent le nom de l'utilisateur final.</translation>
        </message>
        <message>
            <location filename="../core/orders.py" />
            <source>{backend} orders need the end user's country.</source>
            <translation>Les commandes {backend} exigent le pays de l'utilisateur final.</translation>
        </message>
        <message>
            <location filename="../core/orders.py" />
            <source>Contract '{contract}' has an unknown back-end '{backend}': cannot build the order.</source>
            <translation>Le contrat « {contract} » a un back-end inconnu (« {backend} ») : impossible de préparer la commande.</translation>
        </message>
        <message>
            <location filename="../core/orders.py" />
            <source>Tick at least one scene to order.</source>
            <translation>Cochez au moins une scène à commander.</translation>
        </message>
        <message>
            <location filename="../core/orders.py" />
            <source>Contract '{contract}' is a {backend} contract and cannot order these scenes: {scenes}. They need a {needed} contract.</source>
            <translation>Le contrat « {contract} » est un contrat {backend} et ne peut pas commander ces scènes : {scenes}. Elles exigent un contrat {needed}.</translation>
        </message>
        <message>
            <location filename="../core/orders.py" />
            <source>No datastrip id in the catalog, so these scenes cannot be ordered: {scenes}.</source>
            <translation>Ces scènes n'ont pas d'identifiant de datastrip dans le catalogue et ne peuvent pas être commandées : {scenes}.</translation>
        </message>
        <message>
            <location filename="../core/orders.py" />
            <source>Choose an acquisition window (start and end) or an attempt.</source>
            <translation>Choisissez une fenêtre d'acquisition (début et fin) ou une tentative.</translation>
        </message>
        <message>
            <location filename="../core/placement.py" />
            <source>OneAtlas accepted the order (HTTP {status}) but its answer was unreadable; the order was found by its reference.</source>
            <translation>OneAtlas a accepté la commande (HTTP {status}) mais sa réponse était illisible ; la commande a été retrouvée par sa référence.</translation>
        </message>
        <message>
            <location filename="../core/placement.py" />
            <source>OneAtlas accepted the order (HTTP {status}) but its answer was unreadable: the order exists; its ids will appear in the Orders tab.</source>
            <translation>OneAtlas a accepté la commande (HTTP {status}) mais sa réponse était illisible : la commande existe ; ses identifiants apparaîtront dans l'onglet Commandes.</translation>
        </message>
        <message>
            <location filename="../core/placement.py" />
            <source>the confirmation of the order</source>
            <translation>la confirmation de la commande</translation>
        </message>
        <message>
            <location filename="../core/placement.py" />
            <source>the confirmation of the quotation</source>
            <translation>la confirmation du devis</translation>
        </message>
        <message>
            <location filename="../core/placement.py" />
            <source>The connection was cut while OneAtlas sent its answer ({kind}).</source>
            <translation>La connexion a été coupée pendant que OneAtlas envoyait sa réponse ({kind}).</translation>
        </message>
        <message>
            <location filename="../core/products.py" />
            <source>Your contract '{contract}' offers no archive product for {constellation} scenes. Contact your Airbus account manager.</source>
            <translation>Votre contrat « {contract} » ne propose aucun produit d'archive pour les scènes {constellation}. Contactez votre interlocuteur commercial Airbus.</translation>
        </message>
        <message>
            <location filename="../core/quotations.py" />
            <source>being studied by Airbus</source>
            <translation>à l'étude chez Airbus</translation>
        </message>
        <message>
            <location filename="../core/quotations.py" />
            <source>waiting for your answer</source>
            <translation>attend votre réponse</translation>
        </message>
        <message>
            <location filename="../core/quotations.py" />
            <source>accepted (ordered)</source>
            <translation>accepté (commandé)</translation>
        </message>
        <message>
            <location filename="../core/quotations.py" />
            <source>refused</source>
            <translation>refusé</translation>
        </message>
        <message>
            <location filename="../core/quotations.py" />
            <source>expired</source>
            <translation>expiré</translation>
        </message>
        <message>
            <location filename="../core/quotations.py" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="../core/redirects.py" />
            <source>an unknown address</source>
            <translation>une adresse inconnue</translation>
        </message>
        <message>
            <location filename="../core/redirects.py" />
            <source>nowhere</source>
            <translation>nulle part</translation>
        </message>
        <message>
            <location filename="../core/redirects.py" />
            <source>The OneAtlas sign-in answered with a redirect (HTTP {status}) to {where}. The plugin never sends your API key to a redirected address. Check the API address in the plugin settings and the proxy settings, then try again.</source>
            <translation>La connexion à OneAtlas a répondu par une redirection (HTTP {status}) vers {where}. L'extension n'envoie jamais votre clé API à une adresse de redirection. Vérifiez l'adresse de l'API dans les paramètres de l'extension ainsi que les paramètres du proxy, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../core/redirects.py" />
            <source>OneAtlas answered with HTTP {status} (a redirect to {where}) where an answer was expected. Try again later; if it persists, the API may have changed.</source>
            <translation>OneAtlas a répondu HTTP {status} (une redirection vers {where}) là où une réponse était attendue. Réessayez plus tard ; si le problème persiste, l'API a peut-être changé.</translation>
        </message>
        <message>
            <location filename="../core/redirects.py" />
            <source>OneAtlas answered with HTTP {status} where an answer was expected. Try again later; if it persists, the API may have changed.</source>
            <translation>OneAtlas a répondu HTTP {status} là où une réponse était attendue. Réessayez plus tard ; si le problème persiste, l'API a peut-être changé.</translation>
        </message>
        <message>
            <location filename="../core/redirects.py" />
            <source>OneAtlas redirected the request to an address this plugin cannot open ({where}).</source>
            <translation>OneAtlas a redirigé la requête vers une adresse que cette extension ne peut pas ouvrir ({where}).</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>Cannot tell which satellites '{product}' tasks.</source>
            <translation>Impossible de savoir quels satellites « {product} » programme.</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>'{product}' is not a tasking product this plugin knows.</source>
            <translation>« {product} » n'est pas un produit de programmation connu de cette extension.</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>Choose when the acquisition may take place (start and end).</source>
            <translation>Choisissez quand l'acquisition peut avoir lieu (début et fin).</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>The acquisition window is in the past: choose future dates.</source>
            <translation>La fenêtre d'acquisition est dans le passé : choisissez des dates futures.</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>The acquisition window ends before it starts.</source>
            <translation>La fenêtre d'acquisition se termine avant de commencer.</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>A OneDay window lasts at most 1 day (this one lasts {days} days): shorten it.</source>
            <translation>Une fenêtre OneDay dure au plus 1 jour (celle-ci dure {days} jours) : raccourcissez-la.</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>A OneNow window lasts 3 to 14 days (this one lasts {days} days): change the end date.</source>
            <translation>Une fenêtre OneNow dure de 3 à 14 jours (celle-ci dure {days} jours) : changez la date de fin.</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>Acquisition mode must be one of {modes}.</source>
            <translation>Le mode d'acquisition doit être l'un de : {modes}.</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>easy</source>
            <translation>facile</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>challenging</source>
            <translation>difficile</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>{offer} is not available for this area and window.</source>
            <translation>{offer} n'est pas disponible pour cette zone et cette fenêtre.</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>needs a manual study by Airbus: no price and no direct order</source>
            <translation>nécessite une étude manuelle par Airbus : pas de prix ni de commande directe</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>can be ordered directly</source>
            <translation>peut être commandée directement</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>{offer}: {difficulty}, {how}.</source>
            <translation>{offer} : {difficulty}, {how}.</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>the feasibility answer</source>
            <translation>la réponse de faisabilité</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>OneAtlas sent a feasibility answer without a usable result for {offer} (the API may have changed). Try again later.</source>
            <translation>OneAtlas a envoyé une réponse de faisabilité sans résultat utilisable pour {offer} (l'API a peut-être changé). Réessayez plus tard.</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>an attempt</source>
            <translation>une tentative</translation>
        </message>
        <message>
            <location filename="../core/tasking.py" />
            <source>OneAtlas sent an acquisition attempt without its key (the API may have changed).</source>
            <translation>OneAtlas a envoyé une tentative d'acquisition sans sa clé (l'API a peut-être changé).</translation>
        </message>
        <message>
            <location filename="../core/tracking.py" />
            <source>the order list</source>
            <translation>la liste des commandes</translation>
        </message>
        <message>
            <location filename="../core/tracking.py" />
            <source>the acquisitions</source>
            <translation>les acquisitions</translation>
        </message>
        <message>
            <location filename="../core/tracking.py" />
            <source>the taskings</source>
            <translation>les programmations</translation>
        </message>
        <message>
            <location filename="../core/tracking.py" />
            <source>the tasking</source>
            <translation>la programmation</translation>
        </message>
        <message>
            <location filename="../core/tracking.py" />
            <source>your delivered products</source>
            <translation>vos produits livrés</translation>
        </message>
        <message>
            <location filename="../core/workspace.py" />
            <source>Scene {scene} cannot be streamed: only delivered products (not archive previews) stream.</source>
            <translation>La scène {scene} ne peut pas être diffusée en flux : seuls les produits livrés (pas les aperçus d'archive) le sont.</translation>
        </message>
        <message>
            <location filename="../core/workspace.py" />
            <source>Product {scene} has no direct download link (it may not be delivered yet).</source>
            <translation>Le produit {scene} n'a pas de lien de téléchargement direct (il n'est peut-être pas encore livré).</translation>
        </message>
    </context>
</TS>
