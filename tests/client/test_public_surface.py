"""The public surface changes only on purpose: the exported names are listed here."""

from __future__ import annotations

import types

import moonshot
import moonshot.testing
import pytest

MOONSHOT_EXPORTS = {
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AccountLimits",
    "AccountLimitsStoreError",
    "AsyncChatCompletionStream",
    "AsyncMessageStream",
    "AsyncMoonshot",
    "AsyncResponseStream",
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "BatchWaitTimeout",
    "ChatCompletionChunk",
    "ChatCompletionLogprobs",
    "ChatCompletionStream",
    "ChoiceDelta",
    "ChoiceDeltaToolCall",
    "ChoiceDeltaToolCallFunction",
    "ChunkChoice",
    "ConflictError",
    "ContentFilterError",
    "ExtractionError",
    "FileContent",
    "InternalServerError",
    "LengthFinishReasonError",
    "MaxStepsExceededError",
    "MessageStream",
    "Moonshot",
    "MoonshotError",
    "NotFoundError",
    "OutputValidationError",
    "OverloadedError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimitInfo",
    "RequestSignature",
    "RequestTimeoutError",
    "ResponseInfo",
    "ResponseStream",
    "ResponseTooLargeError",
    "StreamInterruptedError",
    "StreamTimeoutError",
    "StreamTooLargeError",
    "TokenLogprob",
    "ToolRunResult",
    "TopLogprob",
    "UnknownStreamEvent",
    "UnprocessableEntityError",
    "UploadError",
    "ValidationError",
    "__version__",
    "check_schema",
    "formula",
    "function_tool",
    "image_part",
    "rate_limit_of",
    "response_of",
    "signature_of",
    "text_part",
    "video_part",
    "web_search_tool",
}

TESTING_EXPORTS = {
    "Faults",
    "FileLimits",
    "LocalMoonshot",
    "RecordedRequest",
    "count_messages",
    "count_text",
}


@pytest.mark.parametrize(
    ("module", "expected"),
    [(moonshot, MOONSHOT_EXPORTS), (moonshot.testing, TESTING_EXPORTS)],
    ids=["moonshot", "moonshot.testing"],
)
def test_exported_names_are_exactly_the_listed_ones(module: object, expected: set[str]) -> None:
    exported = set(getattr(module, "__all__", ()))
    assert exported == expected, (
        f"added: {sorted(exported - expected)}, removed: {sorted(expected - exported)}"
    )
    missing = [name for name in exported if not hasattr(module, name)]
    assert missing == []
    unlisted = [
        name
        for name, value in vars(module).items()
        if not name.startswith(("_", "@")) and not isinstance(value, types.ModuleType)
    ]
    assert [name for name in unlisted if name not in exported] == []


def test_every_error_is_a_moonshot_error_in_the_errors_module() -> None:
    errors = [
        getattr(moonshot, name) for name in MOONSHOT_EXPORTS if name.endswith(("Error", "Timeout"))
    ]
    assert len(errors) >= 20
    for error in errors:
        assert issubclass(error, moonshot.MoonshotError), error
        assert error.__module__ == "moonshot._errors", error
    assert issubclass(moonshot.BatchWaitTimeout, TimeoutError)
    assert issubclass(moonshot.ValidationError, ValueError)
    assert not issubclass(moonshot.UploadError, moonshot.APIError)


def test_the_errors_module_draws_every_exported_error_in_its_docstring() -> None:
    import moonshot._errors as errors_module

    drawn = errors_module.__doc__ or ""
    names = [name for name in MOONSHOT_EXPORTS if name.endswith(("Error", "Timeout"))]
    assert [name for name in names if name not in drawn] == []
