from typing import Any

from django.http import StreamingHttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, mixins, viewsets
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.request import Request

from storeops.activity.export import csv_stream, event_rows, json_stream
from storeops.activity.filters import ActivityEventFilterSet
from storeops.activity.selectors import event_list
from storeops.activity.serializers import ActivityEventOutput, ExportFormatInput
from storeops.activity.services import log_export
from storeops.api.schema import AutoSchema

READ = "activity.read"
ORDERING = ["occurred_at"]
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}
STREAMS = {"csv": csv_stream, "json": json_stream}


class FormatParameterNegotiation(BaseContentNegotiation):
    """`format` is this module's own query parameter (the export's file format), which DRF would otherwise
    read as a renderer name and answer 404 for `csv`. Responses rendered by DRF (lists, details, every error)
    are JSON, whatever `format` or `Accept` say; the export writes its file itself."""

    def select_parser(self, request, parsers):  # type: ignore[no-untyped-def]
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):  # type: ignore[no-untyped-def]
        return renderers[0], renderers[0].media_type


class LogViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The activity log, read-only, for system admins."""

    serializer_class = ActivityEventOutput
    filterset_class = ActivityEventFilterSet
    ordering_fields = ORDERING
    lookup_value_regex = r"[0-9]+"
    content_negotiation_class = FormatParameterNegotiation
    required_permissions = {"list": READ, "retrieve": READ}

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return event_list(actor=self.request.user)


FORMAT_PARAMETER = {
    "in": "query",
    "name": "format",
    "schema": {"type": "string", "enum": ["csv", "json"]},
    "description": "`csv` (the default, also when empty) or `json`.",
    "allowEmptyValue": True,
}


class ExportSchema(AutoSchema):
    """The export takes the list's filters and ordering without being a list (no pagination), plus `format`."""

    def get_filter_backends(self) -> list[Any]:
        return list(getattr(self.view, "filter_backends", []))

    def _get_filter_parameters(self) -> list[dict[str, Any]]:
        return [*super()._get_filter_parameters(), FORMAT_PARAMETER]


class LogExportApi(generics.GenericAPIView):
    """Every event matching the filters, streamed as CSV or as one JSON array. The export is itself
    recorded (`activity.log.exported`, with the format, the filters and the number of matching events)
    before the first row is sent, and is not part of its own output."""

    serializer_class = ActivityEventOutput
    filterset_class = ActivityEventFilterSet
    ordering_fields = ORDERING
    pagination_class = None
    content_negotiation_class = FormatParameterNegotiation
    required_permissions = {"get": READ}
    schema = ExportSchema()

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return event_list(actor=self.request.user)

    @extend_schema(
        operation_id="logs_export",
        responses={
            (200, "text/csv"): OpenApiResponse(
                OpenApiTypes.STR,
                description="CSV (RFC 4180, UTF-8): header `id,occurred_at,actor_id,actor_label,actor_role,"
                "action,entity_type,entity_id,entity_label,store_id,reason,changes,metadata,request_id,ip`, "
                "then one row per event; cells a spreadsheet would read as a formula start with `'`.",
            ),
            (200, "application/json"): OpenApiResponse(
                ActivityEventOutput(many=True), description="One array of events, `[]` when none match."
            ),
        },
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> StreamingHttpResponse:
        choice = ExportFormatInput(data={"format": request.query_params.get("format") or "csv"})
        choice.is_valid(raise_exception=True)
        fmt = choice.validated_data["format"]
        queryset = self.filter_queryset(self.get_queryset())
        if request.method == "HEAD":
            # Headers only: nothing is exported, so nothing is recorded or read.
            response = StreamingHttpResponse(iter(()), content_type=MEDIA_TYPES[fmt])
        else:
            event = log_export(actor=request.user, format=fmt, filters=self._filters())
            rows = event_rows(queryset.exclude(pk=event.pk))
            response = StreamingHttpResponse(STREAMS[fmt](rows), content_type=MEDIA_TYPES[fmt])
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        response["Content-Disposition"] = f'attachment; filename="activity_{stamp}.{fmt}"'
        return response

    def _filters(self) -> dict[str, str]:
        """The filter and ordering parameters this export applied, as sent."""
        names = [*ActivityEventFilterSet.base_filters, "ordering"]
        params = self.request.query_params
        return {name: params[name] for name in names if params.get(name)}
