"""The error of a store that cannot be used."""

from __future__ import annotations

from .._errors import MoonshotError

__all__ = ["AccountLimitsStoreError"]


class AccountLimitsStoreError(MoonshotError):
    """The account-limits store could not be reached or answered wrongly; the request
    was not sent. ``store`` is its URL without the password."""

    def __init__(self, message: str, *, store: str) -> None:
        super().__init__(message)
        self.store = store
