"""``client.chat.completions.run_tools(...)``: Kimi's tool loop, done right.

Each step calls the model; when it asks for tools, the assistant turn goes back into
the conversation exactly as the API sent it (the decoded JSON of the message, so
``reasoning_content`` stays, even when empty, and tool-call ids are untouched: dropping
either is what gives Kimi's 400 "thinking is enabled but reasoning_content is missing"),
then one ``role: tool`` message per call. Built-in tools (``$web_search``) get their
arguments back unchanged, as Moonshot's guide says. Formulas (``moonshot.formula(uri)``)
have their declarations fetched once, before the first model call; their calls run as
fibers (:mod:`._formula`). The async runner runs the calls of one step concurrently;
the sync runner runs them in order.
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import functools
import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import anyio
import anyio.to_thread
import attrs

from .._errors import MaxStepsExceededError, MoonshotError, ValidationError
from .._openapi.formulas import fiber_content
from .._openapi.request_body import to_plain
from .._telemetry.runtime import telemetry_of
from .._telemetry.spans import tool_span
from ._tools import Toolbox

if TYPE_CHECKING:
    from .._openapi.answers import ChatCompletionResponse
    from .._streams.chunks import ChatCompletionChunk
    from ._protocol import AsyncChatCalls, SyncChatCalls

__all__ = [
    "AsyncToolRunStream",
    "MaxStepsExceededError",
    "ToolRunResult",
    "ToolRunStream",
    "run_tools_async",
    "run_tools_sync",
]


@dataclass
class ToolRunResult:
    """What a tool run ends with: the final completion (the model's answer), the whole
    transcript (your messages, every assistant turn as received, every tool result) and
    how many times the model was called."""

    completion: ChatCompletionResponse
    messages: list[dict[str, Any]]
    steps: int

    @property
    def content(self) -> str | None:
        """The text of the final answer."""
        content = self.completion.choices[0].message.content
        return content if isinstance(content, str) else None


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if attrs.has(type(value)):
        return attrs.asdict(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    dump = getattr(value, "model_dump", None)  # pydantic
    if callable(dump):
        return dump(mode="json")
    return str(value)


def tool_content(result: Any) -> str:
    """A tool's return value as the string a ``role: tool`` message carries."""
    if isinstance(result, str):
        return result
    return json.dumps(result, ensure_ascii=False, default=_jsonable)


def _error_text(error: BaseException) -> str:
    return f"Error: {type(error).__name__}: {error}"


class _Run:
    """The state of one run, shared by the sync and async loops."""

    def __init__(
        self,
        tools: Sequence[Any],
        messages: Iterable[Any],
        params: Mapping[str, Any],
        max_steps: int,
        raise_tool_errors: bool,
    ) -> None:
        if not isinstance(max_steps, int) or max_steps < 1:
            raise ValidationError(f"max_steps: expected an integer >= 1, got {max_steps!r}")
        if params.get("n", 1) != 1:
            raise ValidationError("n: run_tools follows one conversation; n must be 1", field="n")
        if "tools" in params:
            raise ValidationError("tools: pass tools=[...] once", field="tools")
        self.toolbox: Toolbox = Toolbox(tools)
        self.messages: list[dict[str, Any]] = [to_plain(m) for m in messages]
        self.params: dict[str, Any] = {**params, "tools": self.toolbox.declarations}
        self.max_steps: int = max_steps
        self.raise_tool_errors: bool = raise_tool_errors
        self.steps: int = 0
        # client.formulas of the run's client (given by the caller, when there are formulas)
        self.formulas: Any = None
        # (uri, name, arguments) -> the tool message; set when the formulas are loaded.
        self.formula_call: Callable[[str, str, str], Any] | None = None

    def load_formulas_sync(self) -> None:
        """Fetch the formulas' declarations once (before the first model call)."""
        if self.formula_call is not None or not self.toolbox.formulas:
            return
        formulas = self.formulas
        for formula in self.toolbox.formulas:
            self.toolbox.add_formula(formula, formulas.tools(formula.uri).tools)

        def call(uri: str, name: str, arguments: str) -> str:
            return fiber_content(formulas.call(uri, name, arguments))

        self.formula_call = call

    async def load_formulas_async(self) -> None:
        """The async twin of :meth:`load_formulas_sync`."""
        if self.formula_call is not None or not self.toolbox.formulas:
            return
        formulas = self.formulas
        for formula in self.toolbox.formulas:
            self.toolbox.add_formula(formula, (await formulas.tools(formula.uri)).tools)

        async def call(uri: str, name: str, arguments: str) -> str:
            return fiber_content(await formulas.call(uri, name, arguments))

        self.formula_call = call

    def take(self, message: dict[str, Any], completion: ChatCompletionResponse) -> list[Any]:
        """Record the assistant turn; the tool calls to run (empty: the run is over)."""
        self.steps += 1
        self.messages.append(message)
        calls = message.get("tool_calls") or []
        if calls and self.steps >= self.max_steps:
            raise MaxStepsExceededError(self.max_steps, list(self.messages), completion)
        return list(calls)

    def prepare(self, call: Mapping[str, Any]) -> tuple[Callable[..., Any] | None, Any]:
        """(function, kwargs) for a call, or (None, tool message content) when there is
        nothing to run: a built-in tool's echo, or an error text."""
        function = call.get("function") or {}
        name = str(function.get("name", ""))
        arguments = str(function.get("arguments") or "")
        if name in self.toolbox.builtins:
            return None, arguments  # Kimi runs it: send the arguments back unchanged
        uri = self.toolbox.formula_tools.get(name)
        if uri is not None and self.formula_call is not None:
            return functools.partial(self.formula_call, uri, name, arguments), {}
        tool = self.toolbox.functions.get(name)
        if tool is None:
            error: Exception = LookupError(f"unable to find tool by name {name!r}")
            return None, self.failed(name, error)
        try:
            kwargs = tool.arguments(arguments)
        except ValidationError as invalid:
            return None, self.failed(name, invalid)
        return tool.function, kwargs

    def failed(self, name: str, error: BaseException) -> str:
        if self.raise_tool_errors:
            error.add_note(f"raised by tool {name!r} in run_tools")
            raise error
        return _error_text(error)

    def answer(self, call: Mapping[str, Any], content: str) -> None:
        function = call.get("function") or {}
        self.messages.append(
            {
                "role": "tool",
                "tool_call_id": call.get("id"),
                "name": function.get("name"),
                "content": content,
            }
        )

    def result(self, completion: ChatCompletionResponse) -> ToolRunResult:
        return ToolRunResult(completion, self.messages, self.steps)


def _message_of(body: Mapping[str, Any]) -> dict[str, Any]:
    choices = body.get("choices") or [{}]
    message = choices[0].get("message")
    if not isinstance(message, dict):
        raise MoonshotError("the completion has no message to continue from")
    return message


def _call_sync(function: Callable[..., Any], kwargs: dict[str, Any]) -> Any:
    if not inspect.iscoroutinefunction(function):
        return function(**kwargs)
    call = functools.partial(function, **kwargs)
    if not _event_loop_running():
        return anyio.run(call)
    # The sync client called from inside a running loop (a notebook, an async caller):
    # a loop cannot run inside it, so the async tool gets a thread and a loop of its own.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="moonshot-tool") as pool:
        return pool.submit(anyio.run, call).result()


def _event_loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _run_one_sync(run: _Run, call: Mapping[str, Any]) -> None:
    function, prepared = run.prepare(call)
    if function is None:
        run.answer(call, prepared)
        return
    try:
        with tool_span(call):
            content = tool_content(_call_sync(function, prepared))
    except Exception as error:
        content = run.failed(str(call.get("function", {}).get("name")), error)
    run.answer(call, content)


async def _run_one_async(run: _Run, call: Mapping[str, Any]) -> str:
    function, prepared = run.prepare(call)
    if function is None:
        return str(prepared)
    try:
        with tool_span(call):
            if inspect.iscoroutinefunction(function):
                value = await function(**prepared)
            else:
                value = await anyio.to_thread.run_sync(functools.partial(function, **prepared))
            return tool_content(value)
    except Exception as error:
        return run.failed(str(call.get("function", {}).get("name")), error)


async def _run_calls_async(run: _Run, calls: list[Any]) -> None:
    """Run one step's calls concurrently; answers go in the order of the calls."""
    contents: list[str] = [""] * len(calls)
    raised: list[Exception] = []

    async def one(index: int) -> None:
        try:
            contents[index] = await _run_one_async(run, calls[index])
        except Exception as error:  # raise_tool_errors: the tool's own exception, not a group
            raised.append(error)

    async with anyio.create_task_group() as group:
        for index in range(len(calls)):
            group.start_soon(one, index)
    if raised:
        raise raised[0]
    for call, content in zip(calls, contents, strict=True):
        run.answer(call, content)


def run_tools_sync(
    completions: SyncChatCalls,
    model: str,
    run: _Run,
    options: Mapping[str, Any],
) -> ToolRunResult:
    run.load_formulas_sync()
    with telemetry_of(completions).agent(model):
        while True:
            completion, answer = completions.create_keeping_json(
                model, run.messages, run.params, **options
            )
            calls = run.take(_message_of(answer), completion)
            if not calls:
                return run.result(completion)
            for call in calls:
                _run_one_sync(run, call)


async def run_tools_async(
    completions: AsyncChatCalls,
    model: str,
    run: _Run,
    options: Mapping[str, Any],
) -> ToolRunResult:
    await run.load_formulas_async()
    with telemetry_of(completions).agent(model):
        while True:
            completion, answer = await completions.create_keeping_json(
                model, run.messages, run.params, **options
            )
            calls = run.take(_message_of(answer), completion)
            if not calls:
                return run.result(completion)
            await _run_calls_async(run, calls)


class _RunStream:
    """What the sync and async run streams share: the run and its transcript."""

    def __init__(
        self,
        completions: SyncChatCalls | AsyncChatCalls,
        model: str,
        run: _Run,
        options: Mapping[str, Any],
    ) -> None:
        self._completions = completions
        self._model = model
        self._run = run
        self._options = options
        self.result: ToolRunResult | None = None

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The transcript so far."""
        return self._run.messages

    def _finish(self, completion: ChatCompletionResponse) -> None:
        # Set here, not in the subclasses, so ``result`` has one declared type.
        self.result = self._run.result(completion)


class ToolRunStream(_RunStream):
    """``run_tools(..., stream=True)``: the chunks of every step, in order. After the
    iteration ``result`` holds the :class:`ToolRunResult`; ``messages`` is the
    transcript so far at any time."""

    def _iterate(self) -> Iterator[ChatCompletionChunk]:
        run = self._run
        run.load_formulas_sync()
        while True:
            with self._completions.create(
                model=self._model, messages=run.messages, stream=True, **self._options,
                **run.params,
            ) as stream:  # fmt: skip
                yield from stream
                completion = stream.get_final_completion()
                body = stream.current_json()
            calls = run.take(_message_of(body), completion)
            if not calls:
                self._finish(completion)
                return
            for call in calls:
                _run_one_sync(run, call)

    def __iter__(self) -> Iterator[ChatCompletionChunk]:
        return self._chunks

    @functools.cached_property
    def _chunks(self) -> Iterator[ChatCompletionChunk]:
        return telemetry_of(self._completions).agent_stream(self._iterate(), self._model)

    def __next__(self) -> ChatCompletionChunk:
        return next(self._chunks)

    def until_done(self) -> ToolRunResult:
        """Read the remaining chunks; the result."""
        for _ in self._chunks:
            pass
        assert self.result is not None
        return self.result


class AsyncToolRunStream(_RunStream):
    """The async twin of :class:`ToolRunStream` (``async for``); a step's tool calls
    run concurrently."""

    async def _iterate(self) -> AsyncIterator[ChatCompletionChunk]:
        run = self._run
        await run.load_formulas_async()
        while True:
            stream = await self._completions.create(
                model=self._model, messages=run.messages, stream=True, **self._options,
                **run.params,
            )  # fmt: skip
            async with stream:
                async for chunk in stream:
                    yield chunk
                completion = await stream.get_final_completion()
                body = stream.current_json()
            calls = run.take(_message_of(body), completion)
            if not calls:
                self._finish(completion)
                return
            await _run_calls_async(run, calls)

    def __aiter__(self) -> AsyncIterator[ChatCompletionChunk]:
        return self._chunks

    @functools.cached_property
    def _chunks(self) -> AsyncIterator[ChatCompletionChunk]:
        return telemetry_of(self._completions).agent_stream(self._iterate(), self._model)

    async def __anext__(self) -> ChatCompletionChunk:
        return await self._chunks.__anext__()

    async def until_done(self) -> ToolRunResult:
        """Read the remaining chunks; the result."""
        async for _ in self._chunks:
            pass
        assert self.result is not None
        return self.result


def new_run(
    tools: Sequence[Any],
    messages: Iterable[Any],
    params: Mapping[str, Any],
    max_steps: int,
    raise_tool_errors: bool,
) -> _Run:
    """Check the arguments of a run (before anything is sent) and start its state."""
    return _Run(tools, messages, params, max_steps, raise_tool_errors)
