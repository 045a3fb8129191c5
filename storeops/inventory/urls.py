from storeops.api.routers import OptionalSlashRouter, optional_slash
from storeops.inventory import apis

router = OptionalSlashRouter()
router.register("stock-ledgers", apis.StockLedgerViewSet, basename="stock-ledger")
router.register("stock-entries", apis.StockEntryViewSet, basename="stock-entry")
router.register("serials", apis.SerialViewSet, basename="serial")
router.register("price-logs", apis.PriceLogViewSet, basename="price-log")

urlpatterns = [
    optional_slash("inventory-config", apis.InventoryConfigApi.as_view(), name="inventory-config"),
    *router.urls,
]
