"""Admin site: every save goes through the bookings services (workflow rules, audit, notifications)."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from storeops.bookings import services
from storeops.bookings.models import (
    Booking,
    BookingStatusChange,
    CustomerResponse,
    Issue,
    OtherIssue,
    Question,
)
from storeops.core.admin import ServiceModelAdmin

TIMES = ("created_at", "updated_at")


class TaxonomyAdmin(ServiceModelAdmin):
    entity: str

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return TIMES

    def service_create(self, data: dict[str, Any], actor: Any) -> Any:
        return getattr(services, f"{self.entity}_create")(data=data, actor=actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> Any:
        return getattr(services, f"{self.entity}_update")(**{self.entity: obj}, data=data, actor=actor)

    def service_delete(self, obj: Any, actor: Any) -> None:
        getattr(services, f"{self.entity}_delete")(**{self.entity: obj}, actor=actor)


@admin.register(Issue)
class IssueAdmin(TaxonomyAdmin):
    entity = "issue"
    fields = ("name", "is_active", *TIMES)
    list_display = ("name", "is_active", "created_at")
    list_filter = ("is_active",)
    search_fields = ("name",)


@admin.register(OtherIssue)
class OtherIssueAdmin(TaxonomyAdmin):
    entity = "other_issue"
    fields = ("name", "estimated_price", "is_active", *TIMES)
    list_display = ("name", "estimated_price", "is_active")
    list_filter = ("is_active",)
    search_fields = ("name",)


@admin.register(Question)
class QuestionAdmin(TaxonomyAdmin):
    entity = "question"
    fields = ("question_set_name", "question", "position", "is_active", *TIMES)
    list_display = ("question_set_name", "position", "question", "is_active")
    list_filter = ("question_set_name", "is_active")
    search_fields = ("question",)


class StatusHistoryInline(admin.TabularInline):
    model = BookingStatusChange
    fields = ("changed_at", "from_status", "to_status", "reason", "changed_by")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ResponseInline(admin.TabularInline):
    model = CustomerResponse
    fields = ("created_at", "question_set_name", "question", "response")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Booking)
class BookingAdmin(ServiceModelAdmin):
    """Staff add bookings without captcha; a change may carry one transition, checked as through the API."""

    fields = (
        "reference", "name", "email", "phone", "address", "message", "store", "date", "time",
        "status", "reason", "attendant", "user", "brand", "product", "picked_issues", "status_changed_at",
        *TIMES,
    )  # fmt: skip
    list_display = ("reference", "name", "status", "store", "attendant", "date", "time", "created_at")
    list_filter = ("status", "store")
    search_fields = ("reference", "name", "email", "phone")
    date_hierarchy = "created_at"
    raw_id_fields = ("attendant", "user")
    inlines = [StatusHistoryInline, ResponseInline]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        fixed = ("reference", "user", "brand", "product", "picked_issues", "status_changed_at", *TIMES)
        return fixed if obj else (*fixed, "status", "reason", "attendant")

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # bookings are cancelled, never deleted

    @admin.display(description="Issues")
    def picked_issues(self, obj: Booking) -> str:
        if obj.pk is None:
            return "—"
        names = [i.name for i in obj.issues.all()] + [o.name for o in obj.other_issues.all()]
        return ", ".join(names) or "—"

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # The inlines are read-only and never saved; the change message still reads their saved-object lists.
        for formset in formsets:
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        super().save_related(request, form, formsets, change)

    def service_create(self, data: dict[str, Any], actor: Any) -> Any:
        return services.booking_create(data=data, actor=actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> Any:
        # The form sends every field; only what changed is a change (an unchanged status is no transition).
        return services.booking_update(booking=obj, data=data, actor=actor)


@admin.register(CustomerResponse)
class CustomerResponseAdmin(admin.ModelAdmin):
    """Read-only: responses are written by customers through the API."""

    list_display = ("booking", "question_set_name", "question", "created_at")
    search_fields = ("booking__reference", "question", "response")
    list_filter = ("question_set_name",)
    readonly_fields = ("booking", "question_set_name", "question", "response", "created_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
