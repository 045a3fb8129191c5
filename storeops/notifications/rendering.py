"""Message text from Django templates: notifications/<key>.<channel>.<audience>.txt, subject on the first line."""

from typing import Any

from django.template.loader import select_template

SMS_MAX = 320


def render(*, template: str, channel: str, audience: str, context: dict[str, Any]) -> tuple[str, str]:
    names = [f"notifications/{template}.{channel}.{audience}.txt", f"notifications/{template}.{channel}.txt"]
    text = select_template(names).render(context).strip()
    if channel == "email":
        subject, _, body = text.partition("\n")
        return subject.removeprefix("Subject:").strip(), body.strip() + "\n"
    return "", " ".join(text.split())[:SMS_MAX]
