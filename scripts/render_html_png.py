"""Render an HTML report to a PNG in headless Chromium, to look at what a reader will see.

Usage:  python scripts/render_html_png.py report.html out.png [--width 1400] [--height 1000]

A manual check, not part of the test suite (CI has no browser): Debian's ``chromium`` package
(``apt-get install chromium``) or any Chromium/Chrome on PATH. The browser runs with a throwaway
profile and with every background network feature off, so the page must render from the file
alone, as a mailed report would.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


def screenshot(html: Path, png: Path, width: int = 1400, height: int = 1000) -> None:
    """Write a PNG of the page; raises RuntimeError when no browser is found or it fails."""
    browser = next((b for b in map(shutil.which, BROWSERS) if b), None)
    if browser is None:
        raise RuntimeError(f"no browser found (tried {', '.join(BROWSERS)})")
    with tempfile.TemporaryDirectory(prefix="reconcile-chromium-") as profile:
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--screenshot={png.resolve()}",
            f"--window-size={width},{height}",
            html.resolve().as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0 or not png.is_file():
        raise RuntimeError(f"chromium failed ({done.returncode}): {done.stderr.strip()[-500:]}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args(argv)
    try:
        screenshot(args.html, args.png, args.width, args.height)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"render_html_png: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
