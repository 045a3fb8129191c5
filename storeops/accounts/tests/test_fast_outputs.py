"""auth/me renders the serializer's bytes; the token's user is read fresh on every request."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from rest_framework.renderers import JSONRenderer

from storeops.accounts import serializers as s
from storeops.accounts.models import User
from storeops.accounts.outputs import me_output
from storeops.accounts.roles import Role
from storeops.accounts.selectors import user_for_token
from storeops.accounts.tests.factories import UserFactory
from storeops.stores.models import Geofence


@pytest.fixture
def people(store, advisor, admin_user):  # type: ignore[no-untyped-def]
    Geofence.objects.create(
        store=store, latitude=Decimal("12.9716"), longitude=Decimal("77.5946"), radius_m=200
    )
    blank = UserFactory(
        username="blank", first_name="", last_name="", phone=None, role=Role.CUSTOMER, last_login=None
    )
    odd = UserFactory(
        username="odd", first_name="Ünï \u2028", last_name='"x" \\', phone="9876543210", role=Role.ADVISOR
    )
    User.objects.filter(pk=odd.pk).update(last_login=datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC))
    return [advisor, admin_user, blank, User.objects.get(pk=odd.pk)]


def test_me_output_matches_the_serializer(people):
    for user in people:
        user = User.objects.get(pk=user.pk)
        assert JSONRenderer().render(me_output(user)) == JSONRenderer().render(s.MeOutput(user).data)


def test_me_endpoint_bytes_match_the_serializer(api, people):
    for user in people:
        response = api(user).get("/api/auth/me")
        assert response.status_code == 200
        assert response.content == JSONRenderer().render(s.MeOutput(User.objects.get(pk=user.pk)).data)


def test_token_user_lookup_matches_the_orm(people):
    for user in people:
        fast, orm = user_for_token(user_id=user.pk), User.objects.get(pk=user.pk)
        assert fast is not None and not fast._state.adding
        fields = [f.attname for f in User._meta.concrete_fields]
        assert [getattr(fast, name) for name in fields] == [getattr(orm, name) for name in fields]
    for bad in (None, "x", True, 0, -1, 2**63, 10**6):
        assert user_for_token(user_id=bad) is None


def test_deactivation_and_version_bump_apply_to_a_token_already_verified(api, advisor):
    client = api(advisor)
    assert client.get("/api/auth/me").status_code == 200
    User.objects.filter(pk=advisor.pk).update(token_version=advisor.token_version + 1)
    assert client.get("/api/auth/me").status_code == 401
    User.objects.filter(pk=advisor.pk).update(token_version=advisor.token_version)
    assert client.get("/api/auth/me").status_code == 200
    User.objects.filter(pk=advisor.pk).update(is_active=False)
    assert client.get("/api/auth/me").status_code == 401


def test_api_calls_get_no_session(api, advisor):
    response = api(advisor).get("/api/auth/me")
    assert "sessionid" not in response.cookies and "Cookie" not in response.get("Vary", "")
    assert response.wsgi_request.__dict__.get("session") is None


def test_me_honours_a_requested_indent(api, advisor):
    client = api(advisor)
    plain = client.get("/api/auth/me")
    assert client.get("/api/auth/me", HTTP_ACCEPT="application/json; indent=0").content == plain.content
    indented = client.get("/api/auth/me", HTTP_ACCEPT="application/json; indent=2")
    assert indented.content.startswith(b'{\n  "id"') and indented.json() == plain.json()
