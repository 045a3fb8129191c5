"""Serial numbers: the rules an entry's serials obey, their moves, their reversal, manual status changes."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from storeops.activity import actions
from storeops.activity.services import record
from storeops.core.errors import Conflict
from storeops.core.locking import lock
from storeops.inventory.models import (
    IN_STOCK,
    LEFT_STOCK,
    Direction,
    EntryType,
    Serial,
    SerialAction,
    SerialMovement,
    SerialStatus,
    StockEntry,
)
from storeops.inventory.services.inputs import SerialInput

SERIAL_FORMAT = re.compile(r"[A-Z0-9\-_/.]{1,64}", re.ASCII)
MANUAL_STATUSES = IN_STOCK
STATUS_MESSAGE = "Only available, defective or in_transit can be set, and only for a unit in stock."

ACTIONS = {
    (EntryType.PURCHASE, Direction.IN): SerialAction.RECEIVED,
    (EntryType.SALE, Direction.OUT): SerialAction.SOLD,
    (EntryType.RETURN_IN, Direction.IN): SerialAction.RETURNED_IN,
    (EntryType.RETURN_OUT, Direction.OUT): SerialAction.RETURNED_OUT,
    (EntryType.ADJUSTMENT, Direction.IN): SerialAction.ADJUSTED_IN,
    (EntryType.ADJUSTMENT, Direction.OUT): SerialAction.ADJUSTED_OUT,
    (EntryType.TRANSFER_OUT, Direction.OUT): SerialAction.TRANSFERRED,
    (EntryType.TRANSFER_IN, Direction.IN): SerialAction.TRANSFERRED,
}


def _error(message: str) -> ValidationError:
    return ValidationError({"serial_numbers": [message]})


def clean_serial_numbers(values: Iterable[Any]) -> list[str]:
    """Trimmed, upper-cased and checked against the format; the order is kept."""
    cleaned = [str(value).strip().upper() for value in values]
    bad = [value for value in cleaned if not SERIAL_FORMAT.fullmatch(value)]
    if bad:
        raise _error(
            "Serial numbers are 1–64 characters of A–Z, 0–9, '-', '_', '/' and '.': "
            + ", ".join(repr(value[:64]) for value in bad[:10])
            + "."
        )
    return cleaned


def check_serial_list(serials: list[str], *, quantity: int, tracked: bool) -> None:
    if not tracked:
        if serials:
            raise _error("This variant is not serial-tracked.")
        return
    if len(serials) != quantity:
        raise _error(f"Give exactly {quantity} serial numbers, one per unit.")
    repeated = sorted({value for value in serials if serials.count(value) > 1})
    if repeated:
        raise _error(f"Repeated serial numbers: {', '.join(repeated)}.")


@dataclass(frozen=True)
class SerialMove:
    """What one entry does to its serials: where they must be and where they go."""

    entry_type: str
    direction: str
    variant_id: int
    store_id: int  # the entry's store; the source of a transfer
    destination_id: int | None  # transfers only
    entry_id: int  # recorded on the movements (the outgoing leg of a transfer)


def _check_existing(move: SerialMove, found: dict[str, Serial], serials: list[str]) -> None:
    other = sorted(s for s in serials if s in found and found[s].variant_id != move.variant_id)
    if other:
        raise _error(f"Belongs to another variant: {', '.join(other)}.")
    incoming = move.direction == Direction.IN and move.entry_type not in (
        EntryType.TRANSFER_IN,
        EntryType.TRANSFER_OUT,
    )
    if move.entry_type == EntryType.PURCHASE:
        taken = sorted(s for s in serials if s in found)
        if taken:
            raise _error(f"Already registered: {', '.join(taken)}.")
    elif incoming:
        taken = sorted(s for s in serials if s in found and found[s].status not in LEFT_STOCK)
        if taken:
            raise _error(f"Already registered: {', '.join(taken)}.")
    else:
        allowed = (SerialStatus.AVAILABLE,) if move.entry_type == EntryType.SALE else IN_STOCK
        missing = sorted(
            s
            for s in serials
            if s not in found or found[s].store_id != move.store_id or found[s].status not in allowed
        )
        if missing:
            raise _error(f"Not in stock at this store: {', '.join(missing)}.")


def _target(move: SerialMove, serial: Serial | None) -> tuple[int, str]:
    """(store, status) of a serial after the entry."""
    if move.destination_id is not None:
        status = serial.status if serial is not None else SerialStatus.AVAILABLE
        return move.destination_id, SerialStatus.AVAILABLE if status == SerialStatus.IN_TRANSIT else status
    if move.direction == Direction.IN:
        return move.store_id, SerialStatus.AVAILABLE
    outgoing = {
        EntryType.SALE: SerialStatus.SOLD,
        EntryType.RETURN_OUT: SerialStatus.RETURNED,
        EntryType.ADJUSTMENT: SerialStatus.WRITTEN_OFF,
    }
    return move.store_id, outgoing[EntryType(move.entry_type)]


def serials_apply(move: SerialMove, serials: list[str], *, actor: Any) -> None:
    """Check the rules against the (locked) serial rows, then move or create them. 400 on a violation."""
    if not serials:
        return
    found = {s.serial_no: s for s in Serial.objects.filter(serial_no__in=serials)}
    _check_existing(move, found, serials)
    action = ACTIONS[(EntryType(move.entry_type), Direction(move.direction))]
    by = actor if getattr(actor, "is_authenticated", False) else None
    movements = []
    for serial_no in serials:
        serial = found.get(serial_no)
        store_id, status = _target(move, serial)
        if serial is None:
            serial = _register(
                serial_no, variant_id=move.variant_id, store_id=store_id, entry_id=move.entry_id
            )
            movements.append(
                SerialMovement(serial=serial, action=action, entry=move.entry_id, to_status=status,
                               to_store_id=store_id, by=by)
            )  # fmt: skip
            continue
        movements.append(
            SerialMovement(
                serial=serial, action=action, entry=move.entry_id, from_status=serial.status, to_status=status,
                from_store_id=serial.store_id, to_store_id=store_id, from_entry=serial.last_entry_id, by=by,
            )
        )  # fmt: skip
        serial.status, serial.store_id, serial.last_entry_id = status, store_id, move.entry_id
        serial.save(update_fields=["status", "store", "last_entry", "updated_at"])
    SerialMovement.objects.bulk_create(movements)


def _register(serial_no: str, *, variant_id: int, store_id: int, entry_id: int) -> Serial:
    try:
        with transaction.atomic():
            return Serial.objects.create(
                serial_no=serial_no, variant_id=variant_id, store_id=store_id, last_entry_id=entry_id
            )
    except IntegrityError:
        # A concurrent request registered it first.
        raise _error(f"Already registered: {serial_no}.")


def _effective_latest(serial_ids: Iterable[int]) -> dict[int, SerialMovement]:
    latest: dict[int, SerialMovement] = {}
    rows = (
        SerialMovement.objects.filter(serial_id__in=list(serial_ids), undone=False)
        .exclude(action=SerialAction.REVERSED)
        .order_by("serial_id", "id")
    )
    for movement in rows:
        latest[movement.serial_id] = movement
    return latest


def serials_reverse(*, serials: list[str], entry_ids: set[int], actor: Any) -> None:
    """Put each serial back to its state before the entry; serials the entry created are removed.

    409 `serials_moved` when a serial's latest step is not this entry's.
    """
    if not serials:
        return
    rows = {s.serial_no: s for s in Serial.objects.filter(serial_no__in=serials)}
    latest = _effective_latest(s.pk for s in rows.values())
    moved = sorted(
        no
        for no in serials
        if no not in rows or rows[no].pk not in latest or latest[rows[no].pk].entry not in entry_ids
    )
    if moved:
        raise Conflict(
            "Some serial numbers of this entry have moved since; reverse their later movements first.",
            "serials_moved",
            serials=moved,
        )
    by = actor if getattr(actor, "is_authenticated", False) else None
    undo: list[SerialMovement] = []
    for serial_no in serials:
        serial, step = rows[serial_no], latest[rows[serial_no].pk]
        if step.from_status is None or step.from_store_id is None:
            serial.delete()
            continue
        undo.append(
            SerialMovement(
                serial=serial, action=SerialAction.REVERSED, entry=step.entry, from_status=serial.status,
                to_status=step.from_status, from_store_id=serial.store_id, to_store_id=step.from_store_id,
                from_entry=serial.last_entry_id, by=by,
            )
        )  # fmt: skip
        serial.status, serial.store_id = step.from_status, step.from_store_id
        previous = step.from_entry
        exists = previous is not None and StockEntry.objects.filter(pk=previous).exists()
        serial.last_entry_id = previous if exists else None
        serial.save(update_fields=["status", "store", "last_entry", "updated_at"])
        step.undone = True
        step.save(update_fields=["undone"])
    SerialMovement.objects.bulk_create(undo)


@transaction.atomic
def serial_update(*, serial: Serial, data: SerialInput, actor: Any) -> Serial:
    """Manual note and status changes of a unit in stock; the balance is not affected."""
    serial = lock(serial)
    changes: dict[str, list[Any]] = {}
    if "status" in data and data["status"] != serial.status:
        if data["status"] not in MANUAL_STATUSES or serial.status not in IN_STOCK:
            raise ValidationError({"status": [STATUS_MESSAGE]})
        changes["status"] = [serial.status, data["status"]]
        SerialMovement.objects.create(
            serial=serial, action=SerialAction.STATUS_CHANGED, from_status=serial.status,
            to_status=data["status"], from_store_id=serial.store_id, to_store_id=serial.store_id,
            from_entry=serial.last_entry_id, by=actor if getattr(actor, "is_authenticated", False) else None,
        )  # fmt: skip
        serial.status = data["status"]
    if "note" in data and data["note"] != serial.note:
        changes["note"] = [serial.note, data["note"]]
        serial.note = data["note"]
    if changes:
        serial.save(update_fields=[*changes, "updated_at"])
        record(actor=actor, action=actions.SERIAL_UPDATED, entity=serial, changes=changes)
    return serial
