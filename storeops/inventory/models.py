"""Per-store stock of catalog variants: balances, the entries that move them, serial numbers, configuration."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from storeops.catalog.models import Category, Product, Variant
from storeops.core.models import TimeStampedModel
from storeops.stores.models import Store

CONFIG_ID = 1


class InventoryConfig(models.Model):
    """The global inventory settings (one row, id 1)."""

    low_stock_threshold = models.PositiveIntegerField(default=5)
    allow_negative_stock = models.BooleanField(default=False)
    serial_tracked_categories = models.ManyToManyField(Category, blank=True, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [models.CheckConstraint(condition=Q(id=CONFIG_ID), name="inventory_config_singleton")]

    def __str__(self) -> str:
        return "Inventory configuration"


class StockBalance(models.Model):
    """The ledger row of one (store, variant): its balance equals the sum of the pair's entry deltas."""

    # Only a non-zero balance keeps a variant from being deleted; zero rows go with it.
    reference_condition = ~Q(quantity=0)

    store = models.ForeignKey(Store, on_delete=models.PROTECT, related_name="stock_balances", db_index=False)
    variant = models.ForeignKey(Variant, on_delete=models.PROTECT, related_name="stock_balances")
    quantity = models.IntegerField(default=0)
    # Set when the movement that last lowered the balance was allowed to take it below zero (see docs).
    negative_allowed = models.BooleanField(default=False)
    last_movement_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["store", "variant", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["store", "variant"], name="inventory_balance_store_variant_unique"
            ),
            models.CheckConstraint(
                condition=Q(quantity__gte=0) | Q(negative_allowed=True), name="inventory_balance_not_negative"
            ),
        ]
        indexes = [
            # `?low_stock=true` is a range on quantity; the rows at or below the threshold are few.
            models.Index(fields=["quantity", "store", "variant"], name="inventory_balance_qty_idx"),
            models.Index(fields=["last_movement_at", "id"], name="inventory_balance_moved_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.store_id}/{self.variant_id}: {self.quantity}"


class VariantStock(models.Model):
    """A variant's total balance over active stores, kept in step with the ledger for catalog availability."""

    variant = models.OneToOneField(Variant, on_delete=models.CASCADE, related_name="stock_total")
    # The variant's product, copied so that product availability reads this table alone.
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="+", db_index=False)
    quantity = models.IntegerField(default=0)

    class Meta:
        ordering = ["variant"]
        indexes = [models.Index(fields=["product", "quantity"], name="inventory_vstock_product_idx")]

    def __str__(self) -> str:
        return f"{self.variant_id}: {self.quantity}"


class EntryType(models.TextChoices):
    PURCHASE = "purchase"
    SALE = "sale"
    RETURN_IN = "return_in"
    RETURN_OUT = "return_out"
    TRANSFER_OUT = "transfer_out"
    TRANSFER_IN = "transfer_in"
    ADJUSTMENT = "adjustment"


class Direction(models.TextChoices):
    IN = "in"
    OUT = "out"


class StockEntry(TimeStampedModel):
    """One movement of stock at a store; a transfer is two entries sharing `transfer_id`."""

    entry_type = models.CharField(max_length=20, choices=EntryType.choices)
    direction = models.CharField(max_length=3, choices=Direction.choices)
    store = models.ForeignKey(Store, on_delete=models.PROTECT, related_name="stock_entries", db_index=False)
    variant = models.ForeignKey(Variant, on_delete=models.PROTECT, related_name="stock_entries")
    quantity = models.PositiveIntegerField()
    delta = models.IntegerField()
    unit_price = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    counterpart_store = models.ForeignKey(
        Store, on_delete=models.PROTECT, null=True, blank=True, related_name="+", db_index=False
    )
    counterpart_entry = models.OneToOneField(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    transfer_id = models.UUIDField(null=True, blank=True)
    # The repair booking the stock went to (sales for repairs); indexed by `inventory_entry_booking_idx`.
    booking = models.ForeignKey(
        "bookings.Booking",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="stock_entries",
        db_index=False,
    )
    entry_date = models.DateField()
    reference = models.CharField(max_length=100, blank=True, default="")
    note = models.CharField(max_length=500, blank=True, default="")
    # The serial numbers the entry moved (normalised), in the order given.
    serial_numbers = models.JSONField(default=list, blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "stock entries"
        constraints = [
            models.CheckConstraint(condition=Q(quantity__gte=1), name="inventory_entry_quantity_positive"),
            models.CheckConstraint(condition=Q(unit_price__gte=0), name="inventory_entry_price_gte_0"),
            models.CheckConstraint(
                condition=Q(direction="in", delta=F("quantity")) | Q(direction="out", delta=-F("quantity")),
                name="inventory_entry_delta_matches",
            ),
        ]
        indexes = [
            models.Index(fields=["store", "variant", "id"], name="inventory_entry_pair_idx"),
            models.Index(fields=["created_at", "id"], name="inventory_entry_created_idx"),
            models.Index(fields=["entry_date", "id"], name="inventory_entry_date_idx"),
            models.Index(fields=["transfer_id"], name="inventory_entry_transfer_idx"),
            # `?booking=` in the default order; partial, as most entries belong to no booking.
            models.Index(
                fields=["booking", "created_at", "id"],
                name="inventory_entry_booking_idx",
                condition=Q(booking__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.entry_type} {self.delta:+d} of variant {self.variant_id} at store {self.store_id}"


class SerialStatus(models.TextChoices):
    AVAILABLE = "available"
    DEFECTIVE = "defective"
    IN_TRANSIT = "in_transit"
    SOLD = "sold"
    RETURNED = "returned"
    WRITTEN_OFF = "written_off"


IN_STOCK = (SerialStatus.AVAILABLE, SerialStatus.DEFECTIVE, SerialStatus.IN_TRANSIT)
LEFT_STOCK = (SerialStatus.SOLD, SerialStatus.RETURNED, SerialStatus.WRITTEN_OFF)


class Serial(TimeStampedModel):
    """One unit of a serial-tracked variant: where it is (or last left from) and in which state."""

    serial_no = models.CharField(max_length=64)
    variant = models.ForeignKey(Variant, on_delete=models.PROTECT, related_name="serials", db_index=False)
    store = models.ForeignKey(Store, on_delete=models.PROTECT, related_name="serials", db_index=False)
    status = models.CharField(max_length=20, choices=SerialStatus.choices, default=SerialStatus.AVAILABLE)
    note = models.CharField(max_length=255, blank=True, default="")
    last_entry = models.ForeignKey(
        StockEntry, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["serial_no", "id"]
        constraints = [models.UniqueConstraint(fields=["serial_no"], name="inventory_serial_no_unique")]
        indexes = [
            models.Index(fields=["variant", "store", "status"], name="inventory_serial_place_idx"),
            models.Index(fields=["store", "status"], name="inventory_serial_store_idx"),
            models.Index(fields=["updated_at", "id"], name="inventory_serial_updated_idx"),
        ]

    def __str__(self) -> str:
        return self.serial_no


class SerialAction(models.TextChoices):
    RECEIVED = "received"
    SOLD = "sold"
    RETURNED_IN = "returned_in"
    RETURNED_OUT = "returned_out"
    TRANSFERRED = "transferred"
    ADJUSTED_IN = "adjusted_in"
    ADJUSTED_OUT = "adjusted_out"
    STATUS_CHANGED = "status_changed"
    REVERSED = "reversed"


class SerialMovement(models.Model):
    """One step of a serial's history; `entry` keeps the entry's id even after that entry is deleted."""

    serial = models.ForeignKey(Serial, on_delete=models.CASCADE, related_name="movements")
    at = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=20, choices=SerialAction.choices)
    entry = models.BigIntegerField(null=True, blank=True)
    from_status = models.CharField(max_length=20, choices=SerialStatus.choices, null=True, blank=True)
    to_status = models.CharField(max_length=20, choices=SerialStatus.choices)
    from_store = models.ForeignKey(Store, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    to_store = models.ForeignKey(Store, on_delete=models.PROTECT, related_name="+")
    # The serial's `last_entry` before this step, restored when the step is reversed.
    from_entry = models.BigIntegerField(null=True, blank=True)
    # Set when a later reversal undid this step; the serial's state is the result of the steps not undone.
    undone = models.BooleanField(default=False)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["serial", "id"]

    def __str__(self) -> str:
        return f"{self.serial_id} {self.action}"
