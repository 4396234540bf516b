import decimal
import pickle
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cmkit
from cmkit import Money, Rounding

INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)


def test_parse_dutch_notation():
    assert Money.parse("€ 134.812").cents == 13481200
    assert Money.parse("134.812,50").cents == 13481250
    assert Money.parse("-5.000").cents == -500000
    assert Money.parse("€ -5.000,00") == Money(cents=-500000)


@pytest.mark.parametrize("text", ["", "abc", "134.81", "1,234", "12.34.567", "1e3", "12.5", "--5"])
def test_parse_rejects_inexact_or_malformed(text):
    with pytest.raises(cmkit.FormatError) as info:
        Money.parse(text)
    assert isinstance(info.value, ValueError)
    assert f'"{text}"' in str(info.value)


def test_printing():
    assert str(Money.parse("134.812")) == "€ 134.812"
    assert str(Money(cents=13481250)) == "€ 134.812,50"
    assert str(Money(cents=-500000)) == "€ -5.000"
    assert Money(cents=111849600).format(symbol=False) == "1.118.496"
    assert Money(cents=111849650).format("en") == "€1,118,496.50"
    assert Money(cents=5).format(cents="always", symbol=False) == "0,05"
    assert repr(Money(cents=13481200)) == "Money(cents=13481200)"
    assert eval(repr(Money(cents=-7)), {"Money": Money}) == Money(cents=-7)
    with pytest.raises(cmkit.FormatError):
        Money(cents=1).format(style="fr")


def test_never_a_float():
    with pytest.raises(TypeError):
        Money(1.5)
    with pytest.raises(TypeError):
        Money(True)
    with pytest.raises(TypeError):
        Money(cents=1) * 1.5
    with pytest.raises(TypeError):
        Money.from_decimal(1.5)
    assert not hasattr(Money, "__float__")
    assert Money.from_decimal(decimal.Decimal("134812.50")).cents == 13481250
    with pytest.raises(cmkit.FormatError):
        Money.from_decimal(decimal.Decimal("1.005"))
    assert Money(cents=13481250).to_decimal() == decimal.Decimal("134812.50")


def test_overflow_is_an_error_not_a_wrap():
    top = Money(cents=INT64_MAX)
    with pytest.raises(cmkit.OverflowError) as info:
        top + Money(cents=1)
    assert isinstance(info.value, OverflowError)
    with pytest.raises(cmkit.OverflowError):
        -Money(cents=INT64_MIN)
    with pytest.raises(cmkit.OverflowError):
        Money(cents=INT64_MAX + 1)
    with pytest.raises(cmkit.OverflowError):
        Money(cents=10**30)
    with pytest.raises(cmkit.OverflowError):
        top * 2
    with pytest.raises(cmkit.OverflowError):
        Money.from_euros(INT64_MAX // 10)
    assert Money(cents=INT64_MIN).cents == INT64_MIN


def test_arithmetic_comparison_hash_pickle():
    a, b = Money.parse("20.705"), Money.parse("279.624")
    assert (b - a).cents == 25891900
    assert (a + a).cents == 4141000
    assert 3 * a == a * 3 == Money(cents=6211500)
    assert a < b and b >= a and a != b
    assert Money.sum([a, a, b]) == a + a + b
    assert hash(Money(cents=5)) == hash(Money(cents=5))
    assert len({Money(cents=5), Money(cents=5), Money(cents=6)}) == 2
    assert pickle.loads(pickle.dumps(b)) == b
    assert not Money() and Money(cents=1)
    assert (Money(cents=1) == 1) is False


def test_mul_ratio_rounding():
    m = Money(cents=25)
    assert m.mul_ratio(1, 2, Rounding.HALF_EVEN).cents == 12
    assert m.mul_ratio(1, 2, Rounding.HALF_UP).cents == 13
    assert m.mul_ratio(1, 2, Rounding.FLOOR).cents == 12
    assert Money(cents=-25).mul_ratio(1, 2, Rounding.CEILING).cents == -12
    with pytest.raises(cmkit.InvalidArgumentError):
        m.mul_ratio(1, 0)


def test_allocate_edge_cases():
    assert [p.cents for p in Money(cents=100).allocate([1, 1, 1])] == [34, 33, 33]
    assert [p.cents for p in Money(cents=-100).allocate([1, 1, 1])] == [-34, -33, -33]
    assert [p.cents for p in Money(cents=7).allocate([0, 5, 0])] == [0, 7, 0]
    for bad in ([], [0, 0], [1, -1]):
        with pytest.raises(cmkit.InvalidArgumentError):
            Money(cents=1).allocate(bad)
    with pytest.raises(TypeError):
        Money(cents=1).allocate([0.5, 0.5])


@settings(max_examples=300, deadline=None)
@given(total=st.integers(min_value=INT64_MIN // 2, max_value=INT64_MAX // 2),
       weights=st.lists(st.integers(min_value=0, max_value=10**12), min_size=1, max_size=20))
def test_allocation_always_sums_to_the_whole(total, weights):
    if sum(weights) == 0:
        weights = weights + [1]
    parts = Money(cents=total).allocate(weights)
    assert sum(p.cents for p in parts) == total
    # every part is within one cent of its exact share (computed independently with Python ints)
    w = sum(weights)
    for part, weight in zip(parts, weights):
        exact_floor = (abs(total) * weight) // w
        assert exact_floor <= abs(part.cents) <= exact_floor + 1


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=INT64_MIN, max_value=INT64_MAX))
def test_print_parse_round_trip(cents):
    m = Money(cents=cents)
    assert Money.parse(str(m)) == m
    assert Money.parse(m.format(cents="always", symbol=False)) == m
