"""The local server's deterministic assistant: replies derived from the request alone.

* The answer restates the last user message (and counts its images / videos); when a
  system message holds a document, the line sharing most words with the question is
  quoted, so "ask a question about an uploaded file" gives a visibly grounded answer.
* Models that reason (read from the document: a variant with ``reasoning_effort``, or
  with ``thinking`` unless ``thinking.type`` is ``disabled``) also return
  ``reasoning_content``.
* Tools come from ``tools`` and from system messages carrying ``tools`` (loaded
  mid-conversation). ``tool_choice`` naming a function calls that one,
  ``"required"`` always calls a tool, ``"none"`` never does.
* With ``tools`` and a user turn last, the reply calls the tools named in the question
  (in parallel: one turn, several calls), else the first tool, with arguments built from
  its parameter schema. A question in steps ("use a and b, then c") calls each step's
  tools after the previous step's results; after the last ``role: tool`` results it
  answers in text using them. ``$web_search`` (a ``builtin_function``) runs as
  documented, with canned offline results (:mod:`._web_search`).
* ``logprobs: true`` adds ``logprobs`` to the message (one entry per piece of text,
  with ``top_logprobs`` alternatives), and to each streamed delta.
* Partial Mode continues the ``partial: true`` assistant prefix without repeating it.
* ``n``, ``stop``, ``max_completion_tokens`` and ``response_format`` are honoured; usage
  counts tokens with :mod:`._tokens` and reports ``cached_tokens`` (and
  ``prompt_tokens_details``) for the part of the conversation this server has already seen.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._catalog import is_thinking
from ._errors import ServerError
from ._formula_tools import decrypt_output
from ._tokens import count_message, count_messages, count_text, truncate_to_tokens
from ._values import value_for
from ._web_search import WEB_SEARCH, search_answer, search_arguments

__all__ = ["Assistant", "Choice", "Completion"]

_WORD = re.compile(r"[\w'-]+")
_CHUNK = re.compile(r"\S+\s*|\s+")


@dataclass
class Choice:
    index: int
    content: str | None
    reasoning: str | None = None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    finish_reason: str = "stop"
    top_logprobs: int | None = None  # None: no logprobs asked for


@dataclass
class Completion:
    id: str
    created: int
    model: str
    choices: list[Choice]
    prompt_tokens: int
    cached_tokens: int

    def completion_tokens(self, choice: Choice | None = None) -> int:
        chosen = [choice] if choice is not None else self.choices
        total = 0
        for item in chosen:
            total += count_text(item.content or "") + count_text(item.reasoning or "")
            for call in item.tool_calls:
                total += count_text(call["function"]["name"] + call["function"]["arguments"])
        return total

    def usage(self, choice: Choice | None = None) -> dict[str, Any]:
        completion = self.completion_tokens(choice)
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": completion,
            "total_tokens": self.prompt_tokens + completion,
            "cached_tokens": self.cached_tokens,
            "prompt_tokens_details": {
                "cached_tokens": self.cached_tokens,
                "cache_write_tokens": self.prompt_tokens - self.cached_tokens,
            },
        }


def text_of(content: Any) -> str:
    """The text of a message's content (string, or the text parts of a list)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            str(p.get("text", "")) for p in content if isinstance(p, Mapping) and "text" in p
        )
    return ""


def _count_parts(content: Any, kind: str) -> int:
    if not isinstance(content, list):
        return 0
    return sum(1 for p in content if isinstance(p, Mapping) and p.get("type") == kind)


def _last(messages: Sequence[Mapping[str, Any]], role: str) -> Mapping[str, Any] | None:
    return next((m for m in reversed(messages) if m.get("role") == role), None)


def _string_hint(question: str) -> str:
    """A free-text argument from the question: its last capitalised word, else last word."""
    words = _WORD.findall(question)
    named = [w for i, w in enumerate(words) if i > 0 and w[:1].isupper()]
    return str((named or words or ["example"])[-1])


def _best_line(question: str, documents: list[str]) -> str | None:
    wanted = {w.lower() for w in _WORD.findall(question) if len(w) >= 4}
    best, score = None, 0
    for document in documents:
        for line in document.splitlines():
            words = {w.lower() for w in _WORD.findall(line)}
            overlap = len(wanted & words)
            if overlap > score:
                best, score = line.strip(), overlap
    if best and len(best) > 200:
        best = best[:197] + "..."
    return best


def _answer(messages: Sequence[Mapping[str, Any]]) -> str:
    user = _last(messages, "user")
    content = user.get("content") if user else None
    question = " ".join(text_of(content).split())
    parts = []
    images, videos = _count_parts(content, "image_url"), _count_parts(content, "video_url")
    if images:
        parts.append(f"I received {images} image{'s' if images > 1 else ''}.")
    if videos:
        parts.append(f"I received {videos} video{'s' if videos > 1 else ''}.")
    documents = [text_of(m.get("content")) for m in messages if m.get("role") == "system"]
    line = _best_line(question, documents)
    if line:
        parts.append(f'From the provided text: "{line}"')
    words = len(_WORD.findall(question))
    parts.append(
        f'You said: "{question}" ({words} word{"s" if words != 1 else ""}). '
        "This is a deterministic reply from the local Moonshot server."
    )
    return " ".join(parts)


def _reasoning(messages: Sequence[Mapping[str, Any]]) -> str:
    user = _last(messages, "user")
    question = text_of(user.get("content")) if user else ""
    words = len(_WORD.findall(question))
    return (
        f"The user wrote {words} word{'s' if words != 1 else ''} across {len(messages)} "
        f"message{'s' if len(messages) != 1 else ''}. "
        "I will restate the question and answer it directly."
    )


def _tool_result_answer(messages: Sequence[Mapping[str, Any]]) -> tuple[str, int]:
    """The text answer from the trailing ``role: tool`` results, and the prompt tokens a
    ``$web_search`` result adds."""
    results: list[Mapping[str, Any]] = []
    for message in reversed(messages):
        if message.get("role") != "tool":
            break
        results.insert(0, message)
    calls = {
        call.get("id"): call
        for message in messages
        for call in message.get("tool_calls") or ()
        if isinstance(call, Mapping)
    }
    parts, extra_tokens = [], 0
    for result in results:
        call = calls.get(result.get("tool_call_id")) or {}
        function = call.get("function") or {}
        name = str(function.get("name", "the tool"))
        output = decrypt_output(text_of(result.get("content")))  # a local formula's result
        if name == WEB_SEARCH:
            searched = search_answer(str(function.get("arguments", "")), output)
            if searched is None:
                raise ServerError(
                    400,
                    "Invalid request: the $web_search tool message must carry the call's "
                    "arguments as they were returned (tool_call_id "
                    f"{result.get('tool_call_id')!r})",
                )
            parts.append(searched[0])
            extra_tokens += searched[1]
            continue
        text = " ".join(output.split())
        parts.append(f"{name} returned: {text}" + ("" if text.endswith(".") else "."))
    return " ".join(parts) + " That answers your question.", extra_tokens


def _tool_names(tool: Mapping[str, Any]) -> list[str]:
    """How a question may name a tool: its name, with spaces for underscores, and for a
    built-in the name without '$' (and "search" for $web_search)."""
    name = str(tool.get("function", {}).get("name", "")).lower()
    bare = name.lstrip("$")
    names = {name, name.replace("_", " "), bare, bare.replace("_", " ")}
    if name == WEB_SEARCH:
        names.add("search")
    return [n for n in names if n]


def _named_tools(tools: Sequence[Mapping[str, Any]], text: str) -> list[Mapping[str, Any]]:
    lowered = text.lower()
    return [t for t in tools if any(n in lowered for n in _tool_names(t))]


_STEP = re.compile(r"\bthen\b", re.IGNORECASE)


def _tool_calls(
    tools: Sequence[Mapping[str, Any]], messages: Sequence[Mapping[str, Any]], choice: Any = None
) -> list[dict[str, Any]]:
    """The calls of the next step, or [] when the question's steps are all done.

    ``choice`` is the request's ``tool_choice``: a named function is the one called,
    ``"required"`` calls a tool even when the steps are done.
    """
    users = [i for i, m in enumerate(messages) if m.get("role") == "user"]
    last_user = users[-1] if users else 0
    question = text_of(messages[last_user].get("content")) if users else ""
    step = sum(1 for m in messages[last_user:] if m.get("tool_calls"))
    segments = _STEP.split(question)
    chosen = _named_tools(tools, segments[step]) if step < len(segments) else []
    if not chosen and step == 0:
        chosen = [tools[0]]
    if isinstance(choice, Mapping):
        wanted = choice.get("function", {}).get("name")
        chosen = [t for t in tools if t.get("function", {}).get("name") == wanted][:1]
    elif choice == "required" and not chosen:
        chosen = [tools[0]]
    calls_so_far = sum(len(m.get("tool_calls") or ()) for m in messages)
    calls = []
    for number, tool in enumerate(chosen):
        function = tool.get("function", {})
        name = str(function.get("name", "tool"))
        if name == WEB_SEARCH:
            arguments: Any = search_arguments(" ".join(question.split()))
        else:
            schema = function.get("parameters", {"type": "object"})
            arguments = value_for(schema, _string_hint(segments[min(step, len(segments) - 1)]))
        calls.append(
            {
                "id": f"{name}:{calls_so_far + number}",
                "type": "function",
                "function": {"name": name, "arguments": json.dumps(arguments, ensure_ascii=False)},
            }
        )
    return calls


def _tools(body: Mapping[str, Any], messages: Sequence[Mapping[str, Any]]) -> list[Any]:
    """The request's tools, then those system messages carry (loaded mid-conversation)."""
    tools = list(body.get("tools") or [])
    for message in messages:
        if message.get("role") == "system" and isinstance(message.get("tools"), list):
            tools.extend(message["tools"])
    return tools


def logprobs_for(text: str, top: int) -> dict[str, Any]:
    """Deterministic ``logprobs`` for ``text``: one entry per piece, ``top`` alternatives."""
    entries = []
    for position, piece in enumerate(split_text(text, 1)):
        logprob = -round(0.05 + (position % 7) * 0.11, 4)
        alternatives = [
            {
                "token": piece if rank == 0 else f"{piece.strip() or '_'}~{rank}",
                "logprob": logprob - rank,
                "bytes": list((piece if rank == 0 else f"{piece.strip()}~{rank}").encode()),
            }
            for rank in range(top)
        ]
        entries.append(
            {
                "token": piece,
                "logprob": logprob,
                "bytes": list(piece.encode()),
                "top_logprobs": alternatives,
            }
        )
    return {"content": entries}


def _apply_stop(text: str, stop: Any) -> tuple[str, bool]:
    words = [stop] if isinstance(stop, str) else list(stop or ())
    cut = min((text.find(w) for w in words if w and w in text), default=-1)
    return (text[:cut], True) if cut >= 0 else (text, False)


def _formatted(text: str, response_format: Any) -> str:
    kind = response_format.get("type") if isinstance(response_format, Mapping) else None
    if kind == "json_object":
        return json.dumps({"answer": text}, ensure_ascii=False)
    if kind == "json_schema":
        schema = response_format.get("json_schema", {}).get("schema", {})
        return json.dumps(value_for(schema, text), ensure_ascii=False)
    return text


class _PrefixCache:
    """Which conversation prefixes this server has seen: the source of ``cached_tokens``."""

    def __init__(self, capacity: int = 20_000) -> None:
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def cached_tokens(self, namespace: str, messages: Sequence[Mapping[str, Any]]) -> int:
        digest = hashlib.sha256(namespace.encode())
        keys, sizes, size = [], [], 0
        for message in messages:
            digest.update(json.dumps(message, sort_keys=True).encode())
            keys.append(digest.hexdigest())
            size += count_message(message)
            sizes.append(size)
        with self._lock:
            hit = 0
            for key, tokens in zip(keys, sizes, strict=True):
                if key in self._seen:
                    hit = tokens
            for key in keys:
                self._seen[key] = None
                self._seen.move_to_end(key)
            while len(self._seen) > self._capacity:
                self._seen.popitem(last=False)
        return hit


class Assistant:
    """Builds completions for checked chat request bodies."""

    def __init__(self) -> None:
        self._cache = _PrefixCache()

    def complete(self, body: Mapping[str, Any]) -> Completion:
        messages: list[Mapping[str, Any]] = [
            m for m in body.get("messages", []) if isinstance(m, Mapping)
        ]
        model = str(body["model"])
        tools = _tools(body, messages)
        partial = messages[-1] if messages and messages[-1].get("partial") else None
        last_role = messages[-1].get("role") if messages else None
        thinking = partial is None and is_thinking(model, body.get("thinking"))
        tool_choice = body.get("tool_choice")
        calls_tool = bool(tools) and tool_choice != "none" and partial is None
        if calls_tool and tool_choice in (None, "auto"):
            calls_tool = last_role in ("user", "tool")
        top_logprobs = int(body.get("top_logprobs") or 0) if body.get("logprobs") else None
        choices = []
        search_tokens = 0
        for index in range(int(body.get("n", 1) or 1)):
            calls = _tool_calls(tools, messages, tool_choice) if calls_tool else []
            if calls:
                names = " and ".join(call["function"]["name"] for call in calls)
                reasoning = f"I should call {names}." if thinking else None
                choices.append(Choice(index, None, reasoning, calls, "tool_calls"))
                continue
            if last_role == "tool":
                text, search_tokens = _tool_result_answer(messages)
            else:
                text = _answer(messages)
            if index:
                text += f" (alternative {index + 1})"
            text = _formatted(text, body.get("response_format"))
            if partial is not None:
                text = _continue(text_of(partial.get("content")), text)
            choice = self._finish(body, index, text, _reasoning(messages) if thinking else None)
            choice.top_logprobs = top_logprobs
            choices.append(choice)
        prompt = count_messages(messages, tools or None) + search_tokens
        namespace = str(body.get("prompt_cache_key") or "")
        return Completion(
            id=f"cmpl-{secrets.token_hex(12)}",
            created=int(time.time()),
            model=model,
            choices=choices,
            prompt_tokens=prompt,
            cached_tokens=self._cache.cached_tokens(namespace, messages),
        )

    def _finish(
        self, body: Mapping[str, Any], index: int, text: str, reasoning: str | None
    ) -> Choice:
        text, stopped = _apply_stop(text, body.get("stop"))
        limit = body.get("max_completion_tokens", body.get("max_tokens"))
        finish = "stop"
        if isinstance(limit, int):  # reasoning tokens count towards the limit too
            budget = max(limit, 0)
            if reasoning is not None:
                spent = count_text(reasoning)
                if spent > budget:
                    reasoning, text, finish = truncate_to_tokens(reasoning, budget), "", "length"
                budget = max(budget - spent, 0)
            if finish == "stop" and not stopped and count_text(text) > budget:
                text, finish = truncate_to_tokens(text, budget), "length"
        return Choice(index, text, reasoning, [], finish)


def _continue(prefix: str, full: str) -> str:
    """The rest of ``full`` after the assistant prefix; never the prefix again."""
    if prefix and full.startswith(prefix):
        return full[len(prefix) :] or "."
    return full if not prefix or prefix[-1].isspace() else " " + full


def completion_json(completion: Completion) -> dict[str, Any]:
    """The ``chat.completion`` response body."""
    choices = []
    for choice in completion.choices:
        message: dict[str, Any] = {"role": "assistant", "content": choice.content}
        if choice.reasoning is not None:
            message["reasoning_content"] = choice.reasoning
        if choice.tool_calls:
            message["tool_calls"] = choice.tool_calls
        if choice.top_logprobs is not None:
            message["logprobs"] = logprobs_for(choice.content or "", choice.top_logprobs)
        choices.append(
            {"index": choice.index, "message": message, "finish_reason": choice.finish_reason}
        )
    return {
        "id": completion.id,
        "object": "chat.completion",
        "created": completion.created,
        "model": completion.model,
        "choices": choices,
        "usage": completion.usage(),
    }


def split_text(text: str, words_per_chunk: int = 2) -> list[str]:
    """Small streaming pieces: a couple of words each, whitespace kept."""
    pieces = _CHUNK.findall(text)
    return [
        "".join(pieces[i : i + words_per_chunk]) for i in range(0, len(pieces), words_per_chunk)
    ]


def stream_chunks(completion: Completion, include_usage: bool) -> Iterator[dict[str, Any]]:
    """The ``chat.completion.chunk`` objects of a streamed completion, in order.

    Usage goes in each choice's last chunk, or (``include_usage``) in a final chunk with
    no choices while every other chunk carries ``usage: null``.
    """

    def chunk(index: int, delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": completion.id,
            "object": "chat.completion.chunk",
            "created": completion.created,
            "model": completion.model,
            "choices": [{"index": index, "delta": delta, "finish_reason": finish}],
        }
        if include_usage:
            data["usage"] = None
        return data

    for choice in completion.choices:
        i = choice.index
        yield chunk(i, {"role": "assistant", "content": ""})
        for piece in split_text(choice.reasoning or ""):
            yield chunk(i, {"reasoning_content": piece})
        for piece in split_text(choice.content or ""):
            delta: dict[str, Any] = {"content": piece}
            if choice.top_logprobs is not None:
                delta["logprobs"] = logprobs_for(piece, choice.top_logprobs)
            yield chunk(i, delta)
        for number, call in enumerate(choice.tool_calls):
            head = {**call, "function": {"name": call["function"]["name"], "arguments": ""}}
            yield chunk(i, {"tool_calls": [{"index": number, **head}]})
            for piece in split_text(call["function"]["arguments"], 3):
                args = {"index": number, "function": {"arguments": piece}}
                yield chunk(i, {"tool_calls": [args]})
        last = chunk(i, {}, choice.finish_reason)
        if not include_usage:
            last["choices"][0]["usage"] = completion.usage(choice)
        yield last
    if include_usage:
        yield {
            "id": completion.id,
            "object": "chat.completion.chunk",
            "created": completion.created,
            "model": completion.model,
            "choices": [],
            "usage": completion.usage(),
        }
