"""Message text from Django templates: notifications/<key>.<channel>.<audience>.txt, subject on the first line.

A project template in templates/notifications/ overrides the app's copy of the same name.
"""

import re
from typing import Any

from django.template import Context
from django.template.loader import select_template

SMS_MAX = 320
SUBJECT_MAX = 255

_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")


def render(*, template: str, channel: str, audience: str, context: dict[str, Any]) -> tuple[str, str]:
    """Return (subject, body); SMS has no subject and one line of at most SMS_MAX characters."""
    names = [f"notifications/{template}.{channel}.{audience}.txt", f"notifications/{template}.{channel}.txt"]
    # Plain text, not HTML: escaping would turn "O'Brien" or a link's "&" into entities.
    django_template = select_template(names).template  # type: ignore[attr-defined]
    text = django_template.render(Context({**context, "audience": audience}, autoescape=False)).strip()
    if channel == "email":
        subject, _, body = text.partition("\n")
        subject = " ".join(subject.removeprefix("Subject:").split())[:SUBJECT_MAX]
        # Optional template lines ({% if %}) leave empty runs behind; keep at most one blank line.
        return subject, _BLANK_RUNS.sub("\n\n", body.strip()) + "\n"
    return "", " ".join(text.split())[:SMS_MAX]
