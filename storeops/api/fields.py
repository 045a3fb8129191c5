from typing import Any

from rest_framework import serializers
from rest_framework.fields import empty

from storeops.core.ids import ID_ERROR, parse_id


class BooleanField(serializers.BooleanField):
    """`true` or `false`: JSON booleans, or those words in a form body, which is what the schema's boolean says.

    DRF's own field also takes `1`, `0`, `yes`, `on`… (and JSON `1` as `true`), which no schema can state. A form
    body that omits the field takes the default, never a silent `false`.
    """

    default_empty_html = empty

    def to_internal_value(self, data: Any) -> bool:
        if isinstance(data, bool):
            return data
        if isinstance(data, str) and data.strip().lower() in ("true", "false"):
            return data.strip().lower() == "true"
        self.fail("invalid", input=data)
        raise AssertionError  # unreachable: fail() raises


class PhoneField(serializers.CharField):
    """Phone rule of the conventions: normalised on input; null or blank means none."""

    def __init__(self, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("allow_null", True)
        kwargs.setdefault("allow_blank", True)
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 32)
        super().__init__(**kwargs)

    def to_internal_value(self, data):  # type: ignore[no-untyped-def]
        from django.core.exceptions import ValidationError

        from storeops.core.validators import normalize_phone

        value = super().to_internal_value(data)
        try:
            return normalize_phone(value)
        except ValidationError as exc:
            raise serializers.ValidationError(exc.messages)

    def validate_empty_values(self, data):  # type: ignore[no-untyped-def]
        if data == "":
            return (True, None)
        return super().validate_empty_values(data)


class LowerEmailField(serializers.EmailField):
    """E-mail addresses are trimmed and lower-cased before validation and storage."""

    def to_internal_value(self, data):  # type: ignore[no-untyped-def]
        if isinstance(data, str):
            data = data.strip().lower()
        return super().to_internal_value(data)


class IdField(serializers.IntegerField):
    """A row id written as a number or ASCII digits within 1..2^63-1, so that it can reach the database."""

    default_error_messages = {"invalid": ID_ERROR}

    def to_internal_value(self, data: Any) -> int:
        number = parse_id(data)
        if number is None:
            self.fail("invalid")
        return number
