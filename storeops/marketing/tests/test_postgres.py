"""PostgreSQL-only: concurrent status changes of one lead have exactly one winner."""

import threading

import pytest
from django.db import connections
from rest_framework.test import APIClient

from storeops.accounts.roles import Role
from storeops.accounts.services.tokens import token_pair_issue
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.marketing.models import CallRequest, ContactRequest
from storeops.marketing.tests.factories import CallRequestFactory, ContactRequestFactory

pytestmark = [pytest.mark.postgres]

THREADS = 12


def _race(path: str, bodies: list[dict]) -> list[object]:  # type: ignore[type-arg]
    admin = UserFactory(role=Role.SYSTEM_ADMIN)
    token = token_pair_issue(user=admin).access
    barrier = threading.Barrier(len(bodies))
    results: list[object] = [None] * len(bodies)

    def work(index: int) -> None:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
        try:
            barrier.wait(timeout=10)
            results[index] = client.patch(path, bodies[index], format="json").status_code
        except Exception as exc:  # noqa: BLE001
            results[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(bodies))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("factory", "model", "url", "prefix"),
    [
        (ContactRequestFactory, ContactRequest, "/api/marketing/contact", "marketing.contact"),
        (CallRequestFactory, CallRequest, "/api/marketing/schedule-call", "marketing.call_request"),
    ],
)
def test_concurrent_identical_transitions_have_one_winner(factory, model, url, prefix):
    lead = factory()
    results = _race(f"{url}/{lead.pk}", [{"status": "contacted", "note": f"by {i}"} for i in range(THREADS)])
    assert sorted(results, key=str) == [200] + [409] * (THREADS - 1)
    lead = model.objects.get(pk=lead.pk)
    assert lead.status == "contacted"
    assert len(lead.history) == 1
    assert ActivityEvent.objects.filter(action=f"{prefix}.status_changed").count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_different_transitions_leave_a_consistent_history():
    lead = ContactRequestFactory()
    bodies = [{"status": "contacted"}, {"status": "closed"}] * (THREADS // 2)
    results = _race(f"/api/marketing/contact/{lead.pk}", bodies)
    assert all(code in (200, 400, 409) for code in results), results
    lead.refresh_from_db()
    steps = [(h["from_status"], h["to_status"]) for h in lead.history]
    # Each winner moved on from the status the previous one left; a closed lead moved no further.
    assert steps in ([("new", "contacted"), ("contacted", "closed")], [("new", "closed")])
    assert results.count(200) == len(steps)
    assert ActivityEvent.objects.filter(action="marketing.contact.status_changed").count() == len(steps)
    assert lead.status == "closed"
