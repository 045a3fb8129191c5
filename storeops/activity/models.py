from django.conf import settings
from django.db import connections, models, transaction
from django.utils import timezone


class ImmutableEventError(RuntimeError):
    """Raised when code tries to change or remove an activity event."""


class ActivityEventQuerySet(models.QuerySet):
    def update(self, **kwargs):  # type: ignore[no-untyped-def]
        raise ImmutableEventError("Activity events cannot be updated.")

    def delete(self):  # type: ignore[no-untyped-def]
        raise ImmutableEventError("Activity events cannot be deleted; use the retention job.")

    def _prune(self) -> int:
        """Retention deletion; the only path allowed to remove events."""
        connection = connections[self.db]
        with transaction.atomic(using=self.db):
            if connection.vendor != "postgresql":
                return models.QuerySet.delete(self)[0]
            # The table's trigger lets a DELETE through only while this flag is on; switch it off again so
            # the rest of an enclosing transaction stays protected (a failure rolls the flag back anyway).
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL storeops.activity_prune = 'on'")
                deleted = models.QuerySet.delete(self)[0]
                cursor.execute("SET LOCAL storeops.activity_prune = 'off'")
            return deleted


class ActivityEvent(models.Model):
    """One immutable audit record of a state change, written in the same transaction as the change."""

    id = models.BigAutoField(primary_key=True)
    occurred_at = models.DateTimeField(default=timezone.now)
    # No database constraints: the trail must never block or cascade with the rows it describes.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_label = models.CharField(max_length=150)
    actor_role = models.CharField(max_length=32, null=True, blank=True)
    action = models.CharField(max_length=100)
    entity_type = models.CharField(max_length=50)
    entity_id = models.CharField(max_length=64, blank=True, default="")
    entity_label = models.CharField(max_length=255, blank=True, default="")
    store = models.ForeignKey(
        "stores.Store",
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    changes = models.JSONField(default=dict, blank=True)
    reason = models.TextField(blank=True, default="")
    metadata = models.JSONField(default=dict, blank=True)
    request_id = models.CharField(max_length=128, null=True, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)

    objects = ActivityEventQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-id"]
        # Each filter of the read API is served by an index that starts with its column and ends in the list
        # order, so a filtered page (or an export) is read in index order without sorting (docs/activity.md).
        # A btree scans both ways: these also serve `ordering=occurred_at`.
        indexes = [
            models.Index(fields=["-occurred_at", "-id"], name="activity_time_idx"),
            models.Index(fields=["entity_type", "-occurred_at", "-id"], name="activity_entity_type_idx"),
            models.Index(
                fields=["entity_type", "entity_id", "-occurred_at", "-id"], name="activity_entity_idx"
            ),
            models.Index(fields=["actor", "-occurred_at", "-id"], name="activity_actor_idx"),
            # `actor IS NULL` does not return rows in index order from the index above; system events get theirs.
            models.Index(
                fields=["-occurred_at", "-id"],
                condition=models.Q(actor__isnull=True),
                name="activity_system_idx",
            ),
            models.Index(fields=["store", "-occurred_at", "-id"], name="activity_store_idx"),
            # The pattern operator class lets PostgreSQL use this index for `action=<prefix>.*` (LIKE 'x%') too.
            models.Index(
                fields=["action", "-occurred_at", "-id"],
                name="activity_action_idx",
                opclasses=["varchar_pattern_ops", "timestamptz_ops", "int8_ops"],
            ),
            models.Index(fields=["request_id", "-occurred_at", "-id"], name="activity_request_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.entity_type}:{self.entity_id}"

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not self._state.adding:
            raise ImmutableEventError("Activity events cannot be updated.")
        # A new instance carrying an existing id must never turn into an UPDATE of that row.
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise ImmutableEventError("Activity events cannot be deleted; use the retention job.")
