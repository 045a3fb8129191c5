from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path, re_path

from storeops.api import docs
from storeops.api import views as api_views
from storeops.api.routers import by_first_segment
from storeops.attendance.apis import approvals as attendance_records
from storeops.web import views as web_views

api_patterns: list[URLPattern | URLResolver] = [
    by_first_segment("storeops.accounts.urls"),
    by_first_segment("storeops.stores.urls"),
    by_first_segment("storeops.catalog.urls"),
    by_first_segment("storeops.inventory.urls"),
    by_first_segment("storeops.notifications.urls"),
    by_first_segment("storeops.bookings.urls"),
    by_first_segment("storeops.activity.urls"),
    path("attendance/", include("storeops.attendance.urls")),
    by_first_segment("storeops.marketing.urls"),
    # `/api/attendance` itself (the include above needs the slash).
    re_path(r"^attendance$", attendance_records.AttendanceViewSet.as_view({"get": "list"})),
    re_path(r"^schema/?$", docs.SchemaApi.as_view(), name="schema"),
    re_path(r"^docs/?$", docs.SwaggerApi.as_view(url_name="schema"), name="swagger-ui"),
    re_path(r"^redoc/?$", docs.RedocApi.as_view(url_name="schema"), name="redoc"),
    re_path(r"^.*$", api_views.api_not_found),
]

urlpatterns = [
    path("healthz", api_views.healthz, name="healthz"),
    path("readyz", api_views.readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("api/", include(api_patterns)),
    re_path(r"^api$", api_views.api_not_found),
    re_path(r"^media/(?P<path>.+)$", web_views.media, name="media"),
    # Last: every other path is a route of the web app, except the static, media and admin prefixes, which keep their
    # plain 404 so a missing asset is never answered with a page.
    re_path(r"^(?!static/|media/|admin(?:/|$))(?P<path>.*)$", web_views.spa_index, name="web-index"),
]

handler400 = "storeops.api.views.bad_request"
handler403 = "storeops.api.views.permission_denied"
handler404 = "storeops.api.views.not_found"
handler500 = "storeops.api.views.server_error"
