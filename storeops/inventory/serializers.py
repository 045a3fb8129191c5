"""Inventory inputs (plain serializers) and outputs."""

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from storeops.api.fields import BooleanField, IdField
from storeops.catalog.models import Category, PriceLog, Variant
from storeops.catalog.serializers import RefField
from storeops.inventory.models import (
    Direction,
    EntryType,
    InventoryConfig,
    Serial,
    SerialMovement,
    SerialStatus,
    StockBalance,
    StockEntry,
)

MAX_QUANTITY = 1_000_000


MAX_SERIALS = 1000

# ----- inputs ------------------------------------------------------------------------------------------


class StockEntryWriteInput(serializers.Serializer):
    entry_type = serializers.ChoiceField(choices=EntryType.choices)
    direction = serializers.ChoiceField(
        choices=Direction.choices,
        required=False,
        allow_null=True,
        help_text="adjustments only (required there)",
    )
    store = IdField()
    variant = RefField(Variant)
    quantity = serializers.IntegerField(min_value=1, max_value=MAX_QUANTITY)
    unit_price = serializers.DecimalField(
        max_digits=10, decimal_places=2, min_value=0, max_value=99_999_999, required=False
    )
    counterpart_store = IdField(required=False, allow_null=True, help_text="transfers: the other store")
    booking = IdField(required=False, allow_null=True)
    entry_date = serializers.DateField(required=False, help_text="default: today in the store's time zone")
    reference = serializers.CharField(max_length=100, required=False, allow_blank=True)
    note = serializers.CharField(
        max_length=500, required=False, allow_blank=True, help_text="required for adjustments"
    )
    serial_numbers = serializers.ListField(
        child=serializers.CharField(max_length=64), required=False, max_length=MAX_SERIALS,
        help_text="serial-tracked variants only: exactly `quantity` distinct values",
    )  # fmt: skip


class SerialUpdateInput(serializers.Serializer):
    status = serializers.ChoiceField(choices=SerialStatus.choices, required=False)
    note = serializers.CharField(max_length=255, required=False, allow_blank=True)


class InventoryConfigInput(serializers.Serializer):
    low_stock_threshold = serializers.IntegerField(min_value=0, max_value=MAX_QUANTITY, required=False)
    allow_negative_stock = BooleanField(required=False)
    serial_tracked_categories = serializers.ListField(
        child=RefField(Category), required=False, max_length=500, help_text="category ids or slugs"
    )


# ----- outputs -----------------------------------------------------------------------------------------


def _text(source: str, *, null: bool = False) -> serializers.CharField:
    return serializers.CharField(source=source, read_only=True, allow_null=null)


def _int(source: str, *, null: bool = False) -> serializers.IntegerField:
    return serializers.IntegerField(source=source, read_only=True, allow_null=null)


VARIANT_REFS = ["variant", "variant_slug", "variant_name", "product", "product_slug", "product_name", "sku"]


class VariantRefsMixin(serializers.Serializer):
    variant_slug = _text("variant.slug")
    variant_name = _text("variant.name")
    product = _int("variant.product_id")
    product_slug = _text("variant.product.slug")
    product_name = _text("variant.product.name")
    sku = serializers.SerializerMethodField()

    def get_sku(self, obj: Any) -> str | None:
        return obj.variant.sku or obj.variant.product.sku


class StockBalanceOutput(VariantRefsMixin, serializers.ModelSerializer):
    store_code = _text("store.code")
    store_name = _text("store.name")
    low_stock = serializers.BooleanField(read_only=True)

    class Meta:
        model = StockBalance
        fields = [
            "id",
            "store",
            "store_code",
            "store_name",
            *VARIANT_REFS,
            "quantity",
            "low_stock",
            "last_movement_at",
        ]
        read_only_fields = fields


class StockRollupOutput(serializers.Serializer):
    variant = serializers.IntegerField()
    variant_slug = serializers.CharField()
    variant_name = serializers.CharField()
    product = serializers.IntegerField()
    product_slug = serializers.CharField()
    product_name = serializers.CharField()
    sku = serializers.CharField(allow_null=True)
    quantity = serializers.IntegerField(source="total_quantity", help_text="sum over the selected stores")
    stores = serializers.IntegerField(help_text="stores with a non-zero balance")
    low_stock = serializers.BooleanField()


class StockEntryOutput(VariantRefsMixin, serializers.ModelSerializer):
    store_code = _text("store.code")
    store_name = _text("store.name")
    booking = serializers.SerializerMethodField()
    booking_reference = serializers.SerializerMethodField()
    amount = serializers.SerializerMethodField()
    counterpart_entry = _int("counterpart_entry_id", null=True)
    entered_by_name = serializers.SerializerMethodField()
    serial_numbers = serializers.ListField(child=serializers.CharField(), read_only=True)

    class Meta:
        model = StockEntry
        fields = [
            "id", "entry_type", "direction", "store", "store_code", "store_name", *VARIANT_REFS, "quantity",
            "delta", "unit_price", "amount", "counterpart_store", "booking", "booking_reference", "entry_date",
            "reference", "note", "serial_numbers", "transfer_id", "counterpart_entry", "entered_by",
            "entered_by_name", "created_at", "updated_at",
        ]  # fmt: skip
        read_only_fields = fields

    def get_booking(self, obj: StockEntry) -> int | None:
        return obj.booking_id

    def get_booking_reference(self, obj: StockEntry) -> str | None:
        # The selector joins the booking, so this reads no row of its own.
        return obj.booking.reference if obj.booking is not None else None

    def get_amount(self, obj: StockEntry) -> str:
        return f"{obj.quantity * obj.unit_price:.2f}"

    def get_entered_by_name(self, obj: StockEntry) -> str | None:
        return obj.entered_by.full_name if obj.entered_by is not None else None


class SerialOutput(VariantRefsMixin, serializers.ModelSerializer):
    store_code = _text("store.code")

    class Meta:
        model = Serial
        fields = [
            "id", "serial_no", "variant", "variant_slug", "variant_name", "product", "product_slug",
            "product_name", "store", "store_code", "status", "note", "last_entry", "created_at", "updated_at",
        ]  # fmt: skip
        read_only_fields = fields


class SerialMovementOutput(serializers.ModelSerializer):
    class Meta:
        model = SerialMovement
        fields = ["id", "at", "action", "entry", "from_status", "to_status", "from_store", "to_store", "by"]
        read_only_fields = fields


class SerialDetailOutput(SerialOutput):
    movements = serializers.SerializerMethodField()

    class Meta(SerialOutput.Meta):
        fields = [*SerialOutput.Meta.fields, "movements"]
        read_only_fields = fields

    @extend_schema_field(SerialMovementOutput(many=True))
    def get_movements(self, obj: Serial) -> list[dict[str, Any]]:
        from storeops.inventory.selectors import serial_movements

        return SerialMovementOutput(serial_movements(serial=obj), many=True).data  # type: ignore[return-value]


class PriceLogOutput(serializers.ModelSerializer):
    product_slug = _text("product.slug")
    product_name = _text("product.name")
    variant_slug = _text("variant.slug", null=True)
    variant_name = _text("variant.name", null=True)
    changed_by_name = serializers.SerializerMethodField()

    class Meta:
        model = PriceLog
        fields = [
            "id", "changed_at", "product", "product_slug", "product_name", "variant", "variant_slug",
            "variant_name", "old_price", "new_price", "changed_by", "changed_by_name", "reason",
        ]  # fmt: skip
        read_only_fields = fields

    def get_changed_by_name(self, obj: PriceLog) -> str | None:
        return obj.changed_by.full_name if obj.changed_by is not None else None


class CategoryRefOutput(serializers.ModelSerializer):
    class Meta:
        model = Category
        fields = ["id", "slug", "name"]
        read_only_fields = fields


class InventoryConfigOutput(serializers.ModelSerializer):
    serial_tracked_categories = CategoryRefOutput(many=True, read_only=True)

    class Meta:
        model = InventoryConfig
        fields = [
            "low_stock_threshold", "allow_negative_stock", "serial_tracked_categories", "updated_at", "updated_by",
        ]  # fmt: skip
        read_only_fields = fields


class InsufficientStockOutput(serializers.Serializer):
    detail = serializers.CharField()
    code = serializers.CharField()
    store = serializers.IntegerField(required=False)
    variant = serializers.IntegerField(required=False)
    available = serializers.IntegerField(required=False)
    requested = serializers.IntegerField(required=False)
    serials = serializers.ListField(child=serializers.CharField(), required=False)
