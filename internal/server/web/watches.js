// watches.js is the page's Watches panel: the alert watches of
// /api/watches and their recent matches. The API wants the server's token:
// the panel takes the one the analyst signed in with to review (app.js's
// reviewer, kept for this tab only).

import { $, h, countryName, reviewer } from './app.js';

const REFRESH_MS = 10000;

// criteria sums a watch's rule up in words, as `sitrep alerts list` does.
function criteria(w) {
  const parts = [];
  if (w.countries) parts.push(w.countries.map(countryName).join(', '));
  if (w.admin1) parts.push(w.admin1.join(', '));
  if (w.near) parts.push(`within ${w.near.km} km of ${w.near.lat}, ${w.near.lon}`);
  if (w.geometry) parts.push(`in a drawn ${w.geometry.type === 'MultiPolygon' ? 'area' : 'polygon'}`);
  if (w.types) parts.push(w.types.map((t) => t.replaceAll('_', ' ')).join(', '));
  if (w.actors) parts.push(`by ${w.actors.join(', ')}`);
  if (w.min_killed) parts.push(`${w.min_killed}+ killed`);
  return parts.join(' · ');
}

// summary is what a list shows of a matched incident; a removed one has
// no record, and is named by what an earlier match of it said.
function summary(m) {
  return [m.date, m.type && m.type.replaceAll('_', ' '), m.place, m.killed != null ? `${m.killed} killed` : null]
    .filter(Boolean).join(' · ');
}

function match(m, known) {
  const what = summary(m) || known.get(m.incident) || m.incident;
  const title = m.status === 'failed' && m.last_error ? `failed: ${m.last_error}`
    : m.status === 'pending' && m.attempts ? `retrying (${m.attempts} attempt${m.attempts === 1 ? '' : 's'}): ${m.last_error || ''}`
    : m.status;
  return h('li', { class: 'watch-match', dataset: { event: m.event } },
    h('span', null,
      m.event === 'unmatch' ? h('span', { class: 'muted' }, 'no longer matches: ') : null,
      h('a', { href: `?incident=${encodeURIComponent(m.incident)}` }, what)),
    h('span', { class: 'delivery', dataset: { status: m.status }, title }, m.status));
}

function render(watches) {
  const list = $('#watches');
  const known = new Map();
  for (const w of watches) {
    for (const m of w.recent) if (summary(m)) known.set(m.incident, summary(m));
  }
  list.replaceChildren(...watches.map((w) => h('li', { class: 'watch', dataset: { id: String(w.id) } },
    h('div', { class: 'watch-name' }, w.name),
    h('div', { class: 'watch-rule muted' }, criteria(w)),
    w.recent.length
      ? h('ol', { class: 'watch-matches' }, w.recent.map((m) => match(m, known)))
      : h('p', { class: 'muted watch-none' }, 'No matches yet.'))));
  if (!watches.length) {
    list.append(h('li', { class: 'muted' }, 'No watches. Add one with sitrep alerts add or POST /api/watches.'));
  }
}

function token() {
  const r = reviewer();
  return r ? r.token : '';
}

function signedOut(message) {
  $('#watches-note').textContent = message;
  $('#watches').replaceChildren();
}

let timer = null;

// refresh shows the watches, and again every REFRESH_MS while signed in.
async function refresh() {
  clearTimeout(timer);
  const t = token();
  if (!t) {
    signedOut('Sign in to review (top right) with the server’s token to see the watches and what they matched.');
    return;
  }
  let res;
  try {
    res = await fetch('api/watches', { headers: { Accept: 'application/json', Authorization: `Bearer ${t}` } });
  } catch {
    $('#watches-note').textContent = 'Could not reach the server.';
    timer = setTimeout(refresh, REFRESH_MS);
    return;
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    signedOut(body && body.error ? body.error : `${res.status} ${res.statusText}`);
    return;
  }
  $('#watches-note').textContent = '';
  render(body.watches || []);
  timer = setTimeout(refresh, REFRESH_MS);
}

// Signing in or out happens in app.js, in this tab: no storage event
// tells of it, so the panel looks again once the form is handled.
for (const sel of ['#review-login', '#review-logout']) {
  const el = $(sel);
  if (el) el.addEventListener(sel === '#review-login' ? 'submit' : 'click', () => setTimeout(refresh, 0));
}

refresh();
