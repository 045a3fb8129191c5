"""JSON bodies are typed: a value of the wrong JSON type is a 400 naming the field, never coerced.

Out of the box an input field converts what it is given: text fields take numbers (`"name": 0` becomes `"0"`),
booleans take `1` and `"yes"`, integers take `"12"`, decimals take floats. That makes the schema a lie (it says
`string`, the server takes a number) and turns client bugs into silently stored data. Installed once at start-up
(`ApiConfig.ready`), the rules below hold for every serializer of every module:

| field | JSON types accepted |
|---|---|
| text (char, e-mail, regex, slug, URL…) | string |
| decimal | string (money and coordinates are strings, as in responses) |
| integer | integer (not a boolean) |
| boolean | boolean |

Form and multipart bodies carry only text, so there the fields keep converting as before.
"""

from collections.abc import Callable
from typing import Any

from django.http import QueryDict
from rest_framework import serializers
from rest_framework.fields import empty

# Field class, JSON types it takes, and its message (None: the field's own "invalid" message).
RULES: tuple[tuple[type[serializers.Field], tuple[type, ...], str | None], ...] = (
    (serializers.CharField, (str,), None),
    (serializers.DecimalField, (str,), 'A decimal is sent as a string, e.g. "12.50".'),
    (serializers.IntegerField, (int,), None),
    (serializers.BooleanField, (bool,), None),
)


def _from_form(field: serializers.Field) -> bool:
    root = field.root
    return isinstance(getattr(root, "initial_data", None), QueryDict)


def _typed(original: Callable[..., Any], types: tuple[type, ...], message: str | None) -> Callable[..., Any]:
    # Wraps `run_validation` rather than `to_internal_value`, so subclasses that convert on their own (ids,
    # phone numbers, codes) are held to the same rule. Absent and null values keep their usual handling.
    def run_validation(self: serializers.Field, data: Any = empty) -> Any:
        # `bool` is an `int` in Python; it is never a number or text in JSON.
        wrong = not isinstance(data, types) or (isinstance(data, bool) and bool not in types)
        if wrong and data is not empty and data is not None and not _from_form(self):
            raise serializers.ValidationError(message or self.error_messages["invalid"], code="invalid")
        return original(self, data)

    run_validation.strict_json = True  # type: ignore[attr-defined]
    return run_validation


def install() -> None:
    for field_class, types, message in RULES:
        original = field_class.run_validation
        if getattr(original, "strict_json", False):
            continue
        field_class.run_validation = _typed(original, types, message)  # type: ignore[method-assign]
