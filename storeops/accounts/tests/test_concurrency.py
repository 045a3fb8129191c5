"""Refresh consumption is atomic under concurrency. PostgreSQL only."""

import pytest
from rest_framework.test import APIClient

from storeops.accounts.models import RefreshTokenRecord
from storeops.accounts.services.tokens import token_pair_issue
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent
from storeops.core.testing import all_returned, race

NOT_VALID = {"detail": "Token is invalid or expired", "code": "token_not_valid"}
REUSED = {"detail": "Refresh token already used; all sessions were signed out.", "code": "token_reused"}
THREADS = 16


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_sixteen_concurrent_refreshes_with_one_token_admit_exactly_one():
    user = UserFactory(username="racer")
    raw = token_pair_issue(user=user).refresh
    clients = [APIClient() for _ in range(THREADS)]

    def worker(index: int) -> tuple[int, dict]:
        response = clients[index].post("/api/token/refresh", {"refresh": raw}, format="json")
        return response.status_code, response.json()

    results = all_returned(race(worker, THREADS))
    assert len(results) == THREADS
    statuses = sorted(status for status, _ in results)
    assert statuses == [200] + [401] * (THREADS - 1)
    losers = [body for status, body in results if status == 401]
    assert all(body in (REUSED, NOT_VALID) for body in losers)
    assert REUSED in losers
    winner = next(body for status, body in results if status == 200)
    after = APIClient().post("/api/token/refresh", {"refresh": winner["refresh"]}, format="json")
    assert after.status_code == 401
    follow = APIClient()
    follow.credentials(HTTP_AUTHORIZATION=f"Bearer {winner['access']}")
    assert follow.get("/api/auth/me").status_code == 401
    assert not RefreshTokenRecord.objects.filter(user=user, blacklisted_at=None).exists()
    assert RefreshTokenRecord.objects.filter(user=user, blacklist_reason="rotated").count() == 1
    assert ActivityEvent.objects.filter(action="auth.token.reuse_detected", entity_id=str(user.pk)).exists()
