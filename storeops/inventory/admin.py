"""Read-only admin pages: stock changes only through the API's services, which keep the ledger exact."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from storeops.inventory.models import Serial, StockBalance, StockEntry


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(StockBalance)
class StockBalanceAdmin(ReadOnlyAdmin):
    list_display = ["store", "variant", "quantity", "last_movement_at"]
    list_filter = ["store"]
    search_fields = ["variant__name", "variant__sku", "variant__product__name"]
    list_select_related = ["store", "variant"]


@admin.register(StockEntry)
class StockEntryAdmin(ReadOnlyAdmin):
    list_display = ["id", "entry_type", "store", "variant", "quantity", "delta", "entry_date", "entered_by"]
    list_filter = ["entry_type", "store"]
    search_fields = ["reference", "note", "variant__name"]
    list_select_related = ["store", "variant", "entered_by"]


@admin.register(Serial)
class SerialAdmin(ReadOnlyAdmin):
    list_display = ["serial_no", "variant", "store", "status", "updated_at"]
    list_filter = ["status", "store"]
    search_fields = ["serial_no"]
    list_select_related = ["store", "variant"]
