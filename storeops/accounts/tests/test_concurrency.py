"""Refresh consumption is atomic under concurrency. PostgreSQL only."""

import threading

import pytest
from django.db import connection
from rest_framework.test import APIClient

from storeops.accounts.models import RefreshTokenRecord
from storeops.accounts.services.tokens import token_pair_issue
from storeops.accounts.tests.factories import UserFactory
from storeops.activity.models import ActivityEvent

NOT_VALID = {"detail": "Token is invalid or expired", "code": "token_not_valid"}
REUSED = {"detail": "Refresh token already used; all sessions were signed out.", "code": "token_reused"}
THREADS = 16


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_sixteen_concurrent_refreshes_with_one_token_admit_exactly_one():
    user = UserFactory(username="racer")
    raw = token_pair_issue(user=user).refresh
    barrier = threading.Barrier(THREADS)
    results: list[tuple[int, dict]] = []
    lock = threading.Lock()

    def worker() -> None:
        try:
            client = APIClient()
            barrier.wait(timeout=10)
            response = client.post("/api/token/refresh", {"refresh": raw}, format="json")
            with lock:
                results.append((response.status_code, response.json()))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

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
