"""The API's modules are tried by their first path segment: every documented path still reaches the view it
reached when every module was tried in turn, and paths next to a module's segments stay JSON 404s."""

import re

import pytest
from django.test import Client
from django.urls import Resolver404, include, path, resolve
from drf_spectacular.generators import SchemaGenerator

from config import urls as project_urls

MODULES = [
    "storeops.accounts.urls",
    "storeops.stores.urls",
    "storeops.catalog.urls",
    "storeops.inventory.urls",
    "storeops.notifications.urls",
    "storeops.bookings.urls",
    "storeops.activity.urls",
    "storeops.marketing.urls",
]


def _every_module_in_turn() -> type:
    """The project's URLs with each module included at the API root and tried in turn (the reference)."""
    plain = [path("", include(module)) for module in MODULES]
    api = plain + [p for p in project_urls.api_patterns if not getattr(p.pattern, "segments", None)]
    # A class is a hashable stand-in for a URLconf module.
    return type(
        "EveryModuleInTurn", (), {"urlpatterns": [path("api/", include(api)), *project_urls.urlpatterns]}
    )


def _documented_paths() -> list[str]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return [re.sub(r"\{[^}]+\}", "1", p) for p in schema["paths"]]


def test_the_project_uses_segment_routing() -> None:
    segmented = [p for p in project_urls.api_patterns if getattr(p.pattern, "segments", None)]
    assert len(segmented) == len(MODULES)


def test_every_documented_path_reaches_the_same_view() -> None:
    reference = _every_module_in_turn()
    paths = _documented_paths()
    assert len(paths) > 80
    for documented in paths:
        for variant in (documented, documented.rstrip("/") + "/"):
            got, expected = resolve(variant), resolve(variant, urlconf=reference)
            assert (got.url_name, got.func.__name__, got.kwargs) == (
                expected.url_name,
                expected.func.__name__,
                expected.kwargs,
            ), variant


@pytest.mark.parametrize(
    "path", ["/api/usersx", "/api/marketing", "/api/marketing/nope", "/api/auth", "/api/stock-entriesx/1"]
)
def test_paths_beside_a_module_are_json_404(db, path: str) -> None:
    response = Client().get(path)
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found.", "code": "not_found"}


def test_a_module_whose_first_segment_is_a_parameter_is_tried_for_every_path() -> None:
    from storeops.api.routers import by_first_segment

    resolver = by_first_segment("storeops.api.tests.param_urls")
    assert not hasattr(resolver.pattern, "segments")
    assert resolver.resolve("anything/things").kwargs == {"slug": "anything"}
    segmented = by_first_segment("storeops.marketing.urls")
    assert segmented.pattern.segments == frozenset({"marketing"})  # type: ignore[attr-defined]
    with pytest.raises(Resolver404):
        segmented.resolve("marketingx/contact")
