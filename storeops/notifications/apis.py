from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from storeops.notifications.filters import NotificationFilterSet
from storeops.notifications.selectors import notification_list
from storeops.notifications.serializers import NotificationErrorOutput, NotificationOutput
from storeops.notifications.services import notification_retry

MANAGE = "notifications.manage"


class NotificationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The outbox, read-only, for system admins; a failed row can be put back in the queue."""

    serializer_class = NotificationOutput
    filterset_class = NotificationFilterSet
    ordering_fields = ["created_at", "id"]
    required_permissions = {"list": MANAGE, "retry": MANAGE, "retrieve": MANAGE}

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return notification_list(actor=self.request.user)

    @extend_schema(
        request=None,
        responses={
            200: NotificationOutput,
            409: OpenApiResponse(
                NotificationErrorOutput, description="The notification is not `failed` (code `not_failed`)."
            ),
        },
    )
    @action(detail=True, methods=["post"])
    def retry(self, request: Request, pk: str | None = None) -> Response:
        notification = notification_retry(notification=self.get_object(), actor=request.user)
        return Response(NotificationOutput(notification).data)
