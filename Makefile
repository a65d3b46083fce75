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

## Regenerate generated/ from openapi.yaml (commit the result).
generate: venv
	$(GENERATE) --output-path generated

## Fail if generated/ differs in any byte, or any file, from a fresh generation.
check-generated: venv
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GENERATE) --output-path "$$tmp/generated" >/dev/null && \
	if diff -r --exclude=__pycache__ generated "$$tmp/generated"; then \
		echo "generated/ is up to date with openapi.yaml"; \
	else \
		echo "generated/ drifted from openapi.yaml: run 'make generate' and commit" >&2; exit 1; \
	fi

lint: venv
	ruff check .
	ruff format --check .
	mypy

test: check-generated lint
	python -m pytest

## The fast part of the suite N times, each in a fresh random order; every failure is listed
## with the seed that replays it. Logs in reports/test-repeat/.
N ?= 20
test-repeat: venv
	python tools/test_repeat.py --runs $(N)

.PHONY: demo serve

## The main job: a full generation against the embedded reference server, ending in an MP4.
demo: venv
	python tools/demo.py

## Serve the reference server on http://127.0.0.1:$(PORT) (key: test-key).
PORT ?= 8000
serve: venv
	apimart-video serve --port $(PORT)

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
## unless APIMART_LIVE_BUDGET=N allows N billed generations.
contract-live: venv
	@mkdir -p reports
	python -m pytest contract_tests/live -m live -rs --junitxml=reports/contract-live.xml

.PHONY: bench soak

## Benchmarks: each figure against its baseline in one run; writes bench/results.json.
bench: venv
	python -m bench.run

## The full fault soak: 200 tasks with 10 % faults; prints the figures, fails unless clean.
soak: venv
	python -m bench.soak --tasks 200
