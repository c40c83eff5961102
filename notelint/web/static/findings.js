// The side list: findings grouped by family, each with its rule doc and,
// where one exists, its safe fix one click away.

import { FAMILY_ORDER, t } from "./i18n.js";

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function where(finding) {
  return finding.location ? t("paragraph", finding.location) : t("lineColumn", finding.line, finding.column);
}

/**
 * Fill ``container`` with the findings grouped by family, in list order.
 * ``actions``: {select(index), doc(code), fix(finding)}. Returns the main
 * button of each finding (by index), in the order the list shows them.
 */
export function renderList(container, findings, actions) {
  const groups = new Map(FAMILY_ORDER.map((family) => [family, []]));
  for (const finding of findings) {
    if (!groups.has(finding.family)) groups.set(finding.family, []);
    groups.get(finding.family).push(finding);
  }
  const buttons = [];
  const fragment = document.createDocumentFragment();
  for (const [family, members] of groups) {
    if (!members.length) continue;
    const section = element("section", "family");
    const heading = element("h4", "family-title", `${t("families")[family] || family} `);
    heading.append(element("span", "family-count", `(${members.length})`));
    section.append(heading);
    const list = element("ol", "family-list");
    for (const finding of members) {
      const item = element("li", `finding sev-${finding.severity}`);
      item.id = `finding-${finding.index}`;
      const main = element("button", "finding-main");
      main.type = "button";
      main.dataset.index = String(finding.index);
      const head = element("span", "finding-head");
      head.append(element("span", `badge sev-${finding.severity}`, t("severity")[finding.severity]),
        element("span", "code", finding.code), element("span", "where", where(finding)));
      main.append(head, element("span", "message", finding.message));
      main.addEventListener("click", () => actions.select(finding.index, "list"));
      const tools = element("div", "finding-actions");
      const doc = element("button", "quiet small", t("ruleDoc"));
      doc.type = "button";
      doc.setAttribute("aria-label", `${t("ruleDoc")} ${finding.code}`);
      doc.addEventListener("click", () => actions.doc(finding.code, doc));
      tools.append(doc);
      if (finding.safeFix) {
        const fix = element("button", "small fix", t("fixHere"));
        fix.type = "button";
        fix.setAttribute("aria-label", `${t("fixHere")}: ${finding.code} ${where(finding)}`);
        fix.addEventListener("click", () => actions.fix(finding));
        tools.append(fix);
      }
      item.append(main, tools);
      list.append(item);
      buttons.push(main);
    }
    section.append(list);
    fragment.append(section);
  }
  if (!buttons.length) fragment.append(element("p", "none", t("noFindings")));
  container.replaceChildren(fragment);
  return buttons;
}

const NEXT_KEYS = new Set(["ArrowDown", "j"]);
const PREVIOUS_KEYS = new Set(["ArrowUp", "k"]);

/** ↑↓, j/k, Home and End move between the findings' buttons (and choose the one reached). */
export function listKeys(container, buttons, choose) {
  container.onkeydown = (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const list = buttons();
    if (!list.length) return;
    const at = list.indexOf(document.activeElement.closest(".finding")?.querySelector(".finding-main"));
    let target = null;
    if (NEXT_KEYS.has(event.key)) target = at < 0 ? 0 : Math.min(at + 1, list.length - 1);
    else if (PREVIOUS_KEYS.has(event.key)) target = at < 0 ? 0 : Math.max(at - 1, 0);
    else if (event.key === "Home") target = 0;
    else if (event.key === "End") target = list.length - 1;
    if (target === null) return;
    event.preventDefault();
    list[target].focus();
    choose(Number(list[target].dataset.index));
  };
}
