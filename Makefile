# Every target works on a fresh machine: it creates .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: venv generate check-generated lint format typecheck test check clean bench bench-quick demo soak
.PHONY: bounds bench-telemetry
.PHONY: docs docs-serve docs-browser
.PHONY: redis bench-limits
.PHONY: prism contract spec-diff check-previous-spec

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,codegen,bench,docs]'
	touch $(STAMP)

venv: $(STAMP)

generate: $(STAMP)
	$(BIN)/python scripts/generate.py

check-generated: $(STAMP)
	$(BIN)/python scripts/generate.py --check

lint: $(STAMP)
	$(BIN)/ruff check overlay scripts tests docs bench/live/pacing.py
	$(BIN)/ruff format --check overlay scripts tests docs bench/live/pacing.py README.md

format: $(STAMP)
	$(BIN)/ruff check --fix overlay scripts tests docs bench/live/pacing.py
	$(BIN)/ruff format overlay scripts tests docs bench/live/pacing.py README.md

# The overlay, then user code in tests/typing as mypy --strict and basedpyright (strict)
# see it (marked lines must be errors), then the package's type completeness (>= 99%).
typecheck: $(STAMP)
	$(BIN)/mypy --strict overlay/moonshot
	$(BIN)/mypy --strict tests/typing/user_*.py
	$(BIN)/basedpyright --pythonpath $(BIN)/python
	$(BIN)/python scripts/check_type_completeness.py --min 0.99

# One worker per core (PYTEST_WORKERS=0 runs it in one process); a test module stays on
# one worker, so its module fixtures (a built site, a server) are made once.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL := -n $(PYTEST_WORKERS) --dist loadscope

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_PARALLEL)

# Prism first, so the contract tests in the suite run rather than skip (needs npm).
check: prism lint typecheck check-generated test

# Side-by-side benchmarks vs the openai SDK and raw httpx2 (bench/README.md).
bench: $(STAMP)
	$(BIN)/python -m bench.harness

bench-quick: $(STAMP)
	$(BIN)/python -m bench.harness --quick

# What OpenTelemetry reporting costs per call, side by side (docs/telemetry.md "Cost").
bench-telemetry: $(STAMP)
	$(BIN)/python -m bench.telemetry

# The tour of the client: against an embedded local server, or the API when
# MOONSHOT_API_KEY is set (examples/demo.py decides, and stops its server).
demo: $(STAMP)
	$(BIN)/python examples/demo.py

# The reliability load tests at full size (200 streams x 200 chunks, 10,000 requests);
# CI runs them reduced inside make test. The figures print in the summary.
soak: $(STAMP)
	MOONSHOT_SOAK=full $(BIN)/python -m pytest tests/reliability -m soak -s

# Peak memory against a 1 GiB gzip bomb, a 300 MB SSE line and a 1 GiB download, sync and
# async, with the openai SDK's figure for the bomb (README "Reliability"); CI runs them smaller.
bounds: $(STAMP)
	MOONSHOT_SOAK=full $(BIN)/python -m pytest tests/reliability/test_bounds_memory.py -s

# The Redis server tests/limits starts and stops (Debian's redis-server; needs root or sudo).
redis:
	scripts/install_redis.sh

# AccountLimits across four processes on one Redis: shared limits against each process
# alone, the share of the limit reached and of 429s, slots back after a SIGKILL.
bench-limits: $(STAMP) redis
	$(BIN)/python -m bench.limits

# Contract checks (README "Contract checks"): Stoplight Prism (pinned, into .tools/prism),
# the contract suite against it, response round-trips, operation coverage, the spec diff.
prism:
	scripts/install_prism.sh

contract: $(STAMP) prism
	$(BIN)/python -m pytest tests/contract tests/spec_diff
	$(MAKE) spec-diff

# Client-visible changes of openapi.json since the previous commit; fails on breaking ones.
spec-diff: $(STAMP)
	$(BIN)/python scripts/spec_diff.py --against-git HEAD~1 openapi.json

# The suite on the previous API document: regenerate from it in a temporary copy and
# run the tests there (tests take models, variants and limits from the document).
PREVIOUS_SPEC_REV ?= 5e3a702
check-previous-spec: $(STAMP) prism
	$(BIN)/python scripts/check_previous_spec.py --rev $(PREVIOUS_SPEC_REV) -- -q $(PYTEST_PARALLEL)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist site

# The documentation site (docs/, mkdocs.yml) into site/, every warning an error; the
# models table, CLI help, charts and architecture diagram are made during the build.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

docs-serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve

# The built site in headless Chromium (the system's /usr/bin/chromium, never a downloaded
# browser); screenshots in build/docs/.
docs-browser: docs
	$(BIN)/python -m pytest tests/docs/test_site_browser.py -q

# --- Conformance, Python matrix, release check (README "Conformance and compatibility") ---
.PHONY: conformance conformance-quick matrix matrix-quick release-check
CONF_STAMP := $(VENV)/.conformance-installed

$(CONF_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[conformance]'
	touch $(CONF_STAMP)

# Schemathesis (every phase, fixed seed) against LocalMoonshot, judged by
# tests/conformance/deviations.toml; report in build/conformance/summary.md.
conformance: $(CONF_STAMP)
	$(BIN)/python scripts/conformance.py --size full

conformance-quick: $(CONF_STAMP)
	$(BIN)/python scripts/conformance.py --size quick

# The test suite on every supported Python (pyenv interpreters, noxfile.py):
# full suite on each; matrix-quick (CI) runs it in full on 3.11 and a subset on the others.
matrix: $(CONF_STAMP)
	$(BIN)/nox -f scripts/noxfile.py --session tests

matrix-quick: $(CONF_STAMP)
	MOONSHOT_MATRIX=quick $(BIN)/nox -f scripts/noxfile.py --session tests

# sdist + wheel, twine check, the wheel in a clean venv of each Python running the demo,
# the sdist regenerating generated/ byte for byte.
release-check: $(CONF_STAMP)
	$(BIN)/python scripts/release_check.py
