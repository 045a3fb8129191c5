"""Bearer JWT authentication that also enforces the token version and the user's active flag."""

from rest_framework_simplejwt import authentication
from rest_framework_simplejwt.exceptions import AuthenticationFailed, InvalidToken


class JWTAuthentication(authentication.JWTAuthentication):
    def get_user(self, validated_token):  # type: ignore[no-untyped-def]
        try:
            user = super().get_user(validated_token)
        except AuthenticationFailed:
            raise InvalidToken()
        if not user.is_active or validated_token.get("ver") != user.token_version:
            raise InvalidToken()
        return user
