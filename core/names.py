"""The names every part of the plugin shares and nothing else: back-end and constellation codes and their
words. Kept apart from ``models`` and ``products`` so that the dock's shell (the account header, the
formatting helpers) can name things at QGIS start-up without importing the domain model."""

# The two ordering back-ends: "neo" sells Pléiades Neo; "legacy" sells Pléiades and SPOT.
NEO = "neo"
LEGACY = "legacy"

# Constellation codes as the catalog spells them, newest and sharpest first.
CONSTELLATIONS = ("PNEO", "PHR", "SPOT")
CONSTELLATION_NAMES = {"PNEO": "Pléiades Neo", "PHR": "Pléiades", "SPOT": "SPOT"}
# The two ordering back-ends, named by what they sell.
BACKEND_NAMES = {NEO: "Pléiades Neo", LEGACY: "Pléiades & SPOT"}


def backend_name(backend) -> str:
    """"Pléiades Neo" for neo, "Pléiades & SPOT" for legacy: the words every sentence uses for a back-end
    (an unknown code as it is). A brand name, the same in every language: sentences take it as a
    parameter (core.i18n.Text), so that it is written here only."""
    return BACKEND_NAMES.get(backend, str(backend))


def constellation_name(constellation) -> str:
    """"Pléiades Neo" for PNEO, "Pléiades" for PHR, "SPOT" for SPOT; an unknown code as it is."""
    return CONSTELLATION_NAMES.get(str(constellation or "").upper(), str(constellation or ""))
