"""Field rules shared by every module."""

import re

from django.core.exceptions import ValidationError

_PHONE_STRIP = re.compile(r"[\s\-.()]")
# ASCII digits only: `\d` would also accept other scripts' digits (e.g. "٩٨٧...") and store them as such.
_PHONE_OK = re.compile(r"^([0-9]{10}|\+[0-9]{8,15})$")
PHONE_ERROR = "Enter a valid phone number."


def normalize_phone(value: str | None) -> str | None:
    """Remove spaces, dashes, dots and parentheses; require 10 digits or `+` and 8–15 digits."""
    if value is None:
        return None
    cleaned = _PHONE_STRIP.sub("", str(value))
    if cleaned == "":
        return None
    if not _PHONE_OK.match(cleaned):
        raise ValidationError(PHONE_ERROR, code="invalid_phone")
    return cleaned
