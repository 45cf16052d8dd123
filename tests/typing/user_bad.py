"""User mistakes each checker must report on their own line (``# type: ignore[code]`` there).

mypy (warn_unused_ignores, part of --strict) and basedpyright
(reportUnnecessaryTypeIgnoreComment) fail if a marked line is accepted. Never run.
"""

from __future__ import annotations

from pathlib import Path

from moonshot import Moonshot

client = Moonshot(api_key="sk-test")
create = client.chat.completions.create
model: str = "a-model-the-document-does-not-name"

# A misspelt parameter.
create(model=model, messages=[], temprature=0.3)  # type: ignore[call-overload]
# A role the API does not have.
create(model=model, messages=[{"role": "robot", "content": "Hi"}])  # type: ignore[typeddict-item]
# A response_format type the API does not have.
create(model=model, messages=[], response_format={"type": "yaml"})  # type: ignore[call-overload]
# A bad upload purpose.
client.files.create(Path("notes.txt"), "pictures")  # type: ignore[arg-type]
# Content may be None: use it as a str only after checking.
client.chat.completions.create(model=model, messages=[]).choices[0].message.content.upper()  # type: ignore[union-attr]
# Without stream=True there is no stream to iterate.
for _chunk in create(model=model, messages=[]):  # type: ignore[attr-defined]
    pass
# A stream is not a completion.
_ = create(model=model, messages=[], stream=True).choices  # type: ignore[attr-defined]
# Usage fields are named by the document.
_ = create(model=model, messages=[]).usage.total  # type: ignore[attr-defined]
# Results use the JSON keys, not the generated models' names (and are not Any).
_ = client.files.retrieve("file-1").bytes_  # type: ignore[attr-defined]
_ = client.batches.retrieve("batch-1").object_  # type: ignore[attr-defined]
_size: str = client.files.list().data[0].bytes  # type: ignore[assignment]
# A Responses output item or a Messages block is a union: narrow it by its type first.
_ = client.responses.create(model=model, input="Hi").output[0].content  # type: ignore[union-attr]
_ = client.anthropic.messages.create(model=model, max_tokens=1, messages=[]).content[0].text  # type: ignore[union-attr]
# output_text is a str, never None.
_none: None = client.responses.create(model=model, input="Hi").output_text  # type: ignore[assignment]
