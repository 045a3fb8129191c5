import pytest
from django.test import Client

from storeops.activity.models import ActivityEvent
from storeops.notifications.models import Notification
from storeops.notifications.tests.factories import NotificationFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/notifications/notification/"


@pytest.fixture
def site(admin_user) -> Client:
    client = Client()
    client.force_login(admin_user)
    return client


def test_admin_lists_and_shows_rows_read_only(site):
    row = NotificationFactory(recipient="asha@example.com")
    assert b"asha@example.com" in site.get(CHANGELIST).content
    detail = site.get(f"{CHANGELIST}{row.pk}/change/")
    assert detail.status_code == 200
    assert b'name="_save"' not in detail.content
    assert site.get(f"{CHANGELIST}add/").status_code == 403
    assert site.post(f"{CHANGELIST}{row.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Notification.objects.filter(pk=row.pk).exists()


def test_admin_retry_action_requeues_failed_rows_only(site, django_capture_on_commit_callbacks):
    failed = NotificationFactory(status="failed", attempts=6)
    sent = NotificationFactory(status="sent", attempts=1, sent_at=failed.created_at)
    with django_capture_on_commit_callbacks() as callbacks:
        response = site.post(CHANGELIST, {"action": "retry", "_selected_action": [failed.pk, sent.pk]})
    assert response.status_code == 302
    assert len(callbacks) == 1
    failed.refresh_from_db()
    sent.refresh_from_db()
    assert (failed.status, sent.status) == ("pending", "sent")
    event = ActivityEvent.objects.get(action="notifications.notification.retried")
    assert event.entity_id == str(failed.pk)
