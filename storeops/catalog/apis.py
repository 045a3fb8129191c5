"""Catalog HTTP endpoints: declarations over the catalog selectors and services."""

from typing import Any

from rest_framework.request import Request

from storeops.api.fastpath import FastReadMixin
from storeops.api.viewsets import ModelWriteViewSet
from storeops.catalog import filters as f
from storeops.catalog import outputs as out
from storeops.catalog import selectors as sel
from storeops.catalog import serializers as s
from storeops.catalog import services


class CatalogViewSet(FastReadMixin, ModelWriteViewSet):
    # No docstring: the schema would show it as every catalog operation's description.
    # Catalog defaults: addressed by slug, public reads (cached per audience until the next catalog write),
    # admin writes, deletes refused while referenced.

    lookup_field = "slug"
    read_permission = "catalog.read"
    write_permission = "catalog.write"
    ordering_fields: list[str] = ["name", "date_created", "id"]
    destroy_responses = {409: s.ProtectedOutput}
    read_cache = sel.CACHE
    read_audience = out.audience
    read_front = True  # anonymous reads are answered before routing (no throttles on catalog reads)


class DepartmentViewSet(CatalogViewSet):
    selector = sel.department_list
    filterset_class = f.DepartmentFilterSet
    write_input = s.DepartmentWriteInput
    output = s.DepartmentOutput
    fast_columns = out.NAMED_COLUMNS
    fast_row = out.named_row
    entity = "department"
    create_service = services.department_create
    update_service = services.department_update
    delete_service = services.department_delete


class CategoryViewSet(CatalogViewSet):
    selector = sel.category_list
    filterset_class = f.CategoryFilterSet
    write_input = s.CategoryWriteInput
    output = s.CategoryOutput
    entity = "category"
    create_service = services.category_create
    update_service = services.category_update
    delete_service = services.category_delete


class SubcategoryViewSet(CatalogViewSet):
    selector = sel.subcategory_list
    filterset_class = f.SubcategoryFilterSet
    write_input = s.SubcategoryWriteInput
    output = s.SubcategoryOutput
    entity = "subcategory"
    create_service = services.subcategory_create
    update_service = services.subcategory_update
    delete_service = services.subcategory_delete


class UnitViewSet(CatalogViewSet):
    read_permission = "catalog.read_authenticated"
    ordering_fields = ["name", "id"]
    selector = sel.unit_list
    filterset_class = f.UnitFilterSet
    write_input = s.UnitWriteInput
    output = s.UnitOutput
    fast_columns = out.NAMED_COLUMNS
    fast_row = out.named_row
    entity = "unit"
    create_service = services.unit_create
    update_service = services.unit_update
    delete_service = services.unit_delete


class QualityViewSet(CatalogViewSet):
    read_permission = "catalog.read_authenticated"
    ordering_fields = ["name", "id"]
    selector = sel.quality_list
    filterset_class = f.QualityFilterSet
    write_input = s.QualityWriteInput
    output = s.QualityOutput
    fast_columns = out.NAMED_COLUMNS
    fast_row = out.named_row
    entity = "quality"
    create_service = services.quality_create
    update_service = services.quality_update
    delete_service = services.quality_delete


class BrandViewSet(CatalogViewSet):
    lookup_field = "pk"
    lookup_value_regex = r"\d+"
    selector = sel.brand_list
    filterset_class = f.BrandFilterSet
    write_input = s.BrandWriteInput
    output = s.BrandOutput
    entity = "brand"
    create_service = services.brand_create
    update_service = services.brand_update
    delete_service = services.brand_delete


class ProductViewSet(CatalogViewSet):
    ordering_fields = ["name", "price", "date_created", "date_modified", "id"]
    selector = sel.product_list
    filterset_class = f.ProductFilterSet
    write_input = s.ProductWriteInput
    output = s.ProductStaffOutput
    public_output = s.ProductOutput
    full_output_for = sel.is_staff
    fast_columns = out.PRODUCT_COLUMNS
    fast_row = out.product_staff_row
    fast_public_row = out.product_row
    entity = "product"
    create_service = services.product_create
    update_service = services.product_update
    delete_service = services.product_delete


class VariantViewSet(CatalogViewSet):
    ordering_fields = ["name", "price", "date_created", "id"]
    selector = sel.variant_list
    filterset_class = f.VariantFilterSet
    write_input = s.VariantWriteInput
    output = s.VariantStaffOutput
    public_output = s.VariantOutput
    full_output_for = sel.is_staff
    entity = "variant"
    create_service = services.variant_create
    update_service = services.variant_update
    delete_service = services.variant_delete


class SpareViewSet(CatalogViewSet):
    lookup_field = "pk"
    lookup_value_regex = r"\d+"
    selector = sel.spare_list
    filterset_class = f.SpareFilterSet
    write_input = s.SpareWriteInput
    output = s.SpareStaffOutput
    public_output = s.SpareOutput
    full_output_for = sel.is_staff
    entity = "spare"
    ordering_fields = ["name", "sku", "price", "date_created", "id"]
    create_service = services.spare_create
    update_service = services.spare_update
    delete_service = services.spare_delete

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        # Ordering by price would reveal relative prices to callers who may not see them.
        if not sel.is_staff(request.user):
            self.ordering_fields = [name for name in self.ordering_fields if name != "price"]
