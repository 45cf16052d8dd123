"""User code reading the result of every operation: must pass mypy --strict and basedpyright.

No cast, no ``Unset`` narrowing, no generated names (``type_``, ``bytes_``): the JSON keys
as attributes, a union's member chosen by ``item.type ==``, ``isinstance`` with the
classes of ``moonshot.types``. Each ``# op: METHOD /path`` line reads that operation's
answer; tests/typing/test_results_typing.py fails when an operation of the document has
no such line, and checks the functions whose operations a document has (so each imports
its own types). Never run.
"""

from __future__ import annotations

from moonshot import Moonshot
from moonshot.types.requests import Message

client = Moonshot(api_key="sk-test", base_url="http://127.0.0.1:9")
model: str = "a-model-the-document-does-not-name"
hello: list[Message] = [{"role": "user", "content": "Hi"}]


def files() -> None:
    from pathlib import Path

    from moonshot.types import FileObject
    from moonshot.types.requests import UploadFilePurpose

    def upload(purpose: UploadFilePurpose) -> int:
        uploaded: FileObject = client.files.create(Path("notes.txt"), purpose)
        # op: POST /v1/files
        return uploaded.bytes

    file = client.files.retrieve("file-1")  # op: GET /v1/files/{file_id}
    name: str = file.filename
    kind: str = file.object
    listed: list[int] = [f.bytes for f in client.files.list().data]  # op: GET /v1/files
    text: str = client.files.content(file.id).text  # op: GET /v1/files/{file_id}/content
    deleted: bool = client.files.delete(file.id).deleted  # op: DELETE /v1/files/{file_id}
    print(upload, name, kind, listed, text, deleted)


def chat() -> None:
    from moonshot.types import ChatCompletionChunk, ChatCompletionResponse

    completion = client.chat.completions.create(model=model, messages=hello)
    # op: POST /v1/chat/completions
    content: str | None = completion.choices[0].message.content
    finish: str = completion.choices[0].finish_reason
    kind: str = completion.object
    same: ChatCompletionResponse = completion
    with client.chat.completions.create(model=model, messages=hello, stream=True) as stream:
        for chunk in stream:
            piece: ChatCompletionChunk = chunk
            print(piece.choices[0].delta.content, same.id)
    logprobs = completion.choices[0].message.logprobs
    tokens: list[str] = [t.token for t in logprobs.content] if logprobs else []
    print(content, finish, kind, tokens)


def chat_helpers() -> None:
    from dataclasses import dataclass

    @dataclass
    class City:
        name: str

    parsed = client.chat.completions.parse(model=model, messages=hello, response_format=City)
    # op: POST /v1/chat/completions
    city: City | None = parsed.choices[0].message.parsed
    finish: str = parsed.choices[0].finish_reason
    tokens: int = parsed.completion.usage.total_tokens
    run = client.chat.completions.run_tools(model=model, messages=hello, tools=[])
    answer: str | None = run.content
    steps: int = run.completion.usage.completion_tokens
    print(city, finish, tokens, answer, steps)


def responses() -> None:
    from moonshot import UnknownStreamEvent
    from moonshot.types import ResponsesResponse, ResponsesStreamEvent

    response: ResponsesResponse = client.responses.create(model=model, input="Hi")
    # op: POST /v1/responses
    text: str = response.output_text
    for item in response.output:
        if item.type == "message":
            part_text: str = item.content[0].text
            print(part_text)
        elif item.type == "function_call":
            call: tuple[str, str, str] = (item.call_id, item.name, item.arguments)
            print(call)
        elif item.type == "reasoning":
            summary: list[str] = [s.text for s in item.summary]
            print(summary)
    tokens: int = response.usage.total_tokens if response.usage else 0
    with client.responses.create(model=model, input="Hi", stream=True) as stream:
        for event in stream:
            if isinstance(event, UnknownStreamEvent):
                continue
            typed: ResponsesStreamEvent = event
            number: int = typed.sequence_number
            print(typed.type, number)
        final: str = stream.get_final_response().output_text
    print(text, tokens, final)


def messages() -> None:
    from typing import Any

    from moonshot import UnknownStreamEvent
    from moonshot.types import MessagesResponse, MessagesStreamEvent

    message: MessagesResponse = client.anthropic.messages.create(
        model=model, max_tokens=100, messages=hello
    )  # op: POST /anthropic/v1/messages
    text: str = message.output_text
    kind: str = message.type
    for block in message.content:
        if block.type == "text":
            print(block.text)
        elif block.type == "tool_use":
            arguments: dict[str, Any] = block.input.to_dict()
            print(block.name, arguments)
        else:
            print(block.thinking)
    output_tokens: int = message.usage.output_tokens
    with client.anthropic.messages.create(
        model=model, max_tokens=100, messages=hello, stream=True
    ) as stream:
        for event in stream:
            if isinstance(event, UnknownStreamEvent):
                continue
            typed: MessagesStreamEvent = event
            if typed.type == "content_block_delta":
                piece: str = typed.delta.text
                print(piece)
            elif typed.type == "message_delta":
                print(typed.delta.stop_reason)
        final: str = stream.get_final_message().output_text
    print(text, kind, output_tokens, final)


def account() -> None:
    models: list[str] = [m.id for m in client.models.list().data]  # op: GET /v1/models
    balance: float = client.balance.retrieve().data.available_balance
    # op: GET /v1/users/me/balance
    print(models, balance)


def tokens() -> None:
    from moonshot.types.requests import EstimateTokenCountModel

    def count(estimate_model: EstimateTokenCountModel) -> int:
        estimate = client.tokenizers.estimate_token_count(model=estimate_model, messages=hello)
        # op: POST /v1/tokenizers/estimate-token-count
        return estimate.data.total_tokens

    print(count)


def signatures() -> None:
    import moonshot

    completion = client.chat.completions.create(model=model, messages=hello)
    signature = moonshot.signature_of(completion)
    if signature is not None:
        valid: bool = client.signatures.verify(signature).valid  # op: POST /v1/signatures/verify
        print(valid)


def web() -> None:
    found = client.tools.search(text_query="moon")  # op: POST /v1/tools/search
    urls: list[str] = [r.url for r in found.search_results]
    pro = client.tools.search_pro(text_query="moon")  # op: POST /v1/tools/search_pro
    scores: list[float] = [c.score for r in pro.search_results for c in r.chunks]
    page = client.tools.fetch(url="https://example.com")  # op: POST /v1/tools/fetch
    markdown: str = page.markdown
    print(urls, scores, markdown)


def formulas() -> None:
    declared = client.formulas.tools("date")  # op: GET /v1/formulas/{namespace}/{formula}/tools
    names: list[str] = [tool.function.name for tool in declared.tools]
    fiber = client.formulas.call("date", names[0], "{}")
    # op: POST /v1/formulas/{namespace}/{formula}/fibers
    status: str = fiber.status
    output: str = fiber.context.output
    print(status, output)


def batches() -> None:
    from moonshot.types import BatchObject

    batch: BatchObject = client.batches.create(input_file_id="file-1")  # op: POST /v1/batches
    again = client.batches.retrieve(batch.id)  # op: GET /v1/batches/{batch_id}
    done: int = again.request_counts.completed
    statuses: list[str] = [b.status for b in client.batches.list()]  # op: GET /v1/batches
    cancelled = client.batches.cancel(batch.id)  # op: POST /v1/batches/{batch_id}/cancel
    output_file: str | None = cancelled.output_file_id
    for result in client.batches.results(again):
        if result.completion is not None:
            reply: str | None = result.completion.choices[0].message.content
            print(result.custom_id, reply)
    print(done, statuses, output_file, batch.object)


async def async_results() -> None:
    from moonshot import AsyncMoonshot

    aclient = AsyncMoonshot(api_key="sk-test", base_url="http://127.0.0.1:9")
    response = await aclient.responses.create(model=model, input="Hi")  # op: POST /v1/responses
    message = await aclient.anthropic.messages.create(model=model, max_tokens=1, messages=hello)
    # op: POST /anthropic/v1/messages
    listed = await aclient.files.list()  # op: GET /v1/files
    sizes: list[int] = [f.bytes for f in listed.data]
    print(response.output_text, message.output_text, sizes)
