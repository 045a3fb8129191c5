"""Demo leads: a few contact and call requests, some already worked, through the services."""

import datetime as dt
from typing import Any

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.core.time import local_today
from storeops.marketing.models import CallRequest, ContactRequest
from storeops.marketing.services import call_request_create, contact_create, lead_update

CONTACTS = [
    ("Asha Rao", "9800000101", "asha.rao@example.com", "Do you replace cracked screens on the same day?"),
    ("Vikram Shah", "9800000102", "", "Looking for a refurbished phone under 15,000."),
    ("Meera Iyer", "+919800000103", "meera@example.com", "Is my tablet still under your warranty?"),
]
CALLS = [
    ("Ravi Kumar", "9800000201", 1, dt.time(10, 30), "Battery drains fast."),
    ("Fatima Khan", "9800000202", 2, dt.time(16, 0), ""),
]


def seed_marketing(*, actor: Any = None) -> dict[str, tuple[int, int]]:
    """Returns `{type name: (created, existing)}`; adds nothing when leads already exist."""
    existing = ContactRequest.objects.count() + CallRequest.objects.count()
    if existing:
        return {"leads": (0, existing)}
    admin = actor or User.objects.filter(role=Role.SYSTEM_ADMIN, is_active=True).order_by("pk").first()
    contacts = [
        contact_create(data={"name": n, "mobile_no": m, "email": e, "message": t}, actor=None)
        for n, m, e, t in CONTACTS
    ]
    today = local_today()
    calls = [
        call_request_create(
            data={"name": n, "mobile_no": m, "date": today + dt.timedelta(days=d), "time": t, "message": x},
            actor=None,
        )
        for n, m, d, t, x in CALLS
    ]
    lead_update(lead=contacts[0], data={"status": "contacted", "note": "Quoted for a screen."}, actor=admin)
    lead_update(lead=contacts[1], data={"status": "closed", "note": "Duplicate request."}, actor=admin)
    lead_update(lead=calls[0], data={"note": "Prefers Kannada."}, actor=admin)
    return {"leads": (len(contacts) + len(calls), 0)}
