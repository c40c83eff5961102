"""``notelint server``: a language server over stdio (the optional extra ``notelint[lsp]``).

pygls and lsprotocol are imported only here, by this command: importing them
costs more than linting a notice from the shell.
"""

from __future__ import annotations

import sys

INSTALL_HINT = (
    'notelint server：需要安装可选依赖，请运行 pip install "notelint[lsp]" / '
    'the language server needs its extra: pip install "notelint[lsp]"'
)


def main() -> int:
    """Serve until the client exits; 2 (and one line on stderr) without pygls 2."""
    try:
        from notelint.server.protocol import serve
    except ImportError as exc:  # no pygls, or a pygls 1.x without pygls.lsp.server
        if (exc.name or "").partition(".")[0] not in ("pygls", "lsprotocol"):
            raise
        print(INSTALL_HINT, file=sys.stderr)
        return 2
    return serve()
