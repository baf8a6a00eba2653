"""A thread-safe cache where each value is loaded once, even when several threads ask for it together.

The dock fetches what every order needs in the background right after connecting; an order form opened
while that is still on its way must wait for the same answer, not send the same request a second time.
"""

import threading


class OnceCache:
    def __init__(self):
        self._values = {}
        self._loading = {}  # key -> the lock held while that key is being loaded
        self._lock = threading.Lock()

    def get(self, key, load):
        """The value for ``key``; ``load()`` runs at most once at a time per key (a failure is not kept:
        the next caller tries again)."""
        with self._lock:
            if key in self._values:
                return self._values[key]
            key_lock = self._loading.setdefault(key, threading.Lock())
        with key_lock:
            with self._lock:
                if key in self._values:  # loaded by the thread we waited for
                    return self._values[key]
            value = load()
            with self._lock:
                self._values.setdefault(key, value)
                self._loading.pop(key, None)
                return self._values[key]

    def pop(self, key):
        with self._lock:
            self._values.pop(key, None)

    def clear(self):
        with self._lock:
            self._values.clear()
