"""The built site in a real browser: the system's headless Chromium, driven by playwright.

The site is built here with ``mkdocs build --strict`` (so a warning fails this test too),
served from a loopback HTTP server, and opened in ``/usr/bin/chromium`` (the Debian
package; playwright never downloads a browser here). The home page, a task page and the
API reference must render their heading without a console error or a request off this
machine, and the search must find ``create_many``. Screenshots go to ``build/docs/`` for a
human to look at.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ._blocks import ROOT

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = ROOT / "build" / "docs"
PAGES = {
    "home": ("", "moonshot"),
    "streaming": ("streaming/", "Streaming"),
    "reference": ("reference/moonshot/", "moonshot"),
}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site, built strict into a temporary folder and served on loopback."""
    folder = tmp_path_factory.mktemp("site")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    assert CHROMIUM.exists() or shutil.which("chromium"), (
        "the browser test needs the system's Chromium: apt-get install -y chromium"
    )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _open(browser: Any, url: str) -> tuple[Any, list[str]]:
    """A page at ``url`` and the problems it met: console errors, page errors, and any
    request that left loopback."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None
    )
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on(
        "request",
        lambda r: (
            None
            if r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
            else problems.append(f"request off this machine: {r.url}")
        ),
    )
    page.goto(url, wait_until="networkidle")
    return page, problems


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_renders_without_errors(name: str, site: str, browser: Any) -> None:
    path, heading = PAGES[name]
    page, problems = _open(browser, site + path)
    try:
        assert page.locator("article h1").first.inner_text().strip().startswith(heading)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)
        assert problems == []
    finally:
        page.close()


def test_the_reference_renders_create_many_with_its_parameters(site: str, browser: Any) -> None:
    page, problems = _open(browser, site + "reference/moonshot/")
    try:
        entry = page.locator('[id="moonshot.resources.chat.Completions.create_many"]')
        assert entry.count() == 1
        assert "max_concurrency" in page.content()
        assert problems == []
    finally:
        page.close()


@pytest.mark.parametrize(
    ("path", "pictures"),
    [("contributing/architecture/", 1), ("contributing/performance/", 2), ("batches/", 1)],
)
def test_the_drawn_pictures_load(path: str, pictures: int, site: str, browser: Any) -> None:
    page, problems = _open(browser, site + path)
    try:
        widths = page.eval_on_selector_all(
            "article img[src$='.svg']", "images => images.map(i => i.naturalWidth)"
        )
        assert len(widths) == pictures and all(w > 100 for w in widths), widths
        assert problems == []
    finally:
        page.close()


def test_search_finds_create_many(site: str, browser: Any) -> None:
    page, problems = _open(browser, site + "?q=create_many")
    try:
        page.wait_for_selector(".md-search-result__item", timeout=15_000)
        results = page.locator(".md-search-result__item").all_inner_texts()
        assert any("create_many" in text for text in results)
        page.screenshot(path=str(SHOTS / "search.png"))
        assert problems == []
    finally:
        page.close()
