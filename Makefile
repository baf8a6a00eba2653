# OneAtlas Pay-Per-Order QGIS plugin: development commands. See README.md.
#   make demo      the plugin in a real QGIS, against the local OneAtlas simulator
#   make test      install what is missing, then run the whole test suite headless on QGIS 3.22
#   make translations  collect the texts into i18n/*.ts (translations kept) and compile them to .qm
# On a fresh Debian 12 machine both install what they need (as root, or through sudo).

SHELL := /bin/bash
PYTHON_SYSTEM := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := qgis python3-qgis qgis-providers xvfb xauth python3-venv python3-pip \
	python3-requests python3-shapely python3-pyproj ca-certificates qttools5-dev-tools
PLUGIN_NAME := oneatlas_ppo
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
SIM_PORT ?= 8765
PYTEST_ARGS ?=

export QT_QPA_PLATFORM ?= offscreen
# Debian's pyproj, used from a virtual environment, looks for PROJ data under the venv: show it the system's.
export PROJ_DATA ?= /usr/share/proj

.PHONY: help system-deps venv translations test test-qgis-3.44 lint package deploy simulator demo screenshots clean

help:
	@sed -n 's/^#   //p' Makefile

# Debian packages: QGIS 3.22 with its Python bindings, Xvfb for screenshots, Python tooling.
system-deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
		| grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# The virtual environment sees Debian's PyQGIS, requests, shapely and pyproj (--system-site-packages), as a
# QGIS user's plugin does; test tools come pinned from requirements-dev.txt.
$(VENV)/.requirements-installed: requirements-dev.txt | system-deps
	@[ -x $(PY) ] || $(PYTHON_SYSTEM) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@cp requirements-dev.txt $@

venv: system-deps $(VENV)/.requirements-installed

# scripts/i18n.py reads the plugin's tr() helpers (pylupdate5 would file module-level tr() calls under
# "@default"), updates i18n/*.ts keeping every translation, then compiles them with Qt's lrelease.
translations: venv
	$(PY) scripts/i18n.py update --lang fr
	$(PY) scripts/i18n.py update --lang en
	$(PY) scripts/i18n.py release

test: venv translations
	scripts/run-pytest.sh $(PY) tests $(PYTEST_ARGS)

# The same suite on QGIS 3.44 (Debian testing) in a chroot kept outside the repository.
test-qgis-3.44:
	scripts/qgis-chroot.sh run "scripts/run-pytest.sh /opt/venv/bin/python tests $(PYTEST_ARGS)"

lint: venv
	$(PY) -m ruff check .

package: venv
	$(PY) scripts/package.py --output dist

deploy: package
	$(PY) scripts/package.py --deploy "$(QGIS_PROFILE_DIR)/python/plugins"

simulator: venv
	SIM_PORT=$(SIM_PORT) $(PY) -m simulator

demo: venv translations
	scripts/demo.sh

# LANG=fr (or any language with an i18n/*.ts) also makes that language's set into docs/screenshots/<lang>/.
screenshots: venv translations
	$(PY) scripts/screenshots.py --output docs/screenshots
	@lang=$${LANG%%_*}; lang=$${lang%%.*}; if [ -n "$$lang" ] && [ "$$lang" != en ] && [ -f i18n/oneatlas_ppo_$$lang.ts ]; then \
		$(PY) scripts/screenshots.py --lang $$lang --output docs/screenshots/$$lang; fi

clean:
	rm -rf dist build .pytest_cache .ruff_cache
