"""Lead inbox reads. Only system admins reach them (the permission table), so there is no row scoping."""

from typing import Any

from django.db.models import Q, QuerySet

from storeops.marketing.models import CallRequest, ContactRequest

CONTACT_SEARCH = ("name", "mobile_no", "email", "message")
CALL_SEARCH = ("name", "mobile_no", "message")


def contact_list(*, actor: Any) -> QuerySet[ContactRequest]:
    return ContactRequest.objects.order_by("-created_at", "-id")


def call_request_list(*, actor: Any) -> QuerySet[CallRequest]:
    return CallRequest.objects.order_by("-created_at", "-id")


def lead_search(queryset: QuerySet[Any], value: str, fields: tuple[str, ...]) -> QuerySet[Any]:
    """Rows whose searchable fields contain `value` (case-insensitive)."""
    text = value.strip()
    if not text:
        return queryset
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": text})
    return queryset.filter(condition)
