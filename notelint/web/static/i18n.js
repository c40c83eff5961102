// The page's own words, Chinese first. Messages about the draft come from
// the server in the chosen language; these are the page's labels.

const STRINGS = {
  zh: {
    title: "通报审阅",
    skipToFindings: "跳到问题列表",
    inputTitle: "粘贴草稿，或拖入文件",
    pasteLabel: "草稿全文",
    pastePlaceholder: "把通报草稿全文粘贴到这里……",
    dropHint: "也可以把 .txt、.md 或 .docx 文件拖到这里，或",
    chooseFile: "选择文件",
    check: "检查",
    checkHint: "Ctrl+Enter 也可检查",
    reviewTitle: "检查结果",
    edit: "返回编辑",
    fixAll: "全部安全修复",
    fixAllCount: (n) => `全部安全修复（${n}）`,
    downloadText: "下载修复后的文本",
    downloadJson: "下载报告（JSON）",
    downloadReport: "下载报告（文本）",
    downloadAnnotated: "下载批注版 Word",
    textTitle: "草稿",
    findingsTitle: "问题",
    keysHint: "在列表中用 ↑↓ 或 j/k 切换问题",
    close: "关闭",
    fixHere: "修复此处",
    ruleDoc: "规则说明",
    missingHere: "此处缺少内容",
    severity: { error: "错误", warning: "警告", info: "提示" },
    families: {
      structure: "结构", numbering: "序号", dates: "日期与期限", contacts: "联系方式",
      hygiene: "文字规范", arithmetic: "数字计算", consistency: "前后一致", formulations: "提法",
      meta: "指令", plugin: "插件规则",
    },
    lineColumn: (line, column) => `第 ${line} 行第 ${column} 字`,
    paragraph: (where) => `第 ${where.paragraph} 段第 ${where.character} 字`,
    counts: (total, fixable) => `${total} 个` + (fixable ? `，${fixable} 个可安全修复` : ""),
    noFindings: "没有发现问题。",
    checking: "正在检查……",
    checked: (total) => total ? `发现 ${total} 个问题。` : "检查完毕，没有发现问题。",
    fixed: (n, total) => `已修复 ${n} 处，还有 ${total} 个问题。`,
    empty: "请先粘贴草稿或选择文件。",
    unsupported: "只支持 .txt、.md 和 .docx 文件。",
    tooLarge: (limit) => `文件超过 ${limit} 字节的上限。`,
    failed: "请求失败",
    pasted: "粘贴的草稿.txt",
    docDefault: (severity, fix, family) => `默认级别：${severity}；${fix}；类别：${family}`,
    fixKinds: { safe: "可自动安全修复", unsafe: "可自动修复（不安全，需人工确认）", none: "无自动修复" },
    docxNote: "Word 文件不会被改写：修复后的内容以纯文本下载。",
  },
  en: {
    title: "Notice review",
    skipToFindings: "Skip to the findings",
    inputTitle: "Paste a draft, or drop a file",
    pasteLabel: "The draft",
    pastePlaceholder: "Paste the whole draft notice here…",
    dropHint: "Or drop a .txt, .md or .docx file here, or",
    chooseFile: "choose a file",
    check: "Check",
    checkHint: "Ctrl+Enter checks too",
    reviewTitle: "Results",
    edit: "Back to editing",
    fixAll: "Apply all safe fixes",
    fixAllCount: (n) => `Apply all safe fixes (${n})`,
    downloadText: "Download the fixed text",
    downloadJson: "Download the report (JSON)",
    downloadReport: "Download the report (text)",
    downloadAnnotated: "Download as annotated Word",
    textTitle: "Draft",
    findingsTitle: "Findings",
    keysHint: "In the list, ↑↓ or j/k move between findings",
    close: "Close",
    fixHere: "Fix this",
    ruleDoc: "Rule doc",
    missingHere: "something is missing here",
    severity: { error: "error", warning: "warning", info: "info" },
    families: {
      structure: "Structure", numbering: "Numbering", dates: "Dates and periods", contacts: "Contact details",
      hygiene: "Text hygiene", arithmetic: "Arithmetic", consistency: "Consistency",
      formulations: "Political formulations", meta: "Directives", plugin: "Plugin rules",
    },
    lineColumn: (line, column) => `line ${line}, column ${column}`,
    paragraph: (where) => `paragraph ${where.paragraph}, character ${where.character}`,
    counts: (total, fixable) => `${total}` + (fixable ? `, ${fixable} safely fixable` : ""),
    noFindings: "No problems found.",
    checking: "Checking…",
    checked: (total) => total ? `Found ${total} problem(s).` : "Checked: no problems found.",
    fixed: (n, total) => `Fixed ${n}; ${total} problem(s) left.`,
    empty: "Paste a draft or choose a file first.",
    unsupported: "Only .txt, .md and .docx files can be checked.",
    tooLarge: (limit) => `The file is over the limit of ${limit} bytes.`,
    failed: "Request failed",
    pasted: "pasted-draft.txt",
    docDefault: (severity, fix, family) => `default severity: ${severity}; ${fix}; family: ${family}`,
    fixKinds: { safe: "safe automatic fix", unsafe: "unsafe automatic fix (check it by hand)", none: "no automatic fix" },
    docxNote: "A Word file is never rewritten: the fixed content downloads as plain text.",
  },
};

export const FAMILY_ORDER = ["structure", "numbering", "dates", "contacts", "hygiene", "arithmetic", "consistency",
  "formulations", "meta", "plugin"];

let current = localStorage.getItem("notelint-lang") === "en" ? "en" : "zh";

export function lang() {
  return current;
}

export function setLang(value) {
  current = value;
  localStorage.setItem("notelint-lang", value);
}

/** The string (or the function's result with ``args``) for ``key``. */
export function t(key, ...args) {
  const value = STRINGS[current][key];
  return typeof value === "function" ? value(...args) : value;
}

/** Put the page's own words in the current language into the static markup. */
export function applyStatic(root) {
  root.documentElement.lang = current === "zh" ? "zh-CN" : "en";
  root.title = `notelint ${t("title")}`;
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll("[data-i18n-placeholder]")) {
    element.placeholder = t(element.dataset.i18nPlaceholder);
  }
  const toggle = root.getElementById("lang");
  toggle.textContent = current === "zh" ? "English" : "中文";
  toggle.lang = current === "zh" ? "en" : "zh-CN";
}
