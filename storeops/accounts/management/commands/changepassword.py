"""`changepassword` through the user service: validators apply, every session ends and the change is audited."""

import getpass

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from storeops.accounts.models import User
from storeops.accounts.services.users import user_update


class Command(BaseCommand):
    help = "Change a user's password; their existing tokens stop working."
    requires_migrations_checks = True

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("username", nargs="?", help="Username (default: the current system user).")

    def handle(self, *args, **options):  # type: ignore[no-untyped-def]
        username = options["username"] or getpass.getuser()
        user = User.objects.filter(username__iexact=username).first()
        if user is None:
            raise CommandError(f"User '{username}' does not exist")
        self.stdout.write(f"Changing password for user '{user.username}'")
        for _ in range(3):
            first = getpass.getpass()
            if first != getpass.getpass("Password (again): "):
                self.stderr.write("Passwords do not match. Please try again.")
                continue
            try:
                user_update(user=user, data={"password": first}, actor=None)
            except ValidationError as exc:
                self.stderr.write("\n".join(m for messages in exc.message_dict.values() for m in messages))
                continue
            self.stdout.write(f"Password changed successfully for user '{user.username}'")
            return
        raise CommandError(f"Aborting password change for user '{user.username}' after 3 attempts")
