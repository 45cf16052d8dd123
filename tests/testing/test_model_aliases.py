"""``LocalMoonshot(model_aliases=...)``: a chat model served beyond the document."""

from __future__ import annotations

import moonshot
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot


def test_an_alias_is_served_as_its_documented_model_under_its_own_name() -> None:
    alias = facts.UNKNOWN_MODEL
    with (
        LocalMoonshot(model_aliases={alias: facts.first_model()}) as server,
        moonshot.Moonshot(base_url=server.url, api_key="sk-alias") as client,
    ):
        answer = client.chat.completions.create(
            model=alias, messages=[{"role": "user", "content": "hi"}]
        )
    assert answer.model == alias and answer.choices[0].message.content


def test_without_the_alias_the_model_is_not_found() -> None:
    with (
        LocalMoonshot() as server,
        moonshot.Moonshot(base_url=server.url, api_key="sk-alias") as client,
        pytest.raises(moonshot.NotFoundError),
    ):
        client.chat.completions.create(
            model=facts.UNKNOWN_MODEL, messages=[{"role": "user", "content": "hi"}]
        )
