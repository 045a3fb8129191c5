from typing import Any

from storeops.accounts.roles import Role
from storeops.api.viewsets import ModelWriteViewSet
from storeops.stores import serializers as s
from storeops.stores.filters import StoreFilterSet
from storeops.stores.selectors import store_list
from storeops.stores.services import store_create, store_deactivate, store_update


def _is_admin(user: Any) -> bool:
    return getattr(user, "role", None) == Role.SYSTEM_ADMIN


class StoreViewSet(ModelWriteViewSet):
    # Public directory; admins also see the admin fields, and write. Destroy deactivates.
    read_permission = "stores.read"
    write_permission = "stores.write"
    filterset_class = StoreFilterSet
    ordering_fields = ["name", "code", "created_at", "id"]
    selector = store_list
    write_input = s.StoreWriteInput
    output = s.StoreAdminOutput
    public_output = s.StoreOutput
    full_output_for = _is_admin
    entity = "store"
    create_service = store_create
    update_service = store_update
    delete_service = store_deactivate
