"""Database connections in a process forked from another.

A forked worker starts with copies of its parent's open connections. Using one would mix two
processes' messages on one socket; closing one would end the parent's session on the server. The
parent closes its connections before forking, but a connection opened in another context of
the parent (another thread, or code run under an event loop) is not among those it can see. So
each worker sets aside whatever it inherited, never to use or close it, and opens its own.
"""

from django.db import connections

# Kept referenced for the life of the worker: freeing a connection would close it, and workers
# end with os._exit, which frees nothing.
_inherited: list = []


def forget_inherited_connections() -> None:
    for alias in connections:
        if hasattr(connections._connections, alias):
            _inherited.append(connections[alias])
            del connections[alias]
