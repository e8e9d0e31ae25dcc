# Two commands do all set-up on a fresh machine (each installs what it needs):
#   make demo   installs the project and builds the graph of the bundled reports into out/
#   make test   installs the project with its test needs, type-checks kg/ and runs the whole test suite
PYTHON ?= python3
VENV   := .venv
STAMP  := $(VENV)/.installed

.PHONY: demo test install clean browser visualizations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/kg build data/reports --out out

browser:
	tools/install-browser

test: $(STAMP) browser
	$(VENV)/bin/mypy kg
	$(VENV)/bin/pytest -q

# the committed sample pages: the HTML of the bundled reports (a test checks they are current)
visualizations: $(STAMP)
	rm -rf .sample && $(VENV)/bin/kg build data/reports --out .sample --no-progress
	rm -rf visualizations && mv .sample/html visualizations && rm -rf .sample

clean:
	rm -rf $(VENV) out .pytest_cache
