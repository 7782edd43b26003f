"""The Equal Earth projection onto the world map's canvas.

Equal Earth (Šavrič, Patterson and Jenny, 2018) keeps areas true, so a large country does not
look larger than it is the way it does on Mercator. The canvas is CANVAS_WIDTH units wide, x grows
east and y grows south (SVG's axes), and the whole globe fits it.
"""

import math
from functools import cache

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
CANVAS_WIDTH = 1000


def equal_earth(longitude: float, latitude: float) -> tuple[float, float]:
    """Projected (x, y) on the unit sphere, y north, from degrees."""
    lam, phi = math.radians(longitude), math.radians(latitude)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (2 * math.sqrt(3) * lam * math.cos(theta)) / (
        3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1)
    )
    y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1)
    return x, y


@cache
def _extent() -> tuple[float, float]:
    """Half the width (at the equator, ±180°) and half the height (at the poles)."""
    return equal_earth(180, 0)[0], equal_earth(0, 90)[1]


def canvas_scale() -> float:
    return CANVAS_WIDTH / (2 * _extent()[0])


def canvas_height() -> float:
    return 2 * _extent()[1] * canvas_scale()


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Canvas (x, y) for a point in WGS 84 degrees."""
    half_width, half_height = _extent()
    x, y = equal_earth(longitude, latitude)
    scale = canvas_scale()
    return (x + half_width) * scale, (half_height - y) * scale
