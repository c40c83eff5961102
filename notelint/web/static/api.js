// The page's calls to its server (docs/api.md). Every POST carries
// X-Notelint: 1, which the server demands: a cross-site form cannot send it.

import { lang, t } from "./i18n.js";

async function failure(response) {
  let message = `${t("failed")}: HTTP ${response.status}`;
  try {
    const body = await response.json();
    if (body && typeof body.error === "string") message = body.error;
  } catch (_) {
    // not JSON: keep the status line
  }
  return new Error(message);
}

async function post(path, body, headers) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "X-Notelint": "1", ...headers },
    body,
    credentials: "same-origin",
  });
  if (!response.ok) throw await failure(response);
  return response;
}

function query(extra) {
  return new URLSearchParams({ lang: lang(), ...extra }).toString();
}

function draftHeaders(name) {
  return { "X-Filename": encodeURIComponent(name), "Content-Type": "application/octet-stream" };
}

/** Lint a file's bytes: its entry of ``--format json`` plus what the page needs. */
export async function check(bytes, name) {
  return (await post(`/api/check?${query({ view: "1" })}`, bytes, draftHeaders(name))).json();
}

/** Lint the draft's text again, after one fix (``fix``: {code, start, end}), all ("all"), or none (null). */
export async function fix(draft, fixChoice) {
  const body = JSON.stringify(fixChoice === null ? { draft } : { draft, fix: fixChoice });
  return (await post(`/api/fix?${query({})}`, body, { "Content-Type": "application/json" })).json();
}

function fileName(response, fallback) {
  const header = response.headers.get("Content-Disposition") || "";
  const match = /filename\*=UTF-8''([^;]+)/.exec(header);
  return match ? decodeURIComponent(match[1]) : fallback;
}

/** The draft's text as bytes in the encoding it came in: {blob, name}. */
export async function encoded(draft) {
  const response = await post(`/api/download?${query({})}`, JSON.stringify({ draft }),
    { "Content-Type": "application/json" });
  return { blob: await response.blob(), name: fileName(response, draft.path) };
}

/** The report of a file's bytes in ``format`` (json, full…): {blob, name}. */
export async function report(bytes, name, format) {
  const response = await post(`/api/report?${query({ format })}`, bytes, draftHeaders(name));
  return { blob: await response.blob(), name: fileName(response, `${name}.notelint`) };
}

/** The draft as a Word document with each finding as a comment and the safe fixes as tracked changes: {blob, name}. */
export async function annotated(bytes, name) {
  const response = await post(`/api/annotate?${query({})}`, bytes, draftHeaders(name));
  return { blob: await response.blob(), name: fileName(response, `${name}.notelint.docx`) };
}

export async function info() {
  const response = await fetch("/api/info");
  if (!response.ok) throw await failure(response);
  return response.json();
}

const docs = new Map();

/** A rule's entry and doc, fetched once per language. */
export async function ruleDoc(code) {
  const key = `${lang()}:${code}`;
  if (!docs.has(key)) {
    const response = await fetch(`/api/rules/${encodeURIComponent(code)}?${query({})}`);
    if (!response.ok) throw await failure(response);
    docs.set(key, await response.json());
  }
  return docs.get(key);
}

let families = null;

/** Each rule code's family (structure, numbering…), from the rule list. */
export async function ruleFamilies() {
  if (families === null) {
    const response = await fetch(`/api/rules?${query({})}`);
    if (!response.ok) throw await failure(response);
    families = new Map((await response.json()).map((rule) => [rule.code, rule.family]));
  }
  return families;
}
