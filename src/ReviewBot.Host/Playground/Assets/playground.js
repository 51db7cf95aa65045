// The playground page: lists the playground's people, sends turns to /playground/turn and renders the
// engine's neutral replies as HTML. Plain DOM and textContent only, so nothing the bot or a person
// writes is ever parsed as HTML. Each person's chat is kept in localStorage, so switching people or
// reloading the page keeps it.
"use strict";

const BotName = "ReviewBot";
const PollEvery = 5000;
const KeptPerPerson = 200; // entries; older ones drop off so localStorage stays small
const StoragePrefix = "reviewbot.playground";
const English = "en-US";

const state = {
  people: [],
  speaker: null,
  chats: new Map(), // person key -> { entries, nodes }: what was said, and its rendered nodes, in the same order
  channel: new Map(), // person key -> { signature, seen } of the team channel view
  pointerChoice: false, // whether the person list was last changed with a pointer (then focus goes to the message box)
  workspace: "", // the name the people list was given under
  text: {}, // language name -> key -> the page's sentence, from /playground/text
  language: English, // the page's language: the chosen person's, or the one picked with the switch
  nextId: 1,
};

const $ = (id) => document.getElementById(id);

// ---- the page's own words, in its language ----------------------------------------------------

/** The page's sentence `key` in its language, with {0}, {1}… filled in. */
function t(key, ...values) {
  const sentence = state.text[state.language]?.[key] ?? state.text[English]?.[key] ?? key;
  return sentence.replace(/\{(\d+)\}/g, (whole, index) => String(values[Number(index)] ?? whole));
}

/** The same with nodes (a <kbd>) in the placeholders: the sentence's word order stays the language's own. */
function tNodes(key, ...nodes) {
  const sentence = state.text[state.language]?.[key] ?? state.text[English]?.[key] ?? key;
  return sentence.split(/(\{\d+\})/).filter(Boolean).map((part) => {
    const placeholder = /^\{(\d+)\}$/.exec(part);
    return placeholder ? nodes[Number(placeholder[1])] : part;
  });
}

/** The page's language for a person's locale, the way the bot picks theirs: zh-CN and zh-SG read Chinese. */
function languageOf(locale) {
  return /^zh-(CN|SG|Hans)\b/i.test(locale ?? "") ? "zh-CN" : English;
}

async function loadText() {
  try {
    state.text = await api("/playground/text");
  } catch {
    state.text = {}; // the page's English stays as written
  }
  const kept = stored(`${StoragePrefix}:language`);
  if (kept && state.text[kept]) state.language = kept;
  applyText();
  $("people-status").textContent = t("Loading");
}

/** Writes the page's fixed words in its language; what the page builds itself is built again by the caller. */
function applyText() {
  if (!state.text[state.language]) return;
  document.documentElement.lang = state.language;
  document.title = t("PageTitle");
  for (const node of document.querySelectorAll("[data-text]")) node.textContent = t(node.dataset.text);
  for (const node of document.querySelectorAll("[data-label]")) node.setAttribute("aria-label", t(node.dataset.label));
  for (const node of document.querySelectorAll("[data-placeholder]")) node.placeholder = t(node.dataset.placeholder);
  for (const node of document.querySelectorAll("[data-template]")) {
    node.replaceChildren(...tNodes(node.dataset.template, ...node.dataset.args.split(",").map((key) => el("kbd", { text: t(key) }))));
  }
  for (const node of document.querySelectorAll("[data-say-key]")) {
    node.dataset.say = t(node.dataset.sayKey);
    node.textContent = node.dataset.say;
  }
  for (const button of document.querySelectorAll("[data-language]")) {
    button.setAttribute("aria-pressed", String(button.dataset.language === state.language));
  }
  if (!state.speaker) {
    $("chat-title").textContent = t("Chat");
    $("channel-title").textContent = t("TeamChannel");
  }
}

/** Switches the page's language and builds again what the page wrote itself: people, titles, the chat's notes. */
function setLanguage(language) {
  if (language === state.language || !state.text[language]) return;
  state.language = language;
  remember(`${StoragePrefix}:language`, language);
  applyText();
  if (state.people.length || !$("load-demo").hidden) showPeople({ people: state.people, workspace: state.workspace });
  if (state.speaker) {
    state.chats.clear();
    $("log").replaceChildren(...chatOf(state.speaker).nodes);
    showChatTitle(state.speaker);
    // Drawn again in the new language; what was already read stays read.
    const view = state.channel.get(keyOf(state.speaker));
    if (view) view.signature = null;
    checkChannel();
  }
}

function roleOf(person) {
  return person.role === "manager" ? t("RoleManager") : t("RoleMember");
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function uid(prefix) {
  return `${prefix}-${state.nextId++}`;
}

function submissionId() {
  // randomUUID needs a secure context; http://localhost is one, a LAN address is not.
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

async function api(path, body) {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(data?.detail ?? t("HostAnswered", response.status));
  }
  return data;
}

// ---- people ---------------------------------------------------------------------------------

async function loadPeople() {
  try {
    showPeople(await api("/playground/people"));
  } catch (error) {
    $("people-status").textContent = t("CouldNotListPeople", error.message);
    return;
  }
  const last = stored(`${StoragePrefix}:speaker`);
  const person = state.people.find((p) => keyOf(p) === last);
  // Back after a reload: the language stays what it was, switched or not.
  if (person && !state.speaker) choose(person, { focusMessageBox: false, keepLanguage: true });
}

function showPeople(data) {
  state.people = data.people;
  state.workspace = data.workspace;
  const list = $("people-list");
  // Built again when the language changes, maybe while a radio has focus: it keeps it.
  const focused = document.activeElement?.matches("#people-list input") ? document.activeElement.value : null;
  list.replaceChildren();
  const empty = data.people.length === 0;
  const severalWorkspaces = new Set(data.people.map((p) => p.workspaceId)).size > 1;
  $("load-demo").hidden = !empty;
  $("people-choice").hidden = empty;
  $("people-status").textContent = empty ? t("NobodyYet") : t("ChooseWhoYouAreIn", data.workspace);
  const select = $("speak-as");
  select.replaceChildren(el("option", { value: "", text: empty ? t("LoadTheDemoTeamFirst") : t("ChooseWhoYouAre") }));
  select.disabled = empty;
  for (const person of data.people) {
    const id = `person-${person.id}`;
    const meta = `${roleOf(person)} · ${person.market} · ${person.team}${severalWorkspaces ? ` · ${person.workspace}` : ""}`;
    list.append(el("label", { class: "person", for: id },
      el("input", { type: "radio", name: "person", id, value: keyOf(person), checked: state.speaker?.id === person.id }),
      el("span", {},
        el("span", { class: "name", text: person.name }),
        el("span", { class: "meta", text: meta }))));
    select.append(el("option", { value: keyOf(person), text: t("PersonOption", person.name, roleOf(person), person.team), selected: state.speaker?.id === person.id }));
  }
  if (focused) list.querySelector(`input[value="${CSS.escape(focused)}"]`)?.focus();
}

function personByKey(key) {
  return state.people.find((p) => keyOf(p) === key) ?? null;
}

async function loadDemo() {
  const button = $("load-demo");
  button.disabled = true;
  $("people-status").textContent = t("LoadingTheDemoTeam");
  try {
    showPeople(await api("/playground/demo", {}));
  } catch (error) {
    $("people-status").textContent = t("CouldNotLoadTheDemo", error.message);
  } finally {
    button.disabled = false;
  }
}

/**
 * Speaks as `person` from now on; their chat comes back as it was. The page then reads in their language,
 * as the bot writes to them in it, unless `keepLanguage` (a reload, where the switch's choice stands).
 */
function choose(person, { focusMessageBox, keepLanguage = false }) {
  state.speaker = person;
  remember(`${StoragePrefix}:speaker`, keyOf(person));
  const language = languageOf(person.locale);
  if (!keepLanguage && language !== state.language && state.text[language]) {
    state.language = language;
    remember(`${StoragePrefix}:language`, language);
    applyText();
    state.chats.clear();
    showPeople({ people: state.people, workspace: state.workspace });
  }
  $("log").replaceChildren(...chatOf(person).nodes);
  showChatTitle(person);
  $("say").disabled = false;
  $("send").disabled = false;
  const radio = document.querySelector(`#people-list input[value="${CSS.escape(keyOf(person))}"]`);
  if (radio) radio.checked = true;
  $("speak-as").value = keyOf(person);
  if (focusMessageBox) $("say").focus();
  $("log").lastElementChild?.scrollIntoView({ block: "nearest" });
  showChannel(null);
  checkInbox();
  checkChannel();
}

function showChatTitle(person) {
  $("chat-title").textContent = t("ChatWith", BotName, person.name, roleOf(person));
}

function nameOf(memberId) {
  return state.people.find((p) => p.id === memberId)?.name ?? t("ATeamMember");
}

// ---- each person's chat, kept across switches and reloads ----------------------------------

/** Ids are unique per workspace, so the workspace is part of the key. */
function keyOf(person) {
  return `${person.workspaceId}:${person.id}`;
}

function isSpeaking(person) {
  return state.speaker !== null && keyOf(state.speaker) === keyOf(person);
}

function stored(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage off (a private window's setting): the chat is kept for this page only
  }
}

function remember(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // full or off: keep going with what is on the page
  }
}

function chatOf(person) {
  const key = keyOf(person);
  if (!state.chats.has(key)) {
    let entries = [];
    try {
      entries = JSON.parse(stored(`${StoragePrefix}:chat:${key}`) ?? "[]");
    } catch {
      entries = []; // written by an older page: start afresh rather than fail
    }
    if (!Array.isArray(entries)) entries = [];
    const chat = { entries: [], nodes: [] };
    for (const entry of entries) {
      try {
        chat.nodes.push(renderEntry(entry, person));
        chat.entries.push(entry);
      } catch {
        // an entry this page cannot show any more (an older shape): leave it out rather than lose the chat
      }
    }
    state.chats.set(key, chat);
  }
  return state.chats.get(key);
}

function save(person) {
  const chat = chatOf(person);
  if (chat.entries.length > KeptPerPerson) {
    const dropped = chat.entries.length - KeptPerPerson;
    chat.entries.splice(0, dropped);
    for (const node of chat.nodes.splice(0, dropped)) node.remove();
  }
  remember(`${StoragePrefix}:chat:${keyOf(person)}`, JSON.stringify(chat.entries));
}

/** Adds to a person's chat, and to the page if they are the one speaking. */
function append(person, entry) {
  const chat = chatOf(person);
  const node = renderEntry(entry, person);
  chat.entries.push(entry);
  chat.nodes.push(node);
  save(person);
  if (isSpeaking(person)) {
    $("log").append(node);
    node.scrollIntoView({ block: "nearest" });
  }
  return node;
}

/** Puts `entry` where `old` was in the person's chat; false when `old` is gone. */
function replace(person, old, entry) {
  const chat = chatOf(person);
  const index = chat.nodes.indexOf(old);
  if (index < 0) return null;
  const node = renderEntry(entry, person);
  chat.entries[index] = entry;
  chat.nodes[index] = node;
  save(person);
  old.replaceWith(node);
  return node;
}

function renderEntry(entry, person) {
  if (entry.kind === "said") {
    return el("li", { class: "said" },
      el("span", { class: "who" }, t("Wrote", person.name), timeOf(entry.at)),
      entry.text);
  }
  if (entry.kind === "problem") return el("li", { class: "problem", role: "alert", text: entry.text });
  // A direct message someone's turn sent (a proposal's notice to the manager) names them; the rest the scheduler sent.
  const note = entry.delivered ? (entry.sentAfter ? t("SentAfterTurnOf", entry.sentAfter) : t("SentByTheScheduler")) : null;
  return render(entry.reply, entry.at, note);
}

// ---- turns ----------------------------------------------------------------------------------

function said(text) {
  append(state.speaker, { kind: "said", text, at: new Date().toISOString() });
}

function problem(person, message) {
  append(person, { kind: "problem", text: message, at: new Date().toISOString() });
}

/** Sends a turn; the replies go after the chat's end, or in place of `source` where the engine says so. */
async function send(turn, source) {
  const speaker = state.speaker;
  let data;
  try {
    data = await api("/playground/turn", { memberId: speaker.id, submissionId: submissionId(), ...turn });
  } catch (error) {
    problem(speaker, error.message);
    return;
  }

  let focusTarget = null;
  let posted = false;
  for (const reply of data.replies) {
    const entry = { kind: "bot", reply, at: data.sentAt };
    posted ||= reply.audience === "channel";
    // An answer to a form replaces it: the confirmation (ReplaceSource) or the same form with its errors.
    const replaces = source && (reply.placement === "replaceSource" || (reply.kind === "form" && turn.kind === "form" && reply.formId === turn.formId));
    const node = replaces ? replace(speaker, source, entry) : null;
    if (node) {
      source = null;
      focusTarget = node.querySelector("[aria-invalid='true']");
    } else {
      append(speaker, entry);
    }
  }

  if (!isSpeaking(speaker)) return; // the person was switched while waiting: leave focus where it is
  if (focusTarget) focusTarget.focus();
  else if (focusIsFree()) $("say").focus();
  if (posted) checkChannel();
}

/**
 * Whether focus may go back to the message box after an answer: yes unless the person has since moved
 * into a field of a form in the chat (or elsewhere on the page) to type.
 */
function focusIsFree() {
  const active = document.activeElement;
  if (!active || active === document.body || active === $("say")) return true;
  if (!active.isConnected) return true;
  if (active.matches("[data-say], #log button")) return true;
  return !active.matches("input, select, textarea");
}

async function sendText(text) {
  text = text.trim();
  if (!text || !state.speaker) return;
  said(text);
  const kind = /^\/?review\b/i.test(text) ? "command" : "text";
  await send({ kind, text });
}

// ---- what the scheduler sent ---------------------------------------------------------------

/**
 * Shows prompts and reminders the scheduler sent; a rewritten one (a reminder) replaces its original.
 * An item is known by its id and time, as ids start again when the host restarts.
 */
async function checkInbox() {
  const speaker = state.speaker;
  if (!speaker) return;
  let data;
  try {
    data = await api(`/playground/inbox?memberId=${encodeURIComponent(speaker.id)}`);
  } catch {
    return; // the next poll tries again
  }
  const chat = chatOf(speaker);
  for (const item of data.items) {
    const delivered = `${item.id}@${item.sentAt}`;
    const index = chat.entries.findIndex((e) => e.delivered === delivered);
    if (index >= 0 && chat.entries[index].version === item.version) continue;
    const entry = { kind: "bot", reply: item.message, at: item.sentAt, delivered, version: item.version, sentAfter: item.postedBy };
    if (index >= 0) replace(speaker, chat.nodes[index], entry);
    else append(speaker, entry);
  }
}

// ---- the team channel --------------------------------------------------------------------------

/** Fetches the speaker's team channel; shows it when it changed, and counts what is new while the chat is open. */
async function checkChannel() {
  const speaker = state.speaker;
  if (!speaker) return;
  let data;
  try {
    data = await api(`/playground/channel?memberId=${encodeURIComponent(speaker.id)}`);
  } catch {
    return;
  }
  if (!isSpeaking(speaker)) return;
  showChannel(data);
}

function showChannel(data) {
  const log = $("channel-log");
  const badge = $("channel-new");
  if (!data) {
    log.replaceChildren();
    badge.hidden = true;
    return;
  }
  const key = keyOf(state.speaker);
  const view = state.channel.get(key) ?? { signature: null, seen: 0 };
  state.channel.set(key, view);
  const signature = data.posts.map((p) => `${p.id}.${p.version}`).join(",");
  $("channel-title").textContent = t("TeamChannelOf", data.channel, data.team);
  if (signature !== view.signature || log.childElementCount !== data.posts.length) {
    view.signature = signature;
    log.replaceChildren(...data.posts.map((post) =>
      render(post.message, post.sentAt, post.postedBy ? t("PostedAtRequest", post.postedBy) : t("PostedByItself"), { inChannel: true })));
    log.lastElementChild?.scrollIntoView({ block: "nearest" });
  }
  if (!$("panel-channel").hidden) view.seen = data.posts.length;
  const unread = data.posts.length - view.seen;
  badge.hidden = unread <= 0;
  badge.textContent = unread > 0 ? t("NewPosts", unread) : "";
}

// ---- tabs: chat and team channel ------------------------------------------------------------

function tabs() {
  return [...document.querySelectorAll("[role=tab]")];
}

function selectTab(tab, { focus }) {
  for (const other of tabs()) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute("aria-controls")).hidden = !selected;
  }
  if (focus) tab.focus();
  if (tab.id === "tab-channel") {
    const key = state.speaker && keyOf(state.speaker);
    const view = key && state.channel.get(key);
    if (view) view.seen = $("channel-log").childElementCount;
    $("channel-new").hidden = true;
    checkChannel();
  }
}

/** Arrow keys, Home and End move between the tabs, as in every tab list. */
function onTabKey(event) {
  const all = tabs();
  const index = all.indexOf(event.currentTarget);
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  selectTab(all[(next + all.length) % all.length], { focus: true });
}

// ---- rendering the neutral replies ----------------------------------------------------------

/**
 * A bot message as a list item: "ReviewBot", when it was sent and how, then the message or form.
 * In the team channel view (`inChannel`) where it went goes without saying.
 */
function render(reply, at, note, { inChannel = false } = {}) {
  const item = el("li", { class: "bot" });
  const body = reply.kind === "form" ? renderForm(reply) : renderMessage(reply, { inChannel });
  body.prepend(byline(reply, at, note, inChannel));
  item.append(body);
  return item;
}

function byline(reply, at, note, inChannel) {
  const how = [note, inChannel ? null : audience(reply)].filter(Boolean).join(" · ");
  return el("p", { class: "byline" },
    el("span", { class: "bot-name", text: BotName }),
    " · ", timeOf(at),
    how ? el("span", { class: "audience", text: how }) : null);
}

/** A <time> in the reader's own time zone: the time alone today, with the day otherwise. */
function timeOf(at) {
  const when = at ? new Date(at) : new Date();
  const today = when.toDateString() === new Date().toDateString();
  const text = today
    ? when.toLocaleTimeString(state.language, { hour: "2-digit", minute: "2-digit" })
    : when.toLocaleString(state.language, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
  return el("time", { datetime: when.toISOString(), title: when.toLocaleString(state.language), text });
}

function audience(reply) {
  // In the recipient's own chat (a notice from someone's turn) it is simply a message to them.
  if (reply.toMemberId && reply.toMemberId !== state.speaker?.id) return t("DirectMessageTo", nameOf(reply.toMemberId));
  if (reply.audience === "channel") return t("PostedToTheTeamChannel");
  return null;
}

/** Only web addresses open from a message: never javascript: or data: from a reply. */
function safeUrl(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function renderMessage(reply, { inChannel }) {
  const headingId = uid("reply");
  const article = el("article", { class: "reply", "aria-labelledby": headingId },
    el("h3", { id: headingId, tabindex: "-1", text: reply.headline }));
  for (const section of reply.sections ?? []) {
    const part = el("section", {});
    if (section.title) part.append(el("h4", { text: section.title }));
    if (section.text) part.append(el("p", { class: "text", text: section.text }));
    if (section.facts?.length) {
      part.append(el("dl", { class: "facts" }, section.facts.map((fact) => [el("dt", { text: fact.label }), el("dd", { text: fact.value })])));
    }
    article.append(part);
  }
  for (const image of reply.images ?? []) {
    // A chart the bot sends as a file comes inlined as a PNG or JPEG data URL; nothing else but http(s).
    const src = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/.test(image.url ?? "") ? image.url : safeUrl(image.url);
    if (src) article.append(el("img", { class: "picture", src, alt: image.altText ?? "", loading: "lazy", decoding: "async" }));
  }
  // A file the bot sends only as a file (an exported team file) comes as a download holding it, named by its label.
  const fileDownload = (link) => link.kind === "download" && /^data:(application\/yaml|text\/plain|text\/csv);charset=utf-8;base64,[A-Za-z0-9+/=]+$/.test(link.url ?? "");
  const links = (reply.links ?? []).filter((link) => fileDownload(link) || safeUrl(link.url));
  if (links.length) {
    article.append(el("div", { class: "links" }, links.map((link) => fileDownload(link)
      ? el("a", { class: "link-button download", href: link.url, download: link.label, text: link.label })
      : link.kind === "download"
        ? el("a", { class: "link-button download", href: safeUrl(link.url), download: "", text: link.label })
        : el("a", { class: "link-button", href: safeUrl(link.url), target: "_blank", rel: "noopener", text: link.label }))));
  }
  for (const line of reply.context ?? []) article.append(el("p", { class: "context", text: line }));
  if (reply.audience === "channel" && !inChannel) {
    article.append(el("div", { class: "buttons" }, el("button", {
      type: "button",
      class: "link",
      text: t("OpenTheTeamChannel"),
      onclick: () => selectTab($("tab-channel"), { focus: true }),
    })));
  }
  if (reply.buttons?.length) {
    article.append(el("div", { class: "buttons" }, reply.buttons.map((button) =>
      el("button", {
        type: "button",
        class: button.style === "primary" ? "primary" : button.style === "danger" ? "danger" : null,
        text: button.label,
        onclick: (event) => {
          said(t("Pressed", button.label));
          send({ kind: "button", actionId: button.actionId, value: button.value }, event.target.closest("li"));
        },
      }))));
  }
  return article;
}

function renderForm(reply) {
  const headingId = uid("form");
  const form = el("form", { class: "reply bot-form", "aria-labelledby": headingId, novalidate: true },
    el("h3", { id: headingId, tabindex: "-1", text: reply.title }));
  if (reply.intro) form.append(el("p", { class: "intro", text: reply.intro }));
  if (reply.error) form.append(el("p", { class: "form-error", role: "alert", text: reply.error }));

  let group = null;
  let groupName = Symbol("none");
  for (const field of reply.fields) {
    if (field.group !== groupName) {
      groupName = field.group;
      group = field.group ? el("div", { class: "group" }) : form;
      if (group !== form) form.append(group);
    }
    group.append(renderField(field));
  }

  form.append(el("div", { class: "actions" }, el("button", { type: "submit", class: "primary", text: reply.submitLabel })));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = {};
    for (const field of reply.fields) {
      const input = form.elements.namedItem(field.id);
      if (input) values[field.id] = input.value;
    }
    form.querySelector("button[type=submit]").disabled = true;
    said(t("Submitted", reply.title));
    send({ kind: "form", formId: reply.formId, values }, form.closest("li"));
  });
  return form;
}

function renderField(field) {
  const id = uid("field");
  const described = [];
  const wrapper = el("div", { class: "field" });
  wrapper.append(el("label", { for: id }, field.label, field.required ? el("span", { class: "required", text: t("Required") }) : null));

  const common = { id, name: field.id, "aria-invalid": field.error ? "true" : null, required: field.required };
  let control;
  if (field.kind === "choice") {
    control = el("select", common,
      field.required && field.value ? null : el("option", { value: "", text: t("Choose") }),
      (field.choices ?? []).map((choice) => el("option", { value: choice.value, text: choice.label, selected: choice.value === field.value })));
  } else if (field.kind === "multilineText") {
    control = el("textarea", { ...common, rows: 3 });
    control.value = field.value ?? "";
  } else {
    control = el("input", { ...common, type: "text", value: field.value ?? "" });
  }

  const showsUnit = field.unit && (field.kind === "amount" || field.kind === "number");
  if (field.error) described.push(`${id}-error`);
  if (showsUnit) described.push(`${id}-unit`);
  if (field.hint) described.push(`${id}-hint`);
  if (described.length) control.setAttribute("aria-describedby", described.join(" "));

  if (showsUnit) {
    wrapper.append(el("div", { class: "with-unit" }, control, el("span", { class: "unit", id: `${id}-unit`, text: field.unit })));
  } else {
    wrapper.append(control);
  }
  if (field.error) wrapper.append(el("p", { class: "error", id: `${id}-error`, text: field.error }));
  if (field.hint) wrapper.append(el("p", { class: "hint", id: `${id}-hint`, text: field.hint }));
  return wrapper;
}

// ---- start ----------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  $("load-demo").addEventListener("click", loadDemo);
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const box = $("say");
    const text = box.value;
    box.value = "";
    sendText(text);
  });

  // A radio group: arrow keys move within the list and speak as the person they land on; only a
  // click (or Enter) sends focus on to the message box, so the list stays usable from the keyboard.
  const list = $("people-list");
  list.addEventListener("pointerdown", () => { state.pointerChoice = true; });
  list.addEventListener("change", (event) => {
    const person = personByKey(event.target.value);
    const byPointer = state.pointerChoice;
    state.pointerChoice = false;
    if (person) choose(person, { focusMessageBox: byPointer });
  });
  list.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !event.target.matches("input[type=radio]")) return;
    event.preventDefault();
    const person = personByKey(event.target.value);
    if (person && !isSpeaking(person)) choose(person, { focusMessageBox: true });
    else $("say").focus();
  });
  $("speak-as").addEventListener("change", (event) => {
    const person = personByKey(event.target.value);
    if (person) choose(person, { focusMessageBox: false });
  });

  for (const tab of tabs()) {
    tab.addEventListener("click", () => selectTab(tab, { focus: false }));
    tab.addEventListener("keydown", onTabKey);
  }
  for (const tip of document.querySelectorAll("[data-say]")) {
    tip.addEventListener("click", () => {
      if (!state.speaker) {
        $("people-status").textContent = t("ChooseWhoYouAreFirst");
        return;
      }
      selectTab($("tab-chat"), { focus: false });
      sendText(tip.dataset.say);
    });
  }
  for (const button of document.querySelectorAll("[data-language]")) {
    button.addEventListener("click", () => setLanguage(button.dataset.language));
  }
  loadText().then(loadPeople);
  setInterval(() => {
    checkInbox();
    checkChannel();
  }, PollEvery);
});
