import pytest

from storeops.core.testing import all_returned, race
from storeops.notifications.delivery import deliver
from storeops.notifications.models import Notification
from storeops.notifications.tests.factories import NotificationFactory


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_on_one_row_send_it_exactly_once(sms_gateway):
    sms_gateway.delay = 0.3  # keep the first send in flight while the second worker tries
    row = NotificationFactory(channel="sms", recipient="+919800000001", subject="", body="Once")
    outcomes = all_returned(race(lambda _: deliver(row.pk), 2))
    assert sorted(outcomes) == ["sent", "skipped"]
    assert len(sms_gateway.requests) == 1
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("sent", 1)
    assert Notification.objects.count() == 1
