# Every command a person runs. `make test` and `make demo` work on a fresh machine with only
# Python 3.11+: the first target they need creates .venv and installs the project into it.
PYTHON ?= python3
VENV := .venv
BIN := $(abspath $(VENV))/bin
export PATH := $(BIN):$(PATH)

GENERATE = openapi-python-client generate --path openapi.yaml --config generator-config.yaml \
	--meta uv --overwrite --fail-on-warning

.PHONY: venv generate check-generated lint test

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

.PHONY: demo serve

## The main job: a full generation against the embedded reference server, ending in an MP4.
demo: venv
	python tools/demo.py

## Serve the reference server on http://127.0.0.1:$(PORT) (key: test-key).
PORT ?= 8000
serve: venv
	apimart-video serve --port $(PORT)
