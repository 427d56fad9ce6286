"""reconcile: see at once what news reports of one event agree on, where they clash, and what
each adds.

The public API is :func:`compare_texts` and :func:`compare_files`, both returning a
:class:`Report`. Nothing here prints or exits; errors are :class:`ReconcileError` subclasses.
"""

from .errors import InputError, OptionsError, OutputError, ReconcileError
from .models import Finding, Report, Source, Statement, Status
from .options import Options
from .pipeline import compare_files, compare_texts

__all__ = [
    "Finding",
    "InputError",
    "Options",
    "OptionsError",
    "OutputError",
    "ReconcileError",
    "Report",
    "Source",
    "Statement",
    "Status",
    "compare_files",
    "compare_texts",
]

__version__ = "0.1.0"
