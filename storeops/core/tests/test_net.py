import pytest
from django.test import RequestFactory

from storeops.core.net import client_ip


def _request(remote="192.0.2.10", forwarded=None):  # type: ignore[no-untyped-def]
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_remote_addr_by_default(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(_request()) == "192.0.2.10"


@pytest.mark.parametrize("forwarded", ["198.51.100.1", "1.1.1.1, 198.51.100.1", "garbage", ""])
def test_forwarded_for_ignored_without_trusted_proxies(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(_request(forwarded=forwarded)) == "192.0.2.10"


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("198.51.100.1", "198.51.100.1"),
        ("6.6.6.6, 198.51.100.1", "198.51.100.1"),
        ("6.6.6.6,198.51.100.1 ", "198.51.100.1"),
        ("2001:db8::1", "2001:db8::1"),
        ("not-an-ip", "192.0.2.10"),
        ("", "192.0.2.10"),
        (" , ", "192.0.2.10"),
    ],
)
def test_one_trusted_proxy_uses_the_last_entry(settings, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(_request(forwarded=forwarded)) == expected


def test_one_trusted_proxy_without_header_uses_remote_addr(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(_request()) == "192.0.2.10"


def test_two_trusted_proxies_use_the_second_to_last_entry(settings):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_ip(_request(forwarded="6.6.6.6, 198.51.100.1, 10.0.0.2")) == "198.51.100.1"
    # Fewer entries than trusted hops: the header cannot be trusted.
    assert client_ip(_request(forwarded="198.51.100.1")) == "192.0.2.10"


def test_invalid_remote_addr_is_none(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(_request(remote="")) is None
    assert client_ip(_request(remote="nonsense")) is None


def test_ip_is_normalised(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(_request(remote="2001:DB8:0:0::1")) == "2001:db8::1"
