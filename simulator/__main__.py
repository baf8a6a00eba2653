"""python -m simulator [--port N] [--speed X] [--seed S]: serve the simulator on 127.0.0.1."""

import argparse
import os

from werkzeug.serving import make_server

from .app import create_app
from .state import Simulator
from .users import DEMO_USERS


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m simulator", description="Local OneAtlas simulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("SIM_PORT", "8765")))
    parser.add_argument(
        "--speed",
        type=float,
        default=60.0,
        help="simulated seconds per real second (default 300: an archive order is delivered in 24 s,"
        " a tasking in minutes; 0 freezes the clock)",
    )
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    sim = Simulator(seed=args.seed)
    sim.clock.speed = args.speed
    server = make_server(args.host, args.port, create_app(sim), threaded=True)
    sim.origin = f"http://{args.host}:{server.server_port}"
    print(f"OneAtlas simulator on {sim.origin}  (clock speed x{args.speed:g}, seed {args.seed})")
    print(f"export ONEATLAS_API_ORIGIN={sim.origin}")
    for user in DEMO_USERS:
        print(f"API key: {user.api_key}  ({user.name}; contracts legacy {user.legacy}, neo {user.neo})")
    print('Control: POST /_sim/clock {"advance": seconds}, POST /_sim/reset, /_sim/faults', flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
