import pytest
from django.core.management import CommandError, call_command

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.activity.models import ActivityEvent
from storeops.stores.models import Store


def _seed(settings, capsys, *args):
    settings.DEBUG = True
    call_command("seed_demo", *args)
    return capsys.readouterr().out


@pytest.mark.django_db
def test_seed_demo_is_idempotent_and_logins_work(settings, capsys, api):
    first = _seed(settings, capsys)
    assert "stores: created=3 existing=0" in first
    users = User.objects.count()
    events = ActivityEvent.objects.count()
    second = _seed(settings, capsys)
    counts = [line for line in second.splitlines() if "created=" in line]
    assert counts and all("created=0 " in line for line in counts), second
    assert User.objects.count() == users
    assert ActivityEvent.objects.count() == events
    for username in ("admin", "head.mgr", "advisor1.ind", "customer1"):
        response = api().post("/api/auth/login", {"username": username, "password": "storeops-demo"})
        assert response.status_code == 200, username
    for store in Store.objects.all():
        assert store.branch_head.store_id == store.pk
        assert store.geofence.is_active


@pytest.mark.django_db
def test_seed_demo_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo")
    assert not User.objects.exists()


@pytest.mark.django_db
def test_createsuperuser_makes_system_admin(monkeypatch, api):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "Sturdy-pass-2024")
    call_command("createsuperuser", "--noinput", "--username", "root", "--email", "Root@Example.com")
    user = User.objects.get(username="root")
    assert (user.role, user.is_staff, user.is_superuser, user.email) == (
        Role.SYSTEM_ADMIN,
        True,
        True,
        "root@example.com",
    )
    event = ActivityEvent.objects.get(action="accounts.user.created", entity_id=str(user.pk))
    assert event.actor_id is None and event.actor_label == "system"
    assert (
        api().post("/api/auth/login", {"username": "root", "password": "Sturdy-pass-2024"}).status_code == 200
    )


@pytest.mark.django_db
def test_createsuperuser_applies_password_validators(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "12345678")
    with pytest.raises(CommandError):
        call_command("createsuperuser", "--noinput", "--username", "root", "--email", "root@example.com")
    assert not User.objects.exists()


@pytest.mark.django_db
def test_changepassword_goes_through_the_service(monkeypatch, api, advisor):
    client = api(advisor)
    answers = iter(["12345678", "12345678", "New-sturdy-pass-2025", "New-sturdy-pass-2025"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    call_command("changepassword", "advisor")
    advisor.refresh_from_db()
    assert advisor.check_password("New-sturdy-pass-2025")
    assert client.get("/api/auth/me").status_code == 401  # the old session ended
    event = ActivityEvent.objects.get(action="accounts.user.password_changed", entity_id=str(advisor.pk))
    assert event.actor_label == "system"
    assert "New-sturdy" not in str(event.changes) + str(event.metadata)
