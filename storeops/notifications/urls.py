from storeops.api.routers import OptionalSlashRouter
from storeops.notifications.apis import NotificationViewSet

router = OptionalSlashRouter()
router.register("notifications", NotificationViewSet, basename="notification")

urlpatterns = router.urls
