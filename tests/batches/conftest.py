"""The upload suite's fixtures (tests/uploads/conftest.py): clients bound to a local server."""

import pytest
from moonshot._openapi import generated
from uploads.conftest import aclient, client  # noqa: F401


@pytest.fixture(scope="session", autouse=True)
def _generated_models_loaded() -> None:
    """Load the generated models up front: the wait tests give a batch 0.05 s, less than
    the first import of the generated layer takes when this directory runs first."""
    generated.models()
