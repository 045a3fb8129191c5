import pytest

from storeops.accounts.roles import Role
from storeops.accounts.tests.factories import UserFactory

# Shared fixtures of other modules' tests: the captcha provider stand-in, the fixed throttle clock, the Redis
# throttle cache, a local SMTP server (or none) and a local SMS gateway.
from storeops.api.tests.conftest import frozen_clock, redis_throttle, siteverify  # noqa: F401
from storeops.bookings.tests.factories import IssueFactory
from storeops.notifications.tests.conftest import sms_gateway, smtp_down, smtp_server  # noqa: F401


@pytest.fixture
def admin_api(api, admin_user):  # type: ignore[no-untyped-def]
    return api(admin_user)


@pytest.fixture
def issues(db):  # type: ignore[no-untyped-def]
    return [IssueFactory(name="Screen"), IssueFactory(name="Battery")]


@pytest.fixture
def seed_body(issues):  # type: ignore[no-untyped-def]
    """The exact create body of the spec, with the ids of the two issues that exist here."""
    return {
        "name": "John",
        "email": "j@example.com",
        "date": "2024-01-01",
        "time": "10:00",
        "captcha_token": "token",
        "details": {"issues": [issues[0].pk, issues[1].pk], "brand": "Apple", "product": "iPhone"},
        "responses": [{"question_set_name": "A", "question": "Is it working?", "response": "Yes"}],
    }


@pytest.fixture
def store_advisor(store):  # type: ignore[no-untyped-def]
    return UserFactory(role=Role.ADVISOR, store=store)


@pytest.fixture
def captcha(settings, siteverify):  # type: ignore[no-untyped-def]  # noqa: F811
    """Captcha checked against the local provider; `captcha("/fail")` switches its answer."""

    def use(path: str = "/ok") -> None:
        settings.CAPTCHA_SECRET_KEY = "server-secret"
        settings.CAPTCHA_DISABLED = False
        settings.CAPTCHA_VERIFY_URL = siteverify.url(path)

    use()
    return use


@pytest.fixture
def nothing_written(unchanged):  # type: ignore[no-untyped-def]
    """Asserts a refused request left no booking, response, history, notification or audit event."""
    from storeops.bookings.models import Booking, BookingStatusChange, CustomerResponse
    from storeops.notifications.models import Notification

    def check():  # type: ignore[no-untyped-def]
        return unchanged(
            Booking.objects.all(),
            CustomerResponse.objects.all(),
            BookingStatusChange.objects.all(),
            Notification.objects.all(),
        )

    return check
