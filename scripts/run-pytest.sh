#!/usr/bin/env bash
# Run pytest and turn its outcome into an honest exit code:
#   0  every collected test passed (skips allowed)
#   5  from pytest means "no test collected": that is a failure here, never a silent green
#   a crash by signal AFTER pytest printed a clean summary (PyQGIS sometimes segfaults while the
#      interpreter shuts down) counts as a pass only if the JUnit report shows tests and no failure
# Usage: scripts/run-pytest.sh PYTHON [pytest args...]
set -uo pipefail
python=$1; shift
report=$(mktemp --suffix=.xml)
# pytest-qgis keeps the QGIS profile (settings, authentication database) in .qgis-settings/ under the
# repository: start every run from a new, empty profile so no test depends on an earlier run.
rm -rf .qgis-settings
trap 'rm -f "$report"' EXIT
"$python" -m pytest --junitxml="$report" "$@"
status=$?
if [ "$status" -eq 5 ]; then
    echo "run-pytest: pytest collected no test; treating that as a failure." >&2
    exit 1
fi
if [ "$status" -ge 128 ] && [ -s "$report" ]; then
    verdict=$("$python" - "$report" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
suites = [root] if root.tag == "testsuite" else list(root)
tests = sum(int(s.get("tests", 0)) for s in suites)
bad = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
print("pass" if tests > 0 and bad == 0 else "fail")
PY
)
    if [ "$verdict" = pass ]; then
        echo "run-pytest: every test passed; the Python process then crashed while exiting (status $status)," \
             "a known PyQGIS shutdown problem. Counting the run as passed." >&2
        exit 0
    fi
fi
exit "$status"
