"""Schema and documentation pages: public, served from local assets only (no CDN)."""

from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

PUBLIC = {"get": "auth.public"}


class SchemaApi(SpectacularAPIView):
    authentication_classes = []
    required_permissions = PUBLIC


class SwaggerApi(SpectacularSwaggerSplitView):
    authentication_classes = []
    required_permissions = PUBLIC


class RedocApi(SpectacularRedocView):
    authentication_classes = []
    required_permissions = PUBLIC
