"""Demo repair data: the taxonomies and a handful of bookings in every status, through the services."""

import datetime as dt
from typing import Any

from django.utils import timezone

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.bookings.models import Booking, Issue, OtherIssue, Question
from storeops.bookings.services import (
    booking_create,
    booking_update,
    issue_create,
    other_issue_create,
    question_create,
)
from storeops.stores.models import Store

ISSUES = ["Screen", "Battery", "Charging port", "Camera", "Speaker", "Water damage"]
OTHER_ISSUES = [("Data recovery", "1500.00"), ("Screen guard", "299.00"), ("Deep cleaning", "499.00")]
QUESTIONS = ["Is the device switching on?", "Has it been repaired before?", "Is it under warranty?"]
# Each demo booking: (customer name, steps after `pending`, reason of the last step).
BOOKINGS: list[tuple[str, list[str], str]] = [
    ("Ravi Kumar", [], ""),
    ("Meera Nair", ["approved"], ""),
    ("Arjun Shah", ["approved", "in_progress"], ""),
    ("Priya Menon", ["approved", "in_progress", "completed"], ""),
    ("Kiran Rao", ["rejected"], "Model no longer serviced"),
    ("Divya Iyer", ["approved", "cancelled"], "Customer changed plans"),
]


def _taxonomies(actor: Any) -> dict[str, tuple[int, int]]:
    counts = {"issues": [0, 0], "other issues": [0, 0], "questions": [0, 0]}
    for name in ISSUES:
        found = Issue.objects.filter(name__iexact=name).exists()
        if not found:
            issue_create(data={"name": name}, actor=actor)
        counts["issues"][found] += 1
    for name, price in OTHER_ISSUES:
        found = OtherIssue.objects.filter(name__iexact=name).exists()
        if not found:
            other_issue_create(data={"name": name, "estimated_price": price}, actor=actor)
        counts["other issues"][found] += 1
    for position, text in enumerate(QUESTIONS):
        found = Question.objects.filter(question_set_name="INTAKE_DEFAULT", question=text).exists()
        if not found:
            data = {"question_set_name": "INTAKE_DEFAULT", "question": text, "position": position}
            question_create(data=data, actor=actor)
        counts["questions"][found] += 1
    return {kind: (c[0], c[1]) for kind, c in counts.items()}


def seed_bookings(*, actor: Any = None) -> dict[str, tuple[int, int]]:
    """Returns `{type name: (created, existing)}`; adds no bookings when some already exist."""
    counts = _taxonomies(actor)
    existing = Booking.objects.count()
    if existing:
        return {**counts, "bookings": (0, existing)}
    stores = list(Store.objects.filter(is_active=True).order_by("id")[:2])
    customer = User.objects.filter(role=Role.CUSTOMER, username="customer1").first()
    issues = list(Issue.objects.filter(is_active=True).order_by("id").values_list("pk", flat=True))
    today = timezone.localdate()
    for index, (name, steps, reason) in enumerate(BOOKINGS):
        store = stores[index % len(stores)] if stores else None
        advisor = User.objects.filter(role=Role.ADVISOR, store=store, is_active=True).order_by("id").first()
        booking = booking_create(
            data={
                "name": name, "email": f"{name.split()[0].lower()}@example.com", "phone": f"98450000{index:02d}",
                "store": store.pk if store else None, "date": today + dt.timedelta(days=index),
                "time": dt.time(10 + index, 0), "message": "Phone fell in water" if index == 0 else "",
                "details": {"issues": issues[index % len(issues):][:2], "brand": "Apple", "product": "iPhone 13"},
                "responses": [{"question_set_name": "INTAKE_DEFAULT", "question": QUESTIONS[0], "response": "No"}],
            },
            actor=customer if index < 2 else actor,
        )  # fmt: skip
        for step in steps:
            data: dict[str, Any] = {"status": step, "reason": reason if step == steps[-1] else ""}
            if step == "approved" and advisor is not None:
                data["attendant"] = advisor.pk
            booking = booking_update(booking=booking, data=data, actor=actor)
    return {**counts, "bookings": (len(BOOKINGS), 0)}
