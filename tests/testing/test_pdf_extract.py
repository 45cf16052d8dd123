"""file-extract of a simple PDF (the file-upload page's own program uploads one)."""

from __future__ import annotations

import moonshot
import pytest
from simple_pdf import simple_pdf


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "flate"])
def test_text_of_a_simple_pdf(client: moonshot.Moonshot, compress: bool) -> None:
    lines = ["XLNet: Generalized Autoregressive Pretraining", "for (Language) Understanding"]
    pdf = simple_pdf(lines, compress=compress)
    uploaded = client.files.create(file=("xlnet.pdf", pdf), purpose="file-extract")
    assert uploaded.status == "ready"
    assert client.files.content(uploaded.id).text.splitlines() == lines


def test_a_pdf_showing_no_text_gets_a_clear_status(client: moonshot.Moonshot) -> None:
    uploaded = client.files.create(
        file=("scan.pdf", simple_pdf([], compress=True)), purpose="file-extract"
    )
    assert uploaded.status == "error" and "cannot extract text from this pdf" in str(
        uploaded.status_details
    )
