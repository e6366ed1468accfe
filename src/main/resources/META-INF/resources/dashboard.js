'use strict';
// Nurse dashboard: the live queue, one case in detail, and the review actions.
// Plain JavaScript, no build step; everything is rendered with textContent (never innerHTML).

const LEVELS = {
  1: 'Ambulance now', 2: 'Emergency dept', 3: 'Within 24 h', 4: 'Routine', 5: 'Self-care'
};
const cases = new Map();
let selectedId = null;

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  Object.entries(props).forEach(([k, v]) => {
    if (k === 'class') node.className = v; else if (k === 'text') node.textContent = v; else node.setAttribute(k, v);
  });
  children.forEach((c) => node.append(c));
  return node;
};

function nurse() { return $('nurse').value.trim() || 'unidentified'; }

async function api(path, options = {}) {
  const headers = Object.assign({ 'X-Actor': nurse() }, options.body ? { 'Content-Type': 'application/json' } : {});
  const response = await fetch(path, Object.assign({ credentials: 'same-origin' }, options, { headers }));
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (response.status === 401) signedOut();
  if (!response.ok) throw new Error((body && (body.detail || body.title)) || ('HTTP ' + response.status));
  return body;
}

// With sign-in, the nurse's name comes from her account; without it (dev), from the name field.
function signedIn(me) {
  if (me.signInDisabled) return;
  $('nurse-label').hidden = true;
  $('signed-in').hidden = false;
  $('signed-in').textContent = me.name;
  $('sign-out').hidden = false;
}

function signedOut() {
  $('nurse-label').hidden = true;
  $('sign-in').hidden = false;
  $('connection').textContent = 'Sign in to see the queue';
}

function order(a, b) {
  return a.triage.level - b.triage.level || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

function waiting(createdAt) {
  const s = Math.max(0, Math.floor((Date.now() - Date.parse(createdAt)) / 1000));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return (h ? h + 'h ' : '') + String(m).padStart(h ? 2 : 1, '0') + 'm ' + String(sec).padStart(2, '0') + 's';
}

function levelBadge(level) {
  return el('span', { class: 'badge l' + level, text: level + ' ' + LEVELS[level] });
}

function describePatient(c) {
  const p = c.intake.patient;
  return p.age.value + ' ' + p.age.unit + (p.sex ? ', ' + p.sex : '') + (p.pregnant ? ', pregnant' : '');
}

function renderQueue() {
  const list = $('queue');
  const open = [...cases.values()].filter((c) => c.status !== 'resolved').sort(order);
  list.replaceChildren(...open.map((c) => {
    const item = el('li', {
      class: 'case l' + c.triage.level, tabindex: '0', role: 'button', 'data-id': c.id,
      'aria-selected': String(c.id === selectedId),
      'aria-label': 'Level ' + c.triage.level + ' ' + LEVELS[c.triage.level] + ', ' + describePatient(c)
    },
    levelBadge(c.triage.level),
    el('span', { class: 'patient', text: describePatient(c) + ' · ' + c.status.replace('_', ' ') }),
    el('span', { class: 'wait', 'data-since': c.createdAt, text: waiting(c.createdAt) }),
    el('span', { class: 'complaint', text: c.intake.complaint.slice(0, 160) }),
    el('span', { class: 'meta' },
      ...c.redFlags.map((f) => el('span', { class: 'flag-chip', title: f.description, text: f.code.replaceAll('_', ' ') })),
      c.news2 ? el('span', { text: ' NEWS2 ' + c.news2.score + ' (' + c.news2.risk.replace('_', '-') + ')' }) : '',
      c.model.degraded ? el('span', { class: 'cannot-miss', text: ' · model degraded' }) : ''));
    item.addEventListener('click', () => select(c.id));
    item.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(c.id); } });
    return item;
  }));
  $('count').textContent = '(' + open.length + ')';
}

async function select(id) {
  selectedId = id;
  renderQueue();
  try {
    const c = await api('/api/v1/cases/' + id);
    cases.set(id, c);
    renderDetail(c);
    renderAudit(await api('/api/v1/cases/' + id + '/audit'));
  } catch (e) {
    $('action-error').textContent = e.message;
  }
}

function renderDetail(c) {
  $('detail').hidden = false;
  $('detail-title').replaceChildren('Case ', levelBadge(c.triage.level), ' ' + c.status.replace('_', ' '));
  $('degraded').hidden = !c.model.degraded;
  const v = c.intake.vitals || {};
  $('case-summary').replaceChildren(
    el('p', { text: describePatient(c) + ' · waiting since ' + new Date(c.createdAt).toLocaleTimeString() }),
    el('p', { class: 'complaint', text: 'Complaint: ' + c.intake.complaint }),
    el('p', { text: 'Level set by ' + c.triage.source + '; rules required at least level ' + c.rulesFloor
        + '. Model ' + c.model.name + (c.model.degraded ? ' — DEGRADED (' + c.model.degradedReason + ')' : ' answered in ' + c.model.latencyMs + ' ms') }),
    el('p', { text: 'Advice given: ' + c.advice }));
  $('flags').replaceChildren(...(c.redFlags.length ? c.redFlags.map((f) => el('li', {},
    levelBadge(f.level), ' ', el('strong', { text: f.code.replaceAll('_', ' ') }), ': ' + f.description,
    el('small', { text: ' (from: ' + f.trigger + ')' }))) : [el('li', { text: 'None' })]));
  const vitals = Object.entries(v).filter(([, value]) => value !== null).map(([k, value]) => k + ' ' + value).join(', ');
  const news2 = c.news2
    ? el('table', { class: 'news2' }, el('caption', { text: 'NEWS2 ' + c.news2.score + ' (' + c.news2.risk + '), SpO2 scale ' + c.news2.spo2Scale }),
      ...c.news2.parameters.map((p) => el('tr', {}, el('th', { text: p.name }), el('td', { text: p.value }), el('td', { text: p.points + ' pt' }))))
    : el('p', { text: 'NEWS2 not scored (vitals incomplete, under 16, or pregnant).' });
  $('news2').replaceChildren(el('p', { text: vitals ? 'Vitals: ' + vitals : 'No vitals given.' }), news2);
  $('differentials').replaceChildren(...c.differentials.map((d) => el('li', {},
    el('strong', { text: d.condition }), ' ' + (d.icd10 || '') + ' · ' + Math.round(d.likelihood * 100) + ' % ',
    d.cannotMiss ? el('span', { class: 'cannot-miss', text: '⚠ cannot miss' }) : '', el('br'), d.rationale)));
  $('claim').disabled = c.status !== 'open';
  $('override').querySelector('button').disabled = c.status === 'resolved';
  $('resolve').querySelector('button').disabled = c.status !== 'in_review';
}

function renderAudit(entries) {
  $('audit').replaceChildren(...entries.map((a) => el('li', {
    text: new Date(a.at).toLocaleString() + ' — ' + a.actor + ' ' + a.action
      + (a.details.levelBefore !== undefined && a.details.levelBefore !== a.details.levelAfter
        ? ' (level ' + a.details.levelBefore + ' → ' + a.details.levelAfter + ')' : '')
      + (a.details.reason ? ': ' + a.details.reason : '')
  })));
}

async function act(path, body) {
  $('action-error').textContent = '';
  try {
    const c = await api(path, { method: 'POST', body: body ? JSON.stringify(body) : undefined });
    cases.set(c.id, c);
    renderQueue();
    renderDetail(c);
    renderAudit(await api('/api/v1/cases/' + c.id + '/audit'));
  } catch (e) {
    $('action-error').textContent = e.message;
  }
}

function announce(c) {
  $('announcer').textContent = 'New emergency: level ' + c.triage.level + ' ' + LEVELS[c.triage.level] + ' — '
    + describePatient(c) + (c.redFlags[0] ? ' — ' + c.redFlags[0].code.replaceAll('_', ' ') : '');
}

function upsert(c) {
  const isNew = !cases.has(c.id);
  cases.set(c.id, c);
  if (isNew && c.status === 'open' && c.triage.level <= 2) announce(c);
  renderQueue();
  if (c.id === selectedId) renderDetail(c);
}

// An erased case (retention or a patient's erasure request) leaves the queue and the case view.
function erase(id) {
  cases.delete(id);
  if (id === selectedId) {
    selectedId = null;
    $('detail').hidden = true;
  }
  renderQueue();
}

async function loadQueue() {
  let cursor = null;
  do {
    const page = await api('/api/v1/cases?limit=200' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    page.items.forEach((c) => cases.set(c.id, c));
    cursor = page.next;
  } while (cursor);
  renderQueue();
}

function listen() {
  const source = new EventSource('/api/v1/cases/events');
  source.addEventListener('open', () => { $('connection').textContent = 'Live'; });
  source.addEventListener('error', () => { $('connection').textContent = 'Reconnecting…'; });
  source.addEventListener('case', (e) => upsert(JSON.parse(e.data)));
  source.addEventListener('erased', (e) => erase(JSON.parse(e.data).id));
}

document.addEventListener('DOMContentLoaded', () => {
  $('nurse').value = localStorage.getItem('nurse') || '';
  $('nurse').addEventListener('change', () => localStorage.setItem('nurse', $('nurse').value.trim()));
  $('claim').addEventListener('click', () => act('/api/v1/cases/' + selectedId + '/claim'));
  $('override').addEventListener('submit', (e) => {
    e.preventDefault();
    act('/api/v1/cases/' + selectedId + '/override', { level: Number($('override-level').value), reason: $('override-reason').value });
  });
  $('resolve').addEventListener('submit', (e) => {
    e.preventDefault();
    act('/api/v1/cases/' + selectedId + '/resolve', { disposition: $('resolve-disposition').value, note: $('resolve-note').value || null });
  });
  setInterval(() => document.querySelectorAll('.wait').forEach((w) => { w.textContent = waiting(w.dataset.since); }), 1000);
  api('/api/v1/me').then((me) => {
    signedIn(me);
    listen();
    return loadQueue();
  }).catch((e) => { if ($('sign-in').hidden) $('connection').textContent = 'Cannot load the queue: ' + e.message; });
});
