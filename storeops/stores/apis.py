from typing import cast

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from storeops.accounts.roles import Role
from storeops.stores import serializers as s
from storeops.stores.filters import StoreFilterSet
from storeops.stores.selectors import store_list
from storeops.stores.services import StoreInput, store_create, store_deactivate, store_update


class StoreViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    filterset_class = StoreFilterSet
    ordering_fields = ["name", "code", "created_at", "id"]
    required_permissions = {
        "list": "stores.read",
        "retrieve": "stores.read",
        "create": "stores.write",
        "update": "stores.write",
        "partial_update": "stores.write",
        "destroy": "stores.write",
    }

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return store_list(actor=self.request.user)

    def _is_admin(self) -> bool:
        return getattr(self.request.user, "role", None) == Role.SYSTEM_ADMIN

    def get_serializer_class(self):  # type: ignore[no-untyped-def]
        return s.StoreAdminOutput if self._is_admin() else s.StoreOutput

    def _output(self, store_id: int) -> Response:
        return Response(s.StoreAdminOutput(store_list(actor=self.request.user).get(pk=store_id)).data)

    @extend_schema(request=s.StoreWriteInput, responses={201: s.StoreAdminOutput})
    def create(self, request: Request) -> Response:
        data = s.StoreWriteInput(data=request.data)
        data.is_valid(raise_exception=True)
        store = store_create(data=cast(StoreInput, dict(data.validated_data)), actor=request.user)
        response = self._output(store.pk)
        response.status_code = status.HTTP_201_CREATED
        return response

    @extend_schema(request=s.StoreWriteInput, responses={200: s.StoreAdminOutput})
    def update(self, request: Request, pk: str | None = None) -> Response:
        return self._update(request, partial=False)

    @extend_schema(request=s.StoreWriteInput, responses={200: s.StoreAdminOutput})
    def partial_update(self, request: Request, pk: str | None = None) -> Response:
        return self._update(request, partial=True)

    def _update(self, request: Request, *, partial: bool) -> Response:
        store = self.get_object()
        data = s.StoreWriteInput(data=request.data, partial=partial)
        data.is_valid(raise_exception=True)
        store_update(store=store, data=cast(StoreInput, dict(data.validated_data)), actor=request.user)
        return self._output(store.pk)

    @extend_schema(responses={204: None})
    def destroy(self, request: Request, pk: str | None = None) -> Response:
        store_deactivate(store=self.get_object(), actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
