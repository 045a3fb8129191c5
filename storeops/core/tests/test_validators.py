import re

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from storeops.core.validators import PHONE_ERROR, normalize_phone

SEPARATORS = " -.()"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("9876543210", "9876543210"),
        ("98765 43210", "9876543210"),
        ("(987) 654-3210", "9876543210"),
        ("987.654.3210", "9876543210"),
        ("+91 98765 43210", "+919876543210"),
        ("+1 (415) 555-0100", "+14155550100"),
        ("+12345678", "+12345678"),
        ("+123456789012345", "+123456789012345"),
        ("\t98765\n43210 ", "9876543210"),
    ],
)
def test_valid_phones_are_normalised(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "   ", " - . ( ) "])
def test_blank_is_none(raw):
    assert normalize_phone(raw) is None


@pytest.mark.parametrize(
    "raw",
    [
        "987654321",  # 9 digits
        "98765432101",  # 11 digits
        "+1234567",  # 7 digits after +
        "+1234567890123456",  # 16 digits after +
        "++919876543210",
        "91+9876543210",
        "98765-4321x",
        "9876/543210",
        "٩٨٧٦٥٤٣٢١٠",  # Arabic-Indic digits are not ASCII digits
        "９８７６５４３２１０",  # full-width digits
        "+٩١٩٨٧٦٥٤٣٢١٠",
    ],
)
def test_invalid_phones_are_refused(raw):
    with pytest.raises(ValidationError) as info:
        normalize_phone(raw)
    assert info.value.messages == [PHONE_ERROR]
    assert info.value.code == "invalid_phone"


digits = st.text(alphabet="0123456789", min_size=1, max_size=20)
separators = st.text(alphabet=SEPARATORS, max_size=3)


@given(st.lists(st.tuples(separators, digits), min_size=1, max_size=6), st.booleans())
def test_property_separators_never_matter(chunks, plus):
    raw = ("+" if plus else "") + "".join(sep + part for sep, part in chunks)
    clean = ("+" if plus else "") + "".join(part for _, part in chunks)
    count = len(clean) - plus
    valid = (plus and 8 <= count <= 15) or (not plus and count == 10)
    if valid:
        assert normalize_phone(raw) == clean
    else:
        with pytest.raises(ValidationError):
            normalize_phone(raw)


@given(st.text(max_size=30))
def test_property_output_is_always_canonical(raw):
    try:
        result = normalize_phone(raw)
    except ValidationError:
        return
    assert result is None or re.fullmatch(r"[0-9]{10}|\+[0-9]{8,15}", result)
    assert result is None or normalize_phone(result) == result


@given(st.text(alphabet=st.characters(categories=["Nd"]), min_size=10, max_size=10))
def test_property_only_ascii_digits_are_accepted(raw):
    if raw.isascii():
        assert normalize_phone(raw) == raw
    else:
        with pytest.raises(ValidationError):
            normalize_phone(raw)
