"""Number formatting for AOI messages that a GIS analyst reads ("1 204 vertices", "123.6 km²", "+0.8%").

Kept apart from the rules so that every message formats numbers the same way. Thousands are separated by a
plain space (the SI style, unambiguous in English and French), never by a comma or a dot.

Each function returns a ``core.i18n.Number``: the English text, and the value with its precision, so that
the UI writes the same number in the user's locale ("0,9 km²" in French) without reading the text back.
"""

from .i18n import Number


def count(value: int) -> Number:
    """An integer with thin-style thousands grouping: 1204 -> '1 204'."""
    return Number(f"{int(value):,}".replace(",", " "), "{0}", (int(value), "d", 0))


def _fixed(value: float, places: int, unit: str) -> Number:
    """``value`` with at most ``places`` decimals, trailing zeros dropped ('500', '0.1', '2.35')."""
    rounded = round(value, places)
    decimals = next(d for d in range(places + 1) if round(rounded, d) == rounded)
    return Number(f"{value:.{decimals}f}{unit}", "{0}" + unit, (value, "f", decimals))


def _significant(value: float, digits: int, unit: str) -> Number:
    return Number(f"{value:.{digits}g}{unit}", "{0}" + unit, (value, "g", digits))


def km2(value: float) -> Number:
    """An area in km² with as many decimals as a reader needs (small areas keep two significant digits)."""
    magnitude = abs(value)
    if magnitude == 0:
        return Number("0 km²", "{0} km²", (0, "d", 0))
    if magnitude < 0.01:
        if "e" in f"{value:.2g}":  # tiny areas: scientific notation is not plain words, use a smaller unit
            return _small_area(value * 1e6)
        return _significant(value, 2, " km²")
    if magnitude < 10:
        return _fixed(value, 2, " km²")
    if magnitude < 1000:
        return _fixed(value, 1, " km²")
    return Number(count(round(value)) + " km²", "{0} km²", (round(value), "d", 0))


def _small_area(square_metres: float) -> Number:
    """Below 100 m²: m², cm² or mm², each shown with two significant digits and no exponent."""
    magnitude = abs(square_metres)
    if magnitude >= 0.01:
        return _significant(square_metres, 2, " m²")
    if magnitude >= 1e-4:
        return _significant(square_metres * 1e4, 2, " cm²")
    if magnitude >= 1e-6:
        return _significant(square_metres * 1e6, 2, " mm²")
    return Number("less than 1 mm²", "< {0} mm²", (1, "d", 0))


def length(metres: float) -> Number:
    """A length in words: '0.1 mm', '1.1 cm', '30 cm', '7.4 km' (two significant digits below 10 m)."""
    magnitude = abs(metres)
    if magnitude < 0.001:
        if magnitude >= 1e-5:
            return _significant(metres * 1000, 1, " mm")
        return Number("less than 0.01 mm", "< {0} mm", (0.01, "f", 2))
    if magnitude < 0.01:
        return _significant(metres * 1000, 2, " mm")
    if magnitude < 1:
        return _significant(metres * 100, 2, " cm")
    if magnitude < 1000:
        if magnitude < 10:
            return _significant(metres, 2, " m")
        return Number(f"{metres:.0f} m", "{0} m", (metres, "f", 0))
    return Number(f"{metres / 1000:.1f} km", "{0} km", (metres / 1000, "f", 1))


def signed_km2(value: float) -> Number:
    """An area change with an explicit sign: '+1.20 km²', '-0.35 km²'."""
    return km2(abs(value)).signed("+" if value >= 0 else "-")


def percent(value: float) -> Number:
    """A relative change in % with an explicit sign; very small changes stay visible ('+0.004%')."""
    sign = "+" if value >= 0 else "-"
    magnitude = abs(value)
    if magnitude == 0:
        return Number("0%", "{0}%", (0, "d", 0))
    if magnitude < 0.001:  # "+3e-06%" is not plain words; this small, only the direction matters
        return Number("<0.001%", "<{0}%", (0.001, "f", 3)).signed(sign)
    if magnitude < 0.1:
        return _significant(magnitude, 1, "%").signed(sign)
    if magnitude < 10:
        return Number(f"{magnitude:.1f}%", "{0}%", (magnitude, "f", 1)).signed(sign)
    return Number(f"{magnitude:.0f}%", "{0}%", (magnitude, "f", 0)).signed(sign)


def lon_lat(lon: float, lat: float) -> Number:
    """A position as 'lon 2.35000, lat 48.85000' (5 decimals is about one metre)."""
    return Number(f"lon {lon:.5f}, lat {lat:.5f}", "lon {0}, lat {1}", (lon, "f", 5), (lat, "f", 5))


def plural(number: int, singular: str, plural_form: str = "") -> str:
    """'1 hole', '3 holes', '1 204 vertices' (plural_form when the plural is irregular)."""
    word = singular if number == 1 else (plural_form or singular + "s")
    return f"{count(number)} {word}"
