from typing import cast

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from storeops.accounts import serializers as s
from storeops.accounts.filters import UserFilterSet
from storeops.accounts.models import User
from storeops.accounts.outputs import me_output
from storeops.accounts.selectors import user_list
from storeops.accounts.services import auth, tokens, users, verification
from storeops.api.fastpath import json_response
from storeops.api.viewsets import ModelWriteViewSet

PUBLIC = "auth.public"
SELF = "auth.self"


def _user(request: Request) -> User:
    """The signed-in user; only called on views whose permission requires authentication."""
    return cast(User, request.user)


def _login_body(user, pair) -> dict:  # type: ignore[no-untyped-def]
    return {
        **pair.as_dict(),
        "user": s.UserBriefOutput(user).data,
        "username": user.username,
        "role": user.role,
        "store": user.store_id,
    }


class LoginApi(APIView):
    authentication_classes = []
    error_statuses = (401,)
    required_permissions = {"post": PUBLIC}
    throttle_scope = "login"

    @extend_schema(request=s.LoginInput, responses={200: s.LoginOutput}, auth=[])
    def post(self, request: Request) -> Response:
        data = s.LoginInput(data=request.data)
        data.is_valid(raise_exception=True)
        user, pair = auth.user_login(
            identifier=data.validated_data["identifier"], password=data.validated_data["password"]
        )
        return Response(_login_body(user, pair))


class RegisterApi(APIView):
    required_permissions = {"post": PUBLIC}
    throttle_scope = "register"

    @extend_schema(request=s.RegisterInput, responses={201: s.RegisterOutput}, auth=[])
    def post(self, request: Request) -> Response:
        data = s.RegisterInput(data=request.data)
        data.is_valid(raise_exception=True)
        user = auth.user_register(**data.validated_data)
        return Response(s.RegisterOutput(user).data, status=status.HTTP_201_CREATED)


class LogoutApi(APIView):
    required_permissions = {"post": PUBLIC}

    @extend_schema(request=s.RefreshInput, responses={205: OpenApiResponse(description="Signed out.")})
    def post(self, request: Request) -> Response:
        data = s.RefreshInput(data=request.data)
        data.is_valid(raise_exception=True)
        tokens.token_logout(raw=data.validated_data["refresh"], caller=request.user)
        return Response(status=status.HTTP_205_RESET_CONTENT)


class MeApi(APIView):
    required_permissions = {"get": SELF, "patch": SELF}

    @extend_schema(responses={200: s.MeOutput})
    def get(self, request: Request) -> Response:
        return json_response(request, me_output(_user(request)))

    @extend_schema(request=s.ProfileUpdateInput, responses={200: s.MeOutput})
    def patch(self, request: Request) -> Response:
        data = s.ProfileUpdateInput(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        user = auth.profile_update(user=_user(request), data=data.validated_data)
        return Response(s.MeOutput(user).data)


class PasswordChangeApi(APIView):
    required_permissions = {"post": SELF}
    throttle_scope = "login"

    @extend_schema(request=s.PasswordChangeInput, responses={200: s.TokenPairOutput})
    def post(self, request: Request) -> Response:
        data = s.PasswordChangeInput(data=request.data)
        data.is_valid(raise_exception=True)
        pair = auth.password_change(user=_user(request), **data.validated_data)
        return Response(pair.as_dict())


class TokenRefreshApi(APIView):
    authentication_classes = []
    error_statuses = (401,)
    required_permissions = {"post": PUBLIC}

    @extend_schema(request=s.RefreshInput, responses={200: s.TokenPairOutput}, auth=[])
    def post(self, request: Request) -> Response:
        data = s.RefreshInput(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(tokens.token_refresh(raw=data.validated_data["refresh"]).as_dict())


class TokenVerifyApi(APIView):
    authentication_classes = []
    error_statuses = (401,)
    required_permissions = {"post": PUBLIC}

    @extend_schema(
        request=s.TokenVerifyInput, responses={200: OpenApiResponse(description="Valid: `{}`.")}, auth=[]
    )
    def post(self, request: Request) -> Response:
        data = s.TokenVerifyInput(data=request.data)
        data.is_valid(raise_exception=True)
        tokens.token_verify(raw=data.validated_data["token"])
        return Response({})


class EmailVerifyApi(APIView):
    authentication_classes = []
    required_permissions = {"post": PUBLIC}

    @extend_schema(request=s.EmailVerifyInput, responses={200: s.EmailVerifiedOutput}, auth=[])
    def post(self, request: Request) -> Response:
        data = s.EmailVerifyInput(data=request.data)
        data.is_valid(raise_exception=True)
        verification.email_verify(token=data.validated_data["token"])
        return Response({"email_verified": True})


class EmailVerifyResendApi(APIView):
    required_permissions = {"post": SELF}
    throttle_scope = "register"

    @extend_schema(request=None, responses={202: s.DetailOutput})
    def post(self, request: Request) -> Response:
        verification.verification_email_resend(user=_user(request))
        return Response({"detail": "Verification e-mail queued."}, status=status.HTTP_202_ACCEPTED)


class UserViewSet(ModelWriteViewSet):
    # Destroy deactivates.
    read_permission = write_permission = "users.manage"
    filterset_class = UserFilterSet
    ordering_fields = ["username", "date_joined", "last_login", "id"]
    selector = user_list
    write_input = s.UserWriteInput
    output = s.UserOutput
    entity = "user"
    create_service = users.user_create
    update_service = users.user_update
    delete_service = users.user_deactivate

    def get_write_input(self, *, creating: bool, partial: bool) -> s.UserWriteInput:
        # A new user needs a password and takes the role and activity defaults.
        return s.UserWriteInput(data=self.request.data, partial=partial, creating=creating)
