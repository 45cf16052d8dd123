"""The types of what calls return, for annotations and ``isinstance``.

    from moonshot.types import FileObject, MessagesStreamEvent, ResponsesResponse
    from moonshot.types.requests import Message  # what you send: TypedDicts

One name is one class. For a type checker each answer class is its read-only view
(``typed_responses``): the JSON keys as attributes (``type``, ``bytes``, ``object``), a
field the API sends typed as present, a union's members told apart by their ``type``.
At run time the name is the generated class the client parses into, after the overlay's
patches (the same plain names, ``output_text``), so ``isinstance`` works; a field a
server left out is the falsy ``UNSET`` there. The pieces of a chat stream, log
probabilities, batch results and file content are the client's own classes, the same
objects as ``moonshot.ChatCompletionChunk`` and the rest. Importing this module builds
every generated class (``import moonshot`` alone does not); it comes through the one
door to the generated package (``_openapi.generated``).
"""

from typing import TYPE_CHECKING, Any

# ``as`` re-exports them by name for checkers (``__all__`` below is built at run time).
from .._batch_lines.results import BatchResult as BatchResult
from .._openapi import generated as _generated
from .._openapi.logprobs import ChatCompletionLogprobs as ChatCompletionLogprobs
from .._openapi.logprobs import TokenLogprob as TokenLogprob
from .._openapi.logprobs import TopLogprob as TopLogprob
from .._streams.chunks import ChatCompletionChunk as ChatCompletionChunk
from .._streams.chunks import ChoiceDelta as ChoiceDelta
from .._streams.chunks import ChoiceDeltaToolCall as ChoiceDeltaToolCall
from .._streams.chunks import ChoiceDeltaToolCallFunction as ChoiceDeltaToolCallFunction
from .._streams.chunks import ChunkChoice as ChunkChoice
from .._streams.event_stream import UnknownStreamEvent as UnknownStreamEvent
from ..resources.files import FileContent as FileContent

if TYPE_CHECKING:
    from moonshot_openapi.typed_responses import *  # noqa: F403
    from moonshot_openapi.types import UNSET as UNSET
    from moonshot_openapi.types import Unset as Unset

# The client's own result classes (``moonshot.<name>`` is the same object).
CLIENT_RESULTS: dict[str, Any] = {
    "BatchResult": BatchResult,
    "ChatCompletionChunk": ChatCompletionChunk,
    "ChatCompletionLogprobs": ChatCompletionLogprobs,
    "ChoiceDelta": ChoiceDelta,
    "ChoiceDeltaToolCall": ChoiceDeltaToolCall,
    "ChoiceDeltaToolCallFunction": ChoiceDeltaToolCallFunction,
    "ChunkChoice": ChunkChoice,
    "FileContent": FileContent,
    "TokenLogprob": TokenLogprob,
    "TopLogprob": TopLogprob,
    "UnknownStreamEvent": UnknownStreamEvent,
}

_names: dict[str, Any] = {**_generated.answer_types(), **CLIENT_RESULTS}
_names["UNSET"] = _generated.UNSET
_names["Unset"] = _generated.Unset
globals().update(_names)

__all__ = sorted(_names)
