"""Test-only routes in front of the real URLconf (which keeps its JSON error handlers)."""

from django.urls import include, path
from rest_framework import viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from config import urls as real
from storeops.api.routers import OptionalSlashRouter, optional_slash

handler400 = real.handler400
handler403 = real.handler403
handler404 = real.handler404
handler500 = real.handler500

CALLS = {"boom": 0}


class BoomApi(APIView):
    authentication_classes = []
    required_permissions = {"get": "auth.public", "post": "auth.public"}

    def get(self, request):  # type: ignore[no-untyped-def]
        CALLS["boom"] += 1
        raise RuntimeError("boom")

    def post(self, request):  # type: ignore[no-untyped-def]
        CALLS["boom"] += 1
        raise RuntimeError("boom")


def plain_boom(request):  # type: ignore[no-untyped-def]
    """A plain Django view (no REST framework handler in between) that fails."""
    raise RuntimeError("boom")


class ContactLikeApi(APIView):
    """A public form endpoint with the staff-exempt `contact` scope and no database work."""

    required_permissions = {"post": "auth.public"}
    throttle_scope = "contact"

    def post(self, request):  # type: ignore[no-untyped-def]
        return Response({"ok": True})


class LoginScopedApi(APIView):
    authentication_classes = []
    required_permissions = {"post": "auth.public"}
    throttle_scope = "login"

    def post(self, request):  # type: ignore[no-untyped-def]
        return Response({"ok": True})


class UndeclaredApi(APIView):
    def get(self, request):  # type: ignore[no-untyped-def]
        return Response({"leaked": True})


class PartlyDeclaredApi(APIView):
    required_permissions = {"get": "auth.self"}

    def get(self, request):  # type: ignore[no-untyped-def]
        return Response({"ok": True})

    def post(self, request):  # type: ignore[no-untyped-def]
        return Response({"leaked": True})


class PartlyDeclaredViewSet(viewsets.ViewSet):
    required_permissions = {"list": "auth.self"}

    def list(self, request):  # type: ignore[no-untyped-def]
        return Response([])

    def create(self, request):  # type: ignore[no-untyped-def]
        return Response({"leaked": True})


router = OptionalSlashRouter()
router.register("_test/things", PartlyDeclaredViewSet, basename="test-things")

test_patterns = [
    optional_slash("api/_test/boom", BoomApi.as_view()),
    optional_slash("api/_test/plain-boom", plain_boom),
    optional_slash("api/_test/contact", ContactLikeApi.as_view()),
    optional_slash("api/_test/login-scoped", LoginScopedApi.as_view()),
    optional_slash("api/_test/undeclared", UndeclaredApi.as_view()),
    optional_slash("api/_test/partly", PartlyDeclaredApi.as_view()),
]

urlpatterns = [*test_patterns, path("api/", include(router.urls)), *real.urlpatterns]
