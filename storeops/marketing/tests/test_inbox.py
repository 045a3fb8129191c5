"""The lead inbox: admin-only reads and the status workflow, on both lead types."""

import datetime as dt
import json

import pytest
from django.utils import timezone

from storeops.activity.models import ActivityEvent
from storeops.marketing.models import CallRequest, ContactRequest
from storeops.marketing.tests.factories import CallRequestFactory, ContactRequestFactory

pytestmark = pytest.mark.django_db

CONTACT = "/api/marketing/contact/"
CALL = "/api/marketing/schedule-call/"
KINDS = [
    pytest.param(CONTACT, ContactRequestFactory, ContactRequest, "marketing.contact", id="contact"),
    pytest.param(CALL, CallRequestFactory, CallRequest, "marketing.call_request", id="call"),
]
CONTACT_KEYS = [
    "id",
    "name",
    "mobile_no",
    "email",
    "message",
    "created_at",
    "status",
    "history",
    "updated_at",
]
CALL_KEYS = [
    "id",
    "name",
    "mobile_no",
    "date",
    "time",
    "message",
    "created_at",
    "status",
    "history",
    "updated_at",
]


# ----- who may read and change ---------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "factory", "model", "prefix"), KINDS)
def test_anonymous_gets_401_and_nothing_changes(api, url, factory, model, prefix, unchanged):
    lead = factory()
    with unchanged(model.objects.all()):
        for response in (
            api().get(url),
            api().get(f"{url}{lead.pk}/"),
            api().patch(f"{url}{lead.pk}/", {"status": "closed"}),
            api().patch(f"{url}{lead.pk}", {"note": "hi"}),
        ):
            assert response.status_code == 401
            assert response.json()["code"] == "not_authenticated"


@pytest.mark.parametrize("role", ["customer", "advisor", "branch_head"])
@pytest.mark.parametrize(("url", "factory", "model", "prefix"), KINDS)
def test_other_roles_get_403_and_nothing_changes(api, request, role, url, factory, model, prefix, unchanged):
    client = api(request.getfixturevalue(role))
    lead = factory()
    with unchanged(model.objects.all()):
        for response in (
            client.get(url),
            client.get(f"{url}{lead.pk}/"),
            client.patch(f"{url}{lead.pk}/", {"status": "closed", "note": "spam"}),
        ):
            assert response.status_code == 403
            assert response.json()["code"] == "permission_denied"


@pytest.mark.parametrize(("url", "factory", "model", "prefix"), KINDS)
@pytest.mark.parametrize("who", ["anonymous", "admin_user", "customer"])
def test_put_and_delete_are_405_for_everybody(api, request, who, url, factory, model, prefix, unchanged):
    client = api() if who == "anonymous" else api(request.getfixturevalue(who))
    lead = factory()
    with unchanged(model.objects.all()):
        for path in (f"{url}{lead.pk}/", f"{url}{lead.pk}"):
            assert client.put(path, {"status": "closed"}).status_code == 405
            assert client.delete(path).status_code == 405
        assert client.delete(url).status_code == 405


# ----- reading -------------------------------------------------------------------------------------------


def test_admin_lists_contacts_newest_first_with_every_field(api, admin_user):
    older = ContactRequestFactory(created_at=timezone.now() - dt.timedelta(hours=1))
    newer = ContactRequestFactory()
    response = api(admin_user).get(CONTACT)
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    assert [r["id"] for r in body["results"]] == [newer.pk, older.pk]
    first = body["results"][0]
    assert list(first) == CONTACT_KEYS
    assert (first["status"], first["history"], first["email"]) == ("new", [], newer.email)


def test_admin_reads_a_call_request(api, admin_user):
    lead = CallRequestFactory(time=dt.time(10, 0))
    response = api(admin_user).get(f"{CALL}{lead.pk}")
    assert response.status_code == 200
    body = response.json()
    assert list(body) == CALL_KEYS
    assert (body["date"], body["time"], body["status"]) == (lead.date.isoformat(), "10:00:00", "new")


@pytest.mark.parametrize(("url", "factory", "model", "prefix"), KINDS)
def test_a_missing_lead_is_404(api, admin_user, url, factory, model, prefix):
    assert api(admin_user).get(f"{url}999999/").status_code == 404
    assert api(admin_user).patch(f"{url}999999/", {"status": "closed"}).status_code == 404


def test_ties_on_created_at_are_broken_by_id(api, admin_user):
    moment = timezone.now()
    leads = [ContactRequestFactory(created_at=moment) for _ in range(3)]
    ids = [r["id"] for r in api(admin_user).get(CONTACT).json()["results"]]
    assert ids == sorted((lead.pk for lead in leads), reverse=True)
    ids = [r["id"] for r in api(admin_user).get(CONTACT, {"ordering": "created_at"}).json()["results"]]
    assert ids == sorted(lead.pk for lead in leads)


def test_calls_order_by_requested_date_then_time(api, admin_user):
    day = timezone.localdate() + dt.timedelta(days=3)
    late = CallRequestFactory(date=day, time=dt.time(16, 0))
    early = CallRequestFactory(date=day, time=dt.time(9, 0))
    first = CallRequestFactory(date=day - dt.timedelta(days=1), time=dt.time(18, 0))
    ids = [r["id"] for r in api(admin_user).get(CALL, {"ordering": "date"}).json()["results"]]
    assert ids == [first.pk, early.pk, late.pk]
    ids = [r["id"] for r in api(admin_user).get(CALL, {"ordering": "-date"}).json()["results"]]
    assert ids == [late.pk, early.pk, first.pk]


# ----- the workflow --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "factory", "model", "prefix"), KINDS)
def test_the_workflow_new_contacted_closed(api, admin_user, url, factory, model, prefix):
    lead = factory()
    client = api(admin_user)
    response = client.patch(
        f"{url}{lead.pk}/", {"status": "contacted", "note": "Called back, left a message"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "contacted"
    [entry] = body["history"]
    assert entry == {
        "from_status": "new",
        "to_status": "contacted",
        "note": "Called back, left a message",
        "changed_by": admin_user.pk,
        "changed_by_name": admin_user.full_name,
        "changed_at": entry["changed_at"],
    }
    event = ActivityEvent.objects.get()
    assert (event.action, event.reason) == (f"{prefix}.status_changed", "Called back, left a message")
    assert event.changes == {"status": ["new", "contacted"]}
    assert event.actor_id == admin_user.pk

    response = client.patch(f"{url}{lead.pk}", {"status": "closed"})
    assert response.status_code == 200
    assert [(h["from_status"], h["to_status"], h["note"]) for h in response.json()["history"]] == [
        ("new", "contacted", "Called back, left a message"),
        ("contacted", "closed", ""),
    ]

    back = client.patch(f"{url}{lead.pk}/", {"status": "new"})
    assert back.status_code == 400
    assert back.json() == {"status": ["Cannot change status from closed to new."]}
    again = client.patch(f"{url}{lead.pk}/", {"status": "closed"})
    assert again.status_code == 409
    assert again.json()["code"] == "status_unchanged"
    lead.refresh_from_db()
    assert (lead.status, len(lead.history)) == ("closed", 2)
    assert ActivityEvent.objects.count() == 2


@pytest.mark.parametrize(
    ("start", "target", "outcome"),
    [
        ("new", "contacted", 200),
        ("new", "closed", 200),
        ("new", "new", 409),
        ("contacted", "closed", 200),
        ("contacted", "new", 400),
        ("contacted", "contacted", 409),
        ("closed", "new", 400),
        ("closed", "contacted", 400),
        ("closed", "closed", 409),
    ],
)
def test_every_transition_pair(api, admin_user, start, target, outcome, unchanged):
    lead = ContactRequestFactory(status=start)
    client = api(admin_user)
    if outcome != 200:
        with unchanged(ContactRequest.objects.all()):
            response = client.patch(f"{CONTACT}{lead.pk}/", {"status": target})
        assert response.status_code == outcome
        if outcome == 400:
            assert response.json() == {"status": [f"Cannot change status from {start} to {target}."]}
        return
    response = client.patch(f"{CONTACT}{lead.pk}/", {"status": target})
    assert response.status_code == 200
    assert response.json()["status"] == target
    assert ActivityEvent.objects.get().changes == {"status": [start, target]}


@pytest.mark.parametrize(("url", "factory", "model", "prefix"), KINDS)
def test_a_note_alone_adds_a_history_entry_without_a_transition(api, admin_user, url, factory, model, prefix):
    lead = factory(status="contacted")
    response = api(admin_user).patch(f"{url}{lead.pk}/", {"note": "  Wants a quote by Friday  "})
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "contacted"
    assert [(h["from_status"], h["to_status"], h["note"]) for h in body["history"]] == [
        ("contacted", "contacted", "Wants a quote by Friday")
    ]
    event = ActivityEvent.objects.get()
    assert (event.action, event.reason, event.changes) == (f"{prefix}.noted", "Wants a quote by Friday", {})


def test_a_note_on_a_closed_lead_is_allowed(api, admin_user):
    lead = ContactRequestFactory(status="closed")
    response = api(admin_user).patch(f"{CONTACT}{lead.pk}/", {"note": "Duplicate of an earlier lead"})
    assert response.status_code == 200
    assert response.json()["status"] == "closed"


@pytest.mark.parametrize("body", [{}, {"note": "   "}, {"name": "New name"}])
def test_neither_status_nor_note_is_400(api, admin_user, body, unchanged):
    lead = ContactRequestFactory()
    with unchanged(ContactRequest.objects.all()):
        response = api(admin_user).patch(f"{CONTACT}{lead.pk}/", body)
    assert response.status_code == 400
    if body == {"note": "   "}:
        assert response.json() == {"note": ["This field may not be blank."]}
    else:
        assert response.json() == {"status": ["Give a status or a note."]}


@pytest.mark.parametrize(
    ("body", "field"),
    [({"status": "archived"}, "status"), ({"note": "x" * 1001}, "note"), ({"status": 3}, "status")],
)
def test_patch_field_errors(api, admin_user, body, field, unchanged):
    lead = ContactRequestFactory()
    with unchanged(ContactRequest.objects.all()):
        response = api(admin_user).patch(f"{CONTACT}{lead.pk}/", body)
    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_patch_cannot_edit_submission_fields(api, admin_user):
    lead = ContactRequestFactory(name="Asha")
    response = api(admin_user).patch(f"{CONTACT}{lead.pk}/", {"status": "closed", "name": "Someone else"})
    assert response.status_code == 200
    lead.refresh_from_db()
    assert (lead.name, lead.status) == ("Asha", "closed")


def test_reads_change_nothing(api, admin_user):
    lead = ContactRequestFactory()
    before = lead.updated_at
    client = api(admin_user)
    client.get(CONTACT)
    client.get(f"{CONTACT}{lead.pk}/")
    lead.refresh_from_db()
    assert lead.updated_at == before
    assert ActivityEvent.objects.count() == 0


def test_the_list_shows_a_change_at_once(api, admin_user):
    lead = ContactRequestFactory()
    client = api(admin_user)
    assert client.get(CONTACT).json()["results"][0]["status"] == "new"
    assert client.get(f"{CONTACT}{lead.pk}/").json()["status"] == "new"
    client.patch(f"{CONTACT}{lead.pk}/", {"status": "closed"})
    assert client.get(CONTACT).json()["results"][0]["status"] == "closed"
    assert client.get(f"{CONTACT}{lead.pk}/").json()["status"] == "closed"


def test_the_fast_rendering_equals_the_serializer(api, admin_user):
    from storeops.marketing import outputs
    from storeops.marketing.serializers import CallRequestAdminOutput, ContactAdminOutput

    contact = ContactRequestFactory(email="", message="Ünïcode ✓ \u2028 line")
    call = CallRequestFactory(time=dt.time(9, 30, 15))
    client = api(admin_user)
    client.patch(f"{CONTACT}{contact.pk}/", {"status": "contacted", "note": "Rang"})
    client.patch(f"{CALL}{call.pk}/", {"note": "Asked for evening"})
    for model, serializer, columns, row, url in (
        (ContactRequest, ContactAdminOutput, outputs.CONTACT_COLUMNS, outputs.contact_row, CONTACT),
        (CallRequest, CallRequestAdminOutput, outputs.CALL_COLUMNS, outputs.call_row, CALL),
    ):
        instance = model.objects.get()
        values = model.objects.values(*columns).get()
        assert json.dumps(row(values)) == json.dumps(serializer(instance).data)
        assert client.get(f"{url}{instance.pk}/").json() == serializer(instance).data
