"""``run_tools`` and ``parse`` on ``client.chat.completions`` (sync and async)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from .._defaults import DEFAULT_MAX_STEPS
from .._http.config import TimeoutTypes

if TYPE_CHECKING:  # moonshot.agents is imported on the first run_tools/parse call
    from .._openapi.answers import ChatCompletionResponse
    from ..agents._parse import ParsedChatCompletion
    from ..agents._runner import AsyncToolRunStream, ToolRunResult, ToolRunStream

__all__ = ["AsyncAgentCompletions", "SyncAgentCompletions"]

T = TypeVar("T")


def _options(
    extra_body: Mapping[str, Any] | None,
    extra_headers: Mapping[str, str] | None,
    timeout: TimeoutTypes,
) -> dict[str, Any]:
    return {"extra_body": extra_body, "extra_headers": extra_headers, "timeout": timeout}


def _formulas(completions: Any, resource: Callable[[Any], Any]) -> Any:
    """``client.formulas`` for a run's formulas, on the client the completions use."""
    return resource(completions._client)


class SyncAgentCompletions:
    """The agent helpers of ``client.chat.completions``."""

    create: Callable[..., Any]  # Completions.create

    if TYPE_CHECKING:  # Completions.create_keeping_json: what a tool run calls (SyncChatCalls)

        def create_keeping_json(
            self, model: str, messages: Iterable[Any], params: Mapping[str, Any], **options: Any
        ) -> tuple[ChatCompletionResponse, dict[str, Any]]: ...

    @overload
    def run_tools(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        tools: Sequence[Any],
        max_steps: int = DEFAULT_MAX_STEPS,
        stream: Literal[False] = False,
        raise_tool_errors: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        **params: Any,
    ) -> ToolRunResult: ...

    @overload
    def run_tools(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        tools: Sequence[Any],
        max_steps: int = DEFAULT_MAX_STEPS,
        stream: Literal[True],
        raise_tool_errors: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        **params: Any,
    ) -> ToolRunStream: ...

    def run_tools(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        tools: Sequence[Any],
        max_steps: int = DEFAULT_MAX_STEPS,
        stream: bool = False,
        raise_tool_errors: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        **params: Any,
    ) -> ToolRunResult | ToolRunStream:
        """Call the model and run the tools it asks for until it answers.

        ``tools``: Python functions (sync or async; the schema comes from the signature
        and the docstring), :func:`moonshot.agents.function_tool` results, and built-in
        tools such as :func:`moonshot.web_search_tool`. Each assistant turn goes back as
        received (``reasoning_content`` and tool-call ids kept). A tool that raises
        becomes a ``role: tool`` message with the error text, or is re-raised with
        ``raise_tool_errors=True``. More than ``max_steps`` model calls raises
        :class:`moonshot.agents.MaxStepsExceededError` with the transcript.
        ``stream=True`` returns a :class:`~moonshot.agents.ToolRunStream` of the chunks
        of every step. Other keywords (``thinking``, ``temperature``...) go to each call.
        """
        from ..agents._runner import ToolRunStream, new_run, run_tools_sync
        from .formulas import Formulas

        run = new_run(tools, messages, params, max_steps, raise_tool_errors)
        run.formulas = _formulas(self, Formulas)
        options = _options(extra_body, extra_headers, timeout)
        if stream:
            return ToolRunStream(self, model, run, options)
        return run_tools_sync(self, model, run, options)

    def parse(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        response_format: type[T],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        **params: Any,
    ) -> ParsedChatCompletion[T]:
        """A chat completion whose output is read as ``response_format`` (a dataclass,
        TypedDict, attrs class or pydantic model): ``.choices[0].message.parsed``.

        Raises :class:`moonshot.LengthFinishReasonError` when the output was cut off and
        :class:`moonshot.OutputValidationError` (a ``ValidationError``) when it does not
        fit the type.
        """
        from ..agents._parse import parse_completion, response_format_for

        completion: ChatCompletionResponse = self.create(
            model=model,
            messages=messages,
            response_format=response_format_for(response_format),
            **_options(extra_body, extra_headers, timeout),
            **params,
        )
        return parse_completion(completion, response_format)


class AsyncAgentCompletions:
    """The agent helpers of the async ``client.chat.completions``."""

    create: Callable[..., Any]  # AsyncCompletions.create

    if TYPE_CHECKING:  # AsyncCompletions.create_keeping_json (AsyncChatCalls)

        async def create_keeping_json(
            self, model: str, messages: Iterable[Any], params: Mapping[str, Any], **options: Any
        ) -> tuple[ChatCompletionResponse, dict[str, Any]]: ...

    @overload
    async def run_tools(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        tools: Sequence[Any],
        max_steps: int = DEFAULT_MAX_STEPS,
        stream: Literal[False] = False,
        raise_tool_errors: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        **params: Any,
    ) -> ToolRunResult: ...

    @overload
    async def run_tools(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        tools: Sequence[Any],
        max_steps: int = DEFAULT_MAX_STEPS,
        stream: Literal[True],
        raise_tool_errors: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        **params: Any,
    ) -> AsyncToolRunStream: ...

    async def run_tools(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        tools: Sequence[Any],
        max_steps: int = DEFAULT_MAX_STEPS,
        stream: bool = False,
        raise_tool_errors: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        **params: Any,
    ) -> ToolRunResult | AsyncToolRunStream:
        """The async :meth:`SyncAgentCompletions.run_tools`: the tool calls of one step
        run concurrently (sync functions in worker threads)."""
        from ..agents._runner import AsyncToolRunStream, new_run, run_tools_async
        from .formulas import AsyncFormulas

        run = new_run(tools, messages, params, max_steps, raise_tool_errors)
        run.formulas = _formulas(self, AsyncFormulas)
        options = _options(extra_body, extra_headers, timeout)
        if stream:
            return AsyncToolRunStream(self, model, run, options)
        return await run_tools_async(self, model, run, options)

    async def parse(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        response_format: type[T],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        **params: Any,
    ) -> ParsedChatCompletion[T]:
        """The async :meth:`SyncAgentCompletions.parse`."""
        from ..agents._parse import parse_completion, response_format_for

        completion: ChatCompletionResponse = await self.create(
            model=model,
            messages=messages,
            response_format=response_format_for(response_format),
            **_options(extra_body, extra_headers, timeout),
            **params,
        )
        return parse_completion(completion, response_format)
