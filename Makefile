# Two commands do all set-up on a fresh machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= out

.PHONY: demo test test-fast bench chromium clean

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,notebooks]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/graphbuilder build data/sample --out $(OUT)
	@echo
	@echo "== Who met whom (named query 'who-met') =="
	$(BIN)/graphbuilder query $(OUT) --name who-met
	@echo "== Whose forces are stationed where =="
	$(BIN)/graphbuilder query $(OUT) --name stationed-in

# The browser tests drive Debian's chromium; it is installed here when missing (never a
# browser download by Playwright).
chromium:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
	  { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	    echo "warning: could not install chromium; browser tests will be skipped"; }

test: $(STAMP) chromium
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not model and not browser"

bench: $(STAMP) chromium
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(OUT) build dist *.egg-info
