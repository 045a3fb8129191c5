"""Leads for `seed_scale`: at scale 1, 20 000 contact requests and 5 000 call requests over the last year.

About a fifth are still `new` (the inbox a marketer opens), the rest contacted or closed with the history
entries the workflow would have written. Written in bulk (no audit events or notifications: volume data).
"""

import datetime as dt
from typing import Any

from django.utils import timezone

from storeops.core.cache import namespace_changed
from storeops.core.scale import BATCH_SIZE, ScaleContext
from storeops.marketing.models import CallRequest, ContactRequest, LeadStatus
from storeops.marketing.services import CACHE

# Each status with the steps that lead to it from `new`.
PATHS: dict[str, list[str]] = {
    LeadStatus.NEW: [],
    LeadStatus.CONTACTED: [LeadStatus.CONTACTED],
    LeadStatus.CLOSED: [LeadStatus.CONTACTED, LeadStatus.CLOSED],
}
WEIGHTS = [0.2, 0.3, 0.5]


def _lead(ctx: ScaleContext, i: int, now: dt.datetime) -> dict[str, Any]:
    created = now - dt.timedelta(minutes=ctx.rng.randint(0, 525_600))
    status = ctx.rng.choices(list(PATHS), weights=WEIGHTS)[0]
    history, previous = [], LeadStatus.NEW.value
    for step, to_status in enumerate(PATHS[status], start=1):
        history.append({
            "from_status": previous, "to_status": str(to_status), "note": "Called back" if step == 1 else "",
            "changed_by": None, "changed_by_name": "",
            "changed_at": (created + dt.timedelta(hours=step)).isoformat(),
        })  # fmt: skip
        previous = str(to_status)
    return {
        "name": f"Lead {i}",
        "mobile_no": f"97{i:08d}"[-10:],
        "status": status,
        "history": history,
        "created_at": created,
    }


def seed_leads(ctx: ScaleContext) -> dict[str, int]:
    now = timezone.now()
    contacts = [
        ContactRequest(**_lead(ctx, i, now), email=f"lead{i}@example.com", message="Please call me about a repair.")
        for i in range(ctx.count(20_000))
    ]  # fmt: skip
    ContactRequest.objects.bulk_create(contacts, batch_size=BATCH_SIZE)
    calls = []
    for i in range(ctx.count(5_000)):
        lead = _lead(ctx, i, now)
        slot = lead["created_at"] + dt.timedelta(days=1)
        calls.append(CallRequest(**lead, date=slot.date(), time=dt.time(10 + i % 8), message="Store visit"))
    CallRequest.objects.bulk_create(calls, batch_size=BATCH_SIZE)
    namespace_changed(CACHE)  # bulk rows bypass the services, which would have said so
    return {"contact requests": len(contacts), "call requests": len(calls)}
