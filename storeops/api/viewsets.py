"""The base viewset of every module's list/retrieve/create/update/destroy endpoints.

`ModelWriteViewSet` reads from a selector; its writes validate the input → call the service → render the row
read again.

A subclass is a list of declarations:

- `read_permission`, `write_permission`: permission names (`storeops/accounts/permissions.py`) of list and
  retrieve, and of create, update, partial_update and destroy. One left undeclared denies its actions.
- `selector(*, actor) -> QuerySet`: the rows the caller may see, already scoped; a write answers with the row
  read again through it.
- `write_input`: the input serializer of create, update (PUT) and partial update (PATCH).
- `output`: the output serializer. Optionally `public_output` with `full_output_for(user) -> bool`: callers
  for whom it is false get `public_output` instead (e.g. no prices, no admin fields).
- `create_service(*, data, actor) -> row`, `update_service(*, <entity>=row, data, actor)`,
  `delete_service(*, <entity>=row, actor)`; `entity` is the keyword naming the row (`"store"`). The delete
  service may deactivate rather than delete; destroy answers 204 either way.
- `destroy_responses`: error responses of destroy worth documenting, e.g. `{409: ProtectedOutput}`.
- the usual read declarations: `filterset_class`, `ordering_fields`, `lookup_field`.

Functions are declared plainly (`selector = store_list`). The OpenAPI request and response schemas of the
writes are derived from the declarations when the subclass is created. Override `get_write_input` when the
input serializer needs more than the body (users: `creating=True` on create).
"""

import types
from collections.abc import Callable
from typing import Any, ClassVar

from django.db import models
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

# Declarations holding functions; a plain function is stored as a staticmethod so it is not bound to the view.
_FUNCTIONS = ("selector", "create_service", "update_service", "delete_service", "full_output_for")


class ModelWriteViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    # No class docstring on purpose: the schema generator shows the nearest class docstring as the description
    # of every operation of every subclass. The documentation is the module docstring.

    read_permission: ClassVar[str | None] = None
    write_permission: ClassVar[str | None] = None
    selector: Callable[..., models.QuerySet[Any]]
    write_input: type[serializers.Serializer]
    output: type[serializers.Serializer]
    public_output: type[serializers.Serializer] | None = None
    full_output_for: Callable[..., bool]
    create_service: Callable[..., models.Model]
    update_service: Callable[..., Any]
    delete_service: Callable[..., Any]
    entity: str
    destroy_responses: ClassVar[dict[int, Any]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in _FUNCTIONS:
            if isinstance(cls.__dict__.get(name), types.FunctionType):
                setattr(cls, name, staticmethod(cls.__dict__[name]))
        # Intermediate bases (a module's defaults) declare no serializers yet; concrete views are documented.
        write, output = getattr(cls, "write_input", None), getattr(cls, "output", None)
        if write is not None and output is not None:
            extend_schema_view(
                create=extend_schema(request=write, responses={201: output}),
                update=extend_schema(request=write, responses={200: output}),
                partial_update=extend_schema(request=write, responses={200: output}),
                destroy=extend_schema(responses={204: None, **cls.destroy_responses}),
            )(cls)

    @property
    def required_permissions(self) -> dict[str, str]:
        reads = dict.fromkeys(("list", "retrieve"), self.read_permission)
        writes = dict.fromkeys(("create", "update", "partial_update", "destroy"), self.write_permission)
        return {action: name for action, name in (reads | writes).items() if name is not None}

    def get_queryset(self) -> models.QuerySet[Any]:
        return self.selector(actor=self.request.user)

    def get_serializer_class(self) -> type[serializers.Serializer]:
        if self.public_output is not None and not self.full_output_for(getattr(self.request, "user", None)):
            return self.public_output
        return self.output

    def get_write_input(self, *, creating: bool, partial: bool) -> serializers.Serializer:
        """The bound input serializer of this request's body."""
        return self.write_input(data=self.request.data, partial=partial)

    def _render(self, pk: Any, code: int = status.HTTP_200_OK) -> Response:
        return Response(self.get_serializer(self.get_queryset().get(pk=pk)).data, status=code)

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = self.get_write_input(creating=True, partial=False)
        data.is_valid(raise_exception=True)
        row = self.create_service(data=dict(data.validated_data), actor=request.user)
        return self._render(row.pk, status.HTTP_201_CREATED)

    def update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self._update(request, partial=False)

    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self._update(request, partial=True)

    def _update(self, request: Request, *, partial: bool) -> Response:
        row = self.get_object()
        data = self.get_write_input(creating=False, partial=partial)
        data.is_valid(raise_exception=True)
        self.update_service(**{self.entity: row}, data=dict(data.validated_data), actor=request.user)
        return self._render(row.pk)

    def destroy(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        self.delete_service(**{self.entity: self.get_object()}, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
