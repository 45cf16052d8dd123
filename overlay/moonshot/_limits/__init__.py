"""One account's limits (concurrency, RPM, TPM), shared by every request of the clients
given them, in one process or, on Redis / Valkey, across processes and machines."""

from .._errors import AccountLimitsStoreError
from ._account import AccountLimits

__all__ = ["AccountLimits", "AccountLimitsStoreError"]
