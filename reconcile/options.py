"""One options object that travels through every stage instead of keyword-argument sprawl."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from .errors import OptionsError

#: Default maximum input size. Larger inputs are refused rather than silently truncated.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    """Settings for a comparison.

    ``threshold`` is the minimum alignment score for two statements to be paired; ``None`` uses
    the value calibrated on the annotated examples (see ``reconcile.align``).
    ``reference_date`` resolves relative dates ("Friday", "yesterday") when an article carries no
    date of its own.
    ``workers`` is how many processes align long sources (beyond ``FULL_MATRIX_PAIRS``
    statement pairs; -1: one per available core). The result is the same for any number.
    """

    threshold: float | None = None
    explain: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    reference_date: dt.date | None = None
    workers: int = -1

    def __post_init__(self) -> None:
        if self.threshold is not None and not 0.0 <= self.threshold <= 1.0:
            raise OptionsError(f"threshold must be between 0 and 1, got {self.threshold}")
        if self.max_bytes <= 0:
            raise OptionsError(f"max_bytes must be positive, got {self.max_bytes}")
        if self.workers < 1 and self.workers != -1:
            raise OptionsError(f"workers must be >= 1 or -1 (all cores), got {self.workers}")

    @classmethod
    def from_kwargs(cls, **kwargs: Any) -> Options:
        """Build options from keyword arguments, rejecting unknown names with a clear error."""
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise OptionsError(f"unknown option(s): {', '.join(unknown)}")
        return cls(**kwargs)
