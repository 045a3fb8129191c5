"""Sending one message over one channel, and sorting failures into temporary (retry) and permanent (give up)."""

import contextlib
import http.client
import smtplib
import urllib.error
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

from storeops.core.http import post_form
from storeops.notifications.models import Notification


class DeliveryError(Exception):
    """A failed send; `temporary` says whether trying again later may succeed."""

    def __init__(self, message: str, *, temporary: bool) -> None:
        super().__init__(message)
        self.temporary = temporary


_TEMPORARY_HTTP = {408, 429}


class MailSession:
    """One SMTP connection shared by the e-mails of a delivery batch, opened at the first e-mail.

    After a failed send the connection is dropped (its state is unknown: a server that hung up, a refused
    recipient mid-transaction), so the next e-mail opens a fresh one. `close()` at the end of the batch.
    """

    def __init__(self) -> None:
        self._connection: Any = None

    def connection(self) -> Any:
        if self._connection is None:
            connection = get_connection(fail_silently=False)
            connection.open()  # held open: the backend then leaves it open after each message
            self._connection = connection
        return self._connection

    def discard(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            # A connection already broken is simply dropped.
            with contextlib.suppress(Exception):
                connection.close()

    def close(self) -> None:
        self.discard()


def send(notification: Notification, *, mail: MailSession | None = None) -> None:
    """Send or raise DeliveryError; e-mail goes over `mail`'s connection when given, else a new one."""
    if notification.channel == Notification.Channel.EMAIL:
        send_email(notification, mail=mail)
    elif notification.channel == Notification.Channel.SMS:
        send_sms(notification)
    else:
        raise DeliveryError(f"Unknown channel {notification.channel!r}.", temporary=False)


def send_email(notification: Notification, *, mail: MailSession | None = None) -> None:
    try:
        _send_email(notification, mail)
    except Exception:
        if mail is not None:
            mail.discard()
        raise


def _send_email(notification: Notification, mail: MailSession | None) -> None:
    message = EmailMessage(
        subject=notification.subject,
        body=notification.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.recipient],
    )
    try:
        message.connection = mail.connection() if mail is not None else get_connection(fail_silently=False)
        message.send()
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        raise DeliveryError(
            f"Recipient refused: {exc.recipients}", temporary=not all(c >= 500 for c in codes)
        )
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, smtplib.SMTPAuthenticationError) as exc:
        # Server gone or our credentials refused: an operator can fix it, so keep trying for a while.
        raise DeliveryError(f"SMTP: {_describe(exc)}", temporary=True)
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(f"SMTP {exc.smtp_code}: {_describe(exc)}", temporary=exc.smtp_code < 500)
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"SMTP: {_describe(exc)}", temporary=True)
    except ValueError as exc:
        # A header Django refuses to build (e.g. a malformed address) will not improve with time.
        raise DeliveryError(f"Message refused: {_describe(exc)}", temporary=False)


def send_sms(notification: Notification) -> None:
    if not settings.SMS_GATEWAY_URL:
        raise DeliveryError("SMS_GATEWAY_URL is not configured.", temporary=True)
    payload = {
        "to": notification.recipient,
        "message": notification.body,
        "token": settings.SMS_GATEWAY_TOKEN,
    }
    try:
        post_form(settings.SMS_GATEWAY_URL, payload, timeout=settings.SMS_GATEWAY_TIMEOUT)
    except urllib.error.HTTPError as exc:
        # Non-2xx answers (3xx included, as redirects are not followed) land here.
        temporary = exc.code in _TEMPORARY_HTTP or exc.code >= 500
        raise DeliveryError(f"SMS gateway HTTP {exc.code}: {_describe(exc)}", temporary=temporary)
    except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
        raise DeliveryError(f"SMS gateway unreachable: {_describe(exc)}", temporary=True)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"
