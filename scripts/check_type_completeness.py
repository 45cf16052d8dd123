"""Fail when basedpyright's type completeness of the public package drops below the floor.

    python scripts/check_type_completeness.py [--min 0.99]

Runs ``basedpyright --verifytypes moonshot --ignoreexternal`` with overlay/ and
generated/ importable (as a wheel would install them) and prints the score and every
symbol whose type is not fully known.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=float, default=0.99, help="lowest accepted score (0-1)")
    args = parser.parse_args(argv)
    bin_dir = Path(sys.executable).parent
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(str(ROOT / d) for d in ("overlay", "generated")),
    }
    result = subprocess.run(
        [
            str(bin_dir / "basedpyright"),
            "--pythonpath",
            sys.executable,
            "--outputjson",
            "--verifytypes",
            "moonshot",
            "--ignoreexternal",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    try:
        report = json.loads(result.stdout)["typeCompleteness"]
    except (ValueError, KeyError):
        sys.stderr.write(result.stdout + result.stderr)
        return 2
    for symbol in report["symbols"]:
        if not symbol["isTypeKnown"]:
            print(f"not fully typed: {symbol['name']}")
    score = float(report["completenessScore"])
    counts = report["exportedSymbolCounts"]
    print(
        f"type completeness of moonshot: {score:.1%} ({counts['withKnownType']} of "
        f"{sum(counts.values())} exported symbols known; floor {args.min:.0%})"
    )
    return 0 if score >= args.min else 1


if __name__ == "__main__":
    raise SystemExit(main())
