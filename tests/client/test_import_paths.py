"""Public import paths keep working when modules move (issue 26 renamed batching/)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import moonshot
import moonshot.many_requests
import pytest

# Public modules and the names users import from them (README, examples, bench).
PUBLIC_PATHS = {
    "moonshot": ["BatchResult", "Moonshot", "AsyncMoonshot"],
    "moonshot.many_requests": [
        "Progress",
        "UnreadableLine",
        "default_max_completion_tokens",
        "estimate_request_tokens",
        "read_jsonl",
    ],
    "moonshot.batching": [
        "Progress",
        "UnreadableLine",
        "default_max_completion_tokens",
        "estimate_request_tokens",
        "read_jsonl",
    ],
    "moonshot.testing": ["LocalMoonshot", "Faults"],
    "moonshot.types": ["ChatCompletionResponse"],
    "moonshot.cli": ["main"],
}


@pytest.mark.parametrize("module_name", sorted(PUBLIC_PATHS))
def test_every_public_path_imports_its_names(module_name: str) -> None:
    module = importlib.import_module(module_name)
    missing = [name for name in PUBLIC_PATHS[module_name] if not hasattr(module, name)]
    assert missing == []


def test_batching_is_the_earlier_name_of_many_requests_with_the_same_objects() -> None:
    import moonshot.batching

    assert moonshot.batching.__all__ == moonshot.many_requests.__all__
    for name in moonshot.many_requests.__all__:
        assert getattr(moonshot.batching, name) is getattr(moonshot.many_requests, name), name


def test_batch_result_is_one_class_for_batches_and_create_many() -> None:
    from moonshot._batch_lines.results import BatchResult

    assert moonshot.BatchResult is BatchResult
    assert BatchResult.__module__ == "moonshot._batch_lines.results"


def test_the_old_name_imports_in_a_fresh_interpreter() -> None:
    # Nothing imported by the test session beforehand: the alias must pull its package itself.
    code = "from moonshot.batching import Progress, read_jsonl; print(Progress.__module__)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "moonshot.many_requests._progress"
