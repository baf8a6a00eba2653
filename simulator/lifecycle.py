"""Order lifecycles, evaluated lazily from the simulated clock on each request (work in progress)."""


def advance(sim):
    return None
