from datetime import timedelta

import pytest
from django.utils import timezone

from storeops.accounts.models import User
from storeops.activity.models import ActivityEvent
from storeops.notifications.models import Notification
from storeops.notifications.tests.factories import NotificationFactory

pytestmark = pytest.mark.django_db

URL = "/api/notifications/"

KEYS = {
    "id",
    "event",
    "channel",
    "recipient",
    "recipient_user",
    "audience",
    "subject",
    "body",
    "entity_type",
    "entity_id",
    "status",
    "attempts",
    "last_error",
    "next_attempt_at",
    "sent_at",
    "created_at",
}


def _ids(response) -> list[int]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_list_returns_every_field_newest_first(api, admin_user):
    old = NotificationFactory(created_at=timezone.now() - timedelta(hours=1), recipient_user=admin_user)
    new = NotificationFactory()
    response = api(admin_user).get(URL)
    assert _ids(response) == [new.pk, old.pk]
    body = response.json()
    assert body["count"] == 2
    row = body["results"][1]
    assert set(row) == KEYS
    assert (row["recipient_user"], row["status"], row["attempts"], row["sent_at"]) == (
        admin_user.pk,
        "pending",
        0,
        None,
    )


def test_ties_on_created_at_are_ordered_by_id(api, admin_user):
    at = timezone.now()
    a, b = NotificationFactory(created_at=at), NotificationFactory(created_at=at)
    assert _ids(api(admin_user).get(URL)) == [b.pk, a.pk]
    assert _ids(api(admin_user).get(URL, {"ordering": "created_at"})) == [a.pk, b.pk]
    assert _ids(api(admin_user).get(URL, {"ordering": "recipient"})) == [b.pk, a.pk], "not in the whitelist"


def test_detail_returns_the_row(api, admin_user):
    row = NotificationFactory()
    response = api(admin_user).get(f"{URL}{row.pk}")
    assert response.status_code == 200
    assert set(response.json()) == KEYS
    assert response.json()["id"] == row.pk
    assert api(admin_user).get(f"{URL}{row.pk + 1000}/").status_code == 404


def test_anonymous_gets_401_and_nothing_changes(api, unchanged):
    row = NotificationFactory(status="failed")
    with unchanged(Notification.objects.all()):
        for response in (
            api().get(URL),
            api().get(f"{URL}{row.pk}/"),
            api().post(f"{URL}{row.pk}/retry/"),
        ):
            assert response.status_code == 401
            assert response.json()["code"] == "not_authenticated"


@pytest.mark.parametrize("role", ["advisor", "branch_head", "customer"])
def test_other_roles_get_403_and_nothing_changes(api, role, request, unchanged):
    user = request.getfixturevalue(role)
    row = NotificationFactory(status="failed")
    with unchanged(Notification.objects.all()):
        for response in (
            api(user).get(URL),
            api(user).get(f"{URL}{row.pk}/"),
            api(user).post(f"{URL}{row.pk}/retry/"),
            api(user).post(f"{URL}{row.pk}/retry"),
        ):
            assert response.status_code == 403


def test_writes_other_than_retry_are_405(api, admin_user, unchanged):
    row = NotificationFactory(status="failed")
    client = api(admin_user)
    with unchanged(Notification.objects.all()):
        assert client.post(URL, {"event": "x"}).status_code == 405
        assert client.put(f"{URL}{row.pk}/", {"status": "sent"}).status_code == 405
        assert client.patch(f"{URL}{row.pk}", {"status": "sent"}).status_code == 405
        assert client.delete(f"{URL}{row.pk}/").status_code == 405
        assert client.get(f"{URL}{row.pk}/retry/").status_code == 405


@pytest.mark.parametrize(
    ("param", "value", "match", "other"),
    [
        ("status", "failed", {"status": "failed"}, {"status": "pending"}),
        ("channel", "sms", {"channel": "sms", "recipient": "+919800000001"}, {"channel": "email"}),
        ("event", "booking.created", {"event": "booking.created"}, {"event": "booking.status_changed"}),
        ("entity_type", "booking", {"entity_type": "booking"}, {"entity_type": "user"}),
        ("entity_id", "41", {"entity_id": "41"}, {"entity_id": "410"}),
        ("recipient", "ASHA@", {"recipient": "x.asha@example.com"}, {"recipient": "ravi@example.com"}),
    ],
)
def test_list_filters(api, admin_user, param, value, match, other):
    wanted = NotificationFactory(**match)
    NotificationFactory(**other)
    assert _ids(api(admin_user).get(URL, {param: value})) == [wanted.pk]


def test_filter_created_after(api, admin_user):
    now = timezone.now()
    NotificationFactory(created_at=now - timedelta(days=2))
    recent = NotificationFactory(created_at=now - timedelta(hours=1))
    since = (now - timedelta(days=1)).isoformat()
    assert _ids(api(admin_user).get(URL, {"created_after": since})) == [recent.pk]


def test_filter_created_before(api, admin_user):
    now = timezone.now()
    old = NotificationFactory(created_at=now - timedelta(days=2))
    NotificationFactory(created_at=now - timedelta(hours=1))
    until = (now - timedelta(days=1)).isoformat()
    assert _ids(api(admin_user).get(URL, {"created_before": until})) == [old.pk]


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("created_after", "yesterday"),
        ("created_before", "2026-13-40T00:00"),
        ("status", "lost"),
        ("channel", "fax"),
    ],
)
def test_bad_filter_values_are_400_naming_the_field(api, admin_user, param, value):
    response = api(admin_user).get(URL, {param: value})
    assert response.status_code == 400
    assert list(response.json()) == [param]


@pytest.mark.parametrize("page_size", [1, 100])
def test_list_query_count_does_not_grow_with_page_size(
    api, admin_user, django_assert_max_num_queries, page_size
):
    users = [User.objects.create(username=f"u{i}", email=f"u{i}@example.com") for i in range(3)]
    for i in range(30):
        NotificationFactory(recipient_user=users[i % 3])
    client = api(admin_user)
    with django_assert_max_num_queries(4):
        response = client.get(URL, {"page_size": page_size})
    assert len(response.json()["results"]) == min(page_size, 30)


def test_retry_puts_a_failed_row_back_and_delivers_it(
    api, admin_user, smtp_server, django_capture_on_commit_callbacks
):
    row = NotificationFactory(
        status="failed",
        attempts=6,
        last_error="SMTP down",
        next_attempt_at=timezone.now() - timedelta(days=1),
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = api(admin_user).post(f"{URL}{row.pk}/retry/")
    assert response.status_code == 200, response.content
    body = response.json()
    assert set(body) == KEYS
    assert (body["id"], body["status"], body["attempts"]) == (row.pk, "pending", 6)
    event = ActivityEvent.objects.get(action="notifications.notification.retried")
    assert (event.actor_id, event.entity_type, event.entity_id) == (
        admin_user.pk,
        "notification",
        str(row.pk),
    )
    assert event.changes["status"] == ["failed", "pending"]
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == ("sent", 7, "")
    assert len(smtp_server.messages) == 1


def test_retry_without_trailing_slash(api, admin_user, django_capture_on_commit_callbacks):
    row = NotificationFactory(status="failed", attempts=1)
    with django_capture_on_commit_callbacks() as callbacks:
        response = api(admin_user).post(f"{URL}{row.pk}/retry")
    assert response.status_code == 200
    assert len(callbacks) == 1
    row.refresh_from_db()
    assert row.status == "pending"
    assert row.next_attempt_at <= timezone.now()


@pytest.mark.parametrize("status", ["sent", "pending", "sending"])
def test_retry_refuses_rows_that_are_not_failed(api, admin_user, status, unchanged):
    extra = {"sent_at": timezone.now()} if status == "sent" else {}
    row = NotificationFactory(status=status, attempts=1, **extra)
    with unchanged(Notification.objects.all()):
        response = api(admin_user).post(f"{URL}{row.pk}/retry/")
    assert response.status_code == 409
    assert response.json() == {"detail": "Only a failed notification can be retried.", "code": "not_failed"}


def test_retry_of_a_missing_row_is_404(api, admin_user):
    assert api(admin_user).post(f"{URL}999999/retry/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_register_answers_201_while_the_smtp_server_is_down(api, smtp_down):
    response = api().post(
        "/api/auth/register",
        {"username": "newbie", "email": "newbie@example.com", "password": "Sturdy-pass-2024"},
        format="json",
    )
    assert response.status_code == 201, response.content
    row = Notification.objects.get(event="account.verify_email")
    # Delivery ran in-process after commit and failed; the failure is on the row, not in the response.
    assert (row.recipient, row.status, row.attempts) == ("newbie@example.com", "pending", 1)
    assert row.last_error
