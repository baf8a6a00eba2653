<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ArchiveOrder</name>
        <message numerus="yes">
            <location filename="../ui/archive/order.py" />
            <source>%n {family} scene(s):</source>
            <translation>
                <numerusform>%Ln {family} scene:</numerusform>
                <numerusform>%Ln {family} scenes:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/archive/order.py" />
            <source>You are about to order %n archive scene(s). This is a paid order: the amount below will be charged to your contract.</source>
            <translation>
                <numerusform>You are about to order %Ln archive scene. This is a paid order: the amount below will be charged to your contract.</numerusform>
                <numerusform>You are about to order %Ln archive scenes. This is a paid order: the amount below will be charged to your contract.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArchiveSection</name>
        <message numerus="yes">
            <location filename="../ui/archive/tab.py" />
            <source>{shown} of %n scene(s) shown.</source>
            <translation>
                <numerusform>{shown} of %Ln scene shown.</numerusform>
                <numerusform>{shown} of %Ln scenes shown.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/archive/tab.py" />
            <source>Order %n scene(s)…</source>
            <translation>
                <numerusform>Order %Ln scene…</numerusform>
                <numerusform>Order %Ln scenes…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OneAtlasDock</name>
        <message numerus="yes">
            <location filename="../ui/dock.py" />
            <source>Working: {task}… and %n more</source>
            <translation>
                <numerusform>Working: {task}… and %Ln more</numerusform>
                <numerusform>Working: {task}… and %Ln more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OneAtlasProcessing</name>
        <message numerus="yes">
            <location filename="../processing_provider/alg_archive.py" />
            <source>%n scene(s) found.</source>
            <translation>
                <numerusform>%Ln scene found.</numerusform>
                <numerusform>%Ln scenes found.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../processing_provider/alg_orders.py" />
            <source>%n order line(s).</source>
            <translation>
                <numerusform>%Ln order line.</numerusform>
                <numerusform>%Ln order lines.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../processing_provider/alg_tasking.py" />
            <source>%n attempt(s).</source>
            <translation>
                <numerusform>%Ln attempt.</numerusform>
                <numerusform>%Ln attempts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrdersLayer</name>
        <message numerus="yes">
            <location filename="../ui/orders/orders_layer.py" />
            <source>%n order(s) saved to {path} and added to the project.</source>
            <translation>
                <numerusform>%Ln order saved to {path} and added to the project.</numerusform>
                <numerusform>%Ln orders saved to {path} and added to the project.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrdersSection</name>
        <message numerus="yes">
            <location filename="../ui/orders/tab.py" />
            <source>%n order(s) · updated {time}</source>
            <translation>
                <numerusform>%Ln order · updated {time}</numerusform>
                <numerusform>%Ln orders · updated {time}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StreamedLayers</name>
        <message numerus="yes">
            <location filename="../ui/connection/project_watch.py" />
            <source>This project has %n image(s) streamed from your OneAtlas workspace, switched off until the OneAtlas plugin is connected: open the OneAtlas panel (Web &gt; OneAtlas Pay-Per-Order) and connect; they then appear by themselves.</source>
            <translation>
                <numerusform>This project has %Ln image streamed from your OneAtlas workspace, switched off until the OneAtlas plugin is connected: open the OneAtlas panel (Web &gt; OneAtlas Pay-Per-Order) and connect; it then appears by itself.</numerusform>
                <numerusform>This project has %Ln images streamed from your OneAtlas workspace, switched off until the OneAtlas plugin is connected: open the OneAtlas panel (Web &gt; OneAtlas Pay-Per-Order) and connect; they then appear by themselves.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/connection/project_watch.py" />
            <source>{names}: %n image(s) streamed from another OneAtlas server than the one the plugin is connected to ({base}); connect to that server in the plugin settings to see them.</source>
            <translation>
                <numerusform>{names}: %Ln image streamed from another OneAtlas server than the one the plugin is connected to ({base}); connect to that server in the plugin settings to see it.</numerusform>
                <numerusform>{names}: %Ln images streamed from another OneAtlas server than the one the plugin is connected to ({base}); connect to that server in the plugin settings to see them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TaskingQuotations</name>
        <message numerus="yes">
            <location filename="../ui/tasking/quotations.py" />
            <source>%n quotation(s).</source>
            <translation>
                <numerusform>%Ln quotation.</numerusform>
                <numerusform>%Ln quotations.</numerusform>
            </translation>
        </message>
    </context>
</TS>
