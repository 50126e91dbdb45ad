"""What reaches the operator's terminal: every line the command line prints, made harmless.

A file name, a citizen's name or a portal's reply can carry control characters. Printed raw, ``ESC [ 2 J``
clears the screen, ``ESC ] 8`` draws a link the operator did not see typed, a carriage return or a bidi
override (U+202E) rewrites what the line appears to say. Every write to stdout and stderr goes through
:class:`SafeText`, which shows such a character as its ``\\uXXXX`` escape instead. That form is also valid
inside a JSON string (the only place ``json.dump`` lets a character through unescaped), so ``--json``
output still parses to the same values. Newline and tab pass, and so do ZWJ/ZWNJ: Marathi spelling needs them.
"""

from __future__ import annotations

import os
import re
import sys
from typing import IO, Any

# C0 controls except tab and newline, DEL, C1 controls (0x9B is a one-byte CSI on some terminals), and the
# bidi embeddings, overrides and isolates that reorder what a line appears to say.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def escape_controls(text: str) -> str:
    """``text`` with every control character shown as its escape (``"\\x1b[31m"`` → ``"\\u001b[31m"``)."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeText:
    """A text stream that escapes control characters on their way out, otherwise the stream it wraps."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(escape_controls(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding, buffer …
        return getattr(self._stream, name)


def guard_streams() -> tuple[IO[str], IO[str]]:
    """Put :class:`SafeText` around stdout and stderr; returns the originals to put back."""
    before = sys.stdout, sys.stderr
    if not isinstance(sys.stdout, SafeText):
        sys.stdout = SafeText(sys.stdout)
    if not isinstance(sys.stderr, SafeText):
        sys.stderr = SafeText(sys.stderr)
    return before


def restore_streams(before: tuple[IO[str], IO[str]]) -> None:
    sys.stdout, sys.stderr = before


def silence_closed_stdout() -> None:
    """After a reader such as ``head`` closed the pipe: point stdout at /dev/null, so the interpreter's own
    flush at exit does not raise again (the recipe in Python's ``signal`` documentation)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
        os.close(devnull)
    except (OSError, ValueError):
        pass
