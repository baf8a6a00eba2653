#!/usr/bin/env bash
# `make demo`: the plugin in a real QGIS window, in a profile of its own (never the user's), talking to the
# local OneAtlas simulator. Without a display (a server, CI) QGIS runs under Xvfb and a screenshot is
# written instead: DEMO_SCREENSHOT (default demo-screenshot.png), then QGIS closes after DEMO_EXIT_AFTER
# seconds (default: 20 under Xvfb, never with a display).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SIM_PORT=${SIM_PORT:-8765}
DEMO_DIR=${DEMO_DIR:-${TMPDIR:-/tmp}/oneatlas-ppo-demo}
export SIM_PORT DEMO_DIR
mkdir -p "$DEMO_DIR"

sim_pid=""
cleanup() { [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null || true; }
trap cleanup EXIT

if [ -f simulator/__main__.py ]; then
    "$PY" -m simulator --port "$SIM_PORT" --speed "${SIM_SPEED:-300}" > "$DEMO_DIR.simulator.log" 2>&1 &
    sim_pid=$!
    for _ in $(seq 50); do
        grep -q "API key:" "$DEMO_DIR.simulator.log" 2>/dev/null && break
        kill -0 "$sim_pid" 2>/dev/null || { cat "$DEMO_DIR.simulator.log"; echo "demo: the simulator did not start" >&2; exit 1; }
        sleep 0.2
    done
    echo "Local OneAtlas simulator on http://127.0.0.1:$SIM_PORT (log: $DEMO_DIR.simulator.log)"
    grep "API key:" "$DEMO_DIR.simulator.log" || true
    # The demo signs in with the first demo user's key (kept for this QGIS session only).
    ONEATLAS_DEMO_API_KEY=${ONEATLAS_DEMO_API_KEY:-$(sed -n 's/^API key: \([^ ]*\).*/\1/p' "$DEMO_DIR.simulator.log" | head -1)}
    export ONEATLAS_DEMO_API_KEY
fi

if [ -z "${DISPLAY:-}" ]; then
    export DEMO_SCREENSHOT=${DEMO_SCREENSHOT:-$PWD/demo-screenshot.png}
    export DEMO_EXIT_AFTER=${DEMO_EXIT_AFTER:-20}
    echo "No display: running QGIS under Xvfb; a screenshot goes to $DEMO_SCREENSHOT"
fi
"$PY" scripts/demo.py
