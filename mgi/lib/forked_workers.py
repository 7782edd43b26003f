"""Database connections in a worker process forked from the platform.

The parent closes its connections before it forks (`connections.close_all()`), but that cannot
close every one: a connection inside a transaction stays open until the transaction ends, and one
opened in another context of the parent (code run under an event loop) is not among those the
parent sees. A forked worker starts with copies of whatever stayed open. Using one would mix two
processes' messages on one socket, and closing one would end the parent's session on the server.
So each worker sets aside what it inherited, never to use or close it, and opens its own.
"""

from django.db import connections

# Kept referenced for the worker's life: a connection freed by the garbage collector is closed,
# and workers end with os._exit, which frees nothing.
_inherited: list = []


def forget_inherited_connections() -> None:
    for connection in connections.all(initialized_only=True):
        _inherited.append(connection)
        del connections[connection.alias]
