from storeops.api.routers import OptionalSlashRouter
from storeops.stores.apis import StoreViewSet

router = OptionalSlashRouter()
router.register("stores", StoreViewSet, basename="store")

urlpatterns = router.urls
