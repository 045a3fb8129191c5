"""Writing the audit trail. `record()` is called by services inside the transaction of the change."""

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone

from storeops.activity import actions
from storeops.activity.models import ActivityEvent
from storeops.core.context import get_context
from storeops.core.errors import ApplicationError

# Never stored, whatever a caller passes: these keys, and any key with one of SECRET_WORDS among its
# `_`-separated words (`password_hash`, `refresh_token`, `client_secret`, `Password`…), at any depth.
SECRET_FIELDS = frozenset(
    {"password", "new_password", "current_password", "token", "refresh", "access", "captcha_token", "secret"}
)
SECRET_WORDS = frozenset({"password", "passwd", "secret", "token", "jwt", "otp"})


def is_secret(key: object) -> bool:
    name = str(key).strip().lower().replace("-", "_")
    return name in SECRET_FIELDS or not SECRET_WORDS.isdisjoint(name.split("_"))


_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def entity_type_of(instance: models.Model) -> str:
    return _CAMEL.sub("_", type(instance).__name__).lower()


def to_jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name or None
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [to_jsonable(v) for v in value]
    return str(value)


def _strip_secrets(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_secrets(v) for k, v in value.items() if not is_secret(k)}
    if isinstance(value, list):
        return [_strip_secrets(v) for v in value]
    return value


def clean_changes(changes: Mapping[str, Any] | None) -> dict[str, Any]:
    """JSON-safe values with secret keys removed at any depth."""
    return _strip_secrets(to_jsonable(dict(changes or {})))


def snapshot(instance: models.Model, fields: Iterable[str] | None = None) -> dict[str, Any]:
    """Full field values of a row, for create and delete events."""
    names = fields or [f.name for f in instance._meta.concrete_fields]
    result: dict[str, Any] = {}
    for name in names:
        if is_secret(name):
            continue
        field = instance._meta.get_field(name)
        value = (
            getattr(instance, field.attname)
            if isinstance(field, models.ForeignKey)
            else getattr(instance, name)
        )
        result[name] = to_jsonable(value)
    return result


def _actor_fields(actor: Any) -> tuple[Any, str, str | None]:
    if actor is not None and getattr(actor, "is_authenticated", False):
        return actor, actor.get_username(), getattr(actor, "role", None)
    # A request context means an anonymous caller; outside a request it is the system (commands, jobs).
    return None, ("anonymous" if get_context().request_id else "system"), None


def record(
    *,
    actor: Any,
    action: str,
    entity: models.Model | None = None,
    entity_type: str | None = None,
    entity_id: Any = None,
    entity_label: str | None = None,
    store: Any = None,
    changes: Mapping[str, Any] | None = None,
    reason: str = "",
    metadata: Mapping[str, Any] | None = None,
) -> ActivityEvent:
    """Write one activity event; call it inside the transaction of the change it describes."""
    actor_obj, actor_label, actor_role = _actor_fields(actor)
    if entity is not None:
        entity_type = entity_type or entity_type_of(entity)
        entity_id = entity.pk if entity_id is None else entity_id
        if entity_label is None:
            entity_label = str(entity)
        if store is None:
            store = _store_of(entity)
    context = get_context()
    return ActivityEvent.objects.create(
        actor=actor_obj,
        actor_label=actor_label[:150],
        actor_role=actor_role,
        action=action,
        entity_type=(entity_type or "")[:50],
        entity_id="" if entity_id is None else str(entity_id)[:64],
        entity_label=(entity_label or "")[:255],
        store_id=getattr(store, "pk", store),
        changes=clean_changes(changes),
        reason=reason or "",
        metadata=clean_changes(metadata),
        request_id=context.request_id,
        ip=context.ip,
    )


def _store_of(entity: models.Model) -> Any:
    if type(entity).__name__ == "Store":
        return entity.pk
    return getattr(entity, "store_id", None)


# ----- the trail's own actions: export and retention -----------------------------------------------------


@transaction.atomic
def log_export(*, actor: Any, format: str, filters: Mapping[str, str]) -> ActivityEvent:
    """Commit the `activity.log.exported` event of an export, before any row is streamed.

    The stream itself leaves this event out. No row count is stored: counting the matching rows is a scan of
    all of them before the first byte, seconds at millions of events, and the file itself holds the rows.
    """
    return record(
        actor=actor,
        action=actions.LOG_EXPORTED,
        entity_type="activity_log",
        metadata={"format": format, "filters": dict(filters)},
    )


class RetentionError(ApplicationError):
    pass


def retention_cutoff(*, now: dt.datetime | None = None) -> dt.datetime | None:
    """The oldest moment the retention window still keeps; None while retention is off (keep forever)."""
    days = settings.ACTIVITY_RETENTION_DAYS
    if days <= 0:
        return None
    return (now or timezone.now()) - dt.timedelta(days=days)


def events_prune(*, before: dt.datetime | None = None, dry_run: bool = False, batch_size: int = 5000) -> int:
    """Delete events older than `before` (default: the retention cutoff) in batches; the only deletion path.

    `before` inside the retention window is refused, as is any prune while retention is off. Each batch is
    its own transaction, so a long prune never holds a huge one; the `activity.log.pruned` event is written
    whenever anything was deleted, also when a later batch fails, with the number actually deleted.
    """
    cutoff = retention_cutoff()
    if cutoff is None:
        raise RetentionError(
            "Retention is off (ACTIVITY_RETENTION_DAYS is 0): events are kept forever.", "off"
        )
    before = before or cutoff
    if before > cutoff:
        raise RetentionError(
            f"{before.isoformat()} is inside the retention window; the latest allowed is {cutoff.isoformat()}.",
            "inside_retention_window",
        )
    older = ActivityEvent.objects.filter(occurred_at__lt=before)
    if dry_run:
        return older.count()
    deleted = 0
    try:
        while True:
            batch = older.order_by("occurred_at", "id").values("pk")[:batch_size]
            count = ActivityEvent.objects.filter(pk__in=models.Subquery(batch))._prune()
            deleted += count
            if count < batch_size:
                break
    finally:
        if deleted:
            with transaction.atomic():
                record(
                    actor=None,
                    action=actions.LOG_PRUNED,
                    entity_type="activity_log",
                    metadata={"before": before.isoformat(), "deleted": deleted},
                )
    return deleted
