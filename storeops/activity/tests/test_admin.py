"""The admin site shows events and never changes or deletes them, superusers included."""

import pytest

from storeops.activity.models import ActivityEvent
from storeops.activity.tests.factories import EventFactory


@pytest.fixture
def site(client, admin_user):  # type: ignore[no-untyped-def]
    admin_user.is_superuser = True
    admin_user.is_staff = True
    admin_user.save(update_fields=["is_superuser", "is_staff"])
    client.force_login(admin_user)
    return client


def _snapshot() -> list[dict]:
    return list(ActivityEvent.objects.order_by("pk").values())


def test_list_and_detail_are_viewable(site):
    event = EventFactory(entity_label="Visible brand")
    listing = site.get("/admin/activity/activityevent/")
    assert listing.status_code == 200 and b"Visible brand" in listing.content
    assert b"delete_selected" not in listing.content
    detail = site.get(f"/admin/activity/activityevent/{event.pk}/change/")
    assert detail.status_code == 200
    assert b'name="_save"' not in detail.content  # read-only page: no save button


def test_add_change_and_delete_are_refused(site):
    event = EventFactory()
    before = _snapshot()
    assert site.get("/admin/activity/activityevent/add/").status_code == 403
    assert site.post("/admin/activity/activityevent/add/", {"action": "x.y.z"}).status_code == 403
    change = site.post(
        f"/admin/activity/activityevent/{event.pk}/change/", {"action": "x.y.z", "actor_label": "forged"}
    )
    assert change.status_code == 403
    assert site.get(f"/admin/activity/activityevent/{event.pk}/delete/").status_code == 403
    assert site.post(f"/admin/activity/activityevent/{event.pk}/delete/", {"post": "yes"}).status_code == 403
    bulk = site.post(
        "/admin/activity/activityevent/",
        {"action": "delete_selected", "_selected_action": [event.pk], "post": "yes"},
    )
    assert bulk.status_code in (200, 302)
    assert _snapshot() == before
