"""Fail-closed permissions: undeclared actions are denied; every declared permission exists in the table."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.views import APIView

from storeops.accounts.permissions import PERMISSIONS


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/_test/undeclared"),
        ("post", "/api/_test/partly"),
        ("post", "/api/_test/things"),
        ("post", "/api/_test/things/"),
    ],
)
def test_undeclared_action_is_denied(api, test_routes, customer, admin_user, method, path):
    anonymous = getattr(api(), method)(path)
    assert anonymous.status_code == 401
    assert anonymous.json()["code"] == "not_authenticated"
    for user in (customer, admin_user):
        response = getattr(api(user), method)(path)
        assert response.status_code == 403, response.content
        assert response.json() == {
            "detail": "You do not have permission to perform this action.",
            "code": "permission_denied",
        }


@pytest.mark.parametrize("path", ["/api/_test/partly", "/api/_test/things"])
def test_declared_action_is_allowed(api, test_routes, customer, path):
    assert api(customer).get(path).status_code == 200
    assert api().get(path).status_code == 401


def _views(patterns, prefix=""):  # type: ignore[no-untyped-def]
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _views(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.callback


def _drf_views(urlconf="config.urls"):  # type: ignore[no-untyped-def]
    found = []
    for route, callback in _views(get_resolver(urlconf).url_patterns):
        cls = getattr(callback, "cls", None)
        if cls is not None and issubclass(cls, APIView):
            found.append((route, callback, cls))
    return found


def _declared(callback, cls) -> dict:  # type: ignore[no-untyped-def]
    # Read from an instance: a view may compute its table in a property.
    view = cls(**getattr(callback, "initkwargs", {}))
    return dict(getattr(view, "required_permissions", None) or {})


def test_urlconf_has_drf_views():
    names = {cls.__name__ for _, _, cls in _drf_views()}
    assert {"LoginApi", "RegisterApi", "MeApi", "StoreViewSet", "UserViewSet", "SchemaApi"} <= names


def test_every_declared_permission_is_in_the_table():
    unknown = [
        (route, cls.__name__, action, permission)
        for route, callback, cls in _drf_views()
        for action, permission in _declared(callback, cls).items()
        if permission not in PERMISSIONS
    ]
    assert unknown == []


def _undeclared(urlconf: str) -> set[tuple[str, str]]:
    # An action reachable by URL but missing from required_permissions would be denied to everyone.
    missing = set()
    for _, callback, cls in _drf_views(urlconf):
        declared = _declared(callback, cls)
        actions = getattr(callback, "actions", None)
        if actions:
            names = {name for method, name in actions.items() if method != "head"}
        else:
            names = {m for m in cls.http_method_names if m not in {"options", "head"} and hasattr(cls, m)}
        missing |= {(cls.__name__, name) for name in names - set(declared)}
    return missing


def test_every_routed_action_is_declared():
    assert _undeclared("config.urls") == set()


def test_the_route_walker_finds_undeclared_actions():
    assert _undeclared("storeops.api.tests.urls") == {
        ("UndeclaredApi", "get"),
        ("PartlyDeclaredApi", "post"),
        ("PartlyDeclaredViewSet", "create"),
    }


def test_permission_table_values_are_roles_or_markers():
    from storeops.accounts.roles import Role

    for name, allowed in PERMISSIONS.items():
        assert allowed in {"anyone", "authenticated"} or (allowed and set(allowed) <= set(Role.values)), name


def test_head_on_a_plain_view_is_treated_as_get(api, customer):
    assert api(customer).head("/api/auth/me").status_code == 200
    assert api().head("/api/auth/me").status_code == 401


def test_wrong_method_does_not_use_up_the_login_allowance(api, advisor):
    client = api()
    for _ in range(6):
        assert client.delete("/api/auth/login").status_code == 405
    response = client.post("/api/auth/login", {"username": "advisor", "password": "Sturdy-pass-2024"})
    assert response.status_code == 200
