"""LSP positions ↔ notelint's code-point offsets, in the negotiated encoding.

notelint counts code points (LSP's ``utf-32``); a client counts UTF-16 code
units unless both sides agree on something else. A character outside the BMP
(𠮷, many characters OpenCC produces) is one code point, two UTF-16 units and
four UTF-8 bytes, so every position crossing the wire is converted here.

Lines break only at ``\\n``, ``\\r\\n`` and ``\\r``, as in LSP (and as
:data:`notelint.source.LINE_BREAK` counts them): ``str.splitlines`` would also
break at U+2028, form feed, \\x1c–\\x1e and \\x85.
"""

from __future__ import annotations

import bisect

from notelint.source import LINE_BREAK

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"
# Ours first (no conversion at all), then the cheaper one to count: as ruff does.
PREFERENCE = (UTF32, UTF8, UTF16)


def negotiate(offered) -> str:
    """The encoding to use given the client's ``general.positionEncodings``.
    UTF-16 when the client offers nothing we know: every client must support it."""
    offered = [str(getattr(kind, "value", kind)) for kind in offered or ()]
    return next((kind for kind in PREFERENCE if kind in offered), UTF16)


def units(text: str, encoding: str) -> int:
    """How many code units of ``encoding`` ``text`` takes."""
    if encoding == UTF32:
        return len(text)
    # surrogatepass: a lone surrogate (valid in JSON, and so in a client's text) still counts.
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class LineIndex:
    """Where each line of a text starts, for conversions both ways."""

    __slots__ = ("starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [match.end() for match in LINE_BREAK.finditer(text)]

    def _line_end(self, line: int) -> int:
        """The offset where ``line``'s content ends (before its line break)."""
        if line + 1 >= len(self.starts):
            return len(self.text)
        end = self.starts[line + 1]
        return end - 2 if self.text.startswith("\r\n", end - 2) else end - 1

    def position(self, offset: int, encoding: str) -> tuple[int, int]:
        """0-based line and character (in ``encoding`` units) of a code-point offset."""
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        return line, units(self.text[start:offset], encoding)

    def offset(self, line: int, character: int, encoding: str) -> int:
        """The code-point offset of an LSP position. A line past the end is the
        end of the text; a character past the line's end is its end (as LSP says);
        one inside a character (half a surrogate pair) is after it."""
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self._line_end(line)
        if encoding == UTF32:
            return min(start + character, end)
        counted = 0
        for index in range(start, end):
            if counted >= character:
                return index
            counted += units(self.text[index], encoding)
        return end
