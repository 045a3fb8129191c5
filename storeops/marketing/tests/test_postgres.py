"""PostgreSQL-only: concurrent status changes of one lead have exactly one winner."""

import pytest
from rest_framework.test import APIClient

from storeops.accounts.roles import Role
from storeops.accounts.services.tokens import token_pair_issue
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.core.testing import race
from storeops.marketing.models import CallRequest, ContactRequest
from storeops.marketing.tests.factories import CallRequestFactory, ContactRequestFactory

pytestmark = [pytest.mark.postgres]

THREADS = 12


def _patch_together(path: str, bodies: list[dict]) -> list[int | BaseException]:  # type: ignore[type-arg]
    """PATCH each body as an admin, all at once; each result is a status code or the exception raised."""
    admin = UserFactory(role=Role.SYSTEM_ADMIN)
    token = token_pair_issue(user=admin).access
    clients = [APIClient() for _ in bodies]
    for client in clients:
        client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    return race(
        lambda index: clients[index].patch(path, bodies[index], format="json").status_code, len(bodies)
    )


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
    results = _patch_together(
        f"{url}/{lead.pk}", [{"status": "contacted", "note": f"by {i}"} for i in range(THREADS)]
    )
    assert sorted(results, key=str) == [200] + [409] * (THREADS - 1)
    lead = model.objects.get(pk=lead.pk)
    assert lead.status == "contacted"
    assert len(lead.history) == 1
    assert ActivityEvent.objects.filter(action=f"{prefix}.status_changed").count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_different_transitions_leave_a_consistent_history():
    lead = ContactRequestFactory()
    bodies = [{"status": "contacted"}, {"status": "closed"}] * (THREADS // 2)
    results = _patch_together(f"/api/marketing/contact/{lead.pk}", bodies)
    assert all(code in (200, 400, 409) for code in results), results
    lead.refresh_from_db()
    steps = [(h["from_status"], h["to_status"]) for h in lead.history]
    # Each winner moved on from the status the previous one left; a closed lead moved no further.
    assert steps in ([("new", "contacted"), ("contacted", "closed")], [("new", "closed")])
    assert results.count(200) == len(steps)
    assert ActivityEvent.objects.filter(action="marketing.contact.status_changed").count() == len(steps)
    assert lead.status == "closed"
