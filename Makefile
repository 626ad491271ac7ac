# The README's commands. Each target installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint bench docs install clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,docs,parquet]'
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

install: $(STAMP)

# The main job on the sample documents. Findings in the samples are the point,
# so a findings exit code (1) does not fail make; a usage or input error (2) does.
run: $(STAMP)
	@$(BIN)/tradecheck check seeds/; code=$$?; [ $$code -le 1 ] || exit $$code

# The HTML report is tested in Debian's headless chromium; as root (CI) it is
# installed here when missing.
test: $(STAMP)
	@command -v chromium >/dev/null 2>&1 || [ "$$(id -u)" != 0 ] || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check checker tests bench tools
	$(BIN)/ruff format --check checker
	$(BIN)/mypy checker

bench: $(STAMP)
	$(BIN)/python bench/run.py


# Great Expectations Data Docs for the sample documents (out/docs/index.html).
docs: $(STAMP)
	@$(BIN)/tradecheck docs seeds/ --out out/docs; code=$$?; [ $$code -le 1 ] || exit $$code

clean:
	rm -rf $(VENV) out bench/data .pytest_cache .mypy_cache .ruff_cache
