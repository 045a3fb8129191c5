"""The production hasher configuration (Argon2id first), unlike the fast MD5 hasher of the other tests."""

from collections import Counter

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher, make_password

from storeops.accounts.hashers import Argon2idPasswordHasher
from storeops.accounts.models import User
from storeops.accounts.services import auth
from storeops.accounts.tests.factories import UserFactory
from storeops.core.errors import ApplicationError

PASSWORD = "correct-horse-battery"
PRODUCTION_HASHERS = [
    "storeops.accounts.hashers.Argon2idPasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]


class FastPBKDF2(PBKDF2PasswordHasher):
    iterations = 1000  # keeps the test quick; the upgrade path is the same as with the default count


@pytest.fixture
def hashers(settings, monkeypatch):  # type: ignore[no-untyped-def]
    settings.PASSWORD_HASHERS = PRODUCTION_HASHERS
    monkeypatch.setattr(PBKDF2PasswordHasher, "iterations", FastPBKDF2.iterations)
    calls: Counter[str] = Counter()
    depth = [0]  # PBKDF2's verify calls its own encode: count only the outermost call
    for cls in (Argon2idPasswordHasher, PBKDF2PasswordHasher):
        for method in ("encode", "verify"):
            original = getattr(cls, method)

            def counted(self, *args, _original=original, _name=f"{cls.algorithm}.{method}", **kwargs):  # type: ignore[no-untyped-def]
                if not depth[0]:
                    calls[_name] += 1
                depth[0] += 1
                try:
                    return _original(self, *args, **kwargs)
                finally:
                    depth[0] -= 1

            monkeypatch.setattr(cls, method, counted)
    return calls


@pytest.fixture
def pbkdf2_user(db, hashers):  # type: ignore[no-untyped-def]
    user = UserFactory(username="legacy")
    User.objects.filter(pk=user.pk).update(password=make_password(PASSWORD, hasher=FastPBKDF2()))
    hashers.clear()
    return User.objects.get(pk=user.pk)


def _stored(user: User) -> str:
    return User.objects.values_list("password", flat=True).get(pk=user.pk)


def test_production_settings_put_argon2id_first():
    from config.settings import passwords

    assert passwords.PASSWORD_HASHERS[0] == "storeops.accounts.hashers.Argon2idPasswordHasher"
    assert "PBKDF2PasswordHasher" in " ".join(passwords.PASSWORD_HASHERS[1:])
    assert django_settings.PASSWORD_HASHERS == ["django.contrib.auth.hashers.MD5PasswordHasher"]


def test_pbkdf2_user_is_upgraded_to_argon2id_on_login(hashers, pbkdf2_user):
    assert _stored(pbkdf2_user).startswith("pbkdf2_sha256$")
    auth.user_login(identifier="legacy", password=PASSWORD)
    assert _stored(pbkdf2_user).startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
    assert hashers == Counter({"pbkdf2_sha256.verify": 1, "argon2.encode": 1})


def test_upgrade_writes_only_the_password_column(hashers, pbkdf2_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        auth.user_login(identifier="legacy", password=PASSWORD)
    updates = [q["sql"] for q in queries if q["sql"].startswith('UPDATE "accounts_user"')]
    assert len(updates) == 2  # the rehash, then last_login
    assert updates[0].startswith('UPDATE "accounts_user" SET "password" = ') and " WHERE " in updates[0]
    assert "last_login" not in updates[0]


def test_second_login_verifies_once_and_does_not_rehash(hashers, pbkdf2_user):
    auth.user_login(identifier="legacy", password=PASSWORD)
    upgraded = _stored(pbkdf2_user)
    hashers.clear()
    auth.user_login(identifier="legacy", password=PASSWORD)
    assert hashers == Counter({"argon2.verify": 1})
    assert _stored(pbkdf2_user) == upgraded


def test_wrong_password_does_not_rehash(hashers, pbkdf2_user):
    before = _stored(pbkdf2_user)
    with pytest.raises(ApplicationError):
        auth.user_login(identifier="legacy", password="wrong-password")
    assert _stored(pbkdf2_user) == before
    assert hashers["argon2.encode"] == 0
    assert hashers["pbkdf2_sha256.verify"] == 1


def test_unknown_user_runs_one_dummy_verification(hashers, db):
    with pytest.raises(ApplicationError):
        auth.user_login(identifier="nobody", password=PASSWORD)  # first miss in a process makes the dummy
    hashers.clear()
    with pytest.raises(ApplicationError):
        auth.user_login(identifier="nobody", password=PASSWORD)
    assert hashers == Counter({"argon2.verify": 1})


def test_dummy_hash_follows_the_preferred_hasher(hashers, settings, db):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    md5_dummy = auth._dummy_password_hash()
    settings.PASSWORD_HASHERS = PRODUCTION_HASHERS
    assert md5_dummy.startswith("md5$")
    assert auth._dummy_password_hash().startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")


def test_password_change_hashes_only_the_new_password(hashers, pbkdf2_user):
    auth.password_change(user=pbkdf2_user, current_password=PASSWORD, new_password="another-long-secret-9")
    assert hashers == Counter({"pbkdf2_sha256.verify": 1, "argon2.encode": 1})
    assert _stored(pbkdf2_user).startswith("argon2$argon2id$")
