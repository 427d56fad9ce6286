"""Typed errors raised by the library.

The library never prints or exits; the CLI maps every ``ReconcileError`` to one line on stderr
and to the exit code stored on the class, so scripts can tell failures apart.
"""

from __future__ import annotations


class ReconcileError(Exception):
    """Base class of every error reconcile raises on purpose."""

    exit_code = 2


class InputError(ReconcileError):
    """An input cannot be used: missing, a directory, empty, binary, undecodable or too large."""


class OptionsError(ReconcileError):
    """An option value is out of range or inconsistent with the others."""


class OutputError(ReconcileError):
    """A report could not be written."""
