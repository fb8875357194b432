"""Great-circle distance, the one geometric question marsad asks."""
from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0
_TWICE_RADIUS = 2 * EARTH_RADIUS_KM
_RADIANS = math.pi / 180
_sin, _cos, _asin, _sqrt = math.sin, math.cos, math.asin, math.sqrt


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in kilometres between two WGS84 points."""
    # the resolver asks this tens of thousands of times per corpus: plain arithmetic, no map()
    la1, la2 = lat1 * _RADIANS, lat2 * _RADIANS
    h = _sin((la2 - la1) / 2) ** 2 + _cos(la1) * _cos(la2) * _sin((lon2 - lon1) * _RADIANS / 2) ** 2
    return _TWICE_RADIUS * _asin(_sqrt(h))
