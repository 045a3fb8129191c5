"""Bookings for `seed_scale`: taxonomies, and at scale 1 50 000 bookings with issues, responses and history.

Bookings spread over the stores, their advisors and the customers, in every status, with preferred days over
the last year (`created_at` is the seeding time: `auto_now_add`). Each has one or two issues, one response, and
a history entry per step from `pending` to its status. Written in bulk (no audit events or notifications:
volume data, not a record of changes).
"""

import datetime as dt

from django.utils import timezone

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.bookings import selectors
from storeops.bookings.models import (
    Booking,
    BookingIssue,
    BookingStatus,
    BookingStatusChange,
    CustomerResponse,
    Issue,
    OtherIssue,
    Question,
)
from storeops.bookings.services.bookings import REFERENCE_ALPHABET
from storeops.core.cache import namespace_changed
from storeops.core.scale import BATCH_SIZE, ScaleContext
from storeops.stores.models import Store

ISSUES = ["Screen", "Battery", "Charging port", "Camera", "Speaker", "Microphone", "Water damage", "Buttons"]
OTHER_ISSUES = [("Data recovery", "1500.00"), ("Screen guard", "299.00"), ("Deep cleaning", "499.00")]
# The path to each status, so that every seeded history is a valid walk through the workflow.
PATHS: dict[str, list[str]] = {
    BookingStatus.PENDING: [],
    BookingStatus.APPROVED: ["approved"],
    BookingStatus.REJECTED: ["rejected"],
    BookingStatus.CANCELLED: ["approved", "cancelled"],
    BookingStatus.IN_PROGRESS: ["approved", "in_progress"],
    BookingStatus.COMPLETED: ["approved", "in_progress", "completed"],
}


def _references(ctx: ScaleContext, n: int) -> list[str]:
    seen: set[str] = set()
    while len(seen) < n:
        seen.add("BK-" + "".join(ctx.rng.choice(REFERENCE_ALPHABET) for _ in range(8)))
    return sorted(seen, key=lambda _: ctx.rng.random())


def seed_bookings(ctx: ScaleContext) -> dict[str, int]:
    issues = Issue.objects.bulk_create([Issue(name=name) for name in ISSUES])
    OtherIssue.objects.bulk_create([OtherIssue(name=n, estimated_price=p) for n, p in OTHER_ISSUES])
    Question.objects.bulk_create(
        [Question(question_set_name="INTAKE_DEFAULT", question=q, position=i) for i, q in
         enumerate(["Is the device switching on?", "Has it been repaired before?", "Is it under warranty?"])]
    )  # fmt: skip
    stores = list(Store.objects.filter(is_active=True).values_list("pk", flat=True))
    advisors: dict[int, list[int]] = {}
    for pk, store in User.objects.filter(role=Role.ADVISOR, is_active=True).values_list("pk", "store_id"):
        advisors.setdefault(store, []).append(pk)
    customers = list(User.objects.filter(role=Role.CUSTOMER).values_list("pk", flat=True))
    total = ctx.count(50_000)
    now = timezone.now()
    statuses = list(PATHS)
    counts = {"bookings": 0, "booking issues": 0, "booking responses": 0, "booking history": 0}
    references = _references(ctx, total)
    for start in range(0, total, BATCH_SIZE):
        rows = []
        for i in range(start, min(start + BATCH_SIZE, total)):
            store = ctx.rng.choice(stores) if stores and ctx.rng.random() < 0.9 else None
            status = ctx.rng.choice(statuses)
            created = now - dt.timedelta(minutes=ctx.rng.randint(0, 525_600))
            assigned = advisors.get(store or 0) if status != BookingStatus.PENDING else None
            rows.append(Booking(
                reference=references[i], name=f"Customer {i}", email=f"booking{i}@example.com",
                phone=f"98{i:08d}"[-10:], store_id=store, status=status,
                date=(created + dt.timedelta(days=2)).date(), time=dt.time(9 + i % 9, 30),
                attendant_id=ctx.rng.choice(assigned) if assigned else None,
                user_id=ctx.rng.choice(customers) if customers and ctx.rng.random() < 0.3 else None,
                has_details=True, brand="Apple" if i % 2 else "Samsung", product="Phone",
                reason="Customer request" if status in (BookingStatus.CANCELLED, BookingStatus.REJECTED) else "",
                status_changed_at=created,
            ))  # fmt: skip
        created_rows = Booking.objects.bulk_create(rows)
        links, answers, history = [], [], []
        for booking in created_rows:
            for issue in ctx.rng.sample(issues, ctx.rng.randint(1, 2)):
                links.append(BookingIssue(booking=booking, issue=issue))
            answers.append(CustomerResponse(booking=booking, question_set_name="INTAKE_DEFAULT",
                                            question="Is the device switching on?", response="No"))  # fmt: skip
            previous: str = BookingStatus.PENDING
            for step in PATHS[booking.status]:
                history.append(BookingStatusChange(booking=booking, from_status=previous, to_status=step,
                                                   reason=booking.reason if step == booking.status else ""))  # fmt: skip
                previous = step
        BookingIssue.objects.bulk_create(links, batch_size=BATCH_SIZE)
        CustomerResponse.objects.bulk_create(answers, batch_size=BATCH_SIZE)
        BookingStatusChange.objects.bulk_create(history, batch_size=BATCH_SIZE)
        counts["bookings"] += len(created_rows)
        counts["booking issues"] += len(links)
        counts["booking responses"] += len(answers)
        counts["booking history"] += len(history)
    namespace_changed(selectors.CACHE)  # bulk rows bypass the services, which would have said so
    return counts
