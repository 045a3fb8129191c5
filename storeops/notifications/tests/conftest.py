"""A real SMTP server (aiosmtpd) and a real HTTP SMS gateway, both on 127.0.0.1, for delivery tests."""

import email
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _SmtpHandler:
    def __init__(self) -> None:
        self.messages: list[email.message.Message] = []
        self.envelopes: list = []
        self.refuse: dict[str, str] = {}
        # The client address and port of each accepted message: one per SMTP connection used.
        self.peers: list = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.envelopes.append(envelope)
        self.peers.append(session.peer)
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"


def _smtp_settings(settings, port: int) -> None:  # type: ignore[no-untyped-def]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5


@pytest.fixture
def smtp_server(settings):  # type: ignore[no-untyped-def]
    """A listening SMTP server; `.messages` are the parsed messages it accepted, `.refuse[addr] = "550 …"`."""
    handler = _SmtpHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    _smtp_settings(settings, port)
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture
def smtp_down(settings):  # type: ignore[no-untyped-def]
    """SMTP settings pointing at a port where nothing listens."""
    _smtp_settings(settings, free_port())


@dataclass
class Gateway:
    url: str
    requests: list[dict[str, list[str]]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    status: int = 200
    delay: float = 0.0
    location: str = ""


@pytest.fixture
def sms_gateway(settings):  # type: ignore[no-untyped-def]
    """An HTTP gateway recording each POSTed form; set `.status`, `.delay`, `.location` to misbehave."""
    gateway = Gateway(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            gateway.paths.append(self.path)
            gateway.requests.append(parse_qs(self.rfile.read(length).decode()))
            if gateway.delay:
                time.sleep(gateway.delay)
            try:
                self.send_response(gateway.status)
                if gateway.location:
                    self.send_header("Location", gateway.location)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (timeout tests)

        def log_message(self, format, *args):  # type: ignore[no-untyped-def]
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    gateway.url = f"http://127.0.0.1:{server.server_address[1]}/send"
    settings.SMS_GATEWAY_URL = gateway.url
    settings.SMS_GATEWAY_TOKEN = "gw-token"
    settings.SMS_GATEWAY_TIMEOUT = 5
    try:
        yield gateway
    finally:
        server.shutdown()
        server.server_close()


def body_of(message: email.message.Message) -> str:
    return message.get_payload(decode=True).decode()
