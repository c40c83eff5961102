// The review page: paste or drop a draft, see its findings, fix, download.

import * as api from "./api.js";
import { renderList, listKeys } from "./findings.js";
import { applyStatic, lang, setLang, t } from "./i18n.js";
import { pickAt, renderText } from "./textview.js";

const $ = (id) => document.getElementById(id);
const SUFFIXES = [".txt", ".md", ".markdown", ".docx"];

const state = {
  maxBytes: Infinity,
  // The draft as the server last described it: {path, text, encoding, bom, writable}.
  draft: null,
  // The bytes the draft was read from, while no fix has changed its text.
  bytes: null,
  // The text in the paste area came from this draft (after "back to editing").
  editing: null,
  findings: [],
  selected: null,
  view: { elementsOf: new Map(), findingsOf: new WeakMap() },
  buttons: [],
};

function say(message, isError = false) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

async function busy(work) {
  document.body.classList.add("busy");
  try {
    await work();
  } catch (error) {
    say(error.message, true);
  } finally {
    document.body.classList.remove("busy");
  }
}

function toFindings(entry, families) {
  return entry.diagnostics.map((diagnostic, index) => ({
    index,
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    line: diagnostic.range.start.line,
    column: diagnostic.range.start.column,
    location: diagnostic.location || null,
    offsets: { start: diagnostic.range.start.offset, end: diagnostic.range.end.offset },
    start: diagnostic.range.start.utf16,
    end: diagnostic.range.end.utf16,
    safeFix: Boolean(diagnostic.fix && diagnostic.fix.applicability === "safe" && diagnostic.fix.edits.length),
    family: families.get(diagnostic.code) || "plugin",
  }));
}

/** Show a server answer (an entry with the page's extras); keep the bytes while the text is theirs. */
async function show(entry, bytes) {
  if (entry.error) {
    say(`${entry.path}: ${entry.error}`, true);
    return false;
  }
  const families = await api.ruleFamilies();
  state.draft = { path: entry.path, text: entry.text, encoding: entry.encoding, bom: entry.bom, writable: entry.writable };
  state.bytes = bytes;
  state.findings = toFindings(entry, families);
  state.selected = null;
  state.view = renderText($("text"), entry.text, state.findings, t("missingHere"));
  state.buttons = renderList($("findings"), state.findings, { select, doc: showDoc, fix: fixOne });
  const fixable = state.findings.filter((finding) => finding.safeFix).length;
  $("counts").textContent = t("counts", state.findings.length, fixable);
  $("fix-all").textContent = t("fixAllCount", fixable);
  $("fix-all").disabled = fixable === 0;
  $("file-name").textContent = `${entry.path} · ${entry.encoding}` + (entry.writable ? "" : ` · ${t("docxNote")}`);
  $("input").hidden = true;
  $("review").hidden = false;
  return true;
}

function select(index, from) {
  if (state.selected !== null) {
    for (const node of state.view.elementsOf.get(state.selected) || []) node.classList.remove("current");
    $(`finding-${state.selected}`)?.classList.remove("current");
    $(`finding-${state.selected}`)?.querySelector(".finding-main").removeAttribute("aria-current");
  }
  state.selected = index;
  const nodes = state.view.elementsOf.get(index) || [];
  for (const node of nodes) node.classList.add("current");
  const item = $(`finding-${index}`);
  item.classList.add("current");
  item.querySelector(".finding-main").setAttribute("aria-current", "true");
  if (from !== "text" && nodes.length) nodes[0].scrollIntoView({ block: "center" });
  if (from !== "list") item.scrollIntoView({ block: "nearest" });
}

/** A rule's doc (Markdown-like text: "## " heading lines, blank lines between paragraphs) as elements. */
function docBlocks(doc) {
  const nodes = [];
  const add = (tag, text) => {
    const node = document.createElement(tag);
    node.textContent = text;
    nodes.push(node);
  };
  for (const block of doc.split(/\n\s*\n/)) {
    const [first, ...rest] = block.trim().split("\n");
    const heading = /^#+ (.*)$/.exec(first);
    if (heading) add("h3", heading[1]);
    const paragraph = (heading ? rest : [first, ...rest]).join("\n");
    if (paragraph.trim()) add("p", paragraph);
  }
  return nodes;
}

async function showDoc(code, opener) {
  await busy(async () => {
    const rule = await api.ruleDoc(code);
    $("doc-title").textContent = `${rule.code} ${rule.name}`;
    const fix = t("fixKinds")[rule.fix || "none"];
    $("doc-meta").textContent = t("docDefault", t("severity")[rule.severity], fix,
      t("families")[rule.family] || rule.family);
    $("doc-body").replaceChildren(...docBlocks(rule.doc));
    const dialog = $("doc");
    dialog.onclose = () => opener.focus();
    dialog.showModal();
    $("doc-close").focus();
  });
}

/** After a change of the text: focus the finding now where the old one was (or the list). */
function refocus(position) {
  const target = state.buttons[Math.min(position, state.buttons.length - 1)];
  if (target) {
    target.focus();
    select(Number(target.dataset.index), "keys");
  } else {
    $("findings").focus();
  }
}

async function applyFix(choice, position) {
  await busy(async () => {
    const entry = await api.fix(state.draft, choice);
    if (await show(entry, null)) {
      say(t("fixed", entry.fixed, state.findings.length));
      refocus(position);
    }
  });
}

function fixOne(finding) {
  const position = state.buttons.findIndex((button) => Number(button.dataset.index) === finding.index);
  return applyFix({ code: finding.code, start: finding.offsets.start, end: finding.offsets.end }, Math.max(position, 0));
}

async function checkBytes(bytes, name) {
  if (bytes.byteLength > state.maxBytes) {
    say(t("tooLarge", state.maxBytes), true);
    return;
  }
  say(t("checking"));
  await busy(async () => {
    if (await show(await api.check(bytes, name), bytes)) {
      say(t("checked", state.findings.length));
      $("text").focus();
    }
  });
}

async function checkPasted() {
  const text = $("paste").value;
  if (!text.trim()) {
    say(t("empty"), true);
    return;
  }
  if (state.editing) {  // edited after a check: keep the draft's name and encoding
    const draft = { ...state.editing, text };
    say(t("checking"));
    await busy(async () => {
      if (await show(await api.fix(draft, null), null)) {
        state.editing = null;
        say(t("checked", state.findings.length));
        $("text").focus();
      }
    });
    return;
  }
  await checkBytes(new TextEncoder().encode(text), t("pasted"));
}

function checkFile(file) {
  if (!SUFFIXES.some((suffix) => file.name.toLowerCase().endsWith(suffix))) {
    say(t("unsupported"), true);
    return;
  }
  state.editing = null;
  file.arrayBuffer().then((buffer) => checkBytes(new Uint8Array(buffer), file.name));
}

function save({ blob, name }) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

/** The bytes the report is made from: the file as given, or the fixed text in its encoding. */
async function currentFile() {
  if (state.bytes) return { bytes: state.bytes, name: state.draft.path };
  const { blob, name } = await api.encoded(state.draft);
  return { bytes: new Uint8Array(await blob.arrayBuffer()), name };
}

/** Download what ``make(bytes, name)`` makes of the current file (a report, the annotated .docx). */
function downloadMadeFrom(make) {
  return busy(async () => {
    const { bytes, name } = await currentFile();
    save(await make(bytes, name));
  });
}

async function relintInLanguage() {
  applyStatic(document);
  if ($("review").hidden || !state.draft) return;
  const selected = state.buttons.findIndex((button) => Number(button.dataset.index) === state.selected);
  await busy(async () => {
    const entry = state.bytes ? await api.check(state.bytes, state.draft.path) : await api.fix(state.draft, null);
    if (!await show(entry, state.bytes)) return;
    say(t("checked", state.findings.length));
    if (selected >= 0) {
      const button = state.buttons[selected];
      if (button) select(Number(button.dataset.index), "keys");
    }
  });
}

function wire() {
  $("check").addEventListener("click", checkPasted);
  $("paste").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      checkPasted();
    }
  });
  $("file").addEventListener("change", () => {
    if ($("file").files.length) checkFile($("file").files[0]);
    $("file").value = "";
  });
  $("file-label").addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      $("file").click();
    }
  });
  const drop = $("drop");
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    if (event.dataTransfer.files.length) checkFile(event.dataTransfer.files[0]);
  });
  $("edit").addEventListener("click", () => {
    state.editing = state.draft;
    $("paste").value = state.draft.text;
    $("review").hidden = true;
    $("input").hidden = false;
    $("paste").focus();
  });
  $("fix-all").addEventListener("click", () => applyFix("all", 0));
  $("download-text").addEventListener("click", () => busy(async () => save(await api.encoded(state.draft))));
  $("download-json").addEventListener("click", () => downloadMadeFrom((bytes, name) => api.report(bytes, name, "json")));
  $("download-report").addEventListener("click", () => downloadMadeFrom((bytes, name) => api.report(bytes, name, "full")));
  $("download-annotated").addEventListener("click", () => downloadMadeFrom(api.annotated));
  $("doc-close").addEventListener("click", () => $("doc").close());
  $("lang").addEventListener("click", () => {
    setLang(lang() === "zh" ? "en" : "zh");
    relintInLanguage();
  });
  $("text").addEventListener("click", (event) => {
    const target = event.target.closest(".hl, .caret");
    const findings = target && state.view.findingsOf.get(target);
    if (findings) select(pickAt(findings, state.selected), "text");
  });
  listKeys($("findings"), () => state.buttons, (index) => select(index, "keys"));
  // j/k in the text view walk the findings too, starting from the chosen one.
  $("text").addEventListener("keydown", (event) => {
    if (!["j", "k"].includes(event.key) || event.ctrlKey || event.altKey || event.metaKey || !state.buttons.length) return;
    event.preventDefault();
    const at = state.buttons.findIndex((button) => Number(button.dataset.index) === state.selected);
    const next = event.key === "j" ? Math.min(at + 1, state.buttons.length - 1) : Math.max(at - 1, 0);
    select(Number(state.buttons[next].dataset.index), "keys");
  });
}

applyStatic(document);
wire();
api.info().then((about) => {
  state.maxBytes = about.max_bytes;
  $("download-annotated").hidden = !about.annotate;
}).catch((error) => say(error.message, true));
