"""What the fixes change, said on the draft as it is.

``--fix`` runs in passes (each pass's edits refer to the text the pass
before left). A reviewer sees the original draft, so :func:`net_edits` folds
the passes into one list of edits on the original text; accepting them all
gives exactly what ``--fix`` gives. :func:`suggestion` is the
``建议改为：…`` line of a finding's comment.
"""

from __future__ import annotations

from notelint import fixer
from notelint.diagnostics import Diagnostic, Edit, Fix


def _apply_within(text: str, start: int, edits: list[Edit]) -> str:
    """``text`` (which begins at ``start``) with ``edits`` applied."""
    return fixer.apply(text, [Fix.safe(*(Edit(e.start - start, e.end - start, e.replacement) for e in edits))])


def compose(earlier: list[Edit], later: list[Edit], current: str) -> list[Edit]:
    """Edits on the original text that do what ``earlier`` (on the original,
    sorted, not overlapping) then ``later`` (on ``current``, the original
    with ``earlier`` applied) do. Where a later edit touches text an earlier
    one wrote, the two become one edit."""
    spans: list[
        tuple[int, int, int, Edit | None]
    ] = []  # (start, end in current, index in earlier or -1, later edit or None)
    shift = 0
    for index, edit in enumerate(earlier):
        start = edit.start + shift
        spans.append((start, start + len(edit.replacement), index, None))
        shift += len(edit.replacement) - (edit.end - edit.start)
    spans.extend((edit.start, edit.end, -1, edit) for edit in later)
    spans.sort(key=lambda span: (span[0], span[1]))
    composed: list[Edit] = []
    shift = 0  # current minus original, before the group being formed
    group: list[tuple] = []
    group_end = -1

    def close() -> None:
        nonlocal shift
        olds = [earlier[index] for _, _, index, new in group if new is None]
        news = [new for *_, new in group if new is not None]
        group_shift = sum(len(e.replacement) - (e.end - e.start) for e in olds)
        if not news:
            composed.extend(olds)
        else:
            start = group[0][0]
            end = max(span[1] for span in group)
            composed.append(
                Edit(start - shift, end - shift - group_shift, _apply_within(current[start:end], start, news))
            )
        shift += group_shift

    for span in spans:
        if group and span[0] > group_end:
            close()
            group = []
        group.append(span)
        group_end = max(group_end, span[1]) if len(group) > 1 else span[1]
    if group:
        close()
    return composed


def net_edits(passes: list[tuple[str, list[Fix]]]) -> list[Edit]:
    """The edits of every fix pass (``runner.fix_passes``), on the first pass's text."""
    net: list[Edit] = []
    for text, fixes in passes:
        edits = sorted((edit for fix in fixes for edit in fix.edits), key=lambda e: (e.start, e.end))
        net = compose(net, edits, text) if net else edits
    return net


def suggestion(text: str, diagnostic: Diagnostic, lang: str) -> str | None:
    """``建议改为：…`` for a finding with a fix: the finding's text as the fix
    leaves it (with how many more places a file-wide fix changes)."""
    fix = diagnostic.fix
    if fix is None or not fix.edits:
        return None
    edits = sorted(fix.edits, key=lambda e: e.start)
    near = [e for e in edits if e.start <= diagnostic.end and e.end >= diagnostic.start] or edits[:1]
    start = min(diagnostic.start, near[0].start)
    end = max(diagnostic.end, max(e.end for e in near))
    after = _apply_within(text[start:end], start, near)
    others = len(edits) - len(near)
    if lang == "zh":
        line = f"建议改为：{after}" if after else f"建议删除：{text[start:end]}"
        return line + (f"（全文另有 {others} 处一并修改）" if others else "")
    line = f"Suggested: {after}" if after else f"Suggested: delete {text[start:end]}"
    return line + (f" ({others} more place(s) in the text changed the same way)" if others else "")
