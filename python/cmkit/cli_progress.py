"""The progress bar of the ``cmkit`` command: one line on stderr, redrawn with ``\\r``, only when stderr is a
terminal (nothing at all when it is a file or a pipe, so logs and captured output stay clean).

The long calls of the core (``evi_synthetic``, ``evi_analyse``, ``rollup``, ``synthetic_plans``) take a
``progress(done, total, stage)`` callable; a :class:`ProgressBar` is one. The core calls it at stage
boundaries, at most about every 20 ms; the bar redraws at most ten times a second and clears its line when
it is closed (also on Ctrl-C and on errors), so the next message starts on a clean line.

    with ProgressBar("evi analyse") as bar:
        bar.stage("lezen" if lang == "nl" else "reading")   # a stage without a count
        analysis = _core.evi_analyse(..., progress=bar)
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from typing import Optional, TextIO

#: Seconds between two redraws of the bar.
REDRAW_INTERVAL = 0.1
#: Width of the bar itself, in characters.
BAR_WIDTH = 24


def stderr_is_terminal(stream: Optional[TextIO] = None) -> bool:
    """True when ``stream`` (default: stderr) is a terminal, and the progress bar is not switched off with
    ``CMKIT_PROGRESS=0`` (``CMKIT_PROGRESS=1`` forces it on, for tests)."""
    setting = os.environ.get("CMKIT_PROGRESS", "")
    if setting == "0":
        return False
    if setting == "1":
        return True
    stream = sys.stderr if stream is None else stream
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


class ProgressBar:
    """A ``progress(done, total, stage)`` callable that draws ``label [#####-----]  42% stage`` on a terminal.

    ``enabled=None`` decides by :func:`stderr_is_terminal`; when disabled every method does nothing (and
    the core still checks Ctrl-C at each of its reports)."""

    def __init__(self, label: str, stream: Optional[TextIO] = None, enabled: Optional[bool] = None):
        self.label = label
        self.stream = sys.stderr if stream is None else stream
        self.enabled = stderr_is_terminal(self.stream) if enabled is None else enabled
        self.drawn = 0           # length of the line on the terminal (0: nothing drawn)
        self.last = 0.0          # time of the last redraw
        self.done = 0
        self.total = 0
        self.stage_name = ""

    def __call__(self, done: int, total: int, stage: str) -> None:
        """The core's callback: never cancels (returns None); Ctrl-C is the core's own check."""
        if not self.enabled:
            return None
        self.done, self.total, self.stage_name = done, total, stage
        now = time.monotonic()
        if now - self.last >= REDRAW_INTERVAL:
            self._draw(now)
        return None

    def stage(self, name: str) -> None:
        """A stage of the command outside the core's calls (reading, writing): shown without a count."""
        if not self.enabled:
            return
        self.done, self.total, self.stage_name = 0, 0, name
        self._draw(time.monotonic())

    def line(self) -> str:
        """The text of the bar as it is drawn now (without ``\\r``)."""
        if self.total > 0:
            fraction = min(max(self.done / self.total, 0.0), 1.0)
            full = int(round(fraction * BAR_WIDTH))
            return f"{self.label} [{'#' * full}{'-' * (BAR_WIDTH - full)}] {int(fraction * 100):3d}% {self.stage_name}"
        return f"{self.label} {self.stage_name}..."

    def _draw(self, now: float) -> None:
        self.last = now
        width = max(20, shutil.get_terminal_size((80, 24)).columns - 1)
        text = self.line()[:width]
        pad = max(0, self.drawn - len(text))
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()
        self.drawn = len(text)

    def close(self) -> None:
        """Clears the bar's line (when one was drawn)."""
        if self.enabled and self.drawn:
            self.stream.write("\r" + " " * self.drawn + "\r")
            self.stream.flush()
            self.drawn = 0

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
