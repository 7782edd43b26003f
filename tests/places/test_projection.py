import math

import pytest

from mgi.places.projection import CANVAS_WIDTH, canvas_height, equal_earth, project


@pytest.mark.parametrize(
    ("longitude", "latitude", "x", "y"),
    [
        (0, 0, 0.0, 0.0),
        # The equator's end and the pole on the unit sphere.
        (180, 0, 2.706630, 0.0),
        (0, 90, 0.0, 1.317363),
        # The example in PROJ's documentation of eqearth (+R=1), given to two decimals.
        (122, 47, 1.55, 0.89),
    ],
)
def test_equal_earth_puts_a_known_point_where_the_published_formula_does(longitude, latitude, x, y):
    projected = equal_earth(longitude, latitude)

    places = 2 if (longitude, latitude) == (122, 47) else 6
    assert round(projected[0], places) == pytest.approx(x, abs=10**-places)
    assert round(projected[1], places) == pytest.approx(y, abs=10**-places)


@pytest.mark.parametrize(("longitude", "latitude"), [(10, 0), (-70, 35), (140, -60), (5, 80)])
def test_equal_earth_keeps_areas_true(longitude, latitude):
    """A small cell's projected area over its area on the sphere is the same everywhere."""
    step = 1e-4

    def cell_ratio(lon, lat):
        (x0, y0), (x1, y1), (x2, y2) = (
            equal_earth(lon, lat),
            equal_earth(lon + step, lat),
            equal_earth(lon, lat + step),
        )
        projected = abs((x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0))
        return projected / (math.radians(step) ** 2 * math.cos(math.radians(lat)))

    assert cell_ratio(longitude, latitude) == pytest.approx(cell_ratio(0, 0), rel=1e-3)


def test_the_canvas_puts_the_origin_in_its_middle_and_north_up():
    x, y = project(0, 0)
    _, lima_y = project(-77.04, -12.05)
    _, oslo_y = project(10.75, 59.91)

    assert (x, y) == pytest.approx((CANVAS_WIDTH / 2, canvas_height() / 2))
    assert oslo_y < y < lima_y
    assert project(-180, 0)[0] == pytest.approx(0, abs=1e-9)
    assert project(180, 0)[0] == pytest.approx(CANVAS_WIDTH)
