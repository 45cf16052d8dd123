"""A chat call's stream options, checked before anything is sent, and the stream's headers.

Apart from the stream classes, so a call that does not stream never imports them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._errors import ValidationError

__all__ = ["EVENT_STREAM_HEADERS", "check_stream_options"]

EVENT_STREAM_HEADERS = {"Accept": "text/event-stream"}


def check_stream_options(
    params: Mapping[str, Any], *, stream: object, resume: object, max_resumes: object
) -> None:
    """Reject bad ``stream`` / ``resume`` / ``max_resumes`` values before sending."""
    if resume is False and type(stream) is bool and type(max_resumes) is int and max_resumes >= 0:
        return  # the usual call: nothing below can object
    if not isinstance(stream, bool):
        raise ValidationError(f"stream: expected True or False, got {stream!r}", field="stream")
    if not isinstance(resume, bool):
        raise ValidationError(f"resume: expected True or False, got {resume!r}", field="resume")
    if isinstance(max_resumes, bool) or not isinstance(max_resumes, int) or max_resumes < 0:
        raise ValidationError(
            f"max_resumes: expected an integer >= 0, got {max_resumes!r}", field="max_resumes"
        )
    if resume and not stream:
        raise ValidationError("resume: only streams resume; pass stream=True", field="resume")
    n = params.get("n")
    if resume and n not in (None, 1):
        raise ValidationError(
            f"n: resume=True continues one choice; allowed values with resume: 1 (got {n!r})",
            field="n",
        )
