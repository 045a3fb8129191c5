"""Catalog HTTP endpoints: thin viewsets over the selectors and services."""

from collections.abc import Callable
from typing import Any

from django.db import models
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from storeops.catalog import filters as f
from storeops.catalog import selectors as sel
from storeops.catalog import serializers as s
from storeops.catalog import services

WRITE = "catalog.write"


def catalog_schema(
    write: type[serializers.Serializer], output: type[serializers.Serializer]
) -> Callable[[type], type]:
    return extend_schema_view(
        create=extend_schema(request=write, responses={201: output}),
        update=extend_schema(request=write, responses={200: output}),
        partial_update=extend_schema(request=write, responses={200: output}),
        destroy=extend_schema(responses={204: None, 409: s.ProtectedOutput}),
    )


class CatalogViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Reads declared by the subclass; writes validate → call the service → render the stored row."""

    lookup_field = "slug"
    read_permission = "catalog.read"
    ordering_fields: list[str] = ["name", "date_created", "id"]
    # Set by subclasses; wrapped in staticmethod so the functions are not bound to the view.
    selector: Any
    write_input: type[serializers.Serializer]
    output: type[serializers.Serializer]
    create_service: Any
    update_service: Any
    delete_service: Any
    entity: str

    @property
    def required_permissions(self) -> dict[str, str]:
        return {
            "list": self.read_permission,
            "retrieve": self.read_permission,
            "create": WRITE,
            "update": WRITE,
            "partial_update": WRITE,
            "destroy": WRITE,
        }

    def get_queryset(self) -> models.QuerySet[Any]:
        return self.selector(actor=self.request.user)

    def get_serializer_class(self) -> type[serializers.Serializer]:
        return self.output

    def _render(self, pk: Any, code: int = status.HTTP_200_OK) -> Response:
        return Response(self.get_serializer(self.get_queryset().get(pk=pk)).data, status=code)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = self.write_input(data=request.data)
        data.is_valid(raise_exception=True)
        row = self.create_service(data=dict(data.validated_data), actor=request.user)
        return self._render(row.pk, status.HTTP_201_CREATED)

    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self._update(request, partial=False)

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self._update(request, partial=True)

    def _update(self, request: Request, *, partial: bool) -> Response:
        row = self.get_object()
        data = self.write_input(data=request.data, partial=partial)
        data.is_valid(raise_exception=True)
        self.update_service(**{self.entity: row}, data=dict(data.validated_data), actor=request.user)
        return self._render(row.pk)

    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        self.delete_service(**{self.entity: self.get_object()}, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


@catalog_schema(s.DepartmentWriteInput, s.DepartmentOutput)
class DepartmentViewSet(CatalogViewSet):
    selector = staticmethod(sel.department_list)
    filterset_class = f.DepartmentFilterSet
    write_input = s.DepartmentWriteInput
    output = s.DepartmentOutput
    entity = "department"
    create_service = staticmethod(services.department_create)
    update_service = staticmethod(services.department_update)
    delete_service = staticmethod(services.department_delete)


@catalog_schema(s.CategoryWriteInput, s.CategoryOutput)
class CategoryViewSet(CatalogViewSet):
    selector = staticmethod(sel.category_list)
    filterset_class = f.CategoryFilterSet
    write_input = s.CategoryWriteInput
    output = s.CategoryOutput
    entity = "category"
    create_service = staticmethod(services.category_create)
    update_service = staticmethod(services.category_update)
    delete_service = staticmethod(services.category_delete)


@catalog_schema(s.SubcategoryWriteInput, s.SubcategoryOutput)
class SubcategoryViewSet(CatalogViewSet):
    selector = staticmethod(sel.subcategory_list)
    filterset_class = f.SubcategoryFilterSet
    write_input = s.SubcategoryWriteInput
    output = s.SubcategoryOutput
    entity = "subcategory"
    create_service = staticmethod(services.subcategory_create)
    update_service = staticmethod(services.subcategory_update)
    delete_service = staticmethod(services.subcategory_delete)


@catalog_schema(s.UnitWriteInput, s.UnitOutput)
class UnitViewSet(CatalogViewSet):
    read_permission = "catalog.read_authenticated"
    ordering_fields = ["name", "id"]
    selector = staticmethod(sel.unit_list)
    filterset_class = f.UnitFilterSet
    write_input = s.UnitWriteInput
    output = s.UnitOutput
    entity = "unit"
    create_service = staticmethod(services.unit_create)
    update_service = staticmethod(services.unit_update)
    delete_service = staticmethod(services.unit_delete)


@catalog_schema(s.QualityWriteInput, s.QualityOutput)
class QualityViewSet(CatalogViewSet):
    read_permission = "catalog.read_authenticated"
    ordering_fields = ["name", "id"]
    selector = staticmethod(sel.quality_list)
    filterset_class = f.QualityFilterSet
    write_input = s.QualityWriteInput
    output = s.QualityOutput
    entity = "quality"
    create_service = staticmethod(services.quality_create)
    update_service = staticmethod(services.quality_update)
    delete_service = staticmethod(services.quality_delete)


@catalog_schema(s.BrandWriteInput, s.BrandOutput)
class BrandViewSet(CatalogViewSet):
    lookup_field = "pk"
    lookup_value_regex = r"\d+"
    selector = staticmethod(sel.brand_list)
    filterset_class = f.BrandFilterSet
    write_input = s.BrandWriteInput
    output = s.BrandOutput
    entity = "brand"
    create_service = staticmethod(services.brand_create)
    update_service = staticmethod(services.brand_update)
    delete_service = staticmethod(services.brand_delete)


@catalog_schema(s.ProductWriteInput, s.ProductOutput)
class ProductViewSet(CatalogViewSet):
    ordering_fields = ["name", "price", "date_created", "date_modified", "id"]
    selector = staticmethod(sel.product_list)
    filterset_class = f.ProductFilterSet
    write_input = s.ProductWriteInput
    output = s.ProductOutput
    entity = "product"
    create_service = staticmethod(services.product_create)
    update_service = staticmethod(services.product_update)
    delete_service = staticmethod(services.product_delete)


@catalog_schema(s.VariantWriteInput, s.VariantOutput)
class VariantViewSet(CatalogViewSet):
    ordering_fields = ["name", "price", "date_created", "id"]
    selector = staticmethod(sel.variant_list)
    filterset_class = f.VariantFilterSet
    write_input = s.VariantWriteInput
    output = s.VariantOutput
    entity = "variant"
    create_service = staticmethod(services.variant_create)
    update_service = staticmethod(services.variant_update)
    delete_service = staticmethod(services.variant_delete)


@catalog_schema(s.SpareWriteInput, s.SpareStaffOutput)
class SpareViewSet(CatalogViewSet):
    lookup_field = "pk"
    lookup_value_regex = r"\d+"
    selector = staticmethod(sel.spare_list)
    filterset_class = f.SpareFilterSet
    write_input = s.SpareWriteInput
    output = s.SpareStaffOutput
    entity = "spare"
    ordering_fields = ["name", "sku", "price", "date_created", "id"]
    create_service = staticmethod(services.spare_create)
    update_service = staticmethod(services.spare_update)
    delete_service = staticmethod(services.spare_delete)

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        # Ordering by price would reveal relative prices to callers who may not see them.
        if not sel.is_staff(request.user):
            self.ordering_fields = [name for name in self.ordering_fields if name != "price"]

    def get_serializer_class(self) -> type[serializers.Serializer]:
        return s.SpareStaffOutput if sel.is_staff(getattr(self.request, "user", None)) else s.SpareOutput
