"""The API's request and response types: the generated models, re-exported (not copied).

    from moonshot.types import ChatCompletionResponse, FileObject

These are the classes every call returns; ``Unset`` / ``UNSET`` mark an optional field
the server left out (or a required one a tolerant read found missing). Importing this
module builds all of them (``import moonshot`` alone does not), after the overlay's
patches are applied, so the classes seen here are exactly the ones the client parses
into. They come through the one door to the generated package (``_openapi.generated``).
"""

from typing import TYPE_CHECKING, Any

from ._openapi import generated as _generated

if TYPE_CHECKING:
    from moonshot_openapi.models import *  # noqa: F403
    from moonshot_openapi.types import UNSET as UNSET
    from moonshot_openapi.types import Unset as Unset

_patched_models = _generated.models()  # the patched classes
_model_names: list[str] = list(_patched_models.__all__)
_names: dict[str, Any] = {name: getattr(_patched_models, name) for name in _model_names}
_names["UNSET"] = _generated.UNSET
_names["Unset"] = _generated.Unset
globals().update(_names)

__all__ = [*_model_names, "UNSET", "Unset"]
