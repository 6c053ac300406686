// watches.js is the page's Watches panel: the alert watches of
// /api/watches and their recent matches. The API wants the server's token;
// the panel asks for it once and keeps it for the tab (sessionStorage), so
// that it never outlives the session or reaches another origin.

const TOKEN_KEY = 'sitrep.token';
const REFRESH_MS = 10000;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

const $ = (sel) => document.querySelector(sel);

// h builds an element; string children become text nodes, so watch names
// and incident places stay inert.
function h(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c != null && c !== false) e.append(c);
  }
  return e;
}

const country = (cc) => {
  try { return regionNames.of(cc) || cc; } catch { return cc; }
};

// criteria sums a watch's rule up in words, as `sitrep alerts list` does.
function criteria(w) {
  const parts = [];
  if (w.countries) parts.push(w.countries.map(country).join(', '));
  if (w.admin1) parts.push(w.admin1.join(', '));
  if (w.near) parts.push(`within ${w.near.km} km of ${w.near.lat}, ${w.near.lon}`);
  if (w.geometry) parts.push(`in a drawn ${w.geometry.type === 'MultiPolygon' ? 'area' : 'polygon'}`);
  if (w.types) parts.push(w.types.map((t) => t.replaceAll('_', ' ')).join(', '));
  if (w.actors) parts.push(`by ${w.actors.join(', ')}`);
  if (w.min_killed) parts.push(`${w.min_killed}+ killed`);
  return parts.join(' · ');
}

function match(m) {
  const what = [m.date, m.type && m.type.replaceAll('_', ' '), m.place, m.killed != null ? `${m.killed} killed` : null]
    .filter(Boolean).join(' · ') || m.incident;
  const title = m.status === 'failed' && m.last_error ? `failed: ${m.last_error}`
    : m.status === 'pending' && m.attempts ? `retrying (${m.attempts} attempt${m.attempts === 1 ? '' : 's'}): ${m.last_error || ''}`
    : m.status;
  return h('li', { class: 'watch-match', dataset: { event: m.event } },
    m.event === 'unmatch' ? h('span', { class: 'muted' }, 'no longer matches: ') : null,
    h('a', { href: `?incident=${encodeURIComponent(m.incident)}` }, what),
    h('span', { class: 'delivery', dataset: { status: m.status }, title }, m.status));
}

function render(watches) {
  const list = $('#watches');
  list.replaceChildren(...watches.map((w) => h('li', { class: 'watch', dataset: { id: String(w.id) } },
    h('div', { class: 'watch-name' }, w.name),
    h('div', { class: 'watch-rule muted' }, criteria(w)),
    w.recent.length
      ? h('ol', { class: 'watch-matches' }, w.recent.map(match))
      : h('p', { class: 'muted watch-none' }, 'No matches yet.'))));
  if (!watches.length) {
    list.append(h('li', { class: 'muted' }, 'No watches. Add one with sitrep alerts add or POST /api/watches.'));
  }
}

function showForm(message) {
  $('#watches-form').hidden = false;
  $('#watches-forget').hidden = true;
  $('#watches-note').textContent = message;
  $('#watches').replaceChildren();
}

let timer = null;

async function refresh() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) {
    showForm('Enter the server’s token to see the watches.');
    return;
  }
  let res;
  try {
    res = await fetch('api/watches', { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } });
  } catch {
    $('#watches-note').textContent = 'Could not reach the server.';
    return;
  }
  const body = await res.json().catch(() => null);
  if (res.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    showForm('That token was refused.');
    return;
  }
  if (!res.ok) {
    $('#watches-form').hidden = true;
    $('#watches-note').textContent = body && body.error ? body.error : `${res.status} ${res.statusText}`;
    return;
  }
  $('#watches-form').hidden = true;
  $('#watches-forget').hidden = false;
  $('#watches-note').textContent = '';
  render(body.watches || []);
  clearTimeout(timer);
  timer = setTimeout(refresh, REFRESH_MS);
}

$('#watches-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = $('#watches-token');
  if (!input.value) return;
  sessionStorage.setItem(TOKEN_KEY, input.value);
  input.value = '';
  refresh();
});
$('#watches-forget').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  clearTimeout(timer);
  showForm('Token forgotten.');
});

refresh();
