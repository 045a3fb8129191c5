"""The schema's patterns for query parameters say exactly what the filters accept, no more and no less."""

import re

import pytest
import yaml
from django.core.exceptions import ValidationError
from django.core.management import call_command
from hypothesis import given
from hypothesis import strategies as st

from storeops.api.filters import REFS_PATTERN, RefsFormField
from storeops.core.ids import ID_DIGITS_PATTERN, MAX_ID, parse_id

REFS = re.compile(REFS_PATTERN)
ID_DIGITS = re.compile(ID_DIGITS_PATTERN)


def accepted(value: str) -> bool:
    try:
        RefsFormField(required=False).clean(value)
    except ValidationError:
        return False
    return True


# Digits near the edges of the id range, with and without leading zeros.
EDGE_NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=2 * MAX_ID),
    st.integers(min_value=MAX_ID - 1000, max_value=MAX_ID + 1000),
    st.sampled_from([0, 1, 9, 10, 10**18 - 1, 10**18, 10**19, MAX_ID, MAX_ID + 1]),
).map(str)


@given(EDGE_NUMBERS, st.sampled_from(["", "0", "000"]))
def test_id_pattern_matches_exactly_the_digits_parse_id_reads(digits, zeros):
    text = zeros + digits
    assert (ID_DIGITS.fullmatch(text) is not None) == (parse_id(text) is not None)


def test_id_pattern_against_every_one_digit_change_of_the_largest_id():
    largest = str(MAX_ID)
    for position in range(len(largest)):
        for digit in "0123456789":
            text = largest[:position] + digit + largest[position + 1 :]
            assert (ID_DIGITS.fullmatch(text) is not None) == (parse_id(text) is not None), text


ITEM = st.one_of(
    EDGE_NUMBERS,
    st.text(alphabet="0123456789 \t\u00a0\u3000ab-_²٣", max_size=8),
    EDGE_NUMBERS.map(lambda digits: f" {digits}\u2003"),
)


@given(st.lists(ITEM, min_size=1, max_size=4))
def test_refs_pattern_matches_exactly_what_the_filter_accepts(items):
    value = ",".join(items)
    assert (REFS.fullmatch(value) is not None) == accepted(value), value


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("iphone-15", True),
        ("12,iphone-15, 7 ", True),
        ("", True),
        (" , ", True),
        ("12 34", True),  # not all digits once stripped: a slug-like text that matches nothing
        ("0", False),
        ("a,9223372036854775808", False),
        ("9223372036854775807", True),
        ("a\x00b", False),
    ],
)
def test_refs_pattern_examples(value, ok):
    assert (REFS.fullmatch(value) is not None) is ok
    assert accepted(value) is ok


def test_refs_filters_carry_the_pattern_in_the_schema(db, tmp_path):
    target = tmp_path / "schema.yml"
    call_command("spectacular", "--file", str(target))
    parameters = yaml.safe_load(target.read_text())["paths"]["/api/price-logs"]["get"]["parameters"]
    by_name = {parameter["name"]: parameter["schema"] for parameter in parameters}
    assert by_name["variant"] == {"type": "string", "pattern": REFS_PATTERN}
    assert by_name["product"] == {"type": "string", "pattern": REFS_PATTERN}
