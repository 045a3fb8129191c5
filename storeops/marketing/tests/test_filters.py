"""Lead inbox query parameters: one test per filter, refused values, and a query-count guard."""

import datetime as dt

import pytest
from django.utils import timezone

from storeops.marketing.tests.factories import CallRequestFactory, ContactRequestFactory

pytestmark = pytest.mark.django_db

CONTACT = "/api/marketing/contact/"
CALL = "/api/marketing/schedule-call/"


def _ids(client, url, **params):  # type: ignore[no-untyped-def]
    response = client.get(url, params)
    assert response.status_code == 200, response.json()
    return {row["id"] for row in response.json()["results"]}


@pytest.mark.parametrize(("url", "factory"), [(CONTACT, ContactRequestFactory), (CALL, CallRequestFactory)])
def test_filter_status_takes_a_comma_list(api, admin_user, url, factory):
    new, contacted, closed = factory(status="new"), factory(status="contacted"), factory(status="closed")
    client = api(admin_user)
    assert _ids(client, url, status="new") == {new.pk}
    assert _ids(client, url, status="contacted,closed") == {contacted.pk, closed.pk}
    assert _ids(client, url, status="") == {new.pk, contacted.pk, closed.pk}


@pytest.mark.parametrize(("url", "factory"), [(CONTACT, ContactRequestFactory), (CALL, CallRequestFactory)])
def test_filter_created_after_and_before(api, admin_user, url, factory):
    now = timezone.now()
    old = factory(created_at=now - dt.timedelta(days=3))
    mid = factory(created_at=now - dt.timedelta(days=1))
    recent = factory(created_at=now)
    client = api(admin_user)
    cut = (now - dt.timedelta(days=2)).isoformat()
    assert _ids(client, url, created_after=cut) == {mid.pk, recent.pk}
    assert _ids(client, url, created_before=cut) == {old.pk}
    assert _ids(client, url, created_after=mid.created_at.isoformat()) == {mid.pk, recent.pk}
    assert _ids(client, url, created_before=mid.created_at.isoformat()) == {old.pk, mid.pk}


def test_filter_search_contacts(api, admin_user):
    by_name = ContactRequestFactory(name="Meera Iyer")
    by_mobile = ContactRequestFactory(mobile_no="9123456789")
    by_email = ContactRequestFactory(email="meera.work@example.com", name="Someone")
    by_message = ContactRequestFactory(message="Need MEERA's invoice", name="Other")
    ContactRequestFactory(name="Nobody")
    client = api(admin_user)
    assert _ids(client, CONTACT, search="meera") == {by_name.pk, by_email.pk, by_message.pk}
    assert _ids(client, CONTACT, search="23456") == {by_mobile.pk}


def test_filter_search_calls(api, admin_user):
    by_name = CallRequestFactory(name="Meera Iyer")
    by_message = CallRequestFactory(message="about meera")
    by_mobile = CallRequestFactory(mobile_no="+919123456789")
    client = api(admin_user)
    assert _ids(client, CALL, search="MEERA") == {by_name.pk, by_message.pk}
    assert _ids(client, CALL, search="9123456") == {by_mobile.pk}


def test_filter_requested_date_range_is_inclusive(api, admin_user):
    today = timezone.localdate()
    days = [CallRequestFactory(date=today + dt.timedelta(days=n)) for n in range(1, 5)]
    client = api(admin_user)
    first, second, third, fourth = (lead.pk for lead in days)
    d2, d3 = (today + dt.timedelta(days=2)).isoformat(), (today + dt.timedelta(days=3)).isoformat()
    assert _ids(client, CALL, date_from=d2) == {second, third, fourth}
    assert _ids(client, CALL, date_to=d3) == {first, second, third}
    assert _ids(client, CALL, date_from=d2, date_to=d3) == {second, third}


@pytest.mark.parametrize(
    ("url", "param", "value"),
    [
        (CONTACT, "status", "archived"),
        (CONTACT, "status", "new,bogus"),
        (CONTACT, "created_after", "yesterday"),
        (CONTACT, "created_before", "2026-13-01T00:00:00Z"),
        (CALL, "status", "NEW"),
        (CALL, "date_from", "tomorrow"),
        (CALL, "date_to", "2026-02-30"),
    ],
)
def test_bad_filter_values_are_400_naming_the_parameter(api, admin_user, url, param, value):
    response = api(admin_user).get(url, {param: value})
    assert response.status_code == 400
    assert list(response.json()) == [param]


def test_date_filters_are_not_on_contacts(api, admin_user):
    lead = ContactRequestFactory()
    assert _ids(api(admin_user), CONTACT, date_from="2999-01-01") == {lead.pk}


@pytest.mark.parametrize(("url", "factory"), [(CONTACT, ContactRequestFactory), (CALL, CallRequestFactory)])
@pytest.mark.parametrize("page_size", [1, 100])
def test_list_query_count_does_not_grow_with_page_size(
    api, admin_user, url, factory, page_size, django_assert_max_num_queries
):
    for index in range(40):
        factory(
            history=[
                {
                    "from_status": "new",
                    "to_status": "new",
                    "note": f"n{index}",
                    "changed_by": admin_user.pk,
                    "changed_by_name": "Admin",
                    "changed_at": timezone.now().isoformat(),
                }
            ]
        )
    client = api(admin_user)
    with django_assert_max_num_queries(3):
        response = client.get(url, {"page_size": page_size, "status": "new", "search": "a"})
    assert response.status_code == 200
    assert len(response.json()["results"]) == min(page_size, response.json()["count"])
    with django_assert_max_num_queries(3):
        assert client.get(url, {"page_size": page_size}).json()["count"] == 40
