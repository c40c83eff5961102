"""Compare notelint's findings with the regression corpus's sidecars and print the differences.

    python tests/regression/diff.py                       # the notelint this interpreter imports
    python tests/regression/diff.py --branch-path /work/wt/arith   # that worktree's notelint
    python tests/regression/diff.py cases/city-01.txt ...  # only these drafts

With --branch-path the script runs again under ``PATH/.venv/bin/python``, so the findings come
from that checkout (its rules are registered through its own installed metadata).
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import corpus


def resolve(draft: str) -> str:
    """A draft named on the command line: as given if it exists, else relative to tests/regression/."""
    return os.path.abspath(draft) if os.path.exists(draft) else os.path.join(corpus.HERE, draft)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="回归语料：比较 notelint 的结果与预期（code line column）")
    parser.add_argument("--branch-path", help="另一个工作树的路径，用它的 .venv 中安装的 notelint 运行")
    parser.add_argument("drafts", nargs="*", help="只比较这些稿件（相对于 tests/regression/ 或绝对路径）")
    parser.add_argument("--quiet", action="store_true", help="只列出不一致的文件名")
    args = parser.parse_args(argv)
    if args.branch_path:
        python = os.path.join(os.path.abspath(args.branch_path), ".venv", "bin", "python")
        if not os.path.exists(python):
            print(f"找不到 {python}：请先在该工作树中建立 .venv 并 pip install -e .", file=sys.stderr)
            return 2
        rest = (["--quiet"] if args.quiet else []) + [resolve(p) for p in args.drafts]
        os.execv(python, [python, os.path.abspath(__file__), *rest])
    import notelint

    paths = [resolve(p) for p in args.drafts] or corpus.drafts()
    failed = 0
    for path in paths:
        try:
            outcome = corpus.check(path)
        except corpus.CorpusError as exc:
            failed += 1
            print(exc)
            continue
        if not outcome.passed:
            failed += 1
            print(os.path.relpath(path, corpus.HERE) if args.quiet else corpus.describe(outcome))
    print(f"{len(paths) - failed}/{len(paths)} 份稿件与预期一致（notelint: {os.path.dirname(notelint.__file__)}）")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
