"""GPS helpers: rationals as cameras write them, hemispheres, and impossible positions."""

from __future__ import annotations

import math

import pytest

from photowalk import geo


@pytest.mark.parametrize(
    ("dms", "ref", "expected"),
    [
        (((41, 1), (5118, 100), (0, 1)), "N", 41.853),  # decimal minutes (iPhone 4)
        (((12, 1), (2933, 100), (0, 1)), "E", 12.4888333333333),
        (((1, 1), (5485, 100), (0, 1)), "W", -1.91416666666667),
        (((0, 1), (22278, 1000), (0, 1)), "S", -0.3713),  # Kenya, just south of the equator
        (((43, 1), (28, 1), (281400000, 100000000)), "N", 43.4674483333333),  # seconds over 10^8
        (((40, 1), (39, 1), (303091199, 10000000)), "N", 40.6584191999722),
        (((108, 1), (24, 1), (1743, 500)), b"W", -108.400968333333),  # odd denominator, bytes ref
        (((33, 1), (272082, 10000), (0, 1)), "S\x00", -33.45347),  # NUL-padded ref
        (((52, 1),), "n", 52.0),  # decimal degrees in one rational; lower-case ref
        (((52, 1), (30, 1)), "N", 52.5),
    ],
)
def test_dms_to_degrees(dms: tuple[geo.Rational, ...], ref: str | bytes, expected: float) -> None:
    result = geo.dms_to_degrees(dms, ref)
    assert result is not None
    assert result == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize(
    ("dms", "ref"),
    [
        (((0, 0), (0, 0), (0, 0)), "N"),  # 0/0: no value, not zero
        (((41, 1), (30, 0), (0, 1)), "N"),  # one zero denominator spoils the whole value
        (((41, 1), (30, 1), (0, 1)), ""),  # no hemisphere: the sign would be a guess
        (((41, 1), (30, 1), (0, 1)), "\x00"),
        (((41, 1), (30, 1), (0, 1)), None),
        (((41, 1), (30, 1), (0, 1)), "X"),
        (((-41, 1), (30, 1), (0, 1)), "N"),  # EXIF rationals are unsigned
        (((41, 1), (30, 1), (0, 1), (0, 1)), "N"),  # four parts
        ((), "N"),
        (((math.inf, 1),), "N"),
        (((math.nan, 1),), "N"),
        ((("41", 1),), "N"),
        ((41,), "N"),  # not a rational at all
    ],
)
def test_dms_to_degrees_rejects_damaged_values(dms: tuple[geo.Rational, ...], ref: str | None) -> None:
    assert geo.dms_to_degrees(dms, ref) is None


def test_rational_to_float() -> None:
    assert geo.rational_to_float((3983, 1000)) == pytest.approx(3.983)
    assert geo.rational_to_float((0, 1)) == 0.0
    assert geo.rational_to_float((0, 0)) is None
    assert geo.rational_to_float((5, 0)) is None
    assert geo.rational_to_float((-5, 1)) is None


def test_has_zero_denominator() -> None:
    assert geo.has_zero_denominator([(1, 1), (0, 0)])
    assert not geo.has_zero_denominator([(1, 1), (0, 1)])
    assert not geo.has_zero_denominator([])


@pytest.mark.parametrize(("ref", "sign"), [("N", 1), ("E", 1), ("S", -1), ("W", -1), (b"S", -1), (" w ", -1)])
def test_hemisphere_sign(ref: str | bytes, sign: int) -> None:
    assert geo.hemisphere_sign(ref) == sign


@pytest.mark.parametrize("ref", ["", "\x00", "NE", "0", None, 1])
def test_hemisphere_sign_unknown(ref: object) -> None:
    assert geo.hemisphere_sign(ref) is None  # type: ignore[arg-type]


def test_ranges() -> None:
    assert geo.lat_in_range(90.0) and geo.lat_in_range(-90.0) and geo.lat_in_range(0.0)
    assert not geo.lat_in_range(90.0001) and not geo.lat_in_range(math.nan)
    assert geo.lon_in_range(180.0) and geo.lon_in_range(-180.0)
    assert not geo.lon_in_range(-180.5) and not geo.lon_in_range(math.inf)
    assert geo.altitude_in_range(-430.0)  # the Dead Sea shore
    assert geo.altitude_in_range(8848.86)
    assert not geo.altitude_in_range(4_294_967_295.0)  # an unset 32-bit value
    assert geo.heading_in_range(0.0) and geo.heading_in_range(360.0)
    assert not geo.heading_in_range(361.0) and not geo.heading_in_range(-1.0)


def test_null_island() -> None:
    assert geo.is_null_island(0.0, 0.0)
    assert geo.is_null_island(-0.0, 0.0)
    assert not geo.is_null_island(0.0, 36.05)  # on the equator, in Kenya
    assert not geo.is_null_island(51.47, 0.0)  # on the prime meridian, in Greenwich
    assert not geo.is_null_island(-0.3713, 0.0001)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("53,21.5679N", (53 + 21.5679 / 60, "N")),
        ("6,15.4939W", (-(6 + 15.4939 / 60), "W")),
        ("33,27,12.48S", (-(33 + 27 / 60 + 12.48 / 3600), "S")),
        (" 25,45,52.74e ", (25 + 45 / 60 + 52.74 / 3600, "E")),
        ("47.3541841N", (47.3541841, "N")),
        ("53,21.5679", None),  # no hemisphere: never guessed
        ("53,61N", None),  # 61 minutes
        ("53,21,75N", None),
        ("N53,21", None),
        ("", None),
        ("1e9N", None),
    ],
)
def test_xmp_to_degrees(text: str, expected: tuple[float, str] | None) -> None:
    result = geo.xmp_to_degrees(text)
    if expected is None:
        assert result is None
    else:
        assert result is not None and result[1] == expected[1] and result[0] == pytest.approx(expected[0])
