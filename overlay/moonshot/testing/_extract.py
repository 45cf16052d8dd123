"""Text extraction for uploaded files: real for text formats and simple PDFs, a clear
status otherwise."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path, PurePath

from ._pdf_text import pdf_text

__all__ = ["EXTRACTABLE", "ExtractionResult", "extract_text"]

# Read as UTF-8 text as they are.
TEXT_SUFFIXES = frozenset(
    [
        ".txt",
        ".md",
        ".markdown",
        ".csv",
        ".tsv",
        ".json",
        ".jsonl",
        ".log",
        ".yaml",
        ".yml",
        ".ini",
        ".conf",
        ".toml",
        ".xml",
        ".svg",
        ".go",
        ".h",
        ".c",
        ".cpp",
        ".cxx",
        ".cc",
        ".cs",
        ".java",
        ".js",
        ".mjs",
        ".css",
        ".jsp",
        ".php",
        ".py",
        ".py3",
        ".asp",
        ".ts",
        ".tsx",
        ".rs",
        ".rb",
        ".sh",
        ".sql",
        ".kt",
        ".swift",
    ]
)
HTML_SUFFIXES = frozenset((".html", ".htm", ".xhtml"))
PDF_SUFFIX = ".pdf"
EXTRACTABLE = TEXT_SUFFIXES | HTML_SUFFIXES | {PDF_SUFFIX}
_SKIPPED_TAGS = frozenset(("script", "style", "head", "template", "noscript"))
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "pre",
        "table",
        "title",
    ]
)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS and self._skipping:
            self._skipping -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of an HTML document, one line per block, spaces collapsed."""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


class ExtractionResult:
    """The text of a file, or why there is none."""

    def __init__(self, text: str | None, problem: str | None = None) -> None:
        self.text = text
        self.problem = problem


def extract_text(path: Path, filename: str) -> ExtractionResult:
    """Extract the text of the stored file ``path`` uploaded as ``filename``."""
    suffix = PurePath(filename).suffix.lower()
    if suffix not in EXTRACTABLE:
        shown = suffix or "files without an extension"
        return ExtractionResult(
            None,
            f"the local Moonshot server cannot extract text from {shown}; "
            "it extracts text, markdown, csv, json, code, html and simple pdf files",
        )
    raw = path.read_bytes()
    if suffix == PDF_SUFFIX:
        found = pdf_text(raw)
        if found is None:
            return ExtractionResult(
                None,
                "the local Moonshot server cannot extract text from this pdf: it reads text "
                "shown in simple fonts, and found none",
            )
        return ExtractionResult(found)
    text = raw.decode("utf-8-sig", errors="replace")
    if suffix in HTML_SUFFIXES:
        text = html_to_text(text)
    return ExtractionResult(text)
