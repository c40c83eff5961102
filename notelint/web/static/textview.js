// The draft shown with its findings highlighted. Built from text nodes and
// elements only (never from HTML strings): the draft is whatever a user
// pasted, and must stay text.

const RANK = { info: 1, warning: 2, error: 3 };

function worst(findings) {
  let chosen = findings[0];
  for (const finding of findings) if (RANK[finding.severity] > RANK[chosen.severity]) chosen = finding;
  return chosen.severity;
}

function add(map, key, value) {
  if (!map.has(key)) map.set(key, []);
  map.get(key).push(value);
}

/**
 * Fill ``container`` with ``text``, each finding's range [start, end) (UTF-16
 * units) in a highlighted span, a caret where a zero-width finding (a missing
 * part) belongs. Returns the elements of each finding (by index) and the
 * findings of each element.
 */
export function renderText(container, text, findings, missingLabel) {
  // A lone CR ends a line too (as notelint counts lines); same length, so offsets hold.
  const shown = text.replace(/\r(?!\n)/g, "\n");
  const opens = new Map();
  const closes = new Map();
  const carets = new Map();
  const cuts = new Set([0, shown.length]);
  for (const finding of findings) {
    const start = Math.min(Math.max(finding.start, 0), shown.length);
    const end = Math.min(Math.max(finding.end, start), shown.length);
    cuts.add(start);
    if (start === end) {
      add(carets, start, finding);
    } else {
      cuts.add(end);
      add(opens, start, finding);
      add(closes, end, finding);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const elementsOf = new Map(findings.map((finding) => [finding.index, []]));
  const findingsOf = new WeakMap();
  const active = new Set();
  const fragment = document.createDocumentFragment();
  points.forEach((at, k) => {
    for (const finding of closes.get(at) || []) active.delete(finding);
    for (const finding of opens.get(at) || []) active.add(finding);
    for (const finding of carets.get(at) || []) {
      const caret = document.createElement("span");
      caret.className = `caret sev-${finding.severity}`;
      caret.title = `${finding.code} ${missingLabel}`;
      caret.setAttribute("role", "mark");
      caret.setAttribute("aria-label", `${finding.code} ${missingLabel}`);
      findingsOf.set(caret, [finding]);
      elementsOf.get(finding.index).push(caret);
      fragment.append(caret);
    }
    if (k + 1 === points.length) return;
    const piece = shown.slice(at, points[k + 1]);
    if (active.size === 0) {
      fragment.append(piece);
      return;
    }
    const covering = [...active];
    const mark = document.createElement("mark");
    mark.className = `hl sev-${worst(covering)}`;
    mark.textContent = piece;
    findingsOf.set(mark, covering);
    for (const finding of covering) elementsOf.get(finding.index).push(mark);
    fragment.append(mark);
  });
  container.replaceChildren(fragment);
  return { elementsOf, findingsOf };
}

/** Of the findings under a clicked element, the narrowest; the next one if that is already chosen. */
export function pickAt(findings, selected) {
  const ordered = [...findings].sort((a, b) => (a.end - a.start) - (b.end - b.start) || a.index - b.index);
  const position = ordered.findIndex((finding) => finding.index === selected);
  return ordered[position >= 0 ? (position + 1) % ordered.length : 0].index;
}
