# Every command a person runs. `make test` and `make demo` work on a fresh machine with only
# Python 3.11+: the first target they need creates .venv and installs the project into it.
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
export PATH := $(BIN):$(PATH)

GENERATE = openapi-python-client generate --path openapi.yaml --config generator-config.yaml \
	--meta uv --overwrite --fail-on-warning

.PHONY: venv generate check-generated lint test test-repeat

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

venv: $(VENV)/.installed

SPEC_VALUES := overlay/apimart_video/_request/spec_values.py

## Regenerate generated/ and $(SPEC_VALUES) from openapi.yaml (commit the result).
generate: venv
	$(GENERATE) --output-path generated
	python tools/write_spec_values.py --output $(SPEC_VALUES)

## Fail if generated/ or $(SPEC_VALUES) differs in any byte, or any file, from a fresh generation.
check-generated: venv
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GENERATE) --output-path "$$tmp/generated" >/dev/null && \
	python tools/write_spec_values.py --output "$$tmp/spec_values.py" && \
	if diff -r --exclude=__pycache__ generated "$$tmp/generated" && \
		diff $(SPEC_VALUES) "$$tmp/spec_values.py"; then \
		echo "generated/ and $(SPEC_VALUES) are up to date with openapi.yaml"; \
	else \
		echo "generated/ or $(SPEC_VALUES) drifted from openapi.yaml: run 'make generate' and commit" >&2; exit 1; \
	fi

lint: venv
	ruff check .
	ruff format --check .
	mypy

## pytest in two processes side by side. The schemathesis module runs alone: schemathesis
## builds its coverage cases while the module is collected (about 20 s of CPU), and every
## xdist worker would build them again. The rest runs on PYTEST_WORKERS xdist workers: most
## tests wait on sockets, timeouts and subprocesses, so 6 workers keep 2 cores busy
## (PYTEST_WORKERS=0: one process). Tests that must share a worker carry
## `@pytest.mark.xdist_group` (see contract_tests/conftest.py). Each run prints its own seed.
PYTEST_WORKERS ?= 6
CONTRACT_TESTS := contract_tests/contract
test: check-generated lint docs
	@mkdir -p reports; \
	python -m pytest $(CONTRACT_TESTS) -p no:xdist > reports/pytest-schemathesis.log 2>&1 & \
	contract=$$!; \
	python -m pytest -n $(PYTEST_WORKERS) --dist loadgroup --ignore=$(CONTRACT_TESTS); \
	rest=$$?; wait $$contract; schemathesis=$$?; \
	echo "== $(CONTRACT_TESTS) (schemathesis), in its own process =="; \
	cat reports/pytest-schemathesis.log; \
	exit $$(( rest != 0 || schemathesis != 0 ))

.PHONY: docs
## The documentation site, built strict into site/ (open site/index.html).
docs: venv
	NO_MKDOCS_2_WARNING=1 mkdocs build --strict --quiet
## The fast part of the suite N times, each in a fresh random order; every failure is listed
## with the seed that replays it. Logs in reports/test-repeat/. ARGS go to pytest
## (ARGS='-m "not live"' repeats the slow tests too, all but the schemathesis module).
N ?= 20
ARGS ?=
test-repeat: venv
	python tools/test_repeat.py --runs $(N) $(ARGS)

.PHONY: demo serve

## The main job: a full generation against the embedded reference server, ending in an MP4.
demo: venv
	python tools/demo.py

## Serve the reference server on http://127.0.0.1:$(PORT) (key: test-key).
PORT ?= 8000
serve: venv
	apimart-video serve --port $(PORT)

.PHONY: batch-demo

## The six documented uses as one batch against the reference server, into demo-output/batch/;
## then the same command again (a resume: nothing is redone) and the journal.
BATCH_DEMO_PORT ?= 8767
batch-demo: venv
	@rm -rf demo-output/batch
	@apimart-video serve --port $(BATCH_DEMO_PORT) --clock-speed 20 --server-api-key demo-key \
		--log-level warning > /dev/null 2>&1 & server=$$!; \
	trap 'kill $$server 2>/dev/null' EXIT; \
	for i in $$(seq 50); do \
		python -c "import socket; socket.create_connection(('127.0.0.1', $(BATCH_DEMO_PORT)), 1)" \
			2>/dev/null && break; sleep 0.2; done; \
	export APIMART_API_KEY=demo-key APIMART_BASE_URL=http://127.0.0.1:$(BATCH_DEMO_PORT); \
	apimart-video batch examples/six-uses.jsonl --out demo-output/batch --first-poll 0.5 && \
	apimart-video batch examples/six-uses.jsonl --out demo-output/batch --first-poll 0.5 && \
	apimart-video batch status demo-output/batch

.PHONY: contract-server contract-live

## schemathesis CLI against the reference server served by uvicorn; JUnit report in reports/.
CONTRACT_PORT ?= 8765
contract-server: venv
	@mkdir -p reports
	@apimart-video serve --port $(CONTRACT_PORT) --clock-speed 1000 --server-api-key contract-key \
		> reports/contract-server.log 2>&1 & server=$$!; \
	trap 'kill $$server 2>/dev/null' EXIT; \
	for i in $$(seq 50); do \
		python -c "import socket; socket.create_connection(('127.0.0.1', $(CONTRACT_PORT)), 1)" \
			2>/dev/null && break; sleep 0.2; done; \
	st run openapi.yaml --url http://127.0.0.1:$(CONTRACT_PORT) \
		-H "Authorization: Bearer contract-key" \
		--phases examples,coverage,fuzzing,stateful --checks all \
		--report junit --report-junit-path reports/contract-server.xml

## The contract suite against the live API. Skips without APIMART_API_KEY; spends nothing
## unless APIMART_LIVE_BUDGET=N allows N billed generations. With budget 0 it still checks, for
## free, each spec model's live docs and compatibility schema against the spec (drift in the
## report). LIVE_TESTS=contract_tests/live/test_live_discovery.py runs only that check.
LIVE_TESTS ?= contract_tests/live
contract-live: venv
	@mkdir -p reports
	python -m pytest $(LIVE_TESTS) -m live -rs -p no:randomly --junitxml=reports/contract-live.xml

## Propose, as reports/drift.patch, the openapi.yaml edit the drift of contract-live calls
## for (new statuses, new fields with their observed types; from the live docs: enum values,
## bounds, defaults, new request fields); review it, then `git apply`.
.PHONY: drift-patch
drift-patch: venv
	python tools/drift_patch.py --report reports/contract-live.xml --output reports/drift.patch

## Build the wheel and the sdist, `twine check` them, install the wheel into a clean venv and
## run it there: `apimart-video --version` must print pyproject's version; both packages import.
.PHONY: release-check
release-check: venv
	rm -rf dist && python -m build --outdir dist . >/dev/null
	twine check --strict dist/*
	@version=$$(python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])') && \
	wheel=$$(ls "$$PWD"/dist/*.whl) && built=$$(ls dist | tr "\n" " ") && tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp/venv" && \
	"$$tmp/venv/bin/python" -m pip install --quiet "$$wheel" && cd "$$tmp" && \
	printed=$$("$$tmp/venv/bin/apimart-video" --version) && echo "$$printed" && \
	test "$$printed" = "apimart-video $$version" && \
	"$$tmp/venv/bin/python" -c 'import apimart_video, apimart_video_client as c; \
		assert "site-packages" in apimart_video.__file__ and "site-packages" in c.__file__; \
		print("imported", apimart_video.__name__, apimart_video.__version__, "and", c.__name__)' && \
	echo "release-check: $$built: ok"
.PHONY: spec-diff

## What changed in openapi.yaml since BASE=<git ref> (default: the merge base with main), for
## callers, parsers and importers; exit 1 on a breaking change. SPEC_DIFF_JSON=path: JSON too.
BASE =
SPEC_DIFF_JSON ?=
spec-diff: venv
	python -m tools.spec_diff $(if $(BASE),--base $(BASE)) $(if $(SPEC_DIFF_JSON),--json $(SPEC_DIFF_JSON))

.PHONY: api-check

## The public API of apimart_video (and .cli, .testing) against BASE=<git ref> (default: the
## merge base with main), with griffe; exit 1 on a breaking change.
api-check: venv
	python tools/api_check.py --base $(or $(BASE),$$(git merge-base HEAD main))

.PHONY: bench soak

## Benchmarks: each figure against its baseline in one run; writes bench/results.json.
bench: venv
	python -m bench.run
	python -m bench.batch_bench

## The fault soak, twice (a server honouring Idempotency-Key, one ignoring it): 200 tasks,
## 10 % faults; prints one JSON report of both runs, fails unless both are clean.
soak: venv
	@python -m bench.soak --tasks 200
