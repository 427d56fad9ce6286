"""Command-line interface: a thin click layer over the library.

Exit codes: 0 success; 1 ``--fail-on`` matched a finding; 2 bad input, bad usage or an output
that cannot be written; 3 an internal error (a bug: please report it). Errors are one line on
stderr, never a traceback (set ``RECONCILE_DEBUG=1`` to see one).
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .errors import ReconcileError
from .models import Status
from .options import Options

F = TypeVar("F", bound=Callable[..., Any])

EXIT_FAIL_ON = 1
EXIT_INTERNAL = 3
FORMATS = ("table", "csv", "json", "markdown", "html")
STATUSES = tuple(s.value for s in Status)


class UserError(click.ClickException):
    """A ReconcileError shown as one line with the library's exit code."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def handle_errors(func: F) -> F:
    """Turn library errors into one line on stderr with a documented exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ReconcileError as exc:
            raise UserError(str(exc), exc.exit_code) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:  # a bug: say so in one line unless debugging
            if os.environ.get("RECONCILE_DEBUG"):
                raise
            raise UserError(
                f"internal error ({type(exc).__name__}: {exc}); "
                "please report it with RECONCILE_DEBUG=1 output",
                EXIT_INTERNAL,
            ) from exc

    return wrapper  # type: ignore[return-value]


def _statuses(value: str | None) -> frozenset[str] | None:
    if not value:
        return None
    chosen = frozenset(v.strip() for v in value.split(",") if v.strip())
    unknown = sorted(chosen - set(STATUSES))
    if unknown:
        raise click.BadParameter(
            f"unknown status {', '.join(unknown)}; choose from {', '.join(STATUSES)}"
        )
    return chosen


def _use_color(flag: bool | None, to_terminal: bool) -> bool:
    """Colour only on a terminal and never when NO_COLOR is set (https://no-color.org)."""
    if flag is not None:
        return flag
    return to_terminal and not os.environ.get("NO_COLOR")


def _emit(text: str, output: str | None) -> None:
    from .render import write_atomic

    if output and output != "-":
        write_atomic(output, text)
    else:
        click.echo(text, nl=not text.endswith("\n"))


def _warn(messages: Any) -> None:
    for message in messages:
        click.echo(f"reconcile: warning: {message}", err=True)


def output_options(formats: tuple[str, ...], default_format: str) -> Callable[[F], F]:
    """Options shared by commands that write a report: format, destination, colour, width."""

    def decorator(func: F) -> F:
        for option in reversed(
            [
                click.option(
                    "--format",
                    "fmt",
                    type=click.Choice(formats),
                    default=None,
                    help=f"Output format (default: {default_format}).",
                ),
                click.option(
                    "-o",
                    "--output",
                    type=click.Path(dir_okay=False, writable=False),
                    default=None,
                    help="Write the report to this file instead of standard output.",
                ),
                click.option(
                    "--color/--no-color",
                    default=None,
                    help="Force colour on or off (default: on a terminal unless NO_COLOR is set).",
                ),
                click.option(
                    "--width",
                    type=click.IntRange(40, 1000),
                    default=None,
                    help="Table width in characters (default: the terminal's, or 120).",
                ),
            ]
        ):
            func = option(func)
        return func

    return decorator


#: Formats a compare run can also write to a file of their own, with their display names.
SIDE_FORMATS = {"csv": "CSV", "json": "JSON", "markdown": "Markdown", "html": "HTML"}


def side_output_options(func: F) -> F:
    """``--csv/--json/--markdown/--html PATH``: also write the report in that format."""
    for fmt, name in reversed(SIDE_FORMATS.items()):
        func = click.option(
            f"--{fmt}",
            f"{fmt}_path",
            type=click.Path(dir_okay=False),
            help=f"Also write the {name} report here.",
        )(func)
    return func


def _width(width: int | None, to_terminal: bool) -> int:
    if width:
        return width
    return shutil.get_terminal_size((120, 24)).columns if to_terminal else 120


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reconcile")
def cli() -> None:
    """Reconcile facts across news articles that report the same event."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLE_A ARTICLE_B [ARTICLE...]")
@output_options(FORMATS, "table")
@side_output_options
@click.option(
    "--entities",
    "entities_path",
    type=click.Path(dir_okay=False),
    help="Also write the matched names (entities) as CSV here.",
)
@click.option(
    "--only",
    default=None,
    metavar="STATUS[,STATUS]",
    help="Show only findings with these statuses: agreement, partial, discrepancy, unique.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Minimum alignment score to pair two statements (default: calibrated).",
)
@click.option("--explain", is_flag=True, help="Show why statements were paired (score parts).")
@click.option(
    "--workers",
    type=int,
    default=-1,
    show_default=True,
    help="Processes that align long articles (-1: one per core); the result is the same.",
)
@click.option(
    "--label",
    "labels",
    multiple=True,
    help="Name a source in the report (repeat once per input, in order).",
)
@click.option(
    "--fail-on",
    default=None,
    metavar="STATUS[,STATUS]",
    help="Exit with code 1 when a finding has one of these statuses (e.g. discrepancy).",
)
@handle_errors
def compare(
    inputs: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    color: bool | None,
    width: int | None,
    csv_path: str | None,
    json_path: str | None,
    markdown_path: str | None,
    html_path: str | None,
    entities_path: str | None,
    only: str | None,
    threshold: float | None,
    explain: bool,
    workers: int,
    labels: tuple[str, ...],
    fail_on: str | None,
) -> None:
    """Compare two or more articles (text, Markdown or HTML; '-' reads standard input).

    Prints a diff-style table: '=' agreement, '~' partial, '≠' discrepancy, '-' only in the
    first article, '+' only in the second.
    """
    from .pipeline import compare_files
    from .render import render, render_entities_csv, write_atomic

    if len(inputs) < 2:
        raise click.UsageError("give at least two articles to compare")
    only_set = _statuses(only)
    fail_set = _statuses(fail_on)
    options = Options(threshold=threshold, explain=explain, workers=workers)
    report = compare_files(list(inputs), options, labels=list(labels) or None)
    _warn(report.warnings)

    to_terminal = output in (None, "-") and sys.stdout.isatty()
    fmt = fmt or "table"
    text = render(
        report,
        fmt,
        color=fmt == "table" and _use_color(color, to_terminal),
        width=_width(width, to_terminal),
        only=only_set,
        explain=explain,
    )
    side_outputs = {
        "csv": csv_path,
        "json": json_path,
        "markdown": markdown_path,
        "html": html_path,
    }
    for side_fmt, path in side_outputs.items():
        if path:
            write_atomic(path, render(report, side_fmt, only=only_set, explain=explain))
    if entities_path:
        write_atomic(entities_path, render_entities_csv(report))
    _emit(text, output)
    if fail_set and any(f.status.value in fail_set for f in report.findings):
        raise click.exceptions.Exit(EXIT_FAIL_ON)


@cli.command()
@click.argument("list_a", type=click.Path(dir_okay=False, allow_dash=True))
@click.argument("list_b", type=click.Path(dir_okay=False, allow_dash=True))
@output_options(("csv", "table"), "table on a terminal, csv when piped or written to a file")
@handle_errors
def names(
    list_a: str,
    list_b: str,
    fmt: str | None,
    output: str | None,
    color: bool | None,
    width: int | None,
) -> None:
    """Match the names of two lists (one name per line), one to one.

    Writes CSV with columns a,b,score,reason (the default when piped or written to a file), or a
    readable table on a terminal.
    """
    from .load import read_lines
    from .names import match_names
    from .render import render_name_matches

    options = Options()
    a_names, a_warnings = read_lines(list_a, options)
    b_names, b_warnings = read_lines(list_b, options)
    _warn([*a_warnings, *b_warnings])
    to_terminal = output in (None, "-") and sys.stdout.isatty()
    fmt = fmt or ("table" if to_terminal else "csv")
    matches = match_names(a_names, b_names)
    text = render_name_matches(
        matches,
        fmt,
        color=_use_color(color, to_terminal),
        width=_width(width, to_terminal),
    )
    _emit(text, output)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="reconcile")
