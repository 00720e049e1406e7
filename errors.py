"""The project's own errors for what a caller got wrong, so that they can be told apart from
the project's own faults.

Domain code raises these (or built-ins for anything else).  :class:`NotFound` and
:class:`BadRequest` subclass the built-ins they refine (``LookupError``, ``ValueError``), so
code that catches the built-ins still catches them; the API answers them with 404 and 400,
and anything that is not one of them (a ``KeyError`` from a missing resource file, say) with
500: a fault of the server, never the caller's.
"""

from __future__ import annotations


class NotFound(LookupError):
    """What the caller named is not in the graph (or the library)."""


class BadRequest(ValueError):
    """The caller's input is malformed or out of range: the message names it and says why."""


class Refused(PermissionError):
    """A request the server does not run (an update, a call to another endpoint)."""


__all__ = ["BadRequest", "NotFound", "Refused"]
