"""Admin site: every save and delete goes through the catalog services (slugs, price logs, audit)."""

from typing import Any, cast

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from storeops.catalog import services
from storeops.catalog.models import (
    Brand,
    Category,
    Department,
    PriceLog,
    Product,
    Quality,
    Spare,
    Subcategory,
    Unit,
    Variant,
)
from storeops.catalog.services.inputs import VariantInput
from storeops.core.admin import ServiceInline, ServiceModelAdmin

TIMES = ("date_created", "date_modified")


class CatalogAdmin(ServiceModelAdmin):
    """Wires the model's `<entity>_create/update/delete` services; slugs are generated, never edited."""

    entity: str

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        slug = ("slug",) if any(f.name == "slug" for f in self.model._meta.fields) else ()
        return (*slug, *TIMES)

    def service_create(self, data: dict[str, Any], actor: Any) -> Any:
        return getattr(services, f"{self.entity}_create")(data=data, actor=actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> Any:
        return getattr(services, f"{self.entity}_update")(**{self.entity: obj}, data=data, actor=actor)

    def service_delete(self, obj: Any, actor: Any) -> None:
        getattr(services, f"{self.entity}_delete")(**{self.entity: obj}, actor=actor)


@admin.register(Department)
class DepartmentAdmin(CatalogAdmin):
    entity = "department"
    fields = ("name", "slug", *TIMES)
    list_display = ("name", "slug", "date_created")
    search_fields = ("name", "slug")


@admin.register(Category)
class CategoryAdmin(CatalogAdmin):
    entity = "category"
    fields = ("name", "department", "slug", *TIMES)
    list_display = ("name", "department", "slug")
    list_filter = ("department",)
    list_select_related = ("department",)
    search_fields = ("name", "slug")


@admin.register(Subcategory)
class SubcategoryAdmin(CatalogAdmin):
    entity = "subcategory"
    fields = ("name", "category", "slug", *TIMES)
    list_display = ("name", "category", "slug")
    list_filter = ("category__department",)
    list_select_related = ("category",)
    search_fields = ("name", "slug")


@admin.register(Unit)
class UnitAdmin(CatalogAdmin):
    entity = "unit"
    fields = ("name", "slug", *TIMES)
    list_display = ("name", "slug")
    search_fields = ("name",)


@admin.register(Quality)
class QualityAdmin(CatalogAdmin):
    entity = "quality"
    fields = ("name", "slug", *TIMES)
    list_display = ("name", "slug")
    search_fields = ("name",)


@admin.register(Brand)
class BrandAdmin(CatalogAdmin):
    entity = "brand"
    fields = ("name", "logo", "is_active", "slug", *TIMES)
    list_display = ("name", "slug", "is_active")
    list_filter = ("is_active",)
    search_fields = ("name", "slug")

    def _logo(self, data: dict[str, Any]) -> dict[str, Any]:
        # The admin's "clear" checkbox yields False.
        if data.get("logo") is False:
            data["logo"] = None
        return data

    def service_create(self, data: dict[str, Any], actor: Any) -> Any:
        return super().service_create(self._logo(data), actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> Any:
        return super().service_update(obj, self._logo(data), actor)


class PriceReasonForm(forms.ModelForm):
    price_change_reason = forms.CharField(
        max_length=255, required=False, help_text="Recorded in the price log when the price changes."
    )


class VariantInline(ServiceInline, admin.TabularInline):
    """The product's variants, created, changed and deleted through the variant services."""

    model = Variant
    fields = ("name", "sku", "price", "attributes", "is_active", "slug")
    readonly_fields = ("slug",)
    extra = 0
    show_change_link = True

    def service_create(self, parent: Any, data: dict[str, Any], actor: Any) -> Any:
        return services.variant_create(data=cast(VariantInput, {**data, "product": parent}), actor=actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> Any:
        return services.variant_update(variant=obj, data=cast(VariantInput, data), actor=actor)

    def service_delete(self, obj: Any, actor: Any) -> None:
        services.variant_delete(variant=obj, actor=actor)


@admin.register(Product)
class ProductAdmin(CatalogAdmin):
    entity = "product"
    form = PriceReasonForm
    inlines = (VariantInline,)
    fields = (
        "name", "brand", "subcategory", "unit", "sku", "description", "price", "price_change_reason",
        "is_active", "slug", *TIMES,
    )  # fmt: skip
    list_display = ("name", "brand", "subcategory", "price", "is_active")
    list_filter = ("is_active", "brand", "subcategory__category__department")
    list_select_related = ("brand", "subcategory")
    search_fields = ("name", "sku", "slug")
    autocomplete_fields = ("brand",)


@admin.register(Variant)
class VariantAdmin(CatalogAdmin):
    entity = "variant"
    form = PriceReasonForm
    fields = (
        "product",
        "name",
        "sku",
        "price",
        "price_change_reason",
        "attributes",
        "is_active",
        "slug",
        *TIMES,
    )
    list_display = ("name", "product", "price", "is_active")
    list_filter = ("is_active",)
    list_select_related = ("product",)
    search_fields = ("name", "sku", "slug", "product__name")
    autocomplete_fields = ("product",)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        fixed = super().get_readonly_fields(request, obj)
        return ("product", *fixed) if obj is not None else fixed


@admin.register(Spare)
class SpareAdmin(CatalogAdmin):
    entity = "spare"
    fields = (
        "name", "sku", "brand", "quality", "unit", "price", "compatible_products", "compatible_variants",
        "is_active", *TIMES,
    )  # fmt: skip
    list_display = ("name", "sku", "brand", "quality", "price", "is_active")
    list_filter = ("is_active", "quality", "brand")
    list_select_related = ("brand", "quality")
    search_fields = ("name", "sku")
    autocomplete_fields = ("compatible_products", "compatible_variants")


@admin.register(PriceLog)
class PriceLogAdmin(admin.ModelAdmin):
    """Read-only: rows are written by the product and variant services."""

    list_display = ("changed_at", "product", "variant", "old_price", "new_price", "changed_by", "reason")
    list_select_related = ("product", "variant", "changed_by")
    search_fields = ("product__name", "variant__name", "reason")
    date_hierarchy = "changed_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
