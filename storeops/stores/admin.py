from typing import Any, cast

from django import forms
from django.contrib import admin

from storeops.core.admin import ServiceModelAdmin
from storeops.stores.models import Store
from storeops.stores.services import StoreInput, store_create, store_deactivate, store_update


class StoreAdminForm(forms.ModelForm):
    class Meta:
        model = Store
        fields = [
            "name",
            "code",
            "address",
            "phone",
            "email",
            "latitude",
            "longitude",
            "timezone",
            "store_type",
            "branch_head",
            "is_active",
        ]


@admin.register(Store)
class StoreAdmin(ServiceModelAdmin):
    form = StoreAdminForm
    list_display = ["code", "name", "store_type", "branch_head", "timezone", "is_active"]
    list_filter = ["store_type", "is_active"]
    search_fields = ["name", "code", "address"]
    list_select_related = ["branch_head"]

    @staticmethod
    def _data(data: dict[str, Any]) -> StoreInput:
        if "branch_head" in data:
            data["branch_head"] = data["branch_head"].pk if data["branch_head"] else None
        return cast(StoreInput, data)

    def service_create(self, data: dict[str, Any], actor: Any) -> Store:
        return store_create(data=self._data(data), actor=actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> Store:
        return store_update(store=obj, data=self._data(data), actor=actor)

    def service_delete(self, obj: Any, actor: Any) -> None:
        store_deactivate(store=obj, actor=actor)
