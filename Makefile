# jhakg — `make help` lists the targets. CI calls the same targets a person uses.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
JHAKG := $(VENV)/bin/jhakg
STAMP := $(VENV)/.installed-stamp
DIST ?= dist
BROWSER := /usr/bin/chromedriver
SEEDS ?= seeds
SOURCES := $(shell find jhakg -name '*.py') $(wildcard ontology/*.ttl reference/*.ttl mappings/*.ttl queries/*.rq $(SEEDS)/*)

.PHONY: help setup run build shacl showcase test quality lint bench serve clean
.DEFAULT_GOAL := help

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m jhakg.web.assets  # YASGUI for the SPARQL page, served from the package (pinned, digest checked)
	touch $(STAMP)

setup: $(STAMP) ## create .venv and install jhakg with its dependencies

$(DIST)/jhakg.trig: $(STAMP) $(SOURCES)
	$(JHAKG) build $(SEEDS) --out $(DIST)

build: $(DIST)/jhakg.trig ## build dist/ from seeds/ (only when inputs changed)

shacl: $(DIST)/jhakg.trig ## validate dist/ with the SHACL shapes (exit 0 conforms, 1 violations, 2 error)
	$(JHAKG) validate --dist $(DIST)

showcase: $(DIST)/jhakg.trig ## print the showcase queries
	$(JHAKG) query chairs-by-year --dist $(DIST)
	$(JHAKG) query meetings --dist $(DIST)
	$(JHAKG) query council-presidencies --dist $(DIST)
	$(JHAKG) query people --dist $(DIST)
	$(JHAKG) query systems --dist $(DIST)

run: build shacl showcase ## set up, build dist/ from seeds/, validate it, print the showcase queries

# the browser tests drive Debian's Chromium through Debian's chromedriver
$(BROWSER):
	@if [ "$$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi; \
	$$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq chromium chromium-driver

test: $(STAMP) $(BROWSER) ## run the whole test suite (installs Chromium for the browser tests when missing), then `make quality`
	$(PY) -m pytest -q
	@$(MAKE) --no-print-directory quality

# the issue-3 bar: precision >= 0.95 for every fact type; recall >= 0.90 for the types `jhakg eval --help` names;
# on the real releases (../shared/corpus/real), the issue-8 bar on the part developed on and floors for all
# of them, the part scored blind included (tests/real_split.json, tests/quality/*.floors.json)
REAL ?= ../shared/corpus/real
quality: $(STAMP) ## score the extraction on the seeds, the corpus, the held-out set, the paraphrase sets and the real releases; exit 1 below the bar
	$(JHAKG) eval --gold tests/gold/seeds.gold.json --docs $(SEEDS) --min-precision 0.95 --min-recall 0.9 --no-errors
	$(JHAKG) eval --gold tests/corpus --min-precision 0.95 --min-recall 0.9 --no-errors
	$(JHAKG) eval --gold tests/holdout --min-precision 0.95 --min-recall 0.9 --no-errors
	$(JHAKG) eval --gold tests/paraphrases/paraphrases.gold.json --docs tests/paraphrases/docs --floors tests/quality/paraphrases.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases2/paraphrases2.gold.json --docs tests/paraphrases2/docs --floors tests/quality/paraphrases2.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases3/paraphrases3.gold.json --docs tests/paraphrases3/docs --floors tests/quality/paraphrases3.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases4/paraphrases4.gold.json --docs tests/paraphrases4/docs --floors tests/quality/paraphrases4.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases5/paraphrases5.gold.json --docs tests/paraphrases5/docs --floors tests/quality/paraphrases5.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases6/paraphrases6.gold.json --docs tests/paraphrases6/docs --floors tests/quality/paraphrases6.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases7/paraphrases7.gold.json --docs tests/paraphrases7/docs --floors tests/quality/paraphrases7.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases8/paraphrases8.gold.json --docs tests/paraphrases8/docs --floors tests/quality/paraphrases8.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases9/paraphrases9.gold.json --docs tests/paraphrases9/docs --floors tests/quality/paraphrases9.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases10/paraphrases10.gold.json --docs tests/paraphrases10/docs --floors tests/quality/paraphrases10.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases11/paraphrases11.gold.json --docs tests/paraphrases11/docs --floors tests/quality/paraphrases11.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases12/paraphrases12.gold.json --docs tests/paraphrases12/docs --floors tests/quality/paraphrases12.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases13/paraphrases13.gold.json --docs tests/paraphrases13/docs --floors tests/quality/paraphrases13.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases14/paraphrases14.gold.json --docs tests/paraphrases14/docs --floors tests/quality/paraphrases14.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases15/paraphrases15.gold.json --docs tests/paraphrases15/docs --floors tests/quality/paraphrases15.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases16/paraphrases16.gold.json --docs tests/paraphrases16/docs --floors tests/quality/paraphrases16.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases17/paraphrases17.gold.json --docs tests/paraphrases17/docs --floors tests/quality/paraphrases17.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases18/paraphrases18.gold.json --docs tests/paraphrases18/docs --floors tests/quality/paraphrases18.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases19/paraphrases19.gold.json --docs tests/paraphrases19/docs --floors tests/quality/paraphrases19.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases20/paraphrases20.gold.json --docs tests/paraphrases20/docs --floors tests/quality/paraphrases20.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases21/paraphrases21.gold.json --docs tests/paraphrases21/docs --floors tests/quality/paraphrases21.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases22/paraphrases22.gold.json --docs tests/paraphrases22/docs --floors tests/quality/paraphrases22.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases23/paraphrases23.gold.json --docs tests/paraphrases23/docs --floors tests/quality/paraphrases23.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases24/paraphrases24.gold.json --docs tests/paraphrases24/docs --floors tests/quality/paraphrases24.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases25/paraphrases25.gold.json --docs tests/paraphrases25/docs --floors tests/quality/paraphrases25.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases26/paraphrases26.gold.json --docs tests/paraphrases26/docs --floors tests/quality/paraphrases26.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases27/paraphrases27.gold.json --docs tests/paraphrases27/docs --floors tests/quality/paraphrases27.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases28/paraphrases28.gold.json --docs tests/paraphrases28/docs --floors tests/quality/paraphrases28.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases29/paraphrases29.gold.json --docs tests/paraphrases29/docs --floors tests/quality/paraphrases29.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases30/paraphrases30.gold.json --docs tests/paraphrases30/docs --floors tests/quality/paraphrases30.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases31/paraphrases31.gold.json --docs tests/paraphrases31/docs --floors tests/quality/paraphrases31.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases32/paraphrases32.gold.json --docs tests/paraphrases32/docs --floors tests/quality/paraphrases32.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases33/paraphrases33.gold.json --docs tests/paraphrases33/docs --floors tests/quality/paraphrases33.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases34/paraphrases34.gold.json --docs tests/paraphrases34/docs --floors tests/quality/paraphrases34.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases35/paraphrases35.gold.json --docs tests/paraphrases35/docs --floors tests/quality/paraphrases35.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases36/paraphrases36.gold.json --docs tests/paraphrases36/docs --floors tests/quality/paraphrases36.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases37/paraphrases37.gold.json --docs tests/paraphrases37/docs --floors tests/quality/paraphrases37.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases38/paraphrases38.gold.json --docs tests/paraphrases38/docs --floors tests/quality/paraphrases38.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases39/paraphrases39.gold.json --docs tests/paraphrases39/docs --floors tests/quality/paraphrases39.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases40/paraphrases40.gold.json --docs tests/paraphrases40/docs --floors tests/quality/paraphrases40.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases41/paraphrases41.gold.json --docs tests/paraphrases41/docs --floors tests/quality/paraphrases41.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases42/paraphrases42.gold.json --docs tests/paraphrases42/docs --floors tests/quality/paraphrases42.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases43/paraphrases43.gold.json --docs tests/paraphrases43/docs --floors tests/quality/paraphrases43.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases44/paraphrases44.gold.json --docs tests/paraphrases44/docs --floors tests/quality/paraphrases44.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases45/paraphrases45.gold.json --docs tests/paraphrases45/docs --floors tests/quality/paraphrases45.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases46/paraphrases46.gold.json --docs tests/paraphrases46/docs --floors tests/quality/paraphrases46.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases47/paraphrases47.gold.json --docs tests/paraphrases47/docs --floors tests/quality/paraphrases47.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases48/paraphrases48.gold.json --docs tests/paraphrases48/docs --floors tests/quality/paraphrases48.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases49/paraphrases49.gold.json --docs tests/paraphrases49/docs --floors tests/quality/paraphrases49.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases50/paraphrases50.gold.json --docs tests/paraphrases50/docs --floors tests/quality/paraphrases50.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases51/paraphrases51.gold.json --docs tests/paraphrases51/docs --floors tests/quality/paraphrases51.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases52/paraphrases52.gold.json --docs tests/paraphrases52/docs --floors tests/quality/paraphrases52.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases53/paraphrases53.gold.json --docs tests/paraphrases53/docs --floors tests/quality/paraphrases53.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases54/paraphrases54.gold.json --docs tests/paraphrases54/docs --floors tests/quality/paraphrases54.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases55/paraphrases55.gold.json --docs tests/paraphrases55/docs --floors tests/quality/paraphrases55.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases56/paraphrases56.gold.json --docs tests/paraphrases56/docs --floors tests/quality/paraphrases56.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases57/paraphrases57.gold.json --docs tests/paraphrases57/docs --floors tests/quality/paraphrases57.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases58/paraphrases58.gold.json --docs tests/paraphrases58/docs --floors tests/quality/paraphrases58.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases59/paraphrases59.gold.json --docs tests/paraphrases59/docs --floors tests/quality/paraphrases59.floors.json --no-errors
	$(JHAKG) eval --gold tests/paraphrases60/paraphrases60.gold.json --docs tests/paraphrases60/docs --floors tests/quality/paraphrases60.floors.json --no-errors
	$(JHAKG) eval --gold $(REAL)/real.gold.json --docs $(REAL)/docs --split tests/real_split.json:dev --floors tests/quality/real-dev.floors.json --no-errors
	$(JHAKG) eval --gold $(REAL)/real.gold.json --docs $(REAL)/docs --floors tests/quality/real-all.floors.json --no-errors

lint: $(STAMP) ## ruff over the code and tests
	$(VENV)/bin/ruff check jhakg tests

serve: $(DIST)/jhakg.trig ## serve dist/ as linked data on http://127.0.0.1:8000/
	$(JHAKG) serve --dist $(DIST)

bench: $(STAMP) ## print speed and memory numbers (not a test)
	$(PY) bench/bench.py

clean: ## remove dist/, its cache and query store, and the tools' caches (keeps .venv)
	rm -rf $(DIST) .$(DIST)-cache .$(DIST)-store .$(DIST).lock .pytest_cache .ruff_cache
