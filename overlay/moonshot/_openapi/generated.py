"""The one door to the generated code: the overlay touches ``moonshot_openapi`` only here.

A generator upgrade that renames its private request builders and parsers
(``_get_kwargs``, ``_parse_response``) or moves a module changes this file alone.

Importing ``moonshot_openapi.models`` builds every generated attrs class (about
0.1-0.2 s), so nothing is imported at ``import moonshot``: endpoint modules are named
by their dotted name under ``moonshot_openapi.api`` and imported on first use, and
the models are patched once (:mod:`.model_patches`) before anything parses with them.
Generated names are attributes of this module: imported under ``TYPE_CHECKING`` for
annotations, looked up lazily at run time (``generated.ChatCompletionResponse``).
"""

from __future__ import annotations

import importlib
import typing
from collections.abc import Callable
from importlib import resources
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx2

from . import model_builders, model_patches

if TYPE_CHECKING:
    # Every generated model, for annotations: a new operation's types need no edit here.
    from moonshot_openapi.client import AuthenticatedClient as AuthenticatedClient
    from moonshot_openapi.models import *  # noqa: F403
    from moonshot_openapi.models import BalanceResponse as BalanceResponse
    from moonshot_openapi.models import BatchCreateRequest as BatchCreateRequest
    from moonshot_openapi.models import BatchListResponse as BatchListResponse
    from moonshot_openapi.models import BatchObject as BatchObject
    from moonshot_openapi.models import ChatCompletionResponse as ChatCompletionResponse
    from moonshot_openapi.models import ChatCompletionUsage as ChatCompletionUsage
    from moonshot_openapi.models import EstimateTokenRequest as EstimateTokenRequest
    from moonshot_openapi.models import EstimateTokenResponse as EstimateTokenResponse
    from moonshot_openapi.models import FileDeleteResponse as FileDeleteResponse
    from moonshot_openapi.models import FileListResponse as FileListResponse
    from moonshot_openapi.models import FileObject as FileObject
    from moonshot_openapi.models import ModelList as ModelList
    from moonshot_openapi.models import SignatureVerifyRequest as SignatureVerifyRequest
    from moonshot_openapi.models import SignatureVerifyResponse as SignatureVerifyResponse
    from moonshot_openapi.models import UploadFileBody as UploadFileBody
    from moonshot_openapi.models import UploadFileBodyPurpose as UploadFileBodyPurpose
    from moonshot_openapi.types import UNSET as UNSET
    from moonshot_openapi.types import File as File

__all__ = [
    "api_document_text",
    "extension_document_texts",
    "models",
    "request_body_type",
    "request_kwargs",
    "response_parser",
]

PACKAGE = "moonshot_openapi"
# Where a generated name is looked up, in order (``models`` is patched first).
_NAMESPACES = ("models", "types", "client")

_modules: dict[str, ModuleType] = {}
_names: dict[str, Any] = {}


def api_document_text() -> str:
    """The ``openapi.json`` shipped inside the generated package (what it was built from)."""
    return resources.files(PACKAGE).joinpath("openapi.json").read_text(encoding="utf-8")


def extension_document_texts() -> dict[str, str]:
    """The extension documents shipped beside it (``spec_extensions/*.json``) by file name."""
    folder = resources.files(PACKAGE).joinpath("spec_extensions")
    if not folder.is_dir():
        return {}
    return {
        entry.name: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda entry: entry.name)
        if entry.name.endswith(".json")
    }


def models() -> ModuleType:
    """``moonshot_openapi.models``, patched by :mod:`.model_patches` on first use."""
    module = _modules.get("models")
    if module is None:
        module = importlib.import_module(f"{PACKAGE}.models")
        model_patches.install(module)
        _modules["models"] = module
    return module


def _module(name: str) -> ModuleType:
    if name == "models":
        return models()
    module = _modules.get(name)
    if module is None:
        models()  # anything that parses must see the patched models
        module = _modules[name] = importlib.import_module(f"{PACKAGE}.{name}")
    return module


def _endpoint(name: str) -> ModuleType:
    return _module(f"api.{name}")


_builders: dict[str, Callable[..., dict[str, Any]]] = {}


def request_kwargs(name: str, /, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """The httpx2 arguments the generated builder of ``api.<name>`` makes for a call."""
    builder = _builders.get(name)  # found once per name: this runs on every call
    if builder is None:
        builder = _builders[name] = _endpoint(name)._get_kwargs
    return builder(*args, **kwargs)


def request_body_type(name: str) -> Any:
    """The annotation of ``body`` on the generated builder of ``api.<name>``."""
    return typing.get_type_hints(_endpoint(name)._get_kwargs)["body"]


def response_parser(
    name: str, raw: Callable[[], AuthenticatedClient]
) -> Callable[[httpx2.Response], Any]:
    """A 2xx parser of ``api.<name>``: the generated one, given the raw client when called.

    A status the generated parser reads as one model's JSON is built by
    :func:`.model_builders.build` (the same objects, without the generated ``from_dict``'s
    per-call cost); anything else goes to the generated parser.
    """
    module = _endpoint(name)
    by_status = model_builders.models_by_status(module._parse_response)

    def parse(response: httpx2.Response) -> Any:
        cls = by_status.get(response.status_code)
        if cls is not None:
            return model_builders.build(cls, response.json())
        return module._parse_response(client=raw(), response=response)

    return parse


def __getattr__(name: str) -> Any:
    """A generated class or constant by name (``ChatCompletionResponse``, ``UNSET``)."""
    if name.startswith("__"):  # the import system probing (``__path__``): not generated
        raise AttributeError(name)
    found = _names.get(name, _names)
    if found is _names:
        for namespace in _NAMESPACES:
            module = _module(namespace)
            if hasattr(module, name):
                found = _names[name] = getattr(module, name)
                break
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return found
