"""User code that must pass mypy --strict and basedpyright (strict): no cast, no narrowing.

Only what does not depend on the document's models is here; per-model calls are written
from the document at test time (tests/typing/test_type_checkers.py). Never run.
"""

from __future__ import annotations

from typing import Any

from moonshot import (
    AsyncChatCompletionStream,
    AsyncMoonshot,
    ChatCompletionChunk,
    ChatCompletionStream,
    Moonshot,
)

client = Moonshot(api_key="sk-test", base_url="http://127.0.0.1:9")
model: str = "a-model-the-document-does-not-name"  # the fallback overload

completion = client.chat.completions.create(
    model=model, messages=[{"role": "user", "content": "Hi"}], max_tokens=10
)
content: str | None = completion.choices[0].message.content
reasoning: str | None = completion.choices[0].message.reasoning_content
arguments: str = completion.choices[0].message.tool_calls[0].function.arguments
total_tokens: int = completion.usage.total_tokens
body: dict[str, Any] = completion.to_dict()

tool_result = client.chat.completions.create(
    model=model,
    messages=[
        {"role": "system", "content": "You are Kimi."},
        {"role": "user", "content": [{"type": "text", "text": "What is in it?"}]},
        {"role": "tool", "tool_call_id": "call-1", "content": "42"},
    ],
    response_format={"type": "json_object"},
    stream=False,
)
tool_result_content: str | None = tool_result.choices[0].message.content

stream = client.chat.completions.create(model=model, messages=[], stream=True)
stream_type: ChatCompletionStream = stream
with stream:
    for chunk in stream:
        chunk_type: ChatCompletionChunk = chunk
        delta: str | None = chunk.choices[0].delta.content
        delta_reasoning: str | None = chunk.choices[0].delta.reasoning_content
        if chunk.usage:  # on the last chunk only
            chunk_tokens: int = chunk.usage.total_tokens
            cached_tokens: int = chunk.usage.cached_tokens
final = stream.get_final_completion()
final_content: str | None = final.choices[0].message.content
final_tokens: int = final.usage.total_tokens

file = client.files.retrieve("file-1")
file_id: str = file.id
batch = client.batches.create(input_file_id=file.id)
batch_status: str = batch.status
batch_again_status: str = client.batches.retrieve(batch.id).status


async def main() -> None:
    aclient = AsyncMoonshot(api_key="sk-test", base_url="http://127.0.0.1:9")
    acompletion = await aclient.chat.completions.create(model=model, messages=[])
    atext: str | None = acompletion.choices[0].message.content
    astream = await aclient.chat.completions.create(model=model, messages=[], stream=True)
    astream_type: AsyncChatCompletionStream = astream
    async with astream:
        async for achunk in astream:
            apiece: str | None = achunk.choices[0].delta.content
            print(apiece)
    afinal = await astream.get_final_completion()
    atokens: int = afinal.usage.total_tokens
    print(atext, astream_type, atokens)
