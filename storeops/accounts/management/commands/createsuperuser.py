"""`createsuperuser` that makes a system admin, requires an e-mail and applies the password validators."""

import os

from django.contrib.auth.management.commands import createsuperuser
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from storeops.accounts.models import User


class Command(createsuperuser.Command):
    help = "Create a system admin (role system_admin, admin-site access)."

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        if not options.get("interactive", True):
            # Interactive runs validate as they prompt; --noinput must be as strict.
            username = options.get("username") or os.environ.get("DJANGO_SUPERUSER_USERNAME", "")
            email = options.get("email") or os.environ.get("DJANGO_SUPERUSER_EMAIL", "")
            password = os.environ.get("DJANGO_SUPERUSER_PASSWORD", "")
            if not email:
                raise CommandError("An e-mail address is required (--email or DJANGO_SUPERUSER_EMAIL).")
            if not password:
                raise CommandError("DJANGO_SUPERUSER_PASSWORD is required with --noinput.")
            try:
                validate_password(password, user=User(username=username, email=email))
            except ValidationError as exc:
                raise CommandError("Password rejected: " + " ".join(exc.messages))
            if email:
                os.environ["DJANGO_SUPERUSER_EMAIL"] = email.strip().lower()
        return super().handle(*args, **options)
