from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from storeops.notifications.delivery import deliver, deliver_due, schedule_delivery
from storeops.notifications.models import Notification
from storeops.notifications.services import Recipient, notify
from storeops.notifications.tasks import deliver_due_task, deliver_task
from storeops.notifications.tests.conftest import body_of
from storeops.notifications.tests.factories import NotificationFactory

pytestmark = pytest.mark.django_db


def _sms(**kwargs) -> Notification:  # type: ignore[no-untyped-def]
    return NotificationFactory(
        channel="sms", recipient="+919800000001", subject="", body="Your booking", **kwargs
    )


def _make_due(row: Notification) -> None:
    Notification.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))


def test_email_is_sent_and_the_row_marked_sent(smtp_server, settings):
    row = NotificationFactory(
        recipient="asha@example.com", subject="Booking BK-1 approved", body="All good.\n"
    )
    assert deliver(row.pk) == "sent"
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == ("sent", 1, "")
    assert row.sent_at is not None
    [message] = smtp_server.messages
    assert message["Subject"] == "Booking BK-1 approved"
    assert message["To"] == "asha@example.com"
    assert message["From"] == settings.DEFAULT_FROM_EMAIL
    assert message.get_content_type() == "text/plain"
    assert body_of(message).strip() == "All good."
    assert deliver(row.pk) == "skipped"
    assert len(smtp_server.messages) == 1


def test_smtp_down_keeps_the_row_pending_for_a_retry_in_one_minute(smtp_down):
    row = NotificationFactory()
    before = timezone.now()
    assert deliver(row.pk) == "retry"
    row.refresh_from_db()
    assert (row.status, row.attempts, row.sent_at) == ("pending", 1, None)
    assert "Connection" in row.last_error or "refused" in row.last_error.lower()
    expected = before + timedelta(minutes=1)
    assert expected - timedelta(seconds=5) <= row.next_attempt_at <= expected + timedelta(seconds=5)
    assert deliver(row.pk) == "skipped", "not due again before the back-off"


def test_smtp_down_backs_off_then_fails_after_max_attempts(smtp_down, settings):
    settings.NOTIFICATION_MAX_ATTEMPTS = 6
    row = NotificationFactory()
    delays = []
    for _ in range(5):
        start = timezone.now()
        assert deliver_due() == {"sent": 0, "retry": 1, "failed": 0, "skipped": 0}
        row.refresh_from_db()
        delays.append(round((row.next_attempt_at - start).total_seconds() / 60))
        _make_due(row)
    assert delays == [1, 5, 15, 60, 240]
    assert deliver_due() == {"sent": 0, "retry": 0, "failed": 1, "skipped": 0}
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("failed", 6)
    assert row.last_error
    assert deliver_due() == {"sent": 0, "retry": 0, "failed": 0, "skipped": 0}


def test_smtp_permanent_recipient_refusal_fails_at_once(smtp_server):
    smtp_server.refuse["ghost@example.com"] = "550 5.1.1 No such user"
    row = NotificationFactory(recipient="ghost@example.com")
    assert deliver(row.pk) == "failed"
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("failed", 1)
    assert "550" in row.last_error
    assert smtp_server.messages == []


def test_smtp_temporary_recipient_refusal_is_retried(smtp_server):
    smtp_server.refuse["busy@example.com"] = "451 4.3.0 Try again later"
    row = NotificationFactory(recipient="busy@example.com")
    assert deliver(row.pk) == "retry"
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("pending", 1)
    assert "451" in row.last_error


def test_last_error_is_capped_at_1000_characters(smtp_server):
    smtp_server.refuse["ghost@example.com"] = "550 " + "x" * 400
    row = NotificationFactory(recipient="ghost@example.com")
    deliver(row.pk)
    row.refresh_from_db()
    assert 0 < len(row.last_error) <= 1000


def test_sms_gateway_receives_to_message_and_token(sms_gateway):
    row = _sms()
    assert deliver(row.pk) == "sent"
    assert sms_gateway.requests == [
        {"to": ["+919800000001"], "message": ["Your booking"], "token": ["gw-token"]}
    ]
    row.refresh_from_db()
    assert row.status == "sent"


@pytest.mark.parametrize("status", [201, 204])
def test_sms_gateway_any_2xx_is_success(sms_gateway, status):
    sms_gateway.status = status
    row = _sms()
    assert deliver(row.pk) == "sent"


@pytest.mark.parametrize("status", [400, 401, 404, 422])
def test_sms_gateway_client_error_fails_at_once(sms_gateway, status):
    sms_gateway.status = status
    row = _sms()
    assert deliver(row.pk) == "failed"
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("failed", 1)
    assert str(status) in row.last_error


@pytest.mark.parametrize("status", [503, 500, 408, 429])
def test_sms_gateway_server_error_is_retried(sms_gateway, status):
    sms_gateway.status = status
    row = _sms()
    assert deliver(row.pk) == "retry"
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("pending", 1)
    assert str(status) in row.last_error


def test_sms_gateway_redirect_is_not_followed(sms_gateway):
    sms_gateway.status = 302
    sms_gateway.location = sms_gateway.url.replace("/send", "/elsewhere")
    row = _sms()
    assert deliver(row.pk) == "failed"
    assert sms_gateway.paths == ["/send"]
    row.refresh_from_db()
    assert row.status == "failed"
    assert "302" in row.last_error


def test_sms_gateway_timeout_is_retried(sms_gateway, settings):
    settings.SMS_GATEWAY_TIMEOUT = 0.2
    sms_gateway.delay = 0.6
    row = _sms()
    assert deliver(row.pk) == "retry"
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("pending", 1)


def test_sms_gateway_unreachable_is_retried(settings):
    from storeops.notifications.tests.conftest import free_port

    settings.SMS_GATEWAY_URL = f"http://127.0.0.1:{free_port()}/send"
    row = _sms()
    assert deliver(row.pk) == "retry"


def test_row_stuck_in_sending_is_delivered_again_after_its_lease(sms_gateway):
    row = _sms()
    Notification.objects.filter(pk=row.pk).update(
        status="sending", attempts=1, next_attempt_at=timezone.now() + timedelta(minutes=10)
    )
    assert deliver(row.pk) == "skipped", "a worker still holds the lease"
    Notification.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    assert deliver(row.pk) == "sent"
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("sent", 2)
    assert len(sms_gateway.requests) == 1


def test_claim_sets_a_lease_so_a_second_worker_skips(sms_gateway, settings):
    from storeops.notifications.delivery import _claim

    row = _sms()
    claimed = _claim(row.pk)
    assert claimed is not None
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("sending", 1)
    lease = timedelta(minutes=settings.NOTIFICATION_SENDING_TIMEOUT_MINUTES)
    assert row.next_attempt_at > timezone.now() + lease - timedelta(seconds=5)
    assert deliver(row.pk) == "skipped"
    assert sms_gateway.requests == []


def test_deliver_due_sends_only_due_rows_in_a_bounded_batch(sms_gateway):
    due = [_sms() for _ in range(3)]
    later = _sms(next_attempt_at=timezone.now() + timedelta(minutes=5))
    done = _sms(status="sent", sent_at=timezone.now())
    assert deliver_due(limit=2) == {"sent": 2, "retry": 0, "failed": 0, "skipped": 0}
    assert deliver_due(limit=2) == {"sent": 1, "retry": 0, "failed": 0, "skipped": 0}
    assert set(Notification.objects.filter(status="sent").values_list("pk", flat=True)) == {
        *(r.pk for r in due),
        done.pk,
    }
    later.refresh_from_db()
    assert later.status == "pending"
    assert len(sms_gateway.requests) == 3


def test_in_process_delivery_runs_after_commit_without_a_broker(
    smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        notify(
            event="lead.created",
            template="lead_call",
            channels=["email"],
            recipients=[Recipient(email="boss@example.com", audience="staff")],
            context={"lead": {"name": "Ravi", "mobile_no": "+919800000001", "date": None, "time": None}},
        )
        assert smtp_server.messages == []
    assert Notification.objects.get().status == "sent"
    assert smtp_server.messages[0]["Subject"].startswith("Call requested by Ravi")


def test_schedule_delivery_queues_one_task_per_row_with_a_broker(settings, monkeypatch):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:6379/15"
    rows = [NotificationFactory(), NotificationFactory()]
    queued = []
    monkeypatch.setattr(deliver_task, "apply_async", lambda args, **kw: queued.append(args))
    schedule_delivery([r.pk for r in rows])
    assert queued == [[rows[0].pk], [rows[1].pk]]
    assert set(Notification.objects.values_list("status", flat=True)) == {"pending"}


def test_schedule_delivery_survives_an_unreachable_broker(settings, caplog):
    from storeops.notifications.tests.conftest import free_port

    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{free_port()}/0"
    app = deliver_task.app
    old = app.conf.broker_url
    app.conf.broker_url = settings.CELERY_BROKER_URL
    app.pool.force_close_all()
    app._pool = None
    row = NotificationFactory()
    try:
        schedule_delivery([row.pk])
    finally:
        app.conf.broker_url = old
        app._pool = None
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("pending", 0)
    assert f"could not queue notification {row.pk}" in caplog.text


def test_tasks_call_the_delivery_services(sms_gateway):
    first, second = _sms(), _sms()
    assert deliver_task(first.pk) == "sent"
    assert deliver_due_task() == {"sent": 1, "retry": 0, "failed": 0, "skipped": 0}
    assert {r.status for r in Notification.objects.filter(pk__in=[first.pk, second.pk])} == {"sent"}


def test_deliver_notifications_command_prints_counts(sms_gateway, capsys):
    _sms()
    _sms(next_attempt_at=timezone.now() + timedelta(hours=1))
    call_command("deliver_notifications")
    assert capsys.readouterr().out.strip() == "sent=1 retry=0 failed=0 skipped=0"
    sms_gateway.status = 503
    _sms()
    call_command("deliver_notifications", "--limit", "5")
    assert capsys.readouterr().out.strip() == "sent=0 retry=1 failed=0 skipped=0"


def test_deliver_due_sends_a_batch_of_emails_over_one_smtp_connection(smtp_server):
    rows = [NotificationFactory(recipient=f"p{i}@example.com") for i in range(5)]
    assert deliver_due() == {"sent": 5, "retry": 0, "failed": 0, "skipped": 0}
    assert sorted(m["To"] for m in smtp_server.messages) == sorted(r.recipient for r in rows)
    assert len(set(smtp_server.peers)) == 1, "every message of the batch used the same connection"


def test_single_deliveries_each_open_their_own_connection(smtp_server):
    for row in [NotificationFactory(), NotificationFactory()]:
        assert deliver(row.pk) == "sent"
    assert len(set(smtp_server.peers)) == 2


def test_a_refused_recipient_in_a_batch_does_not_stop_the_others(smtp_server):
    smtp_server.refuse["ghost@example.com"] = "550 5.1.1 No such user"
    first = NotificationFactory(recipient="a@example.com")
    ghost = NotificationFactory(recipient="ghost@example.com")
    rest = [NotificationFactory(recipient=f"r{i}@example.com") for i in range(3)]
    assert deliver_due() == {"sent": 4, "retry": 0, "failed": 1, "skipped": 0}
    ghost.refresh_from_db()
    assert ghost.status == "failed"
    assert sorted(m["To"] for m in smtp_server.messages) == sorted(
        [first.recipient, *(r.recipient for r in rest)]
    )
    # The connection is dropped after the failure; the rest share a fresh one.
    assert len(set(smtp_server.peers)) == 2
    assert len(set(smtp_server.peers[1:])) == 1


def test_a_batch_with_the_smtp_server_down_retries_every_row(smtp_down):
    rows = [NotificationFactory() for _ in range(3)]
    assert deliver_due() == {"sent": 0, "retry": 3, "failed": 0, "skipped": 0}
    assert {r.status for r in Notification.objects.filter(pk__in=[r.pk for r in rows])} == {"pending"}
