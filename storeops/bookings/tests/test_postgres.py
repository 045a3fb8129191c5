"""PostgreSQL-only: concurrent requests on one booking through the HTTP API (acceptance check 5)."""

import threading
from collections import Counter

import pytest
from django.db import connections
from rest_framework.test import APIClient

from storeops.accounts.roles import Role
from storeops.accounts.services.tokens import token_pair_issue
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.bookings.models import BookingStatusChange, CustomerResponse
from storeops.bookings.tests.factories import BookingFactory
from storeops.notifications.models import Notification
from storeops.stores.tests.factories import StoreFactory

pytestmark = [pytest.mark.postgres]

THREADS = 16


def _client(user) -> APIClient:  # type: ignore[no-untyped-def]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {token_pair_issue(user=user).access}")
    return client


def _race(work) -> list[tuple[int, dict]]:  # type: ignore[no-untyped-def]
    """Run `work(index)` in THREADS threads released together; their (status, body) answers."""
    barrier = threading.Barrier(THREADS)
    answers: list[tuple[int, dict]] = []
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            response = work(index)
            answers.append((response.status_code, response.json()))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            connections.close_all()

    pool = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(timeout=120)
    assert not errors, errors[:3]
    return answers


@pytest.mark.django_db(transaction=True)
def test_sixteen_concurrent_approvals_have_exactly_one_winner(settings):
    settings.SMS_GATEWAY_URL = ""
    admin = UserFactory(role=Role.SYSTEM_ADMIN)
    store = StoreFactory()
    booking = BookingFactory(store=store)
    clients = [_client(admin) for _ in range(THREADS)]
    answers = _race(
        lambda i: clients[i].patch(f"/api/bookings/{booking.pk}", {"status": "approved"}, format="json")
    )
    statuses = Counter(status for status, _ in answers)
    assert statuses == {200: 1, 409: THREADS - 1}, answers
    assert {body["code"] for status, body in answers if status == 409} == {"status_unchanged"}
    assert BookingStatusChange.objects.filter(booking=booking).count() == 1
    assert ActivityEvent.objects.filter(action="bookings.booking.approved").count() == 1
    # One set of rows: the customer and the one admin, by e-mail.
    assert Notification.objects.filter(event="booking.status_changed").count() == 2


@pytest.mark.django_db(transaction=True)
def test_concurrent_conflicting_transitions_leave_one_consistent_history(settings):
    settings.SMS_GATEWAY_URL = ""
    admin = UserFactory(role=Role.SYSTEM_ADMIN)
    booking = BookingFactory(status="approved")
    clients = [_client(admin) for _ in range(THREADS)]
    bodies = [
        {"status": "in_progress"} if i % 2 else {"status": "cancelled", "reason": f"r{i}"}
        for i in range(THREADS)
    ]
    answers = _race(lambda i: clients[i].patch(f"/api/bookings/{booking.pk}", bodies[i], format="json"))
    winners = [body for status, body in answers if status == 200]
    history = list(BookingStatusChange.objects.filter(booking=booking).order_by("id"))
    booking.refresh_from_db()
    # Either one cancel won (then nothing else could follow), or in_progress won and then one cancel.
    assert [h.from_status for h in history] == ["approved", *(["in_progress"] if len(history) == 2 else [])]
    assert history[-1].to_status == booking.status
    assert len(winners) == len(history) in (1, 2)
    assert ActivityEvent.objects.filter(action__startswith="bookings.booking.").count() == len(history)


@pytest.mark.django_db(transaction=True)
def test_concurrent_responses_never_exceed_the_cap(settings):
    settings.BOOKING_MAX_RESPONSES = 5
    booking = BookingFactory()
    answers = _race(
        lambda i: APIClient(REMOTE_ADDR=f"10.0.0.{i + 1}").post(
            "/api/responses", {"booking": booking.reference, "question": f"Q{i}"}, format="json"
        )
    )
    assert Counter(status for status, _ in answers) == {201: 5, 409: THREADS - 5}
    assert CustomerResponse.objects.filter(booking=booking).count() == 5
