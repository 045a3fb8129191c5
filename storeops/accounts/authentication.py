"""Bearer JWT authentication that also enforces the token version and the user's active flag."""

from collections import OrderedDict
from threading import Lock

from django.utils.translation import gettext_lazy as _
from rest_framework_simplejwt import authentication
from rest_framework_simplejwt.exceptions import InvalidToken, TokenError
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import Token
from rest_framework_simplejwt.utils import aware_utcnow

from storeops.accounts.selectors import user_for_token

# Verified tokens by their exact text. Verifying a signature always gives the same answer for the same text
# and key, so it is done once per token per process; expiry is checked on every use, and whether the token
# still counts (the user's active flag and token version) is read from the database on every request.
_VERIFIED_MAX = 4096
_verified: "OrderedDict[tuple[bytes, str], Token]" = OrderedDict()
_verified_lock = Lock()


def _remember(key: tuple[bytes, str], token: Token) -> None:
    with _verified_lock:
        _verified[key] = token
        _verified.move_to_end(key)
        while len(_verified) > _VERIFIED_MAX:
            _verified.popitem(last=False)


class JWTAuthentication(authentication.JWTAuthentication):
    def get_validated_token(self, raw_token: bytes) -> Token:
        key = (bytes(raw_token), str(api_settings.SIGNING_KEY))
        token = _verified.get(key)
        if token is not None:
            try:
                token.check_exp(current_time=aware_utcnow())
                return token
            except TokenError:
                pass  # expired: the full check below answers with its usual error
        token = super().get_validated_token(raw_token)
        _remember(key, token)
        return token

    def get_user(self, validated_token):  # type: ignore[no-untyped-def]
        try:
            user_id = validated_token[api_settings.USER_ID_CLAIM]
        except KeyError as exc:
            raise InvalidToken(_("Token contained no recognizable user identification")) from exc
        # Read on every request (one indexed query), so deactivation and version bumps apply at once.
        user = user_for_token(user_id=user_id)
        if user is None or not user.is_active or validated_token.get("ver") != user.token_version:
            raise InvalidToken()
        return user
