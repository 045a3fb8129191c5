"""Inventory writes. Every path (API, admin site, commands, demo data) goes through these functions."""

from storeops.inventory.services.config import config_get, config_update
from storeops.inventory.services.entries import stock_entry_create, stock_entry_delete, stock_entry_update
from storeops.inventory.services.serials import serial_update

__all__ = [
    "config_get",
    "config_update",
    "serial_update",
    "stock_entry_create",
    "stock_entry_delete",
    "stock_entry_update",
]
