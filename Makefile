# Two commands do all set-up on a fresh machine (each installs what it needs):
#   make demo   installs the project and builds the graph of the bundled reports into out/
#   make test   installs the project with its test needs and runs the whole test suite
PYTHON ?= python3
VENV   := .venv
STAMP  := $(VENV)/.installed

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/kg build data/reports --out out

test: $(STAMP)
	$(VENV)/bin/pytest -q

clean:
	rm -rf $(VENV) out .pytest_cache
