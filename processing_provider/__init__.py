"""The Processing provider ``oneatlas``: every ordering step as an algorithm, for the toolbox, batch runs,
the Model Builder and ``qgis_process``.

Named ``processing_provider`` rather than ``processing``: with the repository root on ``sys.path`` (tests,
scripts), a top-level ``processing`` folder would hide QGIS's own ``processing`` module (``processing.run``).
"""
