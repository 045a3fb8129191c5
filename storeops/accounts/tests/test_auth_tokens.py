"""Refresh rotation, reuse detection, logout and verify."""

from datetime import timedelta

import pytest
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken, RefreshToken

from storeops.accounts.models import RefreshTokenRecord, User
from storeops.accounts.services.tokens import token_pair_issue
from storeops.accounts.tests.helpers import assert_no_secret_in_events, bearer, events, login, refresh
from storeops.activity import actions

ME = "/api/auth/me"
NOT_VALID = {"detail": "Token is invalid or expired", "code": "token_not_valid"}
REUSED = {"detail": "Refresh token already used; all sessions were signed out.", "code": "token_reused"}


def record_of(raw: str) -> RefreshTokenRecord:
    return RefreshTokenRecord.objects.get(jti=RefreshToken(raw)["jti"])


def logout(raw=None, client=None, **extra):  # type: ignore[no-untyped-def]
    data = {} if raw is None else {"refresh": raw}
    return (client or APIClient()).post("/api/auth/logout", data, format="json", **extra)


# ---------- claims ----------


def test_tokens_carry_documented_claims(advisor):
    body = login("advisor").json()

    access, refresh_token = AccessToken(body["access"]), RefreshToken(body["refresh"])
    for token, kind in ((access, "access"), (refresh_token, "refresh")):
        assert {"token_type", "jti", "iat", "exp", "user_id", "ver"} <= set(token.payload)
        assert token["token_type"] == kind
        assert int(token["user_id"]) == advisor.pk
        assert token["ver"] == advisor.token_version
    assert timedelta(minutes=14) < timedelta(seconds=access["exp"] - access["iat"]) <= timedelta(minutes=15)
    assert timedelta(seconds=refresh_token["exp"] - refresh_token["iat"]) == timedelta(days=7)
    rec = record_of(body["refresh"])
    assert (rec.user_id, rec.blacklisted_at, rec.blacklist_reason) == (advisor.pk, None, "")


# ---------- refresh ----------


def test_refresh_rotates(advisor):
    first = login("advisor").json()["refresh"]

    response = refresh(first)

    assert response.status_code == 200
    pair = response.json()
    assert set(pair) == {"access", "refresh"}
    assert pair["refresh"] != first
    assert bearer(pair["access"]).get(ME).status_code == 200
    rotated = record_of(first)
    assert rotated.blacklist_reason == "rotated"
    assert rotated.blacklisted_at is not None
    assert record_of(pair["refresh"]).blacklisted_at is None


def test_reused_refresh_revokes_the_whole_family(advisor):
    first = login("advisor").json()["refresh"]
    newest = refresh(first).json()
    other_session = login("advisor").json()

    reused = refresh(first)

    assert reused.status_code == 401
    assert reused.json() == REUSED
    after_newest = refresh(newest["refresh"])
    assert (after_newest.status_code, after_newest.json()) == (401, NOT_VALID)
    assert refresh(other_session["refresh"]).status_code == 401
    assert bearer(newest["access"]).get(ME).status_code == 401
    assert bearer(other_session["access"]).get(ME).status_code == 401
    assert record_of(first).blacklist_reason == "rotated"
    assert record_of(newest["refresh"]).blacklist_reason == "revoked"
    assert record_of(other_session["refresh"]).blacklist_reason == "revoked"
    assert not RefreshTokenRecord.objects.filter(user=advisor, blacklisted_at=None).exists()
    advisor.refresh_from_db()
    assert advisor.token_version == 1
    assert login("advisor").status_code == 200


def test_reuse_writes_event(advisor):
    first = login("advisor").json()["refresh"]
    refresh(first)
    login("advisor")

    refresh(first)

    event = events(actions.TOKEN_REUSE_DETECTED).get()
    assert (event.actor_id, event.entity_type, event.entity_id) == (None, "user", str(advisor.pk))
    assert event.metadata["revoked_tokens"] == 2
    assert_no_secret_in_events(first)


def test_refresh_with_access_token_is_401(advisor):
    access = login("advisor").json()["access"]

    response = refresh(access)

    assert (response.status_code, response.json()) == (401, NOT_VALID)


@pytest.mark.parametrize("raw", ["garbage", "a.b.c"])
def test_refresh_with_garbage_is_401(db, raw):
    response = refresh(raw)

    assert (response.status_code, response.json()) == (401, NOT_VALID)


def test_refresh_with_bad_signature_is_401(advisor):
    raw = login("advisor").json()["refresh"]
    head, payload, signature = raw.split(".")
    tampered = f"{head}.{payload}.{signature[::-1]}"

    assert refresh(tampered).json() == NOT_VALID
    assert record_of(raw).blacklisted_at is None


def test_expired_refresh_is_401(advisor):
    token = RefreshToken.for_user(advisor)
    token["ver"] = advisor.token_version
    token.set_exp(lifetime=-timedelta(seconds=1))

    assert refresh(str(token)).json() == NOT_VALID


def test_refresh_of_inactive_user_is_401(advisor):
    raw = login("advisor").json()["refresh"]
    User.objects.filter(pk=advisor.pk).update(is_active=False)

    assert refresh(raw).json() == NOT_VALID


def test_refresh_missing_is_400(db):
    response = APIClient().post("/api/token/refresh", {}, format="json")

    assert (response.status_code, response.json()) == (400, {"refresh": ["This field is required."]})


# ---------- logout ----------


def test_logout_blacklists_only_that_session(advisor):
    session = login("advisor").json()
    other = login("advisor").json()

    response = logout(session["refresh"])

    assert response.status_code == 205
    assert response.content == b""
    assert (refresh(session["refresh"]).status_code, refresh(session["refresh"]).json()) == (401, NOT_VALID)
    assert record_of(session["refresh"]).blacklist_reason == "logout"
    assert bearer(other["access"]).get(ME).status_code == 200
    assert refresh(other["refresh"]).status_code == 200
    assert not events(actions.TOKEN_REUSE_DETECTED).exists()
    event = events(actions.LOGOUT).get()
    assert (event.actor_id, event.entity_id) == (advisor.pk, str(advisor.pk))


def test_logout_leaves_access_token_valid_until_expiry(advisor):
    session = login("advisor").json()

    logout(session["refresh"])

    assert bearer(session["access"]).get(ME).status_code == 200


def test_logout_twice_is_205_without_second_event(advisor):
    raw = login("advisor").json()["refresh"]
    logout(raw)

    assert logout(raw).status_code == 205
    assert events(actions.LOGOUT).count() == 1


def test_logout_with_own_access_token(advisor):
    session = login("advisor").json()

    assert logout(session["refresh"], bearer(session["access"])).status_code == 205


def test_logout_with_another_users_access_token_is_refused(advisor, customer, unchanged):
    theirs = login("advisor").json()
    mine = bearer(login("customer").json()["access"])

    with unchanged(RefreshTokenRecord.objects.all()):
        response = logout(theirs["refresh"], mine)

    assert (response.status_code, response.json()) == (400, {"refresh": ["Token belongs to another user."]})
    assert refresh(theirs["refresh"]).status_code == 200


@pytest.mark.parametrize(
    ("raw", "errors"),
    [
        (None, {"refresh": ["This field is required."]}),
        ("garbage", {"refresh": ["Token is invalid or expired."]}),
        ("", {"refresh": ["This field may not be blank."]}),
    ],
)
def test_logout_bad_input_is_400(db, unchanged, raw, errors):
    with unchanged(RefreshTokenRecord.objects.all()):
        response = logout(raw)

    assert (response.status_code, response.json()) == (400, errors)


def test_logout_with_access_token_as_refresh_is_400(advisor, unchanged):
    access = login("advisor").json()["access"]

    with unchanged(RefreshTokenRecord.objects.all()):
        response = logout(access)

    assert (response.status_code, response.json()) == (400, {"refresh": ["Token is invalid or expired."]})


def test_logout_with_expired_refresh_is_400(advisor):
    token = RefreshToken.for_user(advisor)
    token.set_exp(lifetime=-timedelta(seconds=1))

    assert logout(str(token)).json() == {"refresh": ["Token is invalid or expired."]}


# ---------- verify ----------


def verify(raw: str):  # type: ignore[no-untyped-def]
    return APIClient().post("/api/token/verify", {"token": raw}, format="json")


def test_verify_accepts_live_access_and_refresh(advisor):
    pair = login("advisor").json()

    for raw in (pair["access"], pair["refresh"]):
        response = verify(raw)
        assert (response.status_code, response.json()) == (200, {})


def test_verify_refuses_garbage_and_blacklisted_refresh(advisor):
    pair = login("advisor").json()
    logout(pair["refresh"])

    assert (verify("garbage").status_code, verify("garbage").json()) == (401, NOT_VALID)
    assert verify(pair["refresh"]).json() == NOT_VALID
    assert verify(pair["access"]).status_code == 200


def test_verify_refuses_stale_version(advisor):
    pair = token_pair_issue(user=advisor)
    User.objects.filter(pk=advisor.pk).update(token_version=advisor.token_version + 1)

    assert verify(pair.access).json() == NOT_VALID
    assert verify(pair.refresh).json() == NOT_VALID
    assert bearer(pair.access).get(ME).json() == NOT_VALID


def test_verify_refuses_inactive_and_unknown_user(advisor):
    pair = token_pair_issue(user=advisor)
    User.objects.filter(pk=advisor.pk).update(is_active=False)
    ghost = AccessToken()
    ghost["user_id"] = str(advisor.pk + 1000)
    ghost["ver"] = 0

    assert verify(pair.access).json() == NOT_VALID
    assert verify(pair.refresh).json() == NOT_VALID
    assert verify(str(ghost)).json() == NOT_VALID
    assert bearer(str(ghost)).get(ME).status_code == 401


def test_verify_missing_token_is_400(db):
    response = APIClient().post("/api/token/verify", {}, format="json")

    assert (response.status_code, response.json()) == (400, {"token": ["This field is required."]})


@pytest.mark.parametrize("body", [{}, {"refresh": "garbage"}, {"refresh": None}])
def test_anonymous_logout_without_a_valid_refresh_is_400_not_401(db, unchanged, body):
    with unchanged(RefreshTokenRecord.objects.all()):
        response = APIClient().post("/api/auth/logout", body, format="json")

    assert response.status_code == 400
    assert set(response.json()) == {"refresh"}
    assert "WWW-Authenticate" not in response
