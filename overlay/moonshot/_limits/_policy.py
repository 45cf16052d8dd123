"""The numbers every store applies: what one request takes and how requests are spaced.

RPM and TPM are paced as ``create_many`` paces them in one process: each request books
``60 / rpm`` seconds and ``tokens * 60 / tpm`` seconds at ``HEADROOM`` of the given rates
(a cell rate that keeps under a fixed or a sliding window alike).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["HEADROOM", "Policy"]

HEADROOM = 0.97
"""The share of ``rpm`` / ``tpm`` paced at (the same as ``create_many``'s)."""


@dataclass(frozen=True)
class Policy:
    concurrency: int | None
    rpm: float | None
    tpm: float | None
    lease_seconds: float

    @property
    def request_gap(self) -> float:
        """Seconds each request books of the RPM budget (0.0: no RPM limit)."""
        return 60.0 / (self.rpm * HEADROOM) if self.rpm else 0.0

    @property
    def token_gap(self) -> float:
        """Seconds each token books of the TPM budget (0.0: no TPM limit)."""
        return 60.0 / (self.tpm * HEADROOM) if self.tpm else 0.0
