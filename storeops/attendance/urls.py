"""Routes under /api/attendance/. Each feature registers its own viewsets or paths below its block."""

from django.urls import URLPattern, URLResolver

from storeops.api.routers import OptionalSlashRouter
from storeops.attendance.apis import admin

# ----- rosters admin (spec 05 §13) -----
admin_router = OptionalSlashRouter()
admin_router.register("admin/shifts", admin.ShiftAdminViewSet, basename="attendance-admin-shift")
admin_router.register("admin/schedules", admin.ScheduleAdminViewSet, basename="attendance-admin-schedule")
admin_router.register("admin/weekoffs", admin.WeekOffAdminViewSet, basename="attendance-admin-weekoff")
admin_router.register("admin/exceptions", admin.ExceptionAdminViewSet, basename="attendance-admin-exception")
admin_router.register("admin/geofences", admin.GeofenceAdminViewSet, basename="attendance-admin-geofence")
admin_router.register("admin/payroll", admin.PayrollAdminViewSet, basename="attendance-admin-payroll")

urlpatterns: list[URLPattern | URLResolver] = [
    *admin_router.urls,
]
