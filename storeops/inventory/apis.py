"""Inventory HTTP endpoints, all for system admins (`inventory.manage`)."""

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from storeops.api.viewsets import ModelWriteViewSet
from storeops.catalog.models import PriceLog
from storeops.inventory import filters as f
from storeops.inventory import selectors as sel
from storeops.inventory import serializers as s
from storeops.inventory import services
from storeops.inventory.models import Serial, StockBalance

PERMISSION = "inventory.manage"


class StockLedgerViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    required_permissions = dict.fromkeys(("list", "retrieve", "rollup"), PERMISSION)
    queryset = StockBalance.objects.none()  # the model, for the schema; rows come from the selectors
    serializer_class = s.StockBalanceOutput
    filterset_class = f.StockBalanceFilterSet
    ordering_fields = ["quantity", "last_movement_at", "store", "variant", "id"]

    def get_queryset(self) -> QuerySet[Any]:
        if getattr(self, "swagger_fake_view", False):
            return StockBalance.objects.none()
        if self.action == "rollup":
            store = self.request.query_params.get("store", "")
            store_ids = f.ids_of(store) if store.strip() else None
            return sel.stock_rollup_list(store_ids=store_ids)
        return sel.stock_balance_list(actor=self.request.user)

    @property
    def ordering_map(self) -> dict[str, list[str]]:
        return {"quantity": ["total_quantity"]} if self.action == "rollup" else {}

    def get_serializer_class(self) -> Any:
        return s.StockRollupOutput if self.action == "rollup" else s.StockBalanceOutput

    def get_filterset_class(self) -> Any:
        return f.StockRollupFilterSet if self.action == "rollup" else f.StockBalanceFilterSet

    @extend_schema(filters=True, responses={200: s.StockRollupOutput(many=True)})
    @action(detail=False, methods=["get"], filterset_class=f.StockRollupFilterSet,
            ordering_fields=["quantity", "product_name", "variant_name", "variant"])  # fmt: skip
    def rollup(self, request: Request) -> Response:
        return self.list(request)


@extend_schema_view(destroy=extend_schema(responses={204: None, 409: s.InsufficientStockOutput}))
class StockEntryViewSet(ModelWriteViewSet):
    read_permission = PERMISSION
    write_permission = PERMISSION
    filterset_class = f.StockEntryFilterSet
    ordering_fields = ["created_at", "entry_date", "quantity", "id"]
    selector = sel.stock_entry_list
    write_input = s.StockEntryWriteInput
    output = s.StockEntryOutput
    entity = "stock_entry"
    create_service = services.stock_entry_create
    update_service = services.stock_entry_update
    delete_service = services.stock_entry_delete


class SerialViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    required_permissions = dict.fromkeys(("list", "retrieve", "partial_update"), PERMISSION)
    queryset = Serial.objects.none()  # the model, for the schema
    filterset_class = f.SerialFilterSet
    ordering_fields = ["serial_no", "updated_at", "id"]

    def get_queryset(self) -> QuerySet[Any]:
        return sel.serial_list(actor=self.request.user)

    def get_serializer_class(self) -> Any:
        return s.SerialDetailOutput if self.action in ("retrieve", "partial_update") else s.SerialOutput

    @extend_schema(request=s.SerialUpdateInput, responses={200: s.SerialDetailOutput})
    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        serial = self.get_object()
        data = s.SerialUpdateInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        services.serial_update(serial=serial, data=dict(data.validated_data), actor=request.user)  # type: ignore[arg-type]
        return Response(self.get_serializer(self.get_queryset().get(pk=serial.pk)).data)


class PriceLogViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    required_permissions = dict.fromkeys(("list", "retrieve"), PERMISSION)
    queryset = PriceLog.objects.none()  # the model, for the schema
    serializer_class = s.PriceLogOutput
    filterset_class = f.PriceLogFilterSet
    ordering_fields = ["changed_at", "id"]

    def get_queryset(self) -> QuerySet[Any]:
        return sel.price_log_list(actor=self.request.user)


class InventoryConfigApi(APIView):
    required_permissions = dict.fromkeys(("get", "put", "patch"), PERMISSION)

    def _render(self) -> Response:
        return Response(s.InventoryConfigOutput(services.config_get()).data)

    @extend_schema(responses={200: s.InventoryConfigOutput})
    def get(self, request: Request) -> Response:
        return self._render()

    @extend_schema(request=s.InventoryConfigInput, responses={200: s.InventoryConfigOutput})
    def put(self, request: Request) -> Response:
        return self._update(request)

    @extend_schema(request=s.InventoryConfigInput, responses={200: s.InventoryConfigOutput})
    def patch(self, request: Request) -> Response:
        return self._update(request)

    def _update(self, request: Request) -> Response:
        # PUT and PATCH both leave omitted fields unchanged.
        data = s.InventoryConfigInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        services.config_update(data=dict(data.validated_data), actor=request.user)  # type: ignore[arg-type]
        return self._render()
