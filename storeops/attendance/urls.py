"""Routes under /api/attendance/. Each feature registers its own viewsets or paths below its block."""

from django.urls import URLPattern, URLResolver, re_path

from storeops.api.routers import OptionalSlashRouter, optional_slash
from storeops.attendance.apis import admin, approvals, punches, reports

# ----- rosters admin (spec 05 §13) -----
admin_router = OptionalSlashRouter()
admin_router.register("admin/shifts", admin.ShiftAdminViewSet, basename="attendance-admin-shift")
admin_router.register("admin/schedules", admin.ScheduleAdminViewSet, basename="attendance-admin-schedule")
admin_router.register("admin/weekoffs", admin.WeekOffAdminViewSet, basename="attendance-admin-weekoff")
admin_router.register("admin/exceptions", admin.ExceptionAdminViewSet, basename="attendance-admin-exception")
admin_router.register("admin/geofences", admin.GeofenceAdminViewSet, basename="attendance-admin-geofence")
admin_router.register("admin/payroll", admin.PayrollAdminViewSet, basename="attendance-admin-payroll")

# ----- punches, requests, approvals, records (spec 05 §5–§12) -----
punch_router = OptionalSlashRouter()
punch_router.register("approvals", approvals.ApprovalViewSet, basename="attendance-approval")
punch_router.register("requests", approvals.RequestViewSet, basename="attendance-request")
records = approvals.AttendanceViewSet
punch_patterns: list[URLPattern | URLResolver] = [
    optional_slash("check-in", punches.CheckInApi.as_view(), name="attendance-check-in"),
    optional_slash("check-out", punches.CheckOutApi.as_view(), name="attendance-check-out"),
    optional_slash("me/today", punches.TodayApi.as_view(), name="attendance-me-today"),
    optional_slash("reports/me", reports.MyReportApi.as_view(), name="attendance-report-me"),
    optional_slash(
        r"reports/store/(?P<store_id>[0-9]+)",
        reports.StoreReportApi.as_view(),
        name="attendance-report-store",
    ),
    optional_slash(
        r"(?P<pk>[0-9]+)/photo/(?P<phase>[^/]+)", punches.PhotoApi.as_view(), name="attendance-photo"
    ),
    *punch_router.urls,
    re_path(r"^$", records.as_view({"get": "list"}), name="attendance-list"),
    optional_slash(r"(?P<pk>[0-9]+)", records.as_view({"get": "retrieve"}), name="attendance-detail"),
]

urlpatterns: list[URLPattern | URLResolver] = [
    *admin_router.urls,
    *punch_patterns,
]
