"""Qt signal chores shared by the plugin's objects."""


def disconnect_quietly(signal, slot) -> None:
    """Disconnect ``slot`` from ``signal``, whether or not it is still connected (an unload may run after
    QGIS, or an earlier step, already cut the connection)."""
    try:
        signal.disconnect(slot)
    except (TypeError, RuntimeError):
        pass
