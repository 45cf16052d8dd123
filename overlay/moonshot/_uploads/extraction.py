"""Turning uploaded files into the system messages the file-extract guide builds by hand."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from .._errors import ExtractionError, ValidationError

__all__ = ["check_concurrency", "file_message", "finish_extraction"]

EXTRACT_PURPOSE: Final = "file-extract"


def file_message(text: str) -> dict[str, str]:
    """The message that hands a file's extracted text to the model."""
    return {"role": "system", "content": text}


def check_concurrency(concurrency: Any) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValidationError(
            f"concurrency: expected an integer >= 1, got {concurrency!r}", field="concurrency"
        )
    return concurrency


def finish_extraction(
    files: Sequence[Any],
    results: dict[int, dict[str, str]],
    failures: dict[int, BaseException],
) -> list[dict[str, str]]:
    """The messages in input order, or ExtractionError when any file failed."""
    if failures:
        raise ExtractionError(files, results, failures)
    return [results[index] for index in range(len(files))]
