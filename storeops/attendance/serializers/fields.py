"""Input fields of the attendance API whose accepted text is exactly what the schema states."""

import re
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from storeops.api.fields import BooleanField

CLOCK_PATTERN = r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$"
_CLOCK = re.compile(CLOCK_PATTERN)


@extend_schema_field({"type": "string", "pattern": CLOCK_PATTERN, "example": "09:00:00"})
class ClockTimeField(serializers.TimeField):
    """A local wall-clock time `HH:MM[:SS]`, rendered `HH:MM:SS`. No offset: a shift time is local to each store."""

    default_error_messages = {"invalid": "Use the format HH:MM or HH:MM:SS."}

    def to_internal_value(self, value: Any) -> Any:
        if not isinstance(value, str) or not _CLOCK.match(value):
            self.fail("invalid")
        return super().to_internal_value(value)


class StrictBooleanField(BooleanField):
    """`true` or `false` (JSON booleans; in form bodies the words), as the schema's boolean says.

    The stock field also takes `1`, `yes`, `on`…, which the schema cannot state; an omitted form field still
    takes the default.
    """

    TRUE_VALUES = {True, "true", "True", "TRUE"}
    FALSE_VALUES = {False, "false", "False", "FALSE"}
    NULL_VALUES: set[Any] = set()
