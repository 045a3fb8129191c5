from storeops.accounts import apis
from storeops.api.routers import OptionalSlashRouter, optional_slash

router = OptionalSlashRouter()
router.register("users", apis.UserViewSet, basename="user")

urlpatterns = [
    optional_slash("auth/login", apis.LoginApi.as_view(), name="auth-login"),
    optional_slash("auth/register", apis.RegisterApi.as_view(), name="auth-register"),
    optional_slash("auth/logout", apis.LogoutApi.as_view(), name="auth-logout"),
    optional_slash("auth/me", apis.MeApi.as_view(), name="auth-me"),
    optional_slash("auth/password", apis.PasswordChangeApi.as_view(), name="auth-password"),
    optional_slash(
        "auth/verify-email/resend", apis.EmailVerifyResendApi.as_view(), name="auth-verify-email-resend"
    ),
    optional_slash("auth/verify-email", apis.EmailVerifyApi.as_view(), name="auth-verify-email"),
    optional_slash("token/refresh", apis.TokenRefreshApi.as_view(), name="token-refresh"),
    optional_slash("token/verify", apis.TokenVerifyApi.as_view(), name="token-verify"),
    *router.urls,
]
