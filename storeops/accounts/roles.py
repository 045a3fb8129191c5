from django.db import models


class Role(models.TextChoices):
    SYSTEM_ADMIN = "system_admin", "System admin"
    BRANCH_HEAD = "branch_head", "Branch head"
    ADVISOR = "advisor", "Advisor"
    CUSTOMER = "customer", "Customer"


STAFF_ROLES = frozenset({Role.SYSTEM_ADMIN, Role.BRANCH_HEAD, Role.ADVISOR})
