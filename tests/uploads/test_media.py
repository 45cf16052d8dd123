"""image_part / video_part / text_part: data URLs with the right MIME type, ms:// references."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import moonshot
import pytest
import spec_facts as facts
from moonshot._chat_request import prepare_chat_body
from moonshot_openapi.models import FileObject
from pytest_httpserver import HTTPServer

from .conftest import file_object

MODEL = facts.plain_model()

SAMPLES = {
    "image/png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "image/jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF",
    "image/gif": b"GIF89a\x01\x00\x01\x00",
    "image/webp": b"RIFF\x24\x00\x00\x00WEBPVP8 ",
    "image/bmp": b"BM\x36\x00\x00\x00",
    "image/tiff": b"II*\x00\x08\x00",
    "image/avif": b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00",
    "image/svg+xml": b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
    "video/mp4": b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00",
    "video/quicktime": b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00",
    "video/webm": b"\x1aE\xdf\xa3\x9fB\x86\x81\x01B\xf7\x81\x01B\x82\x84webm",
    "video/x-matroska": b"\x1aE\xdf\xa3\x9fB\x86\x81\x01B\x82\x88matroska",
    "video/x-msvideo": b"RIFF\x24\x00\x00\x00AVI LIST",
    "video/mpeg": b"\x00\x00\x01\xba\x44\x00",
}


def _url(part: dict) -> str:
    key = part["type"]
    return str(part[key]["url"])


@pytest.mark.parametrize("mime", sorted(SAMPLES))
def test_bytes_become_data_urls_with_the_sniffed_type(mime: str) -> None:
    data = SAMPLES[mime]
    build = moonshot.image_part if mime.startswith("image/") else moonshot.video_part
    part = build(data)
    kind = "image_url" if mime.startswith("image/") else "video_url"
    assert part["type"] == kind
    prefix = f"data:{mime};base64,"
    assert _url(part).startswith(prefix)
    assert base64.b64decode(_url(part)[len(prefix) :]) == data


def test_path_uses_magic_then_extension(tmp_path: Path) -> None:
    png = tmp_path / "photo.jpg"  # misnamed: the bytes win
    png.write_bytes(SAMPLES["image/png"])
    assert _url(moonshot.image_part(png)).startswith("data:image/png;base64,")
    unknown = tmp_path / "clip.mp4"
    unknown.write_bytes(b"\x00\x01\x02\x03 no magic here")
    assert _url(moonshot.video_part(str(unknown))).startswith("data:video/mp4;base64,")


def test_explicit_mime_type_wins() -> None:
    part = moonshot.image_part(b"raw bytes", mime_type="image/heic")
    assert _url(part).startswith("data:image/heic;base64,")


def test_uploaded_file_and_file_id_become_ms_references() -> None:
    uploaded = FileObject.from_dict(file_object("file-abc123", purpose="image"))
    assert moonshot.image_part(uploaded) == {
        "type": "image_url",
        "image_url": {"url": "ms://file-abc123"},
    }
    assert _url(moonshot.video_part("ms://file-v1")) == "ms://file-v1"
    data_url = "data:image/png;base64,AAAA"
    assert _url(moonshot.image_part(data_url)) == data_url


def test_text_part() -> None:
    assert moonshot.text_part("describe it") == {"type": "text", "text": "describe it"}
    with pytest.raises(moonshot.ValidationError, match="text"):
        moonshot.text_part(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "pattern"),
    [
        (lambda: moonshot.image_part(b"\x00\x01 unknown"), "mime_type="),
        (
            lambda: moonshot.image_part(SAMPLES["video/mp4"]),
            "image_part needs an image/... type, got 'video/mp4'",
        ),
        (
            lambda: moonshot.video_part(SAMPLES["image/png"]),
            "video_part needs a video/... type, got 'image/png'",
        ),
        (lambda: moonshot.image_part("/no/such/picture.png"), "not a readable file"),
        (lambda: moonshot.image_part(3.5), "got float"),
        (lambda: moonshot.image_part("ms://"), "needs a file id"),
        (lambda: moonshot.image_part(b"x", mime_type="text/plain"), "got 'text/plain'"),
    ],
)
def test_bad_sources_are_rejected(call: object, pattern: str) -> None:
    with pytest.raises(moonshot.ValidationError, match=pattern):
        call()  # type: ignore[operator]


def _vision_messages() -> list[dict]:
    uploaded = FileObject.from_dict(file_object("file-vid", purpose="video"))
    return [
        {
            "role": "user",
            "content": [
                moonshot.image_part(SAMPLES["image/png"]),
                moonshot.video_part(uploaded),
                moonshot.text_part("What is in these?"),
            ],
        }
    ]


@pytest.mark.parametrize("model", [MODEL, MODEL])
def test_parts_pass_the_chat_request_checks(model: str) -> None:
    body, _variant = prepare_chat_body(model, _vision_messages(), {})
    assert body["messages"][0]["content"][1] == {
        "type": "video_url",
        "video_url": {"url": "ms://file-vid"},
    }


def test_parts_are_sent_as_built(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_json(
        {
            "id": "c1",
            "object": "chat.completion",
            "created": 1,
            "model": MODEL,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "a cat"},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
    )
    messages = _vision_messages()
    client.chat.completions.create(model=MODEL, messages=messages)
    (request, _) = httpserver.log[0]
    assert json.loads(request.get_data())["messages"] == messages
