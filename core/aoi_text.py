"""Number formatting for AOI messages that a GIS analyst reads ("1 204 vertices", "123.6 km²", "+0.8%").

Kept apart from the rules so that every message formats numbers the same way. Thousands are separated by a
plain space (the SI style, unambiguous in English and French), never by a comma or a dot.
"""


def count(value: int) -> str:
    """An integer with thin-style thousands grouping: 1204 -> '1 204'."""
    return f"{int(value):,}".replace(",", " ")


def km2(value: float) -> str:
    """An area in km² with as many decimals as a reader needs (small areas keep two significant digits)."""
    magnitude = abs(value)
    if magnitude == 0:
        text = "0"
    elif magnitude < 0.01:
        text = f"{value:.2g}"
        if "e" in text:  # tiny areas: scientific notation is not plain words, say it in a smaller unit
            return _small_area(value * 1e6)
    elif magnitude < 10:
        text = _without_trailing_zeros(f"{value:.2f}")
    elif magnitude < 1000:
        text = _without_trailing_zeros(f"{value:.1f}")
    else:
        text = count(round(value))
    return f"{text} km²"


def _small_area(square_metres: float) -> str:
    """Below 100 m²: m², cm² or mm², each shown with two significant digits and no exponent."""
    magnitude = abs(square_metres)
    if magnitude >= 0.01:
        return f"{square_metres:.2g} m²"
    if magnitude >= 1e-4:
        return f"{square_metres * 1e4:.2g} cm²"
    if magnitude >= 1e-6:
        return f"{square_metres * 1e6:.2g} mm²"
    return "less than 1 mm²"


def length(metres: float) -> str:
    """A length in words: '0.1 mm', '1.1 cm', '30 cm', '7.4 km' (two significant digits below 10 m)."""
    magnitude = abs(metres)
    if magnitude < 0.001:
        return f"{metres * 1000:.1g} mm" if magnitude >= 1e-5 else "less than 0.01 mm"
    if magnitude < 0.01:
        return f"{metres * 1000:.2g} mm"
    if magnitude < 1:
        return f"{metres * 100:.2g} cm"
    if magnitude < 1000:
        return f"{metres:.2g} m" if magnitude < 10 else f"{metres:.0f} m"
    return f"{metres / 1000:.1f} km"


def _without_trailing_zeros(number: str) -> str:
    """'500.0' -> '500', '0.10' -> '0.1' (a minimum of 500 km² reads better without decimals)."""
    return number.rstrip("0").rstrip(".") if "." in number else number


def signed_km2(value: float) -> str:
    """An area change with an explicit sign: '+1.20 km²', '-0.35 km²'."""
    return ("+" if value >= 0 else "-") + km2(abs(value))


def percent(value: float) -> str:
    """A relative change in % with an explicit sign; very small changes stay visible ('+0.004%')."""
    sign = "+" if value >= 0 else "-"
    magnitude = abs(value)
    if magnitude == 0:
        return "0%"
    if magnitude < 0.001:  # "+3e-06%" is not plain words; this small, only the direction matters
        return f"{sign}<0.001%"
    if magnitude < 0.1:
        return f"{sign}{magnitude:.1g}%"
    if magnitude < 10:
        return f"{sign}{magnitude:.1f}%"
    return f"{sign}{magnitude:.0f}%"


def lon_lat(lon: float, lat: float) -> str:
    """A position as 'lon 2.35000, lat 48.85000' (5 decimals is about one metre)."""
    return f"lon {lon:.5f}, lat {lat:.5f}"


def plural(number: int, singular: str, plural_form: str = "") -> str:
    """'1 hole', '3 holes', '1 204 vertices' (plural_form when the plural is irregular)."""
    word = singular if number == 1 else (plural_form or singular + "s")
    return f"{count(number)} {word}"
