# PolicyLens — the two commands a newcomer needs:
#   make run    install everything and start the app
#   make test   install what the tests need and run the whole suite
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test setup setup-test lint i18n bundle bench clean

run: setup
	$(BIN)/policylens-gui $(ARGS)

test: setup-test
	scripts/run-tests.sh $(ARGS)

setup:
	scripts/setup.sh

setup-test:
	scripts/setup.sh --test

lint: setup-test
	$(BIN)/ruff check app tests bench scripts packaging
	$(BIN)/lint-imports

i18n: setup-test
	$(BIN)/python scripts/i18n.py update

bundle: setup-test
	packaging/build-bundle.sh

bench: setup-test
	$(BIN)/python bench/run_all.py

clean:
	rm -rf build dist packaging/build packaging/dist *.egg-info app/*.egg-info
