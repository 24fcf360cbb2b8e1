# The two commands a new user needs: `make demo` and `make test`.
# Each creates .venv and installs what it needs on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install constraints demo test lint typecheck pytest eval bench judgement-model draft-checks-model plan-model figure-model passage-model clean fuzz fuzz-crash fuzz-input

# constraints.txt pins every package to the versions CI passed with (`make CONSTRAINTS= install` installs the newest
# versions pyproject.toml allows instead; `make constraints` rewrites the pins from such a clean install).
CONSTRAINTS ?= constraints.txt

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Kuulo needs Python 3.11 or newer: run make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check $(if $(CONSTRAINTS),-c $(CONSTRAINTS)) -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

# A clean virtualenv with the newest versions pyproject.toml allows, frozen into constraints.txt (its comment kept).
constraints:
	rm -rf .kuulo/constraints-venv
	$(PYTHON) -m venv .kuulo/constraints-venv
	.kuulo/constraints-venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	{ grep '^#' constraints.txt; .kuulo/constraints-venv/bin/python -m pip freeze --exclude-editable; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf .kuulo/constraints-venv

demo: $(STAMP)
	$(BIN)/kuulo demo

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -W error --durations=15

# Long randomised runs: `make fuzz` runs every fuzz target.
fuzz: fuzz-input fuzz-crash

# Every boundary parser's properties (tests/properties) with at least 10,000 generated inputs each
# (KUULO_FUZZ_EXAMPLES to change); failing examples are kept in tests/properties/examples/ and replayed first.
# Without the suite's 300 s per-test timeout: a property's 10,000 examples take longer, and pytest-timeout's
# Failed lands inside whichever example is running, which Hypothesis then reports (and saves) as a failing
# example that does not reproduce. The statistics print each property's examples run and seconds.
fuzz-input: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -W error -q --timeout=0 --hypothesis-show-statistics --durations=0 tests/properties

# Real processes SIGKILLed at 50 seeded random moments per scenario (KUULO_CRASH_SEED to vary them).
# Without the suite's 300 s per-test timeout: 50 kills of a process that loads its models take longer.
fuzz-crash: $(STAMP)
	KUULO_CRASH_KILLS=$${KUULO_CRASH_KILLS:-50} $(BIN)/pytest -W error -q -s --timeout=0 tests/crash/test_random_kills.py

eval: $(STAMP)
	$(BIN)/python -m bench.eval

# Rebuild the semantic detector's file (bot/signals/data/judgement_model.npz) from dev data only, deterministic: the
# intent model is refitted, the committed risk and opt-out classes kept (the recipe that built the file; refitting
# them is `python -m eval.judgement_train --refit-risk`, a model change to measure). The file's bytes depend only on
# its arrays, so on unchanged data this leaves it as it is (`python -m eval.judgement_train --check` says whether).
judgement-model: $(STAMP)
	$(BIN)/python -m eval.judgement_train

draft-checks-model: $(STAMP)
	$(BIN)/python -m eval.draft_checks_train

# Rebuild the learned plan-kind signal (bot/opportunities/data/plan_model.npz) from the dev and spent reply-plans
# sets; deterministic, prints its leave-one-writer-out figures and the moves it switched on.
plan-model: $(STAMP)
	$(BIN)/python -m eval.plan_train

figure-model: $(STAMP)
	$(BIN)/python -m eval.figure_train

passage-model: $(STAMP)
	$(BIN)/python -m eval.passage_train

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
