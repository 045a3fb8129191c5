"""Admin-site plumbing: every admin write goes through the module's services, never a bare save().

The service runs while the form is validated (inside the admin's own transaction), so a refused rule shows as a
form error instead of a server error, and audit events, invariants and derived values are the same as through
the API.
"""

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.http import HttpRequest

from storeops.core.errors import ApplicationError


def _add_errors(form: forms.BaseForm, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
    else:
        form.add_error(None, exc)


class ServiceModelAdmin(admin.ModelAdmin):
    """Subclasses implement `service_create`, `service_update` and optionally `service_delete`."""

    def service_create(self, data: dict[str, Any], actor: Any) -> models.Model:
        raise NotImplementedError

    def service_update(self, obj: models.Model, data: dict[str, Any], actor: Any) -> models.Model:
        raise NotImplementedError

    def service_delete(self, obj: models.Model, actor: Any) -> None:
        raise NotImplementedError

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any) -> Any:
        base = super().get_form(request, obj, change=change, **kwargs)
        model_admin = self

        class ServiceForm(base):  # type: ignore[valid-type, misc]
            saved: models.Model | None = None

            def clean(self) -> dict[str, Any]:
                cleaned = super().clean()
                if self.errors:
                    return cleaned
                data = (
                    {name: cleaned[name] for name in self.changed_data if name in cleaned}
                    if obj
                    else dict(cleaned)
                )
                try:
                    with transaction.atomic():
                        if obj is None:
                            self.saved = model_admin.service_create(data, request.user)
                        else:
                            self.saved = model_admin.service_update(obj, data, request.user)
                except ValidationError as exc:
                    _add_errors(self, exc)
                except ApplicationError as exc:
                    self.add_error(None, exc.message)
                return cleaned

            def _post_clean(self) -> None:
                # The service validated and saved; re-validating the unsaved copy would report it as a duplicate.
                return None

        return ServiceForm

    def save_form(self, request: HttpRequest, form: Any, change: bool) -> Any:
        return form.saved

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        return None

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        return None

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        self.service_delete(obj, request.user)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for obj in queryset.order_by("pk"):
            try:
                with transaction.atomic():
                    self.service_delete(obj, request.user)
            except ApplicationError as exc:
                self.message_user(request, f"{obj}: {exc.message}", level=messages.ERROR)
