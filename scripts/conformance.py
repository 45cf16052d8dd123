"""Schemathesis against moonshot.testing.LocalMoonshot, judged by the deviations file.

    python scripts/conformance.py [--size quick|full] [--report-dir DIR] [--seed N]

Starts a LocalMoonshot with a random key, runs Schemathesis (every phase: examples,
coverage, fuzzing, stateful) on ``openapi.json`` with the extension documents merged in
(``scripts/spec_extensions``: the official tools), with ``tests/conformance/schemathesis.toml``
and ``tests/conformance/hooks.py``, then reads its NDJSON events. Each failed check is a
finding: the operation, the check, and what the server answered (status, content type,
the error message). A finding that an entry of ``tests/conformance/deviations.toml``
covers is a deliberate deviation; any other fails the run. Entries that matched nothing
are listed (after a change to the server or the document, re-run and prune them).
The summary is printed and written to ``<report-dir>/summary.md``.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import secrets
import subprocess
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CONFORMANCE = ROOT / "tests" / "conformance"
DEVIATIONS = CONFORMANCE / "deviations.toml"
# Fuzzing examples per operation (and stateful scenarios); the coverage phase is
# exhaustive over the document's constraints and does not depend on it.
SIZES = {"quick": 8, "full": 100}


@dataclass(frozen=True)
class Finding:
    """One failed check on one answer of the server."""

    operation: str
    check: str
    code: str
    title: str
    phase: str
    status: int | None
    content_type: str
    message: str  # the server's error message, or the start of its body
    detail: str  # what Schemathesis said

    @property
    def reason(self) -> str:
        """Schemathesis's own words for the failure, without the boilerplate first line."""
        lines = [line for line in self.detail.splitlines() if line.strip()]
        specific = [line for line in lines if line.startswith(("Invalid component", "Received"))]
        return (specific or lines or [""])[0][:200]

    def describe(self) -> str:
        answer = f"{self.status} {self.content_type}".strip()
        text = f"{self.code} {self.check} on {self.operation} ({self.phase}): answered {answer}"
        if self.message:
            text += f" {self.message[:200]!r}"
        if self.reason:
            text += "\n      " + self.reason
        return text


@dataclass
class Deviation:
    """An entry of deviations.toml: which findings it covers, and why they are right."""

    id: str
    operations: list[str]
    checks: list[str]
    why: str
    source: str
    quote: str
    status: int | None = None
    message: re.Pattern[str] | None = None
    content_type: re.Pattern[str] | None = None
    reason: re.Pattern[str] | None = None
    seen: Counter[str] = field(default_factory=Counter)

    def covers(self, finding: Finding) -> bool:
        if finding.operation not in self.operations or finding.check not in self.checks:
            return False
        if self.status is not None and finding.status != self.status:
            return False
        if self.message is not None and not self.message.search(finding.message):
            return False
        if self.reason is not None and not self.reason.search(finding.reason):
            return False
        return self.content_type is None or bool(self.content_type.search(finding.content_type))


def load_deviations(path: Path = DEVIATIONS) -> list[Deviation]:
    """The entries of ``path``; a malformed entry raises ValueError naming it."""
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("deviation", [])
    deviations = []
    for entry in entries:
        name = entry.get("id", "<no id>")
        needed = ("id", "operations", "checks", "why", "source", "quote")
        missing = [k for k in needed if not entry.get(k)]
        if missing:
            raise ValueError(f"deviation {name}: missing {', '.join(missing)}")
        deviations.append(
            Deviation(
                id=entry["id"],
                operations=list(entry["operations"]),
                checks=list(entry["checks"]),
                why=" ".join(entry["why"].split()),
                source=entry["source"],
                quote=entry["quote"],
                status=entry.get("status"),
                message=re.compile(entry["message"]) if "message" in entry else None,
                content_type=re.compile(entry["content_type"]) if "content_type" in entry else None,
                reason=re.compile(entry["reason"]) if "reason" in entry else None,
            )
        )
    ids = Counter(d.id for d in deviations)
    if repeated := [i for i, n in ids.items() if n > 1]:
        raise ValueError(f"deviation ids used twice: {', '.join(repeated)}")
    return deviations


def _answer(interaction: dict[str, Any] | None) -> tuple[int | None, str, str]:
    response = (interaction or {}).get("response") or {}
    status = response.get("status_code")
    headers = {k.lower(): v for k, v in (response.get("headers") or {}).items()}
    content_type = ", ".join(headers.get("content-type", []))
    raw = (response.get("content") or {}).get("$base64")
    body = base64.b64decode(raw) if raw else b""
    message = ""  # the error message, when the answer is an error in the API's shape
    try:
        payload = json.loads(body)
    except ValueError:
        payload = None
    if isinstance(payload, dict) and isinstance(payload.get("error"), dict):
        message = str(payload["error"].get("message", ""))
    return status, content_type, message


def read_findings(ndjson: Path) -> Iterator[Finding]:
    """Every failed check in a Schemathesis NDJSON event file."""
    with ndjson.open(encoding="utf-8") as events:
        for line in events:
            event = json.loads(line)
            finished = event.get("ScenarioFinished")
            if not finished:
                continue
            recorder = finished["recorder"]
            interactions = recorder.get("interactions", {})
            for case_id, checks in recorder.get("checks", {}).items():
                for check in checks:
                    if check.get("status") != "failure":
                        continue
                    failure = check["failure_info"]["failure"]
                    status, content_type, message = _answer(interactions.get(case_id))
                    yield Finding(
                        operation=failure.get("operation") or recorder.get("label", ""),
                        check=check["name"],
                        code=failure.get("code", ""),
                        title=failure.get("title", ""),
                        phase=finished.get("phase", ""),
                        status=status,
                        content_type=content_type,
                        message=message,
                        detail=failure.get("message", ""),
                    )


@dataclass
class Verdict:
    cases: int
    findings: int
    unexpected: list[Finding]
    deviations: list[Deviation]
    report: dict[str, Any]

    @property
    def ok(self) -> bool:
        return not self.unexpected and not self.report.get("errors")


def judge(ndjson: Path, report: dict[str, Any], deviations: list[Deviation]) -> Verdict:
    unexpected: dict[tuple[str, str, int | None, str], Finding] = {}
    total = 0
    for finding in read_findings(ndjson):
        total += 1
        covering = next((d for d in deviations if d.covers(finding)), None)
        if covering is not None:
            covering.seen[f"{finding.code} {finding.operation}"] += 1
            continue
        key = (finding.operation, finding.check, finding.status, finding.message[:80])
        key += (finding.reason,)
        unexpected.setdefault(key, finding)
    cases = int(report.get("test_cases", {}).get("generated", 0))
    return Verdict(cases, total, list(unexpected.values()), deviations, report)


def summary(verdict: Verdict, *, size: str, seed: int, seconds: float) -> str:
    report = verdict.report
    phases = ", ".join(
        f"{name} {info.get('status')}" for name, info in report.get("phases", {}).items()
    )
    ops = report.get("operations", {})
    lines = [
        f"# Schemathesis conformance run ({size}, seed {seed})",
        "",
        f"- Schemathesis {report.get('schemathesis_version')}, {seconds:.0f} s; "
        f"operations tested {ops.get('tested')}/{ops.get('total')}; phases: {phases}",
        f"- Test cases generated: {verdict.cases}; failed checks: {verdict.findings}, "
        f"{sum(sum(d.seen.values()) for d in verdict.deviations)} of them covered by "
        f"deviations; unexpected: {len(verdict.unexpected)} distinct",
        f"- Schemathesis errors: {len(report.get('errors') or [])}",
        "",
        "## Deliberate deviations (tests/conformance/deviations.toml)",
        "",
    ]
    for d in verdict.deviations:
        count = sum(d.seen.values())
        where = ", ".join(sorted(d.seen)) if d.seen else "not reached in this run"
        lines.append(f"- `{d.id}`: {count} failed checks ({where}). {d.why} [{d.source}]")
    if verdict.unexpected:
        lines += ["", "## Unexpected failures", ""]
        lines += [f"- {f.describe()}" for f in verdict.unexpected]
    for error in report.get("errors") or []:
        lines.append(f"- Schemathesis error: {json.dumps(error)[:300]}")
    lines += ["", "RESULT: " + ("PASS" if verdict.ok else "FAIL")]
    return "\n".join(lines) + "\n"


def rejudge(report_dir: Path, size: str) -> int:
    """Judge the events of the last run again (after editing deviations.toml)."""
    report = json.loads((report_dir / "report.json").read_text(encoding="utf-8"))
    verdict = judge(report_dir / "events.ndjson", report, load_deviations())
    seconds = float(report.get("running_time") or 0)
    text = summary(verdict, size=size, seed=int(report.get("seed") or 0), seconds=seconds)
    (report_dir / "summary.md").write_text(text, encoding="utf-8")
    print(text)
    return 0 if verdict.ok else 1


def covered_document() -> dict[str, Any]:
    """``openapi.json`` with the extension documents merged, as generation merges them."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from normalize_spec import load_extensions, merge_extensions

    upstream = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    merged: dict[str, Any] = merge_extensions(upstream, load_extensions())
    return merged


def run(size: str, report_dir: Path, seed: int | None) -> int:
    from moonshot.testing import LocalMoonshot

    config = tomllib.loads((CONFORMANCE / "schemathesis.toml").read_text(encoding="utf-8"))
    seed = seed if seed is not None else int(config["seed"])
    deviations = load_deviations()
    report_dir.mkdir(parents=True, exist_ok=True)
    ndjson, json_report = report_dir / "events.ndjson", report_dir / "report.json"
    for stale in (ndjson, json_report):
        stale.unlink(missing_ok=True)
    key = "sk-conformance-" + secrets.token_hex(8)
    covered = report_dir / "openapi.covered.json"  # the document the client covers
    covered.write_text(json.dumps(covered_document(), indent=2), encoding="utf-8")
    env = {
        **os.environ,
        "MOONSHOT_CONFORMANCE_KEY": key,
        "SCHEMATHESIS_HOOKS": str(CONFORMANCE / "hooks.py"),
    }
    started = time.monotonic()
    with LocalMoonshot(api_key=key, batch_step_seconds=0.05) as server:
        origin = server.url.removesuffix("/v1")
        command = [
            sys.executable, "-m", "schemathesis.cli",
            "--config-file", str(CONFORMANCE / "schemathesis.toml"),
            "run", str(covered),
            "--url", origin,
            "--seed", str(seed),
            "--max-examples", str(SIZES[size]),
            "--report", "ndjson,json",
            "--report-ndjson-path", str(ndjson),
            "--report-json-path", str(json_report),
            "--no-color",
        ]  # fmt: skip
        print("$", " ".join(command), flush=True)
        with (report_dir / "schemathesis.txt").open("w", encoding="utf-8") as out:
            finished = subprocess.run(
                command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT
            )
    seconds = time.monotonic() - started
    if not json_report.exists() or not ndjson.exists():
        print((report_dir / "schemathesis.txt").read_text(encoding="utf-8")[-4000:])
        print(f"Schemathesis wrote no report (exit {finished.returncode})", file=sys.stderr)
        return 2
    report = json.loads(json_report.read_text(encoding="utf-8"))
    verdict = judge(ndjson, report, deviations)
    text = summary(verdict, size=size, seed=seed, seconds=seconds)
    (report_dir / "summary.md").write_text(text, encoding="utf-8")
    print(text)
    print(f"Schemathesis output: {report_dir / 'schemathesis.txt'}; events: {ndjson}")
    return 0 if verdict.ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="quick")
    parser.add_argument("--report-dir", type=Path, default=ROOT / "build" / "conformance")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--rejudge", action="store_true", help="judge the last run's events again, no new run"
    )
    args = parser.parse_args(argv)
    if args.rejudge:
        return rejudge(args.report_dir, args.size)
    return run(args.size, args.report_dir, args.seed)


if __name__ == "__main__":
    sys.exit(main())
