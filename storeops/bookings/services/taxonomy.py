"""Issues, other issues and intake questions (spec 04 §5): admin writes, each audited."""

from collections.abc import Mapping
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

from storeops.activity import actions
from storeops.activity.services import record, snapshot
from storeops.bookings import selectors
from storeops.bookings.models import BookingIssue, BookingOtherIssue, Issue, OtherIssue, Question
from storeops.core.cache import namespace_changed
from storeops.core.deletion import delete_row
from storeops.core.errors import Conflict
from storeops.core.locking import lock
from storeops.core.services import changed_columns, changes_apply

T = TypeVar("T", Issue, OtherIssue, Question)

# Model → (audit name, writable fields, message of a duplicate name or None when names may repeat).
SPECS: dict[type[models.Model], tuple[str, tuple[str, ...], str | None]] = {
    Issue: ("issue", ("name", "is_active"), "An issue with this name already exists."),
    OtherIssue: (
        "other_issue",
        ("name", "estimated_price", "is_active"),
        "An other issue with this name already exists.",
    ),
    Question: ("question", ("question_set_name", "question", "position", "is_active"), None),
}
LINKS: dict[type[models.Model], type[models.Model]] = {Issue: BookingIssue, OtherIssue: BookingOtherIssue}


def _normalize(data: Mapping[str, Any]) -> dict[str, Any]:
    values = dict(data)
    for key in ("name", "question", "question_set_name"):
        if key in values:
            values[key] = str(values[key] or "").strip()
            if not values[key]:
                raise ValidationError({key: ["This field may not be blank."]})
    return values


def _check_unique(instance: models.Model) -> None:
    message = SPECS[type(instance)][2]
    if message is None:
        return
    others = type(instance)._default_manager.filter(name__iexact=instance.name)  # type: ignore[attr-defined]
    if instance.pk:
        others = others.exclude(pk=instance.pk)
    if others.exists():
        raise ValidationError({"name": [message]})


def _save(instance: models.Model, update_fields: list[str] | None = None) -> None:
    _check_unique(instance)
    try:
        with transaction.atomic():
            instance.save(update_fields=update_fields)
    except IntegrityError:
        _check_unique(instance)  # a concurrent insert of the same name
        raise


def _changed() -> None:
    # Booking outputs show issue names, so a taxonomy write discards cached booking reads too.
    namespace_changed(selectors.CACHE)


@transaction.atomic
def _create(model: type[T], *, data: Mapping[str, Any], actor: Any) -> T:
    name, fields, _ = SPECS[model]
    values = _normalize(data)
    instance = model(**{k: values[k] for k in fields if k in values})
    _save(instance)
    record(actor=actor, action=actions.bookings(name, "created"), entity=instance, changes=snapshot(instance))
    _changed()
    return instance


@transaction.atomic
def _update(instance: T, *, data: Mapping[str, Any], actor: Any) -> T:
    name, fields, _ = SPECS[type(instance)]
    instance = lock(instance)
    changes = changes_apply(instance, _normalize(data), fields)
    if changes:
        _save(instance, changed_columns(instance, changes))
        record(actor=actor, action=actions.bookings(name, "updated"), entity=instance, changes=changes)
        _changed()
    return instance


@transaction.atomic
def _delete(instance: T, *, actor: Any) -> None:
    name = SPECS[type(instance)][0]
    instance = lock(instance)
    link = LINKS.get(type(instance))
    if link is not None:
        field = "issue" if isinstance(instance, Issue) else "other_issue"
        used = link._default_manager.filter(**{field: instance}).count()
        if used:
            raise Conflict(
                f"This {name.replace('_', ' ')} is used by bookings; deactivate it instead.",
                "protected",
                references={"bookings": used},
            )
    delete_row(instance, action=actions.bookings(name, "deleted"), actor=actor)
    _changed()


def issue_create(*, data: Mapping[str, Any], actor: Any) -> Issue:
    return _create(Issue, data=data, actor=actor)


def issue_update(*, issue: Issue, data: Mapping[str, Any], actor: Any) -> Issue:
    return _update(issue, data=data, actor=actor)


def issue_delete(*, issue: Issue, actor: Any) -> None:
    _delete(issue, actor=actor)


def other_issue_create(*, data: Mapping[str, Any], actor: Any) -> OtherIssue:
    return _create(OtherIssue, data=data, actor=actor)


def other_issue_update(*, other_issue: OtherIssue, data: Mapping[str, Any], actor: Any) -> OtherIssue:
    return _update(other_issue, data=data, actor=actor)


def other_issue_delete(*, other_issue: OtherIssue, actor: Any) -> None:
    _delete(other_issue, actor=actor)


def question_create(*, data: Mapping[str, Any], actor: Any) -> Question:
    return _create(Question, data=data, actor=actor)


def question_update(*, question: Question, data: Mapping[str, Any], actor: Any) -> Question:
    return _update(question, data=data, actor=actor)


def question_delete(*, question: Question, actor: Any) -> None:
    _delete(question, actor=actor)
