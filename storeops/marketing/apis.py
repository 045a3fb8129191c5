"""Lead endpoints: a public submission (captcha, throttle) and the admin inbox on the same path."""

from typing import Any, ClassVar

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from storeops.api.captcha import captcha_required, verify_captcha
from storeops.api.fastpath import FastReadMixin
from storeops.api.viewsets import ModelWriteViewSet
from storeops.core.net import client_ip
from storeops.marketing import outputs as out
from storeops.marketing import serializers as s
from storeops.marketing import services
from storeops.marketing.filters import CallRequestFilterSet, ContactFilterSet
from storeops.marketing.selectors import call_request_list, contact_list

SUBMIT = "marketing.submit"
MANAGE = "marketing.manage"


class LeadViewSet(FastReadMixin, ModelWriteViewSet):
    # No docstring: the schema would show it as every lead operation's description.
    # POST is the public form; GET and PATCH are the admin inbox. Leads are never replaced or removed: the
    # router routes no PUT or DELETE (405 for everybody, see `urls.py`).
    read_permission = write_permission = MANAGE
    ordering_fields: ClassVar[list[str]] = ["created_at", "id"]
    read_cache = services.CACHE
    read_audience = out.audience
    write_input = s.LeadUpdateInput
    entity = "lead"
    update_service = services.lead_update
    submit_input: type[serializers.Serializer]
    submit_output: type[serializers.Serializer]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        submit_input = getattr(cls, "submit_input", None)
        if submit_input is not None:
            extend_schema_view(
                create=extend_schema(request=submit_input, responses={201: cls.submit_output}),
                partial_update=extend_schema(request=s.LeadUpdateInput, responses={200: cls.output}),
            )(cls)

    @property
    def required_permissions(self) -> dict[str, str]:
        return {**super().required_permissions, "create": SUBMIT}

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = self.submit_input(data=request.data)
        data.is_valid(raise_exception=True)
        payload = dict(data.validated_data)
        token = payload.pop("captcha_token", None)
        if captcha_required(request.user):
            verify_captcha(token, remote_ip=client_ip(request._request))
        lead = self.create_service(data=payload, actor=request.user)
        return Response(self.submit_output(lead).data, status=status.HTTP_201_CREATED)


class ContactViewSet(LeadViewSet):
    throttle_scopes = {"create": "contact"}
    selector = contact_list
    filterset_class = ContactFilterSet
    output = s.ContactAdminOutput
    fast_columns = out.CONTACT_COLUMNS
    fast_row = out.contact_row
    submit_input = s.ContactCreateInput
    submit_output = s.ContactOutput
    create_service = services.contact_create


class CallRequestViewSet(LeadViewSet):
    throttle_scopes = {"create": "schedule_call"}
    ordering_fields = ["created_at", "date", "id"]
    ordering_map = {"date": ["date", "time"]}
    selector = call_request_list
    filterset_class = CallRequestFilterSet
    output = s.CallRequestAdminOutput
    fast_columns = out.CALL_COLUMNS
    fast_row = out.call_row
    submit_input = s.CallRequestCreateInput
    submit_output = s.CallRequestOutput
    create_service = services.call_request_create
