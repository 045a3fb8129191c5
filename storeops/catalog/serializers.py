"""Catalog inputs (plain serializers) and outputs. References are written as an id or a slug."""

from typing import Any

from django.core.validators import RegexValidator
from django.db import models
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from storeops.api.fields import BooleanField
from storeops.catalog.models import (
    Brand,
    Category,
    Department,
    Product,
    Quality,
    Spare,
    Subcategory,
    Unit,
    Variant,
)
from storeops.core.ids import is_digits, parse_id
from storeops.core.slugs import SLUG_MESSAGE

# ----- inputs ------------------------------------------------------------------------------------------


@extend_schema_field(
    {
        "oneOf": [{"type": "integer"}, {"type": "string", "pattern": "^[^\\u0000]*$"}],
        "description": "id or slug",
    }
)
class RefField(serializers.Field):
    """A reference given as an id (ASCII digits, 1..2^63-1) or a slug; resolves to the row."""

    def __init__(self, model: type[models.Model], **kwargs: Any) -> None:
        self.model = model
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> models.Model:
        if isinstance(data, bool) or not isinstance(data, int | str):
            raise serializers.ValidationError("Give an id or a slug.")
        text = str(data).strip()
        found = None
        if is_digits(text):
            number = parse_id(text)
            if number is not None:
                found = self.model._default_manager.filter(pk=number).first()
        elif any(f.name == "slug" for f in self.model._meta.fields):
            found = self.model._default_manager.filter(slug=text).first()
        if found is None:
            raise serializers.ValidationError(f'No {self.model._meta.verbose_name} with id or slug "{text}".')
        return found

    def to_representation(self, value: Any) -> Any:
        return getattr(value, "pk", value)


@extend_schema_field(OpenApiTypes.BINARY)
class UploadField(serializers.Field):
    """An uploaded file; `null` or `""` means remove. The service verifies the content."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> Any:
        if data in ("", None):
            return None
        if not hasattr(data, "read") or not hasattr(data, "size"):
            raise serializers.ValidationError("Upload a file, or send null to remove it.")
        return data


# Lower-case letters and digits in hyphen-separated runs (the service also wants one letter); blank = automatic.
SLUG_FORMAT = RegexValidator(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z", SLUG_MESSAGE)


def _slug() -> serializers.CharField:
    return serializers.CharField(max_length=100, required=False, allow_blank=True, validators=[SLUG_FORMAT])


class NamedWriteInput(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    slug = _slug()


class DepartmentWriteInput(NamedWriteInput):
    pass


class CategoryWriteInput(NamedWriteInput):
    department = RefField(Department)


class SubcategoryWriteInput(NamedWriteInput):
    category = RefField(Category)


class UnitWriteInput(NamedWriteInput):
    pass


class QualityWriteInput(NamedWriteInput):
    pass


class BrandWriteInput(NamedWriteInput):
    logo = UploadField(required=False)
    is_active = BooleanField(required=False)


class ProductWriteInput(serializers.Serializer):
    name = serializers.CharField(max_length=255)
    slug = _slug()
    brand = RefField(Brand)
    subcategory = RefField(Subcategory)
    unit = RefField(Unit, required=False, allow_null=True)
    sku = serializers.CharField(max_length=64, required=False, allow_null=True, allow_blank=True)
    description = serializers.CharField(
        max_length=5000, required=False, allow_blank=True, trim_whitespace=False
    )
    price = serializers.DecimalField(max_digits=10, decimal_places=2, min_value=0)
    is_active = BooleanField(required=False)
    price_change_reason = serializers.CharField(max_length=255, required=False, allow_blank=True)


class VariantWriteInput(serializers.Serializer):
    product = RefField(Product)
    name = serializers.CharField(max_length=255)
    slug = _slug()
    sku = serializers.CharField(max_length=64, required=False, allow_null=True, allow_blank=True)
    price = serializers.DecimalField(max_digits=10, decimal_places=2, min_value=0)
    attributes = serializers.JSONField(required=False)
    is_active = BooleanField(required=False)
    price_change_reason = serializers.CharField(max_length=255, required=False, allow_blank=True)


class SpareWriteInput(serializers.Serializer):
    name = serializers.CharField(max_length=255)
    sku = serializers.CharField(max_length=64)
    brand = RefField(Brand, required=False, allow_null=True)
    quality = RefField(Quality, required=False, allow_null=True)
    unit = RefField(Unit, required=False, allow_null=True)
    compatible_products = serializers.ListField(child=RefField(Product), required=False, max_length=500)
    compatible_variants = serializers.ListField(child=RefField(Variant), required=False, max_length=500)
    price = serializers.DecimalField(max_digits=10, decimal_places=2, min_value=0)
    is_active = BooleanField(required=False)


# ----- outputs -----------------------------------------------------------------------------------------


def _ref(source: str, *, null: bool = False) -> serializers.CharField:
    return serializers.CharField(source=source, read_only=True, allow_null=null)


def _ref_id(source: str, *, null: bool = False) -> serializers.IntegerField:
    return serializers.IntegerField(source=source, read_only=True, allow_null=null)


TIMES = ["date_created", "date_modified"]


class DepartmentOutput(serializers.ModelSerializer):
    class Meta:
        model = Department
        fields = ["id", "name", "slug", *TIMES]
        read_only_fields = fields


class CategoryOutput(serializers.ModelSerializer):
    department_slug = _ref("department.slug")
    department_name = _ref("department.name")

    class Meta:
        model = Category
        fields = ["id", "name", "slug", "department", "department_slug", "department_name", *TIMES]
        read_only_fields = fields


class SubcategoryOutput(serializers.ModelSerializer):
    category_slug = _ref("category.slug")
    category_name = _ref("category.name")
    department = _ref_id("category.department_id")
    department_slug = _ref("category.department.slug")
    department_name = _ref("category.department.name")

    class Meta:
        model = Subcategory
        fields = [
            "id", "name", "slug", "category", "category_slug", "category_name",
            "department", "department_slug", "department_name", *TIMES,
        ]  # fmt: skip
        read_only_fields = fields


class UnitOutput(serializers.ModelSerializer):
    class Meta:
        model = Unit
        fields = ["id", "name", "slug", *TIMES]
        read_only_fields = fields


class QualityOutput(serializers.ModelSerializer):
    class Meta:
        model = Quality
        fields = ["id", "name", "slug", *TIMES]
        read_only_fields = fields


class BrandOutput(serializers.ModelSerializer):
    logo = serializers.SerializerMethodField()

    class Meta:
        model = Brand
        fields = ["id", "name", "slug", "logo", "is_active", *TIMES]
        read_only_fields = fields

    def get_logo(self, obj: Brand) -> str | None:
        if not obj.logo:
            return None
        url = obj.logo.url
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request is not None else url


class ProductOutput(serializers.ModelSerializer):
    brand_slug = _ref("brand.slug")
    brand_name = _ref("brand.name")
    subcategory_slug = _ref("subcategory.slug")
    subcategory_name = _ref("subcategory.name")
    category = _ref_id("subcategory.category_id")
    category_slug = _ref("subcategory.category.slug")
    category_name = _ref("subcategory.category.name")
    department = _ref_id("subcategory.category.department_id")
    department_slug = _ref("subcategory.category.department.slug")
    department_name = _ref("subcategory.category.department.name")
    unit_slug = _ref("unit.slug", null=True)
    unit_name = _ref("unit.name", null=True)
    variant_count = serializers.IntegerField(read_only=True)
    in_stock = serializers.BooleanField(read_only=True)

    class Meta:
        model = Product
        fields = [
            "id", "name", "slug", "brand", "brand_slug", "brand_name",
            "subcategory", "subcategory_slug", "subcategory_name", "category", "category_slug", "category_name",
            "department", "department_slug", "department_name", "unit", "unit_slug", "unit_name",
            "sku", "description", "price", "is_active", "variant_count", "in_stock", *TIMES,
        ]  # fmt: skip
        read_only_fields = fields


class VariantOutput(serializers.ModelSerializer):
    product_slug = _ref("product.slug")
    product_name = _ref("product.name")
    brand = _ref_id("product.brand_id")
    brand_slug = _ref("product.brand.slug")
    brand_name = _ref("product.brand.name")
    unit = _ref_id("product.unit_id", null=True)
    unit_slug = _ref("product.unit.slug", null=True)
    unit_name = _ref("product.unit.name", null=True)
    attributes = serializers.DictField(read_only=True)
    in_stock = serializers.SerializerMethodField()

    class Meta:
        model = Variant
        fields = [
            "id", "product", "product_slug", "product_name", "name", "slug", "sku", "price", "attributes",
            "is_active", "brand", "brand_slug", "brand_name", "unit", "unit_slug", "unit_name", "in_stock", *TIMES,
        ]  # fmt: skip
        read_only_fields = fields

    def get_in_stock(self, obj: Variant) -> bool:
        return getattr(obj, "stock", 0) > 0


class ProductStaffOutput(ProductOutput):
    """Staff also see the stock (sum of balances over active stores, or at `?store=`)."""

    stock = serializers.IntegerField(read_only=True)

    class Meta(ProductOutput.Meta):
        fields = [*ProductOutput.Meta.fields, "stock"]
        read_only_fields = fields


class VariantStaffOutput(VariantOutput):
    """Staff also see the stock (sum of balances over active stores, or at `?store=`)."""

    stock = serializers.IntegerField(read_only=True)

    class Meta(VariantOutput.Meta):
        fields = [*VariantOutput.Meta.fields, "stock"]
        read_only_fields = fields


class ProductBriefOutput(serializers.ModelSerializer):
    class Meta:
        model = Product
        fields = ["id", "slug", "name"]
        read_only_fields = fields


class VariantBriefOutput(serializers.ModelSerializer):
    class Meta:
        model = Variant
        fields = ["id", "slug", "name"]
        read_only_fields = fields


SPARE_FIELDS = [
    "id", "name", "sku", "brand", "brand_slug", "brand_name", "quality", "quality_slug", "quality_name",
    "unit", "unit_slug", "unit_name", "compatible_products", "compatible_variants", "is_active", *TIMES,
]  # fmt: skip


class SpareOutput(serializers.ModelSerializer):
    """What everyone sees: no price."""

    brand_slug = _ref("brand.slug", null=True)
    brand_name = _ref("brand.name", null=True)
    quality_slug = _ref("quality.slug", null=True)
    quality_name = _ref("quality.name", null=True)
    unit_slug = _ref("unit.slug", null=True)
    unit_name = _ref("unit.name", null=True)
    compatible_products = ProductBriefOutput(many=True, read_only=True)
    compatible_variants = VariantBriefOutput(many=True, read_only=True)

    class Meta:
        model = Spare
        fields = SPARE_FIELDS
        read_only_fields = fields


class SpareStaffOutput(SpareOutput):
    """Staff (system_admin, branch_head, advisor) also see the price."""

    class Meta(SpareOutput.Meta):
        fields = [*SPARE_FIELDS, "price"]
        read_only_fields = fields


class ProtectedOutput(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()
    references = serializers.DictField(child=serializers.IntegerField())
