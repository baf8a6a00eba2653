"""The AOI the user is working on: its WGS84 geometry, the OneAtlas check report, where it came from, and
the fixes applied so far (each one undoable).

Plain Python on top of ``core.aoi`` (no Qt), so the rules stay in one place: the section only shows what
this model says. The user's original shape is never replaced behind their back: it stays until a fix is
applied, and every fix keeps the previous AOI for Undo.
"""

from dataclasses import dataclass
from typing import List, Optional, Tuple

from ...core import aoi as rules
from ...core import aoi_parts
from ...core.i18n import sentences


@dataclass(frozen=True)
class Aoi:
    """What ``AoiSection.aoi_changed`` carries.

    ``geometry`` is the AOI in WGS84 longitude/latitude (a shapely Polygon once ``ready``; it may be a
    MultiPolygon or an invalid polygon while problems remain); ``report`` is the core ``AoiReport``;
    ``source`` says where it came from ("Drawn rectangle", "Feature 12 of 'parcels'", "File fields.kml");
    ``changes`` lists the fixes applied since, oldest first."""

    geometry: object
    report: rules.AoiReport
    source: str
    changes: Tuple[str, ...] = ()
    # One order per part: a multi-part area kept whole, each part (accepted alone) ordered on its own.
    per_part: bool = False

    @property
    def ready(self) -> bool:
        """True when OneAtlas accepts the AOI as it is (no problem left), or each of its parts when it is
        ordered as one order per part."""
        return self.report.ok or (self.per_part and aoi_parts.per_part(self.geometry).ok)

    @property
    def parts(self):
        """The parts ordered separately (largest first); the geometry itself when it is one polygon."""
        if self.per_part:
            return list(aoi_parts.per_part(self.geometry).parts)
        return [self.geometry]

    @property
    def problems(self):
        return self.report.problems

    @property
    def area_km2(self) -> Optional[float]:
        return self.report.area_km2

    @property
    def vertex_count(self) -> int:
        return self.report.vertex_count

    def to_geojson(self) -> dict:
        """The GeoJSON Polygon for the API (only meaningful when ``ready``)."""
        return rules.to_geojson(self.geometry)


@dataclass(frozen=True)
class FixStep:
    """One applied fix and the AOI it replaced (what Undo brings back)."""

    description: str
    previous: Aoi


@dataclass(frozen=True)
class Change:
    """What one edit makes of the AOI, computed without touching the editor (so a worker thread can compute
    it for a big AOI) and committed on the main thread by ``AoiEditor.commit``."""

    aoi: Optional[Aoi]                # the new current AOI (None: unchanged)
    step: Optional[FixStep] = None    # pushed on the undo history
    reset: bool = False               # a new AOI: the history starts again
    undo: bool = False                # the last step is popped
    result: object = None             # the core FixResult / FixAllResult, for the caller


def _check(geometry, minimum_km2) -> rules.AoiReport:
    return rules.check_aoi(geometry, rules.WGS84, minimum_km2)


def new_aoi(wgs84_geometry, source: str, minimum_km2: Optional[float]) -> Change:
    return Change(Aoi(wgs84_geometry, _check(wgs84_geometry, minimum_km2), source), reset=True)


def fixed(previous: Aoi, fix, minimum_km2: Optional[float]) -> Change:
    """One of the report's fixes applied; raises ValueError when it does not apply."""
    result = rules.apply_fix(previous.report.geometry, fix)
    return Change(Aoi(result.geometry, _check(result.geometry, minimum_km2), previous.source,
                      previous.changes + (result.description,)),
                  FixStep(result.description, previous), result=result)


def all_fixed(previous: Aoi, minimum_km2: Optional[float]) -> Change:
    """The suggested fixes one after the other, never one that drops area (a multi-part area becomes its
    convex hull, not its largest part); one undo step for them all."""
    result = aoi_parts.fix_all_keeping_area(previous.report.geometry, minimum_km2)
    if not result.steps:
        return Change(None, result=result)
    description = result.descriptions[0]
    for more in result.descriptions[1:]:  # one sentence after the other, each translated when shown
        description = sentences(description, more)
    return Change(Aoi(result.geometry, result.report, previous.source,
                      previous.changes + tuple(result.descriptions)),
                  FixStep(description, previous), result=result)


def undone(step: FixStep, minimum_km2: Optional[float]) -> Change:
    previous = step.previous
    return Change(Aoi(previous.geometry, _check(previous.geometry, minimum_km2), previous.source,
                      previous.changes, previous.per_part), undo=True)


class AoiEditor:
    """Holds the current AOI, the product's minimum order area, and the undo history of fixes.

    Each edit is a pure function above (``new_aoi``, ``fixed``, ``all_fixed``, ``undone``) and a
    ``commit``: the AOI tab runs the function in a worker thread for a big AOI (``ui.aoi.checking``)."""

    def __init__(self):
        self.current: Optional[Aoi] = None
        self.minimum_km2: Optional[float] = None
        self._history: List[FixStep] = []

    def commit(self, change: Change) -> Optional[Aoi]:
        if change.reset:
            self._history = []
        if change.undo:
            self._history.pop()
        if change.step is not None:
            self._history.append(change.step)
        if change.aoi is not None:
            self.current = change.aoi
        return self.current

    @property
    def last_step(self) -> Optional[FixStep]:
        return self._history[-1] if self._history else None

    # -- a new AOI ------------------------------------------------------------------------------------

    def replace(self, wgs84_geometry, source: str) -> Aoi:
        """A new AOI from a tool, a selection or a file: checked, history cleared."""
        return self.commit(new_aoi(wgs84_geometry, source, self.minimum_km2))

    def clear(self) -> None:
        self.current = None
        self._history = []

    # -- fixes and undo ---------------------------------------------------------------------------------

    def apply_fix(self, fix) -> rules.FixResult:
        """Apply one of the current report's fixes; raises ValueError when it does not apply."""
        change = fixed(self._require_current(), fix, self.minimum_km2)
        self.commit(change)
        return change.result

    def fix_all(self) -> rules.FixAllResult:
        """Apply the suggested fixes (``all_fixed``); a single Undo brings the AOI back as it was."""
        change = all_fixed(self._require_current(), self.minimum_km2)
        self.commit(change)
        return change.result

    def order_per_part(self, description: str) -> Aoi:
        """Keep every part, to be ordered as one order per part (undoable like a fix)."""
        previous = self._require_current()
        if not aoi_parts.per_part(previous.report.geometry, self.minimum_km2).ok:
            raise ValueError("Each part must be accepted on its own to order one per part.")
        self._history.append(FixStep(description, previous))
        self.current = Aoi(previous.report.geometry, previous.report, previous.source,
                           previous.changes + (description,), per_part=True)
        return self.current

    def enlarge_to_minimum(self, description: str) -> Aoi:
        """Grow the AOI around its centre to the product's minimum order area (billed anyway)."""
        previous = self._require_current()
        if not self.minimum_km2 or previous.per_part:
            raise ValueError("No minimum order area to enlarge to.")
        grown = aoi_parts.enlarge_to_minimum(previous.report.geometry, self.minimum_km2)
        self._history.append(FixStep(description, previous))
        self.current = Aoi(grown, self._check(grown), previous.source, previous.changes + (description,))
        return self.current

    @property
    def can_undo(self) -> bool:
        return bool(self._history)

    @property
    def last_change(self) -> Optional[str]:
        return self.last_step.description if self.last_step is not None else None

    def undo(self) -> Aoi:
        return self.commit(undone(self._history[-1], self.minimum_km2))

    # -- the product's minimum order area ------------------------------------------------------------

    def set_minimum(self, minimum_km2: Optional[float]) -> Optional[Aoi]:
        """Re-check the current AOI against a product's minimum order area (None: no product chosen)."""
        self.minimum_km2 = minimum_km2 if minimum_km2 and minimum_km2 > 0 else None
        if self.current is not None:
            current = self.current
            self.current = Aoi(current.geometry, self._check(current.geometry), current.source,
                               current.changes, current.per_part)
        return self.current

    def _check(self, geometry) -> rules.AoiReport:
        return _check(geometry, self.minimum_km2)

    def _require_current(self) -> Aoi:
        if self.current is None:
            raise ValueError("There is no AOI to fix.")
        return self.current
