from storeops.activity.apis import LogExportApi, LogViewSet
from storeops.api.routers import OptionalSlashRouter, optional_slash

router = OptionalSlashRouter()
router.register("logs", LogViewSet, basename="log")

urlpatterns = [
    optional_slash("logs/export", LogExportApi.as_view(), name="log-export"),
    *router.urls,
]
