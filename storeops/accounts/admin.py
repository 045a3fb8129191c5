from typing import Any, cast

from django import forms
from django.contrib import admin

from storeops.accounts.models import User
from storeops.accounts.services.users import UserInput, user_create, user_deactivate, user_update
from storeops.core.admin import ServiceModelAdmin


class UserAdminForm(forms.ModelForm):
    password = forms.CharField(
        required=False,
        widget=forms.PasswordInput(render_value=False),
        strip=False,
        help_text="Required for a new user. Leave blank to keep the current password.",
    )

    class Meta:
        model = User
        fields = [
            "username",
            "email",
            "password",
            "first_name",
            "last_name",
            "phone",
            "role",
            "store",
            "is_active",
            "email_verified",
        ]


@admin.register(User)
class UserAdmin(ServiceModelAdmin):
    form = UserAdminForm
    list_display = ["username", "email", "role", "store", "is_active", "date_joined"]
    list_filter = ["role", "is_active", "store"]
    search_fields = ["username", "email", "first_name", "last_name", "phone"]
    list_select_related = ["store"]
    ordering = ["-date_joined", "-id"]

    def get_form(self, request, obj=None, change=False, **kwargs):  # type: ignore[no-untyped-def]
        form = super().get_form(request, obj, change=change, **kwargs)
        form.base_fields["password"].required = obj is None
        return form

    def service_create(self, data: dict[str, Any], actor: Any) -> User:
        data["email"] = data["email"].strip().lower()
        return user_create(data=cast(UserInput, data), actor=actor)

    def service_update(self, obj: Any, data: dict[str, Any], actor: Any) -> User:
        if not data.get("password"):
            data.pop("password", None)
        if "email" in data:
            data["email"] = data["email"].strip().lower()
        return user_update(user=obj, data=cast(UserInput, data), actor=actor)

    def service_delete(self, obj: Any, actor: Any) -> None:
        user_deactivate(user=obj, actor=actor)
