from storeops.api.routers import OptionalSlashRouter
from storeops.catalog import apis

router = OptionalSlashRouter()
router.register("departments", apis.DepartmentViewSet, basename="department")
router.register("categories", apis.CategoryViewSet, basename="category")
router.register("subcategories", apis.SubcategoryViewSet, basename="subcategory")
router.register("units", apis.UnitViewSet, basename="unit")
router.register("qualities", apis.QualityViewSet, basename="quality")
router.register("brands", apis.BrandViewSet, basename="brand")
router.register("products", apis.ProductViewSet, basename="product")
router.register("variants", apis.VariantViewSet, basename="variant")
router.register("spares", apis.SpareViewSet, basename="spare")

urlpatterns = router.urls
