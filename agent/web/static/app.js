// fengtiao web UI: plain JS over the HTTP API. The API key lives in sessionStorage (this tab only).
"use strict";

const $ = (sel) => document.querySelector(sel);
const state = {
  key: sessionStorage.getItem("ft_key") || "",
  tenant: sessionStorage.getItem("ft_tenant") || "",
  lang: localStorage.getItem("ft_lang") || "zh",
  evidence: {},          // chat message id -> evidence list, for clickable [n]
  chat: { id: null },    // the chat page's thread
  borrowers: { q: "", cursor: null, loaded: false, seq: 0 },
  borrower: null,        // the borrower page's summary, and its own chat thread (borrower.thread)
};

// ---------- text and i18n ----------
function t(key, vars = {}) {
  const s = (window.FT_I18N[state.lang] || {})[key] ?? window.FT_I18N.zh[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (vars[k] ?? ""));
}

function applyI18n() {
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  $("#lang").textContent = state.lang === "zh" ? "EN" : "中文";
}

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "html") node.innerHTML = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null) node.append(c.nodeType ? c : document.createTextNode(c));
  return node;
}

// Terms of the query (2–6 character pieces) found in the passage, longest first, marked without overlaps.
function highlightTerms(text, query) {
  const q = (query || "").replace(/[\s，。？?！!、：:；;,.]+/g, " ");
  const terms = new Set();
  for (const word of q.split(" ")) {
    for (let len = Math.min(6, word.length); len >= 2; len--) {
      for (let i = 0; i + len <= word.length; i++) terms.add(word.slice(i, i + len));
    }
  }
  const marks = new Array(text.length).fill(false);
  [...terms].sort((a, b) => b.length - a.length).forEach((term) => {
    let i = text.indexOf(term);
    while (i >= 0) { for (let j = i; j < i + term.length; j++) marks[j] = true; i = text.indexOf(term, i + term.length); }
  });
  let out = "", open = false;
  for (let i = 0; i < text.length; i++) {
    if (marks[i] && !open) { out += "<mark>"; open = true; }
    if (!marks[i] && open) { out += "</mark>"; open = false; }
    out += esc(text[i]);
  }
  return out + (open ? "</mark>" : "");
}

// ---------- API ----------
class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

function authHeaders() {
  const h = {};
  if (state.key) h.Authorization = `Bearer ${state.key}`;
  if (state.tenant) h["X-Tenant"] = state.tenant;
  return h;
}

async function api(path, { method = "GET", json, form, raw = false } = {}) {
  const headers = authHeaders();
  let body;
  if (json !== undefined) { headers["Content-Type"] = "application/json"; body = JSON.stringify(json); }
  if (form) body = form;
  const res = await fetch(path, { method, headers, body });
  if (!res.ok) {
    let detail = res.statusText;
    try {
      const data = await res.json();
      detail = typeof data.detail === "string" ? data.detail
        : data.detail?.message || (Array.isArray(data.detail) ? data.detail.map((d) => d.msg).join("; ") : JSON.stringify(data.detail));
    } catch (_) { /* not JSON */ }
    if (res.status === 401 && state.key) signOut(t("bad_key") + "：" + detail);
    throw new ApiError(res.status, detail);
  }
  return raw ? res : res.json();
}

async function download(path, filename) {
  const res = await api(path, { raw: true });
  const blob = await res.blob();
  const a = el("a", { href: URL.createObjectURL(blob), download: filename });
  document.body.append(a); a.click(); a.remove();
}

function showError(target, err) { target.textContent = t("error_prefix") + err.message; target.classList.add("error"); }
function showStatus(target, text) { target.textContent = text; target.classList.remove("error"); }

// ---------- navigation and sign-in ----------
function showPage(name) {
  if (name === "borrower" && !state.borrower) name = "borrowers";   // a reload lands on the list
  if (name === "borrowers" && !state.borrowers.loaded) loadBorrowers();
  document.querySelectorAll(".page").forEach((p) => { p.hidden = p.id !== `page-${name}`; });
  document.querySelectorAll("#nav button").forEach((b) => b.classList.toggle("active", b.dataset.page === name));
  location.hash = name === "signin" ? "" : name;
}

function signedIn(who) {
  state.tenant = who.tenant || state.tenant;
  sessionStorage.setItem("ft_tenant", state.tenant);
  $("#nav").hidden = false; $("#signout").hidden = false;
  $("#who").textContent = [state.tenant, who.key_name || who.key_id].filter(Boolean).join(" · ");
  const page = location.hash.slice(1);
  showPage(document.getElementById(`page-${page}`) && page !== "signin" ? page : "search");
}

function signOut(message = "") {
  state.key = ""; state.tenant = "";
  // nothing of the previous institution stays on screen for the next one
  state.borrowers = { q: "", cursor: null, loaded: false, seq: state.borrowers.seq + 1 }; state.borrower = null; state.chat = { id: null };
  $("#borrowers-list").innerHTML = ""; $("#borrowers-q").value = ""; $("#borrowers-more").hidden = true;
  $("#chat-log").innerHTML = ""; $("#borrower-chat-log").innerHTML = "";
  sessionStorage.removeItem("ft_key"); sessionStorage.removeItem("ft_tenant");
  $("#nav").hidden = true; $("#signout").hidden = true; $("#who").textContent = "";
  $("#signin-error").textContent = message;
  showPage("signin");
}

async function trySignIn(event) {
  event?.preventDefault();
  const key = $("#signin-key").value.trim();
  state.key = key; state.tenant = $("#signin-tenant").value.trim();
  try {
    const who = await api("/v1/whoami");
    if (who.auth_required && !key) throw new ApiError(401, t("key_required"));
    sessionStorage.setItem("ft_key", key);
    signedIn(who);
  } catch (err) {
    state.key = "";
    $("#signin-error").textContent = err.status === 401 ? `${t("bad_key")}：${err.message}` : err.message;
  }
}

// ---------- passage viewer ----------
function openPassage({ title, path, start, end, text, query }) {
  $("#passage-title").textContent = title;
  $("#passage-meta").textContent = t("passage_span", { path, start, end });
  $("#passage-text").innerHTML = `<mark class="span">${highlightTerms(text, query)}</mark>`;
  $("#passage").showModal();
}

// ---------- search ----------
function citationOf(hit) {
  const where = hit.article || (hit.page ? `p.${hit.page}` : "");
  return `《${hit.title}》${where}`;
}

async function runSearch(event) {
  event.preventDefault();
  const q = $("#search-q").value.trim();
  const params = new URLSearchParams({ q, k: "8" });
  if ($("#search-type").value) params.set("type", $("#search-type").value);
  if (state.tenant) params.set("tenant", state.tenant);
  const status = $("#search-status"), list = $("#search-results");
  showStatus(status, t("searching")); list.innerHTML = "";
  try {
    const hits = await api(`/v1/search?${params}`);
    showStatus(status, hits.length ? t("n_results", { n: hits.length }) : t("no_results"));
    hits.forEach((hit) => {
      const open = () => openPassage({ title: citationOf(hit), path: hit.source_path, start: hit.start, end: hit.end, text: hit.text, query: q });
      list.append(el("li", { class: "result" },
        el("button", { class: "citation", type: "button", onclick: open }, citationOf(hit)),
        el("span", { class: "badge" }, hit.doc_type),
        el("span", { class: "score" }, hit.score.toFixed(3)),
        el("p", { class: "snippet", html: highlightTerms(hit.text.slice(0, 220) + (hit.text.length > 220 ? "…" : ""), q) })));
    });
  } catch (err) { showError(status, err); }
}

// ---------- chat (SSE over fetch) ----------
function renderAnswer(container, text, msgId) {
  // [n] becomes a link to evidence n of this message
  container.innerHTML = esc(text).replace(/\[(\d+)\]/g, (m, n) => `<a href="#" class="cite" data-msg="${msgId}" data-n="${n}">[${n}]</a>`);
}

function openEvidence(msgId, n, question) {
  const ev = (state.evidence[msgId] || []).find((e) => String(e.n) === String(n));
  if (ev) openPassage({ title: `[${ev.n}] ${ev.citation}`, path: ev.source_path, start: ev.start, end: ev.end, text: ev.text, query: question });
}

async function* sseEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut); buffer = buffer.slice(cut + 2);
      const fields = Object.fromEntries(block.split("\n").filter((l) => l.includes(": ")).map((l) => [l.slice(0, l.indexOf(": ")), l.slice(l.indexOf(": ") + 2)]));
      if (fields.event) yield { event: fields.event, data: JSON.parse(fields.data || "{}") };
    }
  }
}

async function sendChat(event) {
  event.preventDefault();
  const question = $("#chat-q").value.trim();
  if (!question) return;
  $("#chat-q").value = "";
  await chatTurn($("#chat-log"), question, question, state.chat);
}

// One question and its streamed answer in `log`; `sent` is what goes to the API (the borrower panel prefixes
// the credit code), `thread` holds the thread id so follow-ups continue the same conversation.
async function chatTurn(log, question, sent, thread) {
  const msgId = `m${Date.now()}`;
  log.append(el("div", { class: "msg user" }, el("div", { class: "who" }, t("you")), el("div", { class: "bubble" }, question)));
  const reasoning = el("details", { class: "reasoning", hidden: "" }, el("summary", {}, t("thinking")), el("pre", {}));
  const answer = el("div", { class: "bubble answer" });
  const sources = el("ol", { class: "sources" });
  const msg = el("div", { class: "msg bot", "data-msg": msgId, "data-question": question }, el("div", { class: "who" }, t("assistant")), reasoning, answer, sources);
  log.append(msg); msg.scrollIntoView({ block: "end" });
  const body = { question: sent };
  if (thread.id) body.thread_id = thread.id;
  if (state.tenant) body.tenant = state.tenant;
  let streamed = "";
  try {
    const res = await api("/v1/chat", { method: "POST", json: body, raw: true });
    for await (const { event: kind, data } of sseEvents(res)) {
      if (kind === "thread") thread.id = data.thread_id;
      else if (kind === "evidence") {
        state.evidence[msgId] = data.evidence || [];
        sources.innerHTML = "";
        state.evidence[msgId].forEach((e) => sources.append(el("li", {},
          el("a", { href: "#", class: "cite", "data-msg": msgId, "data-n": e.n }, `[${e.n}] ${e.citation}`))));
      } else if (kind === "reasoning") { reasoning.hidden = false; reasoning.querySelector("pre").textContent += data.text; }
      else if (kind === "text") { streamed += data.text; renderAnswer(answer, streamed, msgId); }
      else if (kind === "error") { answer.append(el("p", { class: "error" }, t("error_prefix") + (data.message || ""))); }
      else if (kind === "done") {
        if (data.evidence?.length) state.evidence[msgId] = data.evidence;
        renderAnswer(answer, data.answer || streamed, msgId);
        sources.hidden = true;   // the final answer carries the numbered source list itself
        msg.classList.add("done");
        if (log.scrollHeight > log.clientHeight) log.scrollTop = log.scrollHeight;   // the panel's log scrolls itself
      }
    }
  } catch (err) { answer.append(el("p", { class: "error" }, t("error_prefix") + err.message)); }
}

// ---------- contract check ----------
async function checkContract() {
  const text = $("#contract-text").value.trim();
  const status = $("#contract-status"), list = $("#contract-findings"), fields = $("#contract-fields");
  if (!text) return;
  showStatus(status, t("checking")); list.innerHTML = ""; fields.innerHTML = "";
  try {
    const report = await api("/v1/contracts/check", { method: "POST", json: { text } });
    const findings = report.findings || [];
    showStatus(status, findings.length ? t("n_findings", { n: findings.length }) : t("no_findings"));
    for (const [k, v] of Object.entries(report.fields || {})) {
      if (v !== null && v !== "" && typeof v !== "object") fields.append(el("span", { class: "field" }, el("b", {}, k), ` ${v}`));
    }
    findings.forEach((f) => {
      const zh = state.lang === "zh";
      const cites = el("div", { class: "cites" });
      (f.citations || []).forEach((c) => cites.append(el("button", {
        type: "button", class: "citation",
        onclick: () => openPassage({ title: `《${c.instrument}》${c.label}`, path: c.source_path, start: c.start, end: c.end, text: c.text, query: "" }),
      }, `《${c.instrument}》${c.label}`)));
      list.append(el("li", { class: `finding sev-${f.severity}` },
        el("div", { class: "finding-head" }, el("span", { class: "badge" }, t(`sev_${f.severity}`)), el("b", {}, zh ? f.title_zh : f.title_en)),
        el("p", {}, zh ? f.explanation_zh : f.explanation_en),
        ...(f.evidence || []).map((e) => el("blockquote", {}, e.quote)),
        (f.citations || []).length ? el("div", { class: "muted" }, t("cited")) : null, cites));
    });
  } catch (err) { showError(status, err); }
}

// ---------- invoice batch ----------
async function startInvoiceJob(event) {
  event.preventDefault();
  const file = $("#invoice-zip").files[0];
  if (!file) return;
  const status = $("#invoice-status");
  $("#invoice-job").hidden = false; $("#invoice-download").disabled = true; $("#invoice-table").innerHTML = "";
  showStatus(status, t("uploading"));
  try {
    const form = new FormData(); form.append("file", file);
    if (state.tenant) form.append("tenant", state.tenant);
    const upload = await api("/v1/uploads", { method: "POST", form });
    const job = await api("/v1/jobs", { method: "POST", json: { kind: "invoices", source: upload.source } });
    pollJob(job.id);
  } catch (err) { showError(status, err); }
}

async function pollJob(id) {
  const status = $("#invoice-status");
  try {
    const job = await api(`/v1/jobs/${id}`);
    showStatus(status, t("job_progress", job));
    $("#invoice-progress").max = Math.max(job.total, 1); $("#invoice-progress").value = job.done;
    if (job.status === "done") {
      const results = await api(`/v1/jobs/${id}/results`);
      renderInvoiceResults(results);
      const btn = $("#invoice-download"); btn.disabled = false;
      btn.onclick = () => saveText(invoiceCsv(results), `invoices-${id}.csv`, "text/csv;charset=utf-8");
      return;
    }
    setTimeout(() => pollJob(id), 1000);
  } catch (err) { showError(status, err); }
}

// An error or flag is shown with its type (corrupt, capital_mismatch, duplicate_invoice…) so rows can be compared.
const noteCode = (x) => (typeof x === "string" ? x : x.kind || x.code || x.type || "");

function renderInvoiceResults(rows) {
  const table = $("#invoice-table");
  table.innerHTML = "";
  table.append(el("tr", {}, ...["file", "status", "invoice_no", "total", "notes"].map((k) => el("th", {}, t(k)))));
  rows.forEach((r) => {
    const f = r.fields || {};
    const notes = el("td", { class: "notes" });
    [...(r.errors || []), ...(r.flags || [])].forEach((x) => notes.append(el("div", {},
      el("code", { class: "note-code" }, noteCode(x)), " ", typeof x === "string" ? "" : x.message || "")));
    table.append(el("tr", { class: r.status === "ok" ? "" : "bad", "data-status": r.status }, el("td", {}, r.file),
      el("td", {}, r.status), el("td", {}, f.invoice_number || ""), el("td", { class: "num" }, f.total_with_tax ?? ""), notes));
  });
}

// The same columns as `fengtiao invoices --csv` (agent/jobs/engine.write_csv): one row per file, scalar fields,
// error and flag codes. Cells from documents that start like a formula are prefixed with ' so Excel keeps them text.
function csvCell(v) {
  let s = v == null ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function invoiceCsv(rows) {
  const keys = [];
  rows.forEach((r) => Object.entries(r.fields || {}).forEach(([k, v]) => {
    if (!keys.includes(k) && (v === null || typeof v !== "object")) keys.push(k);
  }));
  const lines = [["file", "status", ...keys, "errors", "flags"]];
  rows.forEach((r) => lines.push([r.file, r.status, ...keys.map((k) => (r.fields || {})[k]),
    (r.errors || []).map(noteCode).join(";"), (r.flags || []).map(noteCode).join(";")]));
  return "\ufeff" + lines.map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function saveText(text, filename, type) {
  const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: filename });
  document.body.append(a); a.click(); a.remove();
}

// ---------- mediation ----------
async function openSampleCase() {
  const status = $("#mediation-status");
  showStatus(status, t("creating_case"));
  try {
    const dispute = await api("/ui/samples/dispute");
    const view = await api("/v1/mediation/cases", { method: "POST", json: { dispute, lang: state.lang } });
    renderCase(view);
  } catch (err) { showError(status, err); }
}

function renderCase(view) {
  state.caseId = view.case_id;
  showStatus($("#mediation-status"), t("case_status", { id: view.case_id, status: t(`status_${view.status}`) }));
  $("#mediation-case").hidden = false;
  const opts = view.options || {};
  const box = $("#mediation-options");
  box.innerHTML = "";
  box.append(el("p", { class: "muted" }, `${t("supportable")} ¥${opts.supportable} · ${t("as_written")} ¥${opts.as_written}`));
  const recommended = view.review_request?.recommended ?? view.chosen;
  (opts.options || []).forEach((o) => {
    const zh = state.lang === "zh";
    box.append(el("label", { class: "option" },
      el("input", { type: "radio", name: "option", value: o.n, ...(o.n === (view.chosen ?? recommended) ? { checked: "" } : {}) }),
      el("span", { class: "option-title" }, `${o.n}. ${zh ? o.title_zh : o.title_en}`),
      el("span", { class: "amount" }, `¥${o.total}`),
      el("span", { class: "muted" }, `${t("months")} ${o.months} · ${t("recovery")} ${o.recovery_pct}%`),
      o.n === recommended ? el("span", { class: "badge" }, t("recommended")) : null));
  });
  const ledger = $("#mediation-ledger");
  ledger.innerHTML = "";
  ledger.append(el("tr", {}, ...["date", "event", "amount", "principal", "interest"].map((k, i) => el("th", i > 1 ? { class: "num" } : {}, t(k)))));
  (view.assessment?.supportable?.lines || []).forEach((l) => ledger.append(el("tr", {},
    el("td", {}, l.date), el("td", {}, state.lang === "zh" ? (l.event_zh || l.event) : l.event), el("td", { class: "num" }, l.amount),
    el("td", { class: "num" }, l.principal_balance), el("td", { class: "num" }, l.interest_balance))));
  const approved = view.status === "approved";
  $("#mediation-approve").disabled = approved || !view.awaiting_review;
  $("#mediation-docx").disabled = !approved;
}

async function approveCase() {
  const option = Number(document.querySelector('input[name="option"]:checked')?.value) || undefined;
  try {
    renderCase(await api(`/v1/mediation/cases/${state.caseId}/resume`, { method: "POST", json: { action: "approve", option } }));
  } catch (err) { showError($("#mediation-status"), err); }
}

// ---------- borrower warnings ----------
async function lookupWarnings(event) {
  event.preventDefault();
  const code = $("#warnings-code").value.trim().toUpperCase();
  const status = $("#warnings-status"), list = $("#warnings-list");
  list.innerHTML = ""; showStatus(status, t("querying"));
  try {
    const warnings = await api(`/v1/borrowers/${encodeURIComponent(code)}/warnings`);
    showStatus(status, warnings.length ? t("n_warnings", { n: warnings.length }) : t("no_warnings"));
    warnings.forEach((w) => list.append(warningItem(w)));
  } catch (err) {
    // not this institution's borrower (or no such code): an ordinary answer, not a failure
    if (err.status === 404) showStatus(status, err.message); else showError(status, err);
  }
}

// ---------- borrowers: list, page, report, chat in focus ----------
function levelBadge(level, count) {
  if (count == null) return el("span", { class: "badge level-unknown" }, "—");
  return level ? el("span", { class: `badge level-badge level-${level}`, "data-level": level }, t(`level_${level}`))
    : el("span", { class: "badge level-badge level-none", "data-level": "none" }, t("no_warning_badge"));
}

async function loadBorrowers({ more = false } = {}) {
  const b = state.borrowers, status = $("#borrowers-status"), list = $("#borrowers-list");
  if (!more) { b.q = $("#borrowers-q").value.trim(); b.cursor = null; list.innerHTML = ""; }
  const seq = ++b.seq;   // a newer search wins over a slower older one
  $("#borrowers-more").disabled = true;
  showStatus(status, t("loading"));
  const params = new URLSearchParams({ limit: "20" });
  if (b.q) params.set("q", b.q);
  if (more && b.cursor) params.set("cursor", b.cursor);
  try {
    const page = await api(`/v1/borrowers?${params}`);
    if (seq !== b.seq) return;
    b.loaded = true; b.cursor = page.next_cursor;
    page.items.forEach((item) => list.append(el("tr", { "data-borrower-id": item.borrower_id },
      el("td", {}, el("button", { type: "button", class: "citation open-borrower", onclick: () => openBorrower(item) }, item.name)),
      el("td", {}, el("code", { class: "reason" }, item.borrower_id)),
      el("td", {}, item.industry),
      el("td", { class: "num" }, String(item.applications)),
      el("td", { class: "num" }, String(item.loans)),
      el("td", {}, item.last_applied_on || ""),
      el("td", {}, levelBadge(item.warning_level, item.warning_count)))));
    const shown = list.children.length;
    showStatus(status, page.total ? t("n_borrowers", { total: page.total, shown }) : t("no_borrowers"));
    $("#borrowers-more").hidden = !page.next_cursor;
    $("#borrowers-more").disabled = false;
  } catch (err) { if (seq === b.seq) showError(status, err); }
}

function openBorrower(item) {
  state.borrower = { ...item, thread: { id: null } };
  $("#borrower-name").textContent = item.name;
  $("#borrower-code").textContent = item.borrower_id;
  $("#borrower-badge").replaceChildren(levelBadge(item.warning_level, item.warning_count));
  $("#borrower-meta").textContent = t("borrower_meta", item);
  $("#borrower-focus").textContent = t("borrower_focus", { name: item.name, code: item.borrower_id });
  $("#borrower-chat-log").innerHTML = "";
  showStatus($("#borrower-report-status"), ""); showStatus($("#borrower-doc-status"), "");
  showPage("borrower");
  loadScore(item.borrower_id);
  loadBorrowerWarnings(item.borrower_id);
  $("#borrower-docs").innerHTML = ""; loadBorrowerDocuments(item.borrower_id);
}

const isCurrent = (code) => state.borrower?.borrower_id === code;   // answers for a borrower left behind are dropped

async function loadScore(code) {
  const status = $("#borrower-score-status"), box = $("#borrower-score");
  box.innerHTML = ""; showStatus(status, t("loading")); status.classList.remove("notice");
  try {
    const s = await api(`/v1/borrowers/${encodeURIComponent(code)}/score`);
    if (!isCurrent(code)) return;
    showStatus(status, t("score_meta", { version: s.scorecard_version, as_of: s.as_of }));
    const lost = Math.max(1, ...s.reasons.map((r) => Math.abs(r.points_lost)));
    box.append(
      el("div", { class: "score-line" }, el("span", { class: "points", id: "borrower-points" }, String(Math.round(s.points))),
        el("span", { class: `badge band band-${s.band}`, id: "borrower-band" }, `${s.band} · ${s.band_label_zh}`)),
      el("h3", {}, t("reason_codes")),
      el("ul", { class: "reasons", id: "borrower-reasons" }, ...s.reasons.map((r) => el("li", { "data-code": r.code },
        el("div", { class: "reason-head" }, el("code", { class: "reason" }, r.code), " ", r.label_zh,
          el("span", { class: "muted" }, ` ${r.value ?? ""}`), el("span", { class: "lost" }, t("points_lost", { n: r.points_lost.toFixed(1) }))),
        el("div", { class: "bar" }, el("span", { style: `width:${(100 * Math.abs(r.points_lost) / lost).toFixed(0)}%` })),
        el("div", { class: "muted formula" }, r.formula)))));
  } catch (err) {
    if (!isCurrent(code)) return;
    // no scorecard trained for this institution yet: the API says so in words an officer can act on
    if (err.status === 404 || err.status === 422) { showStatus(status, err.message); status.classList.add("notice"); }
    else showError(status, err);
  }
}

function evidenceText(evidence) {
  return Object.entries(evidence || {}).filter(([, ids]) => ids.length)
    .map(([table, ids]) => `${t(`table_${table}`) === `table_${table}` ? table : t(`table_${table}`)} #${ids.slice(0, 12).join(", #")}${ids.length > 12 ? ` …(${ids.length})` : ""}`)
    .join("；");
}

function warningItem(w) {
  const evidence = evidenceText(w.evidence);
  return el("li", { class: `finding level-${w.level}`, "data-signal": w.signal },
    el("div", { class: "finding-head" }, el("span", { class: `badge level-badge level-${w.level}` }, t(`level_${w.level}`)), el("b", {}, w.message_zh)),
    el("div", { class: "reason-codes" }, ...(w.reason_codes || []).map((c) => el("code", { class: "reason" }, c))),
    w.rationale_zh ? el("p", {}, w.rationale_zh) : null,
    el("p", { class: "muted" }, Object.entries(w.facts || {}).map(([k, v]) => `${k}: ${v}`).join(" · ")),
    evidence ? el("p", { class: "evidence" }, el("b", {}, `${t("evidence")}：`), evidence) : null,
    el("p", {}, el("b", {}, `${t("suggested")}：`), w.suggested_action_zh));
}

async function loadBorrowerWarnings(code) {
  const status = $("#borrower-warnings-status"), list = $("#borrower-warnings");
  list.innerHTML = ""; showStatus(status, t("loading"));
  try {
    const warnings = await api(`/v1/borrowers/${encodeURIComponent(code)}/warnings`);
    if (!isCurrent(code)) return;
    showStatus(status, warnings.length ? t("n_warnings", { n: warnings.length }) : t("no_warnings"));
    warnings.forEach((w) => list.append(warningItem(w)));
  } catch (err) { if (isCurrent(code)) showError(status, err); }
}

// The report needs the key header, so it is fetched and shown from a blob; its own scripts are not allowed to run.
async function openReport() {
  const b = state.borrower, status = $("#borrower-report-status");
  if (!b) return;
  const win = window.open("", "_blank");   // opened during the click, so a popup blocker lets it through
  showStatus(status, t("report_opening"));
  try {
    const res = await api(`/v1/borrowers/${encodeURIComponent(b.borrower_id)}/report`, { raw: true });
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
    const html = (await res.text()).replace(/<head>/i, (h) => h + csp);
    const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
    if (win) win.location.href = url;
    else el("a", { href: url, download: `report-${b.borrower_id}.html` }).click();
    showStatus(status, "");
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (err) { win?.close(); showError(status, err); }
}

// The first question of the panel's thread names the credit code, which puts the borrower in focus (the chat
// graph keeps it for follow-ups in the same thread).
async function sendBorrowerChat(event) {
  event.preventDefault();
  const b = state.borrower, question = $("#borrower-chat-q").value.trim();
  if (!b || !question) return;
  $("#borrower-chat-q").value = "";
  const sent = b.thread.id || question.toUpperCase().includes(b.borrower_id) ? question : `${b.borrower_id} ${question}`;
  await chatTurn($("#borrower-chat-log"), question, sent, b.thread);
}

// A document uploaded here is filed under the borrower: the chat searches it, and what the borrower says about
// itself in it is read against the platform's records for that borrower.
async function fileBorrowerDocument(event) {
  event.preventDefault();
  const b = state.borrower, file = $("#borrower-doc-file").files[0], status = $("#borrower-doc-status");
  if (!b || !file) return;
  showStatus(status, t("filing"));
  try {
    const form = new FormData();
    form.append("file", file); form.append("doc_type", "auto"); form.append("borrower_id", b.borrower_id);
    if (state.tenant) form.append("tenant", state.tenant);
    const doc = await api("/v1/documents", { method: "POST", form });
    if (isCurrent(b.borrower_id)) { showStatus(status, t("filed", { file: doc.file, chunks: doc.chunks })); $("#borrower-doc-file").value = ""; }
    loadBorrowerDocuments(b.borrower_id);
  } catch (err) { if (isCurrent(b.borrower_id)) showError(status, err); }
}

async function loadBorrowerDocuments(code) {
  const list = $("#borrower-docs");
  try {
    const params = new URLSearchParams({ borrower_id: code });
    if (state.tenant) params.set("tenant", state.tenant);
    const docs = await api(`/v1/documents?${params}`);
    if (!isCurrent(code)) return;
    list.replaceChildren(...(docs.length ? docs.map((d) => el("li", { "data-doc-id": d.doc_id }, t("filed_document", d)))
      : [el("li", { class: "muted" }, t("no_filed_documents"))]));
  } catch (err) { if (isCurrent(code)) list.replaceChildren(el("li", { class: "error" }, t("error_prefix") + err.message)); }
}

// ---------- wiring ----------
document.addEventListener("DOMContentLoaded", async () => {
  applyI18n();
  $("#lang").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh"; localStorage.setItem("ft_lang", state.lang); applyI18n();
  });
  $("#signout").addEventListener("click", () => signOut());
  $("#signin-form").addEventListener("submit", trySignIn);
  document.querySelectorAll("#nav button").forEach((b) => b.addEventListener("click", () => showPage(b.dataset.page)));
  $("#search-form").addEventListener("submit", runSearch);
  $("#chat-form").addEventListener("submit", sendChat);
  $("#chat-q").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("#chat-form").requestSubmit(); });
  $("#chat-log").addEventListener("click", (e) => {
    const a = e.target.closest("a.cite");
    if (!a) return;
    e.preventDefault();
    openEvidence(a.dataset.msg, a.dataset.n, a.closest(".msg")?.dataset.question || "");
  });
  $("#contract-sample").addEventListener("click", async () => {
    $("#contract-text").value = await (await fetch("/ui/samples/contract")).text();
  });
  $("#contract-check").addEventListener("click", checkContract);
  $("#invoice-form").addEventListener("submit", startInvoiceJob);
  $("#mediation-sample").addEventListener("click", openSampleCase);
  $("#mediation-approve").addEventListener("click", approveCase);
  $("#mediation-docx").addEventListener("click", () => download(`/v1/mediation/cases/${state.caseId}/agreement.docx`, `调解协议书-${state.caseId}.docx`));
  $("#warnings-form").addEventListener("submit", lookupWarnings);
  $("#borrowers-form").addEventListener("submit", (e) => { e.preventDefault(); loadBorrowers(); });
  $("#borrowers-more").addEventListener("click", () => loadBorrowers({ more: true }));
  $("#borrower-back").addEventListener("click", () => showPage("borrowers"));
  $("#borrower-report").addEventListener("click", openReport);
  $("#borrower-chat-form").addEventListener("submit", sendBorrowerChat);
  $("#borrower-doc-form").addEventListener("submit", fileBorrowerDocument);
  $("#borrower-chat-q").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) $("#borrower-chat-form").requestSubmit(); });
  $("#borrower-chat-log").addEventListener("click", (e) => {
    const a = e.target.closest("a.cite");
    if (!a) return;
    e.preventDefault();
    openEvidence(a.dataset.msg, a.dataset.n, a.closest(".msg")?.dataset.question || "");
  });
  if (state.key || state.tenant) {
    $("#signin-key").value = state.key; $("#signin-tenant").value = state.tenant;
    await trySignIn();
  } else showPage("signin");
});
