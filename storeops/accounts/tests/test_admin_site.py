"""The admin site writes through the services: audit events, invariants and validators apply there too."""

import pytest

from storeops.accounts.models import User
from storeops.accounts.roles import Role
from storeops.activity.models import ActivityEvent
from storeops.stores.models import Store


@pytest.fixture
def site(client, admin_user):
    client.force_login(admin_user)
    return client


def _user_form(**overrides):
    data = {
        "username": "newbie",
        "email": "Newbie@Example.com",
        "password": "Sturdy-pass-2024",
        "first_name": "",
        "last_name": "",
        "phone": "",
        "role": "advisor",
        "store": "",
        "is_active": "on",
    }
    data.update(overrides)
    return data


def test_admin_site_creates_user_through_service(site, store):
    response = site.post("/admin/accounts/user/add/", _user_form(store=store.pk))
    assert response.status_code == 302, response.content[:2000]
    user = User.objects.get(username="newbie")
    assert user.email == "newbie@example.com"
    assert user.role == Role.ADVISOR and user.store_id == store.pk
    assert user.check_password("Sturdy-pass-2024")
    event = ActivityEvent.objects.get(action="accounts.user.created", entity_id=str(user.pk))
    assert event.actor_label == "admin"
    assert "password" not in event.changes


def test_admin_site_shows_service_refusal_as_form_error(site, store, branch_head, unchanged):
    with unchanged(User.objects.all(), Store.objects.all()):
        response = site.post("/admin/accounts/user/add/", _user_form(role="branch_head", store=store.pk))
    assert response.status_code == 200
    assert b"already has a branch head" in response.content


def test_admin_site_rejects_weak_password(site, unchanged):
    with unchanged(User.objects.all()):
        response = site.post("/admin/accounts/user/add/", _user_form(password="123"))
    assert response.status_code == 200
    assert b"too short" in response.content


def test_admin_site_deactivates_instead_of_deleting(site, advisor):
    response = site.post(f"/admin/accounts/user/{advisor.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    advisor.refresh_from_db()
    assert advisor.is_active is False
    ActivityEvent.objects.get(action="accounts.user.deactivated", entity_id=str(advisor.pk))


def test_admin_site_store_head_assignment_keeps_invariants(site, store, other_store, branch_head):
    data = {
        "name": other_store.name,
        "code": other_store.code,
        "address": "",
        "phone": "",
        "email": "",
        "latitude": "",
        "longitude": "",
        "timezone": "Asia/Kolkata",
        "store_type": "BRANCH",
        "branch_head": branch_head.pk,
        "is_active": "on",
    }
    response = site.post(f"/admin/stores/store/{other_store.pk}/change/", data)
    assert response.status_code == 302, response.content[:2000]
    store.refresh_from_db()
    other_store.refresh_from_db()
    branch_head.refresh_from_db()
    assert store.branch_head_id is None
    assert other_store.branch_head_id == branch_head.pk
    assert branch_head.store_id == other_store.pk
    assert (
        ActivityEvent.objects.filter(
            action="stores.store.branch_head_assigned", entity_id=str(other_store.pk)
        ).count()
        == 1
    )
    assert (
        ActivityEvent.objects.filter(
            action="stores.store.branch_head_removed", entity_id=str(store.pk)
        ).count()
        == 1
    )


def test_activity_admin_is_view_only(site, admin_user):
    event = ActivityEvent.objects.create(actor_label="system", action="x.y.z", entity_type="thing")
    assert site.get("/admin/activity/activityevent/").status_code == 200
    assert site.get(f"/admin/activity/activityevent/{event.pk}/change/").status_code == 200
    assert site.get("/admin/activity/activityevent/add/").status_code == 403
    assert site.post(f"/admin/activity/activityevent/{event.pk}/delete/", {"post": "yes"}).status_code == 403
    assert ActivityEvent.objects.filter(pk=event.pk).exists()
