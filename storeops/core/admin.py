"""Admin-site plumbing: every admin write goes through the module's services, never a bare save().

The whole add/change request is one transaction. The object's service runs while the form is validated, so a
refused rule shows as a form error instead of a server error; inline rows go through their own services once the
form and every inline are valid. The transaction commits only when the admin reached that point: if the form or
any inline is invalid, the service call made during validation is rolled back with everything else, so nothing
is written and no audit event is kept. Audit events, invariants and derived values are the same as through the
API.
"""

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from storeops.core.errors import ApplicationError


def _add_errors(form: forms.BaseForm, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
    else:
        form.add_error(None, exc)


_SAVED = "_service_admin_saved"


class _RelatedRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _refusal_text(exc: ValidationError | ApplicationError) -> str:
    if isinstance(exc, ApplicationError):
        return exc.message
    if hasattr(exc, "error_dict"):
        return "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in exc.message_dict.items())
    return " ".join(exc.messages)


class ServiceInline(admin.options.InlineModelAdmin):
    """An inline whose rows are written by services; `parent` is the saved object of the page."""

    def service_create(self, parent: models.Model, data: dict[str, Any], actor: Any) -> models.Model:
        raise NotImplementedError

    def service_update(self, obj: models.Model, data: dict[str, Any], actor: Any) -> models.Model:
        raise NotImplementedError

    def service_delete(self, obj: models.Model, actor: Any) -> None:
        raise NotImplementedError

    def service_save(self, parent: models.Model, formset: Any, actor: Any) -> None:
        """Write the formset's rows; fills the lists `formset.save()` would, for the admin's change message."""
        skip = {formset.fk.name, "id", "DELETE"}
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for form in formset.forms:
            if form in formset.deleted_forms:
                if form.instance.pk is not None:
                    self.service_delete(form.instance, actor)
                    formset.deleted_objects.append(form.instance)
                continue
            if not form.has_changed():
                continue
            if form.instance.pk is None:
                data = {k: v for k, v in form.cleaned_data.items() if k not in skip}
                formset.new_objects.append(self.service_create(parent, data, actor))
            else:
                changed = [k for k in form.changed_data if k not in skip]
                obj = self.service_update(form.instance, {k: form.cleaned_data[k] for k in changed}, actor)
                formset.changed_objects.append((obj, changed))


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
        """Reached only when the form and every inline are valid: inline rows go through their services."""
        inlines = {inline.model: inline for inline in self.get_inline_instances(request, form.saved)}
        for formset in formsets:
            inline = inlines.get(formset.model)
            if not isinstance(inline, ServiceInline):
                continue
            try:
                with transaction.atomic():
                    inline.service_save(form.saved, formset, request.user)
            except (ValidationError, ApplicationError) as exc:
                raise _RelatedRefused(f"{formset.model._meta.verbose_name}: {_refusal_text(exc)}") from exc
        setattr(request, _SAVED, True)

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        if request.method != "POST":
            return super().changeform_view(request, object_id, form_url, extra_context)
        try:
            with transaction.atomic(using=router.db_for_write(self.model)):
                response = super().changeform_view(request, object_id, form_url, extra_context)
                if not getattr(request, _SAVED, False):
                    # The form or an inline was invalid: undo the service call made while validating the form.
                    transaction.set_rollback(True)
        except _RelatedRefused as refused:
            self.message_user(request, f"Nothing was saved. {refused.message}", level=messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())
        return response

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        self.service_delete(obj, request.user)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for obj in queryset.order_by("pk"):
            try:
                with transaction.atomic():
                    self.service_delete(obj, request.user)
            except ApplicationError as exc:
                self.message_user(request, f"{obj}: {exc.message}", level=messages.ERROR)
