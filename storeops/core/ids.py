"""Row ids taken from client input: ASCII digits naming a value the database's 64-bit keys can hold."""

import re

MAX_ID = 2**63 - 1
ID_ERROR = f"Enter a whole number from 1 to {MAX_ID}."
# `str.isdigit()` and `\d` also accept superscripts and other scripts' digits ("²", "٣"); ids are ASCII.
_DIGITS = re.compile(r"[0-9]+", re.ASCII)


def is_digits(text: str) -> bool:
    """True when `text` is made only of ASCII digits, so that it is meant as an id rather than a slug."""
    return _DIGITS.fullmatch(text) is not None


def parse_id(value: object) -> int | None:
    """The id in `value` (an int, or ASCII digits with optional surrounding spaces), or None if it is not one.

    Only 1..2^63-1 are ids: anything else could never name a row and must not reach the database.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1 <= value <= MAX_ID else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    # Longer strings are out of range anyway; checking the length first keeps int() cheap.
    if not is_digits(text) or len(text.lstrip("0")) > len(str(MAX_ID)):
        return None
    number = int(text)
    return number if 1 <= number <= MAX_ID else None


def _up_to(limit: str) -> str:
    """A regular expression for the numbers with no leading zero from 1 up to `limit` (a digit string)."""
    shorter = f"[1-9][0-9]{{0,{len(limit) - 2}}}" if len(limit) > 1 else ""
    same_length = []
    for position, digit in enumerate(limit):
        lowest = 1 if position == 0 else 0
        if int(digit) > lowest:
            rest = len(limit) - position - 1
            tail = f"[0-9]{{{rest}}}" if rest else ""
            same_length.append(f"{limit[:position]}[{lowest}-{int(digit) - 1}]{tail}")
    same_length.append(limit)
    return "(?:" + "|".join(filter(None, [shorter, *same_length])) + ")"


# ASCII digits naming an id, leading zeros allowed (as `parse_id` reads them): for schemas' `pattern`s.
ID_DIGITS_PATTERN = "0*" + _up_to(str(MAX_ID))
