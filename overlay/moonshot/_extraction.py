"""Turning uploaded files into the system messages the file-extract guide builds by hand."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from ._errors import MoonshotError, ValidationError
from ._upload_source import describe_file

__all__ = ["ExtractionError", "check_concurrency", "file_message", "finish_extraction"]

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


class ExtractionError(MoonshotError):
    """Some files of ``extract_messages`` failed; the others' messages are kept.

    ``results`` maps input index -> system message for every file that was extracted,
    ``failures`` maps input index -> the exception for every file that was not (with
    ``delete=True``, a failed delete of the uploaded copy counts as that file's failure).
    ``files`` is the input list.
    """

    def __init__(
        self,
        files: Sequence[Any],
        results: dict[int, dict[str, str]],
        failures: dict[int, BaseException],
    ) -> None:
        self.files: list[Any] = list(files)
        self.results = results
        self.failures = failures
        lines = [
            f"file {index} ({describe_file(self.files[index])}): {type(error).__name__}: {error}"
            for index, error in sorted(failures.items())
        ]
        super().__init__(
            f"{len(failures)} of {len(self.files)} files failed "
            f"({len(results)} extracted): " + "; ".join(lines)
        )

    @property
    def messages(self) -> list[dict[str, str]]:
        """The messages that succeeded, in input order."""
        return [self.results[index] for index in sorted(self.results)]


def finish_extraction(
    files: Sequence[Any],
    results: dict[int, dict[str, str]],
    failures: dict[int, BaseException],
) -> list[dict[str, str]]:
    """The messages in input order, or ExtractionError when any file failed."""
    if failures:
        raise ExtractionError(files, results, failures)
    return [results[index] for index in range(len(files))]
