"""What each inventory write accepts. Keys are optional: an update changes only the keys it is given."""

import datetime as dt
from decimal import Decimal
from typing import TypedDict

from storeops.catalog.models import Category, Variant


class StockEntryInput(TypedDict, total=False):
    entry_type: str
    direction: str | None
    store: int
    variant: Variant
    quantity: int
    unit_price: Decimal
    counterpart_store: int | None
    booking: int | None
    entry_date: dt.date
    reference: str
    note: str
    serial_numbers: list[str]


class SerialInput(TypedDict, total=False):
    status: str
    note: str


class InventoryConfigInput(TypedDict, total=False):
    low_stock_threshold: int
    allow_negative_stock: bool
    serial_tracked_categories: list[Category]
