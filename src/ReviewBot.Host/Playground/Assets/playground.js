// The playground page: lists the playground's people, sends turns to /playground/turn and renders the
// engine's neutral replies as HTML. Plain DOM and textContent only, so nothing the bot or a person
// writes is ever parsed as HTML.
"use strict";

const state = {
  people: [],
  speaker: null,
  logs: new Map(), // a chat log per person, so switching people keeps each conversation
  delivered: new Map(), // per person: inbox item id -> { version, node } of what the scheduler sent
  nextId: 1,
};

const $ = (id) => document.getElementById(id);

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

function deliveryId() {
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
    throw new Error(data?.detail ?? `The host answered ${response.status}.`);
  }
  return data;
}

// ---- people ---------------------------------------------------------------------------------

async function loadPeople() {
  try {
    showPeople(await api("/playground/people"));
  } catch (error) {
    $("people-status").textContent = `Could not list the people: ${error.message}`;
  }
}

function showPeople(data) {
  state.people = data.people;
  const list = $("people-list");
  list.replaceChildren();
  const empty = data.people.length === 0;
  $("load-demo").hidden = !empty;
  $("people-choice").hidden = empty;
  $("people-status").textContent = empty
    ? "Nobody is in the playground yet. Load the demo team: an export sales team with a manager and three salespeople, a finished quarter and this quarter so far."
    : `${data.workspace}: choose who you are.`;
  for (const person of data.people) {
    const id = `person-${person.id}`;
    list.append(el("label", { class: "person", for: id },
      el("input", { type: "radio", name: "person", id, value: person.id, checked: state.speaker?.id === person.id, onchange: () => choose(person) }),
      el("span", {},
        el("span", { class: "name", text: person.name }),
        el("span", { class: "meta", text: `${person.role} · ${person.market} · ${person.team}` }))));
  }
}

async function loadDemo() {
  const button = $("load-demo");
  button.disabled = true;
  $("people-status").textContent = "Loading the demo team…";
  try {
    showPeople(await api("/playground/demo", {}));
  } catch (error) {
    $("people-status").textContent = `Could not load the demo: ${error.message}`;
  } finally {
    button.disabled = false;
  }
}

function choose(person) {
  state.speaker = person;
  if (!state.logs.has(person.id)) state.logs.set(person.id, []);
  const log = $("log");
  log.replaceChildren(...state.logs.get(person.id));
  $("chat-title").textContent = `Chat with ReviewBot as ${person.name} (${person.role})`;
  $("say").disabled = false;
  $("send").disabled = false;
  $("say").focus();
  checkInbox();
}

function nameOf(memberId) {
  return state.people.find((p) => p.id === memberId)?.name ?? "a team member";
}

// ---- turns ----------------------------------------------------------------------------------

function append(item) {
  const log = $("log");
  state.logs.get(state.speaker.id).push(item);
  log.append(item);
  item.scrollIntoView({ block: "nearest" });
  return item;
}

function said(text) {
  append(el("li", { class: "said" }, el("span", { class: "who", text: `${state.speaker.name} wrote` }), text));
}

function problem(message) {
  append(el("li", { class: "problem", role: "alert", text: message }));
}

/** Sends a turn; the replies go after the log's end, or in place of `source` where the engine says so. */
async function send(turn, source) {
  const speaker = state.speaker;
  let data;
  try {
    data = await api("/playground/turn", { memberId: speaker.id, deliveryId: deliveryId(), ...turn });
  } catch (error) {
    problem(error.message);
    return;
  }

  if (state.speaker !== speaker) return; // the person was switched while waiting
  let focusTarget = null;
  for (const reply of data.replies) {
    const node = render(reply);
    // An answer to a form replaces it: the confirmation (ReplaceSource) or the same form with its errors.
    const replaces = source && source.isConnected
      && (reply.placement === "replaceSource" || (reply.kind === "form" && turn.kind === "form" && reply.formId === turn.formId));
    if (replaces) {
      const items = state.logs.get(speaker.id);
      items[items.indexOf(source)] = node;
      source.replaceWith(node);
      source = null;
      focusTarget = node.querySelector("[aria-invalid='true']") ?? node.querySelector("h3");
    } else {
      append(node);
    }
  }

  if (focusTarget) focusTarget.focus();
}

async function sendText(text) {
  text = text.trim();
  if (!text || !state.speaker) return;
  said(text);
  const kind = /^\/?review\b/i.test(text) ? "command" : "text";
  await send({ kind, text });
}

// ---- what the scheduler sent ---------------------------------------------------------------

/** Shows prompts, reminders and channel posts the scheduler sent; a rewritten one (a reminder) replaces its original. */
async function checkInbox() {
  const speaker = state.speaker;
  if (!speaker) return;
  let data;
  try {
    data = await api(`/playground/inbox?memberId=${encodeURIComponent(speaker.id)}`);
  } catch {
    return; // the next poll tries again
  }
  if (state.speaker !== speaker) return;
  if (!state.delivered.has(speaker.id)) state.delivered.set(speaker.id, new Map());
  const seen = state.delivered.get(speaker.id);
  for (const item of data.items) {
    const known = seen.get(item.id);
    if (known && known.version === item.version) continue;
    const node = render(item.message);
    node.classList.add("scheduled");
    node.prepend(el("p", { class: "audience", text: item.toChannel
      ? `Posted by itself to the team channel · ${new Date(item.sentAt).toLocaleString()}`
      : `Sent by the scheduler · ${new Date(item.sentAt).toLocaleString()}` }));
    if (known && known.node.isConnected) {
      const items = state.logs.get(speaker.id);
      items[items.indexOf(known.node)] = node;
      known.node.replaceWith(node);
    } else {
      append(node);
    }
    seen.set(item.id, { version: item.version, node });
  }
}

// ---- rendering the neutral replies ----------------------------------------------------------

function render(reply) {
  const item = el("li", { class: "bot" });
  item.append(reply.kind === "form" ? renderForm(reply) : renderMessage(reply));
  return item;
}

function audience(reply) {
  if (reply.toMemberId) return el("p", { class: "audience", text: `Direct message to ${nameOf(reply.toMemberId)}` });
  if (reply.audience === "channel") return el("p", { class: "audience", text: "Posted to the team channel" });
  return null;
}

function renderMessage(reply) {
  const headingId = uid("reply");
  const article = el("article", { class: "reply", "aria-labelledby": headingId },
    audience(reply),
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
  for (const line of reply.context ?? []) article.append(el("p", { class: "context", text: line }));
  if (reply.buttons?.length) {
    article.append(el("div", { class: "buttons" }, reply.buttons.map((button) =>
      el("button", {
        type: "button",
        class: button.style === "primary" ? "primary" : button.style === "danger" ? "danger" : null,
        text: button.label,
        onclick: (event) => {
          said(`(pressed “${button.label}”)`);
          send({ kind: "button", actionId: button.actionId, value: button.value }, event.target.closest("li"));
        },
      }))));
  }
  return article;
}

function renderForm(reply) {
  const headingId = uid("form");
  const form = el("form", { class: "reply bot-form", "aria-labelledby": headingId, novalidate: true },
    audience(reply),
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
    said(`(submitted “${reply.title}”)`);
    send({ kind: "form", formId: reply.formId, values }, form.closest("li"));
  });
  return form;
}

function renderField(field) {
  const id = uid("field");
  const described = [];
  const wrapper = el("div", { class: "field" });
  wrapper.append(el("label", { for: id }, field.label, field.required ? el("span", { class: "required", text: " (required)" }) : null));

  const common = { id, name: field.id, "aria-invalid": field.error ? "true" : null, required: field.required };
  let control;
  if (field.kind === "choice") {
    control = el("select", common,
      field.required && field.value ? null : el("option", { value: "", text: "Choose…" }),
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
  for (const tip of document.querySelectorAll("[data-say]")) {
    tip.addEventListener("click", () => {
      if (!state.speaker) {
        $("people-status").textContent = "Choose who you are first.";
        return;
      }
      sendText(tip.dataset.say);
    });
  }
  loadPeople();
  setInterval(checkInbox, 5000);
});
