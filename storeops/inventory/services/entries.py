"""Stock entries: post, update (reverse + repost) and delete (reverse), each in one transaction.

Order inside the transaction: validate → create missing ledger rows → lock the booking, ledger rows, variant
totals, serials and the entries being changed, all in the global order → booking rule again under the lock (400)
→ balance rule (409) → serial rules (400) → write entries, balances, serials → audit event.
"""

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from storeops.activity import actions
from storeops.activity.services import record, snapshot
from storeops.bookings.models import Booking
from storeops.catalog.models import Variant
from storeops.core.locking import lock_related_rows, lock_rows
from storeops.core.time import local_today
from storeops.inventory.models import Direction, EntryType, Serial, StockEntry
from storeops.inventory.services import ledger
from storeops.inventory.services.config import config_get, is_serial_tracked, tracked_category_ids
from storeops.inventory.services.inputs import StockEntryInput
from storeops.inventory.services.serials import (
    SerialMove,
    check_serial_list,
    clean_serial_numbers,
    serials_apply,
    serials_reverse,
)
from storeops.stores.models import Store

TRANSFERS = (EntryType.TRANSFER_OUT, EntryType.TRANSFER_IN)
DIRECTIONS = {
    EntryType.PURCHASE: Direction.IN,
    EntryType.SALE: Direction.OUT,
    EntryType.RETURN_IN: Direction.IN,
    EntryType.RETURN_OUT: Direction.OUT,
    EntryType.TRANSFER_OUT: Direction.OUT,
    EntryType.TRANSFER_IN: Direction.IN,
}
# What an entry shares with its transfer counterpart (the stores swap).
SHARED = ("variant", "quantity", "unit_price", "entry_date", "reference", "note", "serial_numbers")
AUDITED = (
    "entry_type", "direction", "store", "variant", "quantity", "unit_price", "counterpart_store", "entry_date",
    "reference", "note", "serial_numbers", "booking",
)  # fmt: skip


@dataclass(frozen=True)
class Version:
    """The values of an entry as posted: what the ledger and the serials see."""

    entry_type: str
    direction: str
    store_id: int
    variant_id: int
    quantity: int
    unit_price: Decimal = Decimal("0.00")
    counterpart_store_id: int | None = None
    booking_id: int | None = None
    entry_date: dt.date | None = None
    reference: str = ""
    note: str = ""
    serial_numbers: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_transfer(self) -> bool:
        return self.entry_type in TRANSFERS

    @property
    def source_destination(self) -> tuple[int, int]:
        assert self.counterpart_store_id is not None
        if self.entry_type == EntryType.TRANSFER_OUT:
            return self.store_id, self.counterpart_store_id
        return self.counterpart_store_id, self.store_id

    def legs(self) -> list[ledger.Leg]:
        if self.is_transfer:
            source, destination = self.source_destination
            return [
                ledger.Leg(source, self.variant_id, -self.quantity),
                ledger.Leg(destination, self.variant_id, self.quantity),
            ]
        sign = 1 if self.direction == Direction.IN else -1
        return [ledger.Leg(self.store_id, self.variant_id, sign * self.quantity)]

    def serial_shape(self) -> tuple[Any, ...]:
        """What the serial moves depend on; an update that keeps it leaves the serials alone."""
        return (self.entry_type, self.direction, self.store_id, self.counterpart_store_id, self.variant_id,
                self.serial_numbers)  # fmt: skip


def version_of(entry: StockEntry) -> Version:
    return Version(
        entry_type=entry.entry_type,
        direction=entry.direction,
        store_id=entry.store_id,
        variant_id=entry.variant_id,
        quantity=entry.quantity,
        unit_price=entry.unit_price,
        counterpart_store_id=entry.counterpart_store_id,
        booking_id=entry.booking_id,
        entry_date=entry.entry_date,
        reference=entry.reference,
        note=entry.note,
        serial_numbers=tuple(entry.serial_numbers),
    )


# ----- validation --------------------------------------------------------------------------------------


def _store(store_id: Any, name: str) -> Store:
    store = Store.objects.filter(pk=store_id).first()
    if store is None:
        raise ValidationError({name: [f"No store with id {store_id}."]})
    if not store.is_active:
        raise ValidationError({name: ["This store is not active."]})
    return store


def _check_booking(booking_id: int, store_id: int) -> None:
    booking = Booking.objects.filter(pk=booking_id).only("store_id").first()
    if booking is None:
        raise ValidationError({"booking": [f"No booking with id {booking_id}."]})
    if booking.store_id is not None and booking.store_id != store_id:
        raise ValidationError(
            {"booking": [f"The booking is for store {booking.store_id}; the entry's store must be the same."]}
        )


def _merge(data: StockEntryInput, old: Version | None) -> Version:
    """The new version: the old one (if any) with the given keys applied, validated field by field."""
    base = old or Version(entry_type="", direction="", store_id=0, variant_id=0, quantity=0)
    entry_type = str(data.get("entry_type") or base.entry_type)
    if old is not None and entry_type != old.entry_type and (old.is_transfer or entry_type in TRANSFERS):
        raise ValidationError({"entry_type": ["A transfer cannot change type."]})
    if entry_type == EntryType.ADJUSTMENT:
        direction = data.get("direction") or (base.direction if base.entry_type == entry_type else None)
        if direction is None:
            raise ValidationError({"direction": ["Required for adjustments."]})
    else:
        direction = DIRECTIONS[EntryType(entry_type)]
    store_id = int(data.get("store", base.store_id))
    if old is None or store_id != old.store_id:
        _store(store_id, "store")
    counterpart = None
    if entry_type in TRANSFERS:
        counterpart = data.get("counterpart_store", base.counterpart_store_id)
        if counterpart is None:
            raise ValidationError({"counterpart_store": ["Required for transfers."]})
        if counterpart == store_id:
            raise ValidationError({"counterpart_store": ["Must differ from the store."]})
        if old is None or counterpart != old.counterpart_store_id:
            _store(counterpart, "counterpart_store")
    booking_id = data.get("booking", base.booking_id)
    if booking_id is not None and entry_type in TRANSFERS:
        raise ValidationError({"booking": ["Transfers cannot belong to a booking."]})
    if booking_id is not None and (old is None or (booking_id, store_id) != (old.booking_id, old.store_id)):
        _check_booking(booking_id, store_id)
    serials = data.get("serial_numbers", base.serial_numbers)
    version = Version(
        entry_type=entry_type,
        direction=direction,
        store_id=store_id,
        variant_id=data["variant"].pk if "variant" in data else base.variant_id,
        quantity=int(data.get("quantity", base.quantity)),
        unit_price=Decimal(data.get("unit_price", base.unit_price)),
        counterpart_store_id=counterpart,
        booking_id=booking_id,
        entry_date=data.get("entry_date") or base.entry_date,
        reference=str(data.get("reference", base.reference)).strip(),
        note=str(data.get("note", base.note)).strip(),
        serial_numbers=tuple(clean_serial_numbers(serials)),
    )
    return _check_version(version)


def _check_version(version: Version) -> Version:
    if version.quantity < 1:
        raise ValidationError({"quantity": ["Ensure this value is greater than or equal to 1."]})
    if version.entry_type == EntryType.ADJUSTMENT and not version.note:
        raise ValidationError({"note": ["Required for adjustments."]})
    store = Store.objects.only("timezone").get(pk=version.store_id)
    today = local_today(store.timezone)
    if version.entry_date is None:
        version = replace(version, entry_date=today)
    elif version.entry_date > today:
        raise ValidationError({"entry_date": ["Cannot be in the future."]})
    variant = Variant.objects.select_related("product__subcategory").get(pk=version.variant_id)
    tracked = is_serial_tracked(variant, tracked_category_ids(config_get()))
    check_serial_list(list(version.serial_numbers), quantity=version.quantity, tracked=tracked)
    return version


# ----- writing -----------------------------------------------------------------------------------------


def _fields(
    version: Version, *, store_id: int, counterpart_id: int | None, entry_type: str
) -> dict[str, Any]:
    direction = DIRECTIONS.get(EntryType(entry_type), version.direction)
    sign = 1 if direction == Direction.IN else -1
    return {
        "entry_type": entry_type, "direction": direction, "store_id": store_id, "variant_id": version.variant_id,
        "quantity": version.quantity, "delta": sign * version.quantity, "unit_price": version.unit_price,
        "counterpart_store_id": counterpart_id, "booking_id": version.booking_id, "entry_date": version.entry_date,
        "reference": version.reference, "note": version.note, "serial_numbers": list(version.serial_numbers),
    }  # fmt: skip


def _rows_of(version: Version) -> list[dict[str, Any]]:
    """Column values of the entry, or of the posted leg then its counterpart for a transfer."""
    if not version.is_transfer:
        return [
            _fields(version, store_id=version.store_id, counterpart_id=None, entry_type=version.entry_type)
        ]
    other = EntryType.TRANSFER_IN if version.entry_type == EntryType.TRANSFER_OUT else EntryType.TRANSFER_OUT
    counterpart = version.counterpart_store_id
    return [
        _fields(
            version, store_id=version.store_id, counterpart_id=counterpart, entry_type=version.entry_type
        ),
        _fields(version, store_id=counterpart, counterpart_id=version.store_id, entry_type=other),  # type: ignore[arg-type]
    ]


def _serial_move(version: Version, entries: list[StockEntry]) -> SerialMove:
    if version.is_transfer:
        source, destination = version.source_destination
        out_leg = next(e for e in entries if e.entry_type == EntryType.TRANSFER_OUT)
        return SerialMove(
            EntryType.TRANSFER_OUT, Direction.OUT, version.variant_id, source, destination, out_leg.pk
        )
    return SerialMove(
        version.entry_type, version.direction, version.variant_id, version.store_id, None, entries[0].pk
    )


def _serial_targets(*serial_lists: tuple[str, ...]) -> list[tuple[type, int]]:
    numbers = sorted({no for serials in serial_lists for no in serials})
    if not numbers:
        return []
    return [(Serial, pk) for pk in Serial.objects.filter(serial_no__in=numbers).values_list("pk", flat=True)]


@transaction.atomic
def stock_entry_create(*, data: StockEntryInput, actor: Any) -> StockEntry:
    """Post an entry (both legs of a transfer); returns the leg whose type was posted."""
    version = _merge(data, None)
    legs = version.legs()
    ledger.ensure_rows(leg.pair for leg in legs)
    booking = (Booking, version.booking_id) if version.booking_id is not None else None
    lock_rows(
        booking, *ledger.lock_targets(leg.pair for leg in legs), *_serial_targets(version.serial_numbers)
    )
    if version.booking_id is not None:
        # Checked again under the lock: a concurrent reassignment of the booking may have committed since.
        _check_booking(version.booking_id, version.store_id)
    ledger.apply(old=[], new=legs, allow_negative=config_get().allow_negative_stock)
    by = actor if getattr(actor, "is_authenticated", False) else None
    transfer_id = uuid.uuid4() if version.is_transfer else None
    entries = [
        StockEntry.objects.create(**row, transfer_id=transfer_id, entered_by=by) for row in _rows_of(version)
    ]
    if len(entries) == 2:
        entries[0].counterpart_entry, entries[1].counterpart_entry = entries[1], entries[0]
        for entry in entries:
            entry.save(update_fields=["counterpart_entry"])
    serials_apply(_serial_move(version, entries), list(version.serial_numbers), actor=actor)
    for entry in entries:
        record(actor=actor, action=actions.STOCK_ENTRY_CREATED, entity=entry, changes=snapshot(entry))
    return entries[0]


def _pair_of(entry: StockEntry) -> list[StockEntry]:
    if entry.counterpart_entry_id is None:
        return [entry]
    return sorted([entry, StockEntry.objects.get(pk=entry.counterpart_entry_id)], key=lambda e: e.pk)


def _lock_entry(entry_id: int, new_version: Any) -> StockEntry:
    """Lock the entry, its counterpart, every ledger row the old or new version touches, their serials and the
    new version's booking (so that its store is checked against a row nobody is changing)."""

    def collect() -> list[Any]:
        current = StockEntry.objects.filter(pk=entry_id).first()
        if current is None:
            return []
        pairs = _pair_of(current)
        old = version_of(current)
        new = new_version(old)
        legs = [*old.legs(), *(new.legs() if new else [])]
        ledger.ensure_rows(leg.pair for leg in legs)
        return [
            (Booking, new.booking_id) if new else None,
            *[(StockEntry, e.pk) for e in pairs],
            *ledger.lock_targets(leg.pair for leg in legs),
            *_serial_targets(old.serial_numbers, new.serial_numbers if new else ()),
        ]

    lock_related_rows(collect)
    entry = StockEntry.objects.filter(pk=entry_id).first()
    if entry is None:
        from storeops.core.errors import NotFound

        raise NotFound()
    return entry


@transaction.atomic
def stock_entry_update(*, stock_entry: StockEntry, data: StockEntryInput, actor: Any) -> StockEntry:
    """Reverse the old version and post the new one; a transfer's two legs change together."""
    entry = _lock_entry(stock_entry.pk, lambda old: _merge(data, old))
    old = version_of(entry)
    new = _merge(data, old)
    entries = _pair_of(entry)
    ledger.apply(old=old.legs(), new=new.legs(), allow_negative=config_get().allow_negative_stock)
    if new.serial_shape() != old.serial_shape():
        serials_reverse(serials=list(old.serial_numbers), entry_ids={e.pk for e in entries}, actor=actor)
    rows = _rows_of(new)
    by_type = {e.entry_type: e for e in entries}
    for row in rows:
        target = entry if len(entries) == 1 else by_type[row["entry_type"]]
        before = snapshot(target, AUDITED)
        for name, value in row.items():
            setattr(target, name, value)
        target.save(update_fields=[*row, "updated_at"])
        after = snapshot(target, AUDITED)
        changes = {k: [before[k], after[k]] for k in AUDITED if before[k] != after[k]}
        if changes:
            record(actor=actor, action=actions.STOCK_ENTRY_UPDATED, entity=target, changes=changes)
    if new.serial_shape() != old.serial_shape():
        serials_apply(_serial_move(new, entries), list(new.serial_numbers), actor=actor)
    return entry


@transaction.atomic
def stock_entry_delete(*, stock_entry: StockEntry, actor: Any) -> None:
    """Reverse the entry (both legs of a transfer) and delete it."""
    entry = _lock_entry(stock_entry.pk, lambda old: None)
    old = version_of(entry)
    entries = _pair_of(entry)
    ledger.apply(old=old.legs(), new=[], allow_negative=config_get().allow_negative_stock)
    serials_reverse(serials=list(old.serial_numbers), entry_ids={e.pk for e in entries}, actor=actor)
    for target in entries:
        record(actor=actor, action=actions.STOCK_ENTRY_DELETED, entity=target, changes=snapshot(target))
    StockEntry.objects.filter(pk__in=[e.pk for e in entries]).update(counterpart_entry=None)
    StockEntry.objects.filter(pk__in=[e.pk for e in entries]).delete()
