"""Client configuration: API key, base URL, timeouts, headers."""

from __future__ import annotations

import enum
import importlib.util
import ipaddress
import os
import platform
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import httpx2

from .._defaults import DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, VERSION
from .._errors import ValidationError
from .limits import Bounds, client_bounds

if TYPE_CHECKING:
    from .._limits import AccountLimits

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "KEEP",
    "ClientConfig",
    "Keep",
    "is_loopback",
    "resolve_config",
    "strict_flag",
    "with_bounds",
    "with_overrides",
]

API_KEY_ENV = "MOONSHOT_API_KEY"
BASE_URL_ENV = "MOONSHOT_BASE_URL"
DEFAULT_TIMEOUT = httpx2.Timeout(DEFAULT_READ_TIMEOUT, connect=DEFAULT_CONNECT_TIMEOUT)

TimeoutTypes = float | httpx2.Timeout | None
T = TypeVar("T")


@dataclass(frozen=True)
class ClientConfig:
    """What a client was configured with; the key is kept out of the repr."""

    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx2.Timeout
    max_retries: int
    default_headers: dict[str, str]
    http2: bool = False
    bounds: Bounds = field(default_factory=Bounds)  # size caps, time limits (moonshot._http.limits)
    # Answers that deviate from the document raise instead of being kept (moonshot._openapi.reader).
    strict_responses: bool = False
    # Shared concurrency / RPM / TPM budget every request takes a slot of (moonshot._limits).
    account_limits: AccountLimits | None = None


def normalise_base_url(url: str) -> str:
    """Accept the base URL with or without a trailing ``/v1`` (the spec's paths include it)."""
    url = url.strip().rstrip("/")
    if url.endswith("/v1"):
        url = url[: -len("/v1")]
    return url


def as_timeout(value: TimeoutTypes, default: httpx2.Timeout = DEFAULT_TIMEOUT) -> httpx2.Timeout:
    if value is None:
        return default
    if isinstance(value, httpx2.Timeout):
        return value
    return _seconds_timeout(float(value), default.connect)


_TIMEOUTS: dict[tuple[float, float | None], httpx2.Timeout] = {}


def _seconds_timeout(seconds: float, connect: float | None) -> httpx2.Timeout:
    """``httpx2.Timeout`` for a number of seconds, made once per value: building one costs
    more than the rest of ``with_options(timeout=...)`` together."""
    key = (seconds, connect)
    found = _TIMEOUTS.get(key)
    if found is None:
        if len(_TIMEOUTS) >= 256:
            _TIMEOUTS.clear()
        found = _TIMEOUTS[key] = httpx2.Timeout(seconds, connect=min(seconds, connect or seconds))
    return found


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, IPv6 bracketed or not) is this machine."""
    if host in ("localhost",) or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def user_agent() -> str:
    python = platform.python_version()
    return f"moonshot-client/{VERSION} python/{python} httpx2/{httpx2.__version__}"


def resolve_config(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: TimeoutTypes,
    max_retries: int,
    default_headers: dict[str, str] | None,
    http2: bool = False,
) -> ClientConfig:
    """Fill in from the environment and check; raises ValidationError naming the bad option."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise ValidationError(
            f"api_key: no API key; pass api_key=... or set the {API_KEY_ENV} environment variable",
            field="api_key",
        )
    url = normalise_base_url(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL)
    parsed = httpx2.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValidationError(f"base_url: must be an http(s) URL, got {url!r}", field="base_url")
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        warnings.warn(
            f"base_url {url!r} is not TLS: the API key would cross the network in clear text",
            stacklevel=3,
        )
    if not isinstance(max_retries, int) or max_retries < 0:
        raise ValidationError(
            f"max_retries: must be an integer >= 0, got {max_retries!r}", field="max_retries"
        )
    if http2 and importlib.util.find_spec("h2") is None:
        raise ValidationError(
            "http2: True needs the h2 package; install moonshot-client[h2]", field="http2"
        )
    return ClientConfig(
        api_key=key,
        base_url=url,
        timeout=as_timeout(timeout),
        max_retries=max_retries,
        default_headers=dict(default_headers or {}),
        http2=http2,
    )


class Keep(enum.Enum):
    """The type of :data:`KEEP`: an option of ``with_options`` that was not passed."""

    KEEP = "KEEP"


# ``with_options(deadline=KEEP)``: keep the client's value (None turns the setting off).
KEEP = Keep.KEEP


def with_bounds(
    bounds: Bounds,
    *,
    max_response_bytes: int | Keep | None,
    max_line_bytes: int | Keep,
    deadline: float | Keep | None,
    idle_timeout: float | Keep | None,
) -> Bounds:
    """``bounds`` with the values given (not ``KEEP``), checked as a client's are."""
    return client_bounds(
        max_response_bytes=_kept(max_response_bytes, bounds.max_response_bytes),
        max_line_bytes=_kept(max_line_bytes, bounds.max_line_bytes),
        deadline=_kept(deadline, bounds.deadline),
        idle_timeout=_kept(idle_timeout, bounds.idle_timeout),
    )


def _kept(value: T | Keep, current: T) -> T:
    return current if isinstance(value, Keep) else value


def with_overrides(
    config: ClientConfig,
    timeout: TimeoutTypes,
    max_retries: int | None,
    bounds: Bounds | None = None,
) -> ClientConfig:
    """``config`` with another default timeout, retry count and/or bounds."""
    if max_retries is not None and (not isinstance(max_retries, int) or max_retries < 0):
        raise ValidationError(
            f"max_retries: must be an integer >= 0, got {max_retries!r}", field="max_retries"
        )
    return ClientConfig(
        api_key=config.api_key,
        base_url=config.base_url,
        timeout=as_timeout(timeout, config.timeout),
        max_retries=config.max_retries if max_retries is None else max_retries,
        default_headers=config.default_headers,
        http2=config.http2,
        bounds=config.bounds if bounds is None else bounds,
        strict_responses=config.strict_responses,
        account_limits=config.account_limits,
    )


def account_limits_flag(value: object) -> AccountLimits | None:
    """``account_limits`` checked: an ``AccountLimits`` or None, else a ValidationError."""
    from .gate import Limits

    if value is not None and not isinstance(value, Limits):
        raise ValidationError(
            f"account_limits: expected moonshot.AccountLimits or None, got {type(value).__name__}",
            field="account_limits",
        )
    return value  # type: ignore[return-value]  # an AccountLimits: moonshot._limits is above


def strict_flag(value: object) -> bool:
    """``strict_responses`` checked: a bool, or a ValidationError naming it."""
    if not isinstance(value, bool):
        raise ValidationError(
            f"strict_responses: must be True or False, got {value!r}", field="strict_responses"
        )
    return value
