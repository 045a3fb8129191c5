from django.contrib import admin

from storeops.activity.models import ActivityEvent


@admin.register(ActivityEvent)
class ActivityEventAdmin(admin.ModelAdmin):
    """View-only for everyone, superusers included: the trail is immutable."""

    list_display = [
        "occurred_at",
        "action",
        "actor_label",
        "entity_type",
        "entity_id",
        "entity_label",
        "store_id",
    ]
    list_filter = ["action", "entity_type"]
    search_fields = ["entity_label", "actor_label", "entity_id", "request_id"]
    date_hierarchy = "occurred_at"
    ordering = ["-occurred_at", "-id"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
