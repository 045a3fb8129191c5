import pytest
from django.test import Client

from storeops.activity.models import ActivityEvent
from storeops.marketing.models import CallRequest, ContactRequest
from storeops.marketing.tests.factories import CallRequestFactory, ContactRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(admin_user) -> Client:
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize(
    ("factory", "model", "path"),
    [
        (ContactRequestFactory, ContactRequest, "/admin/marketing/contactrequest/"),
        (CallRequestFactory, CallRequest, "/admin/marketing/callrequest/"),
    ],
)
def test_admin_lists_and_shows_leads_read_only(site, factory, model, path):
    lead = factory(name="Meera Iyer")
    assert b"Meera Iyer" in site.get(path).content
    detail = site.get(f"{path}{lead.pk}/change/")
    assert detail.status_code == 200
    assert b'name="_save"' not in detail.content
    assert site.get(f"{path}add/").status_code == 403
    assert site.post(f"{path}{lead.pk}/delete/", {"post": "yes"}).status_code == 403
    assert model.objects.filter(pk=lead.pk).exists()


def test_admin_actions_go_through_the_workflow(site, admin_user):
    fresh, done = ContactRequestFactory(), ContactRequestFactory(status="closed")
    path = "/admin/marketing/contactrequest/"
    response = site.post(
        path, {"action": "mark_contacted", "_selected_action": [fresh.pk, done.pk]}, follow=True
    )
    assert response.status_code == 200
    fresh.refresh_from_db()
    done.refresh_from_db()
    assert (fresh.status, done.status) == ("contacted", "closed")
    assert fresh.history[0]["changed_by"] == admin_user.pk
    event = ActivityEvent.objects.get()
    assert (event.action, event.entity_id) == ("marketing.contact.status_changed", str(fresh.pk))
    assert b"1 skipped" in response.content
    site.post(path, {"action": "mark_closed", "_selected_action": [fresh.pk]})
    fresh.refresh_from_db()
    assert fresh.status == "closed"


def test_seed_demo_adds_leads_once(settings, capsys):
    from django.core.management import call_command

    settings.DEBUG = True
    call_command("seed_demo")
    assert "leads: created=5 existing=0" in capsys.readouterr().out
    assert ContactRequest.objects.count() == 3
    assert CallRequest.objects.count() == 2
    assert sorted(ContactRequest.objects.values_list("status", flat=True)) == ["closed", "contacted", "new"]
    assert ActivityEvent.objects.filter(action__startswith="marketing.").count() == 8
    call_command("seed_demo")
    assert "leads: created=0 existing=5" in capsys.readouterr().out
