"""Generic write helpers used by every app's services."""

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


def label_of(model: type[models.Model] | models.Model) -> str:
    """The model's lower-case name (`"product"`), as used in messages and generated slugs."""
    return model._meta.model_name or ""


def changes_apply(
    instance: models.Model, data: Mapping[str, Any], fields: Iterable[str]
) -> dict[str, list[Any]]:
    """Set the listed fields present in `data` on the instance, unsaved.

    Returns `{field: [old, new]}` of what really changed, foreign keys as ids (the audit trail's form). A foreign
    key may be given as an instance or an id.
    """
    changes: dict[str, list[Any]] = {}
    for name in fields:
        if name not in data:
            continue
        field = instance._meta.get_field(name)
        new = data[name]
        if isinstance(field, models.ForeignKey):
            old_id = getattr(instance, field.attname)
            new_id = new.pk if isinstance(new, models.Model) else new
            if old_id != new_id:
                changes[name] = [old_id, new_id]
                setattr(
                    instance, name if isinstance(new, models.Model) or new is None else field.attname, new
                )
        elif getattr(instance, name) != new:
            changes[name] = [getattr(instance, name), new]
            setattr(instance, name, new)
    return changes


def changed_columns(instance: models.Model, changes: dict[str, list[Any]]) -> list[str]:
    """`update_fields` for a save of these changes, plus the model's auto-updated timestamps."""
    meta = instance._meta
    columns = [meta.get_field(name).attname for name in changes]  # type: ignore[union-attr]
    columns += [f.attname for f in meta.concrete_fields if getattr(f, "auto_now", False)]
    return columns


def model_update(
    *, instance: M, fields: Iterable[str], data: Mapping[str, Any]
) -> tuple[M, dict[str, list[Any]]]:
    """Apply the listed fields present in `data`, validate the changed ones and save only them.

    Returns the instance and `{field: [old, new]}` for the audit trail (empty, and no query, when nothing changed).
    """
    changes = changes_apply(instance, data, fields)
    if changes:
        instance.full_clean(exclude=[f.name for f in instance._meta.fields if f.name not in changes])
        instance.save(update_fields=changed_columns(instance, changes))
    return instance, changes
