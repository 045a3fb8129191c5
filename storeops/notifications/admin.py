from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from storeops.accounts.permissions import user_has
from storeops.core.errors import Conflict
from storeops.notifications.models import Notification
from storeops.notifications.services import notification_retry


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    """Read-only view of the outbox; the only write is the audited retry action."""

    list_display = [
        "id",
        "created_at",
        "event",
        "channel",
        "recipient",
        "status",
        "attempts",
        "next_attempt_at",
    ]
    list_filter = ["status", "channel", "event"]
    search_fields = ["recipient", "entity_id"]
    date_hierarchy = "created_at"
    ordering = ["-created_at", "-id"]
    actions = ["retry"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Notification | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Notification | None = None) -> bool:
        return False

    def has_retry_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request) and user_has(request.user, "notifications.manage")

    @admin.action(description="Retry the selected failed notifications", permissions=["retry"])
    def retry(self, request: HttpRequest, queryset: QuerySet[Notification]) -> None:
        retried = skipped = 0
        for notification in queryset.order_by("pk"):
            try:
                notification_retry(notification=notification, actor=request.user)
            except Conflict:
                skipped += 1
            else:
                retried += 1
        self.message_user(request, f"{retried} queued again.", messages.SUCCESS)
        if skipped:
            self.message_user(
                request, f"{skipped} skipped: only failed notifications can be retried.", messages.WARNING
            )
