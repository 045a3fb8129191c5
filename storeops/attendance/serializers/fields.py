"""Input fields of the attendance API whose accepted text is exactly what the schema states."""

import re
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

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
