"""A real Celery worker (solo pool, in a thread) on the project's app and a real broker delivers the outbox.

The broker is Redis (`REDIS_TEST_URL`) or else RabbitMQ on 127.0.0.1:5672; without either the tests are skipped,
which `STOREOPS_REQUIRE_SERVICES=1` turns into a failure (marker `broker`). The database is transactional: the
worker thread must see the rows the request committed.
"""

import os
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from celery import signals
from celery.contrib.testing.worker import start_worker
from kombu import Connection

from config.celery import app as celery_app
from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory
from storeops.marketing.models import ContactRequest
from storeops.notifications.models import Notification
from storeops.notifications.tests.conftest import body_of

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True)]

CANDIDATES = (
    os.environ.get("CELERY_TEST_BROKER_URL", ""),
    os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15"),
    "amqp://guest:guest@127.0.0.1:5672//",
)


def _reachable_broker() -> str | None:
    for url in filter(None, CANDIDATES):
        try:
            with Connection(url, connect_timeout=2) as connection:
                connection.ensure_connection(max_retries=1, timeout=2)
        except Exception:  # noqa: BLE001 - any failure means: not this one
            continue
        return url
    return None


class TaskDone:
    """Collects the outcomes of the `notifications.deliver` tasks the worker finishes."""

    def __init__(self) -> None:
        self.results: list[Any] = []
        self._changed = threading.Condition()

    def __call__(self, sender: Any = None, retval: Any = None, **kwargs: Any) -> None:
        if getattr(sender, "name", "") == "notifications.deliver":
            with self._changed:
                self.results.append(retval)
                self._changed.notify_all()

    def wait(self, count: int, timeout: float = 30) -> list[Any]:
        with self._changed:
            finished = self._changed.wait_for(lambda: len(self.results) >= count, timeout)
        assert finished, f"the worker finished {len(self.results)} of {count} tasks"
        return sorted(self.results)


def _forget_connections() -> None:
    """Drop the app's broker connections and its queue set, both built from the configuration at first use."""
    if celery_app._pool is not None:
        celery_app.pool.force_close_all()
    celery_app._pool = None
    vars(celery_app).pop("amqp", None)


@pytest.fixture(scope="module")
def celery_worker() -> Iterator[tuple[str, TaskDone]]:
    """One worker for the module, consuming a queue of its own; configured once, restored after."""
    url = _reachable_broker()
    if url is None:
        pytest.skip("no Celery broker: neither Redis (REDIS_TEST_URL) nor RabbitMQ on 127.0.0.1:5672 answers")
    queue = f"storeops-test-{uuid.uuid4().hex[:12]}"
    conf = celery_app.conf
    saved = {key: conf[key] for key in ("broker_url", "task_default_queue", "worker_hijack_root_logger")}
    conf.update(broker_url=url, task_default_queue=queue, worker_hijack_root_logger=False)
    _forget_connections()
    done = TaskDone()
    signals.task_postrun.connect(done, weak=False)
    try:
        with start_worker(celery_app, pool="solo", perform_ping_check=False, queues=[queue]):
            yield url, done
    finally:
        signals.task_postrun.disconnect(done)
        with celery_app.connection_for_write() as connection:
            connection.default_channel.queue_delete(queue)
        conf.update(saved)
        _forget_connections()


@pytest.fixture
def worker(celery_worker, settings) -> TaskDone:  # type: ignore[no-untyped-def]
    url, done = celery_worker
    settings.CELERY_BROKER_URL = url  # after commit, rows go to the broker instead of in-process delivery
    done.results.clear()
    return done


def _admins() -> list[Any]:
    return [
        UserFactory(username=f"boss{i}", email=f"boss{i}@example.com", role=Role.SYSTEM_ADMIN) for i in (1, 2)
    ]


CONTACT = {"name": "Asha Rao", "mobile_no": "9800000001", "message": "My phone will not charge."}


def test_a_committed_lead_is_delivered_by_the_worker_over_smtp(api, worker, smtp_server):
    admins = _admins()
    response = api().post("/api/marketing/contact/", CONTACT)
    assert response.status_code == 201
    assert ContactRequest.objects.filter(pk=response.json()["id"]).exists()
    assert worker.wait(2) == ["sent", "sent"]
    rows = Notification.objects.order_by("recipient")
    assert [(r.recipient, r.status, r.attempts) for r in rows] == [
        (admins[0].email, "sent", 1),
        (admins[1].email, "sent", 1),
    ]
    assert sorted(m["To"] for m in smtp_server.messages) == [admins[0].email, admins[1].email]
    assert "My phone will not charge." in body_of(smtp_server.messages[0])


def test_with_the_smtp_server_down_the_worker_leaves_rows_pending_and_the_lead_stays(api, worker, smtp_down):
    _admins()
    response = api().post("/api/marketing/contact/", CONTACT)
    assert response.status_code == 201
    assert worker.wait(2) == ["retry", "retry"]
    assert ContactRequest.objects.filter(pk=response.json()["id"]).exists()
    assert {(r.status, r.attempts) for r in Notification.objects.all()} == {("pending", 1)}
