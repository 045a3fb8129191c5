"""Leads in the Django admin: read-only rows; status changes only through the audited workflow service."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest

from storeops.accounts.permissions import user_has
from storeops.core.errors import ApplicationError
from storeops.marketing.models import CallRequest, ContactRequest, Lead, LeadStatus
from storeops.marketing.services import lead_update


class LeadAdmin(admin.ModelAdmin):
    list_filter = ["status"]
    search_fields = ["name", "mobile_no", "message"]
    date_hierarchy = "created_at"
    ordering = ["-created_at", "-id"]
    actions = ["mark_contacted", "mark_closed"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Lead | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Lead | None = None) -> bool:
        return False

    def has_workflow_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request) and user_has(request.user, "marketing.manage")

    def _move(self, request: HttpRequest, queryset: QuerySet[Lead], status: str) -> None:
        moved = refused = 0
        for lead in queryset.order_by("pk"):
            try:
                lead_update(lead=lead, data={"status": status}, actor=request.user)
            except (ValidationError, ApplicationError):
                refused += 1
            else:
                moved += 1
        self.message_user(request, f"{moved} marked {status}.", messages.SUCCESS)
        if refused:
            self.message_user(request, f"{refused} skipped: already {status} or past it.", messages.WARNING)

    @admin.action(description="Mark the selected leads contacted", permissions=["workflow"])
    def mark_contacted(self, request: HttpRequest, queryset: QuerySet[Lead]) -> None:
        self._move(request, queryset, LeadStatus.CONTACTED)

    @admin.action(description="Close the selected leads", permissions=["workflow"])
    def mark_closed(self, request: HttpRequest, queryset: QuerySet[Lead]) -> None:
        self._move(request, queryset, LeadStatus.CLOSED)


@admin.register(ContactRequest)
class ContactRequestAdmin(LeadAdmin):
    list_display = ["id", "created_at", "name", "mobile_no", "email", "status"]
    search_fields = [*LeadAdmin.search_fields, "email"]


@admin.register(CallRequest)
class CallRequestAdmin(LeadAdmin):
    list_display = ["id", "created_at", "name", "mobile_no", "date", "time", "status"]
