"""What you send, typed: the request bodies of the API document as ``TypedDict`` s.

    from moonshot.types.requests import Message, ResponsesRequest

A ``TypedDict`` per request schema (messages and content parts, tools,
``response_format``, the Responses, Messages, batch and token-estimate bodies...) with
``Literal`` enums, and each operation's body fields as aliases (``UploadFilePurpose``).
They are plain dicts at run time; a checker flags a misspelt key or a value of the wrong
kind. The calls check the same bodies against the document before anything is sent.
"""

from typing import TYPE_CHECKING, Any

from .._openapi import generated as _generated

if TYPE_CHECKING:
    from moonshot_openapi.typed_requests import *  # noqa: F403

_names: dict[str, Any] = _generated.request_types()
globals().update(_names)

__all__ = sorted(_names)
