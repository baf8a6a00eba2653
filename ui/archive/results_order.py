"""How the results table sorts when a column header is clicked: by the value a user reads, not its text
("9 %" before "12 %"), rows without a value last whichever the direction."""

from typing import Callable, Dict, List


def _date(row):
    return row.scene.acquisition_date


SORT_KEYS: Dict[str, Callable] = {
    "date": _date,
    "platform": lambda row: (row.scene.platform or row.scene.constellation or "").upper(),
    "cloud": lambda row: row.scene.cloud_cover,
    "incidence": lambda row: row.scene.incidence_angle,
    "resolution": lambda row: row.scene.resolution,
    "coverage": lambda row: row.coverage,
}


def sorted_rows(rows: List, key: str, descending: bool) -> List:
    """A new list of rows ordered by column ``key``; ties keep their order (newest first from the server)."""
    value_of = SORT_KEYS.get(key)
    if value_of is None:
        return list(rows)
    known = [row for row in rows if value_of(row) is not None]
    missing = [row for row in rows if value_of(row) is None]
    return sorted(known, key=value_of, reverse=descending) + missing
