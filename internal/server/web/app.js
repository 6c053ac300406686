// sitrep's page: a map, a timeline, a table and the evidence behind every
// value, over the JSON API of the server that embeds it. Plain JS with no
// build step; Leaflet and topojson-client are vendored globals.
//
// Article text and every string in a record are untrusted: they reach the
// DOM only as text nodes (append, textContent), never through innerHTML.

const TYPES = [
  ['armed_assault', 'Armed assault', '#e8593c'],
  ['bombing', 'Bombing', '#f29e4c'],
  ['suicide_bombing', 'Suicide bombing', '#d7263d'],
  ['kidnapping', 'Kidnapping', '#b388eb'],
  ['assassination', 'Assassination', '#f06bab'],
  ['arson', 'Arson', '#f5cf4b'],
  ['hijacking', 'Hijacking', '#8e7dbe'],
  ['clash', 'Clash', '#3fc1c9'],
  ['remote_violence', 'Remote violence', '#4d8fe8'],
  ['riot', 'Riot', '#8cc265'],
  ['other_violence', 'Other violence', '#98a2b3'],
].map(([key, label, color]) => ({ key, label, color }));
const TYPE = Object.fromEntries(TYPES.map((t) => [t.key, t]));
const typeOf = (k) => TYPE[k] || { key: k, label: k || 'Unknown', color: '#98a2b3' };

const FILTERS = ['since', 'until', 'country', 'type', 'actor', 'q', 'status'];
const PAGE = 1000; // the API's largest page
const MAX_LOADED = 2000; // incidents drawn at once; the rest is counted, not drawn

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const nf = new Intl.NumberFormat('en');

const state = {
  filters: Object.fromEntries(FILTERS.map((k) => [k, ''])),
  selected: '',
  incidents: [],
  total: 0,
  sort: { key: 'date', dir: -1 },
  timeline: { step: 'day', byType: {} }, // counts of the current filters without the dates (see timelineStats)
  killed: {}, // killed by day (lower bounds) under the same filters
  killedPartial: false, // the killed come from the most recent MAX_LOADED incidents only
  loaded: false,
  emptyStore: false, // the database holds no incident at all, whatever the filters
};

// ---------- small helpers ----------

export const $ = (sel, root = document) => root.querySelector(sel);

// h builds an element. Children that are strings become text nodes, which
// is what keeps untrusted text inert.
export function h(tag, attrs, ...children) {
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

const svgNS = 'http://www.w3.org/2000/svg';
function s(tag, attrs, ...children) {
  const e = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

// Names the browser gives that analysts do not use.
const COUNTRY_NAMES = {
  CD: 'DR Congo', CG: 'Congo', MM: 'Myanmar', PS: 'Palestine', CI: 'Ivory Coast', KP: 'North Korea', KR: 'South Korea',
};

export function countryName(code) {
  if (!code) return '';
  const c = code.toUpperCase();
  try {
    return COUNTRY_NAMES[c] || regionNames.of(c) || c;
  } catch {
    return c;
  }
}

// fatalities is what a marker's size and the table's sort use: the upper
// figure when the sources give one, else the lower bound.
function fatalities(inc) {
  const k = inc.killed;
  if (!k) return 0;
  return k.max ?? k.min ?? Object.values(k.by_party || {}).reduce((a, b) => a + b, 0);
}

function formatCount(c) {
  if (!c) return '';
  if (c.min != null && c.max != null) return c.min === c.max ? nf.format(c.min) : `${nf.format(c.min)}–${nf.format(c.max)}`;
  if (c.min != null) return `≥ ${nf.format(c.min)}`;
  if (c.max != null) return `≤ ${nf.format(c.max)}`;
  const sum = Object.values(c.by_party || {}).reduce((a, b) => a + b, 0);
  return sum ? nf.format(sum) : '';
}

function placeLabel(loc) {
  if (!loc) return '';
  return [loc.place, loc.admin2, loc.admin1].filter((x, i, a) => x && a.indexOf(x) === i).join(', ') || loc.country || '';
}

const actors = (inc) => (inc.perpetrators || []).map((p) => p.name).join('; ');
const humanize = (s) => s.replaceAll('_', ' ');

function safeURL(u) {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

// ---------- URL state: the query string holds the filters and selection ----------

function readURL() {
  const p = new URLSearchParams(location.search);
  for (const k of FILTERS) state.filters[k] = p.get(k) || '';
  state.filters.country = state.filters.country.toUpperCase(); // as the options are
  state.selected = p.get('incident') || '';
}

function filterParams(without = []) {
  const p = new URLSearchParams();
  for (const k of FILTERS) {
    if (state.filters[k] && !without.includes(k)) p.set(k, state.filters[k]);
  }
  return p;
}

function writeURL() {
  const p = filterParams();
  if (state.selected) p.set('incident', state.selected);
  const qs = p.toString();
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  for (const fmt of ['csv', 'geojson']) {
    const e = filterParams();
    e.set('format', fmt);
    $(`#export-${fmt}`).href = `api/export?${e}`;
  }
}

// ---------- API ----------

async function api(path, params, signal) {
  const qs = params ? params.toString() : '';
  const res = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: 'application/json' }, signal });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body && body.error ? body.error : `${res.status} ${res.statusText}`);
  return body;
}

function withParam(params, k, v) {
  const p = new URLSearchParams(params);
  p.set(k, v);
  return p;
}

// timelineStats fetches the timeline's counts by type: by month first (a
// few hundred rows over decades, where days are tens of thousands), and
// by day only when the months span too little for monthly bars, so the
// days are few. It returns { step, byType }: step is 'month' when the
// counts are by month (keyed by each month's first day), else 'day'.
async function timelineStats(params, signal) {
  const monthly = await api('api/stats', withParam(params, 'period', 'month'), signal);
  const byType = {};
  let lo = Infinity;
  let hi = -Infinity;
  for (const [type, byMonth] of Object.entries(monthly.by_month_type || {})) {
    byType[type] = {};
    for (const [month, n] of Object.entries(byMonth)) {
      if (month.length !== 7) continue; // a year alone falls in no month
      byType[type][`${month}-01`] = n;
      lo = Math.min(lo, dayNum(`${month}-01`));
      hi = Math.max(hi, dayNum(`${month}-01`) + 30);
    }
  }
  if (hi < lo || stepOf(hi - lo + 1, $('#timeline').clientWidth - 44) === 'month') return { step: 'month', byType };
  const daily = await api('api/stats', withParam(params, 'period', 'day'), signal);
  return { step: 'day', byType: daily.by_day_type || {} };
}

async function loadIncidents(params, signal) {
  const all = [];
  let total = 0;
  let cursor = null;
  do {
    const q = new URLSearchParams(params);
    q.set('limit', String(Math.min(PAGE, MAX_LOADED - all.length)));
    if (cursor) q.set('cursor', cursor);
    const page = await api('api/incidents', q, signal);
    all.push(...(page.incidents || []));
    total = page.total;
    cursor = page.next;
  } while (cursor && all.length < MAX_LOADED);
  return { all, total };
}

let loading = null;

// load fetches everything the current filters show and redraws. A newer
// load aborts an older one, so fast typing never shows stale results.
async function load() {
  if (loading) loading.abort();
  const ctl = new AbortController();
  loading = ctl;
  writeURL();
  setStatus('Loading…');
  document.body.classList.add('busy');
  try {
    const [stats, timeline, { all, total }] = await Promise.all([
      api('api/stats', withParam(filterParams(), 'period', 'month'), ctl.signal),
      timelineStats(filterParams(['since', 'until']), ctl.signal),
      loadIncidents(filterParams(), ctl.signal),
    ]);
    // The killed chart spans the same dates as the incidents chart, so
    // with a date filter it needs the incidents outside it too.
    const undated = state.filters.since || state.filters.until
      ? await loadIncidents(filterParams(['since', 'until']), ctl.signal)
      : { all, total };
    state.incidents = all;
    state.total = total;
    state.timeline = timeline;
    state.killed = killedByDay(undated.all);
    state.killedPartial = undated.total > undated.all.length;
    state.loaded = true;
    hideAlert();
    renderSummary(stats);
    renderLegend(stats.by_type || {});
    renderMap();
    renderTimeline();
    renderTable();
    renderOverview();
    setStatus(total > all.length
      ? `The ${nf.format(all.length)} most recent of ${nf.format(total)} shown: narrow the filters to see the rest`
      : `${nf.format(total)} incident${total === 1 ? '' : 's'}`);
  } catch (err) {
    if (err.name !== 'AbortError') {
      showAlert(`Could not load incidents: ${err.message}`);
      setStatus('');
    }
  } finally {
    if (loading === ctl) {
      loading = null;
      document.body.classList.remove('busy');
    }
  }
}

function setStatus(msg) {
  $('#status').textContent = msg;
}

function showAlert(msg) {
  const a = $('#alert');
  a.textContent = msg;
  a.hidden = false;
}

function hideAlert() {
  $('#alert').hidden = true;
}

// ---------- filters ----------

function initFilters(countries) {
  const form = $('#filters');
  const typeSel = form.elements.type;
  for (const t of TYPES) typeSel.append(h('option', { value: t.key }, t.label));

  const countrySel = form.elements.country;
  const codes = new Set(countries.filter((c) => /^[A-Z]{2}$/.test(c))); // not "unknown"
  if (state.filters.country) codes.add(state.filters.country.toUpperCase());
  [...codes]
    .map((c) => ({ c, name: countryName(c) }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .forEach(({ c, name }) => countrySel.append(h('option', { value: c }, name)));

  for (const k of FILTERS) form.elements[k].value = state.filters[k];
  $('.field-status').classList.toggle('asked', !!state.filters.status);

  let timer = 0;
  const apply = () => {
    clearTimeout(timer);
    for (const k of FILTERS) state.filters[k] = form.elements[k].value.trim();
    load();
  };
  form.addEventListener('change', apply);
  form.addEventListener('input', (e) => {
    if (e.target.type === 'search') {
      clearTimeout(timer);
      timer = setTimeout(apply, 300);
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  $('#clear').addEventListener('click', () => {
    for (const k of FILTERS) form.elements[k].value = '';
    apply();
  });
}

function setDates(since, until) {
  const form = $('#filters');
  form.elements.since.value = state.filters.since = since;
  form.elements.until.value = state.filters.until = until;
  load();
}

// ---------- summary ----------

function renderSummary(stats) {
  const all = state.incidents.length === state.total;
  // Lower bounds add up to a lower bound; with nothing known, nothing is
  // shown rather than a zero nobody reported.
  const sum = (key) => {
    const known = state.incidents.filter((inc) => inc[key]);
    return all && known.length ? nf.format(known.reduce((a, inc) => a + (inc[key].min ?? inc[key].max ?? 0), 0)) : '–';
  };
  $('#kpi-incidents').textContent = nf.format(state.total);
  $('#kpi-killed').textContent = sum('killed');
  $('#kpi-injured').textContent = sum('injured');
  $('#kpi-countries').textContent = nf.format(Object.keys(stats.by_country || {}).length);
  $('#kpi-documents').textContent = nf.format(stats.documents || 0);
}

// renderOverview ranks the countries and the perpetrators of the incidents
// shown, by count, with their dead; a click filters on one.
function renderOverview() {
  const rank = (key, name) => {
    const m = new Map();
    for (const inc of state.incidents) {
      for (const k of key(inc)) {
        const r = m.get(k) || { k, name: name(k, inc), n: 0, killed: 0 };
        r.n++;
        r.killed += inc.killed ? (inc.killed.min ?? inc.killed.max ?? 0) : 0;
        m.set(k, r);
      }
    }
    return [...m.values()].sort((a, b) => b.n - a.n || b.killed - a.killed).slice(0, 8);
  };
  const list = (el, rows, apply) => {
    const max = rows.length ? rows[0].n : 1;
    el.replaceChildren(...rows.map((r) => {
      const bar = h('span');
      bar.style.width = `${(100 * r.n) / max}%`; // CSSOM, which the CSP allows
      return h('li', null, h('button', { type: 'button', class: 'rank', onclick: () => apply(r.k) },
        h('span', { class: 'rank-name' }, r.name),
        h('span', { class: 'rank-bar', 'aria-hidden': 'true' }, bar),
        h('span', { class: 'rank-n' }, nf.format(r.n)),
        h('span', { class: 'rank-k muted' }, r.killed ? `${nf.format(r.killed)} killed` : '')));
    }));
    if (!rows.length) el.append(h('li', { class: 'muted' }, 'None'));
  };
  const setFilter = (k, v) => {
    $('#filters').elements[k].value = v;
    $('#filters').dispatchEvent(new Event('change'));
  };
  list($('#top-countries'), rank((i) => (i.location && i.location.country_code ? [i.location.country_code] : []),
    (c, i) => countryName(c) || i.location.country), (c) => setFilter('country', c));
  list($('#top-actors'), rank((i) => [...new Set((i.perpetrators || []).filter((p) => p.kind !== 'description').map((p) => p.name))],
    (n) => n), (n) => setFilter('actor', n));
}

// ---------- map ----------

let map;
let markerLayer;
const markers = new Map(); // incident id -> circle marker

function initMap(world) {
  map = L.map('map', {
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    minZoom: 1,
    maxZoom: 12,
    worldCopyJump: false,
    maxBounds: [[-85, -220], [85, 220]],
    attributionControl: true,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Borders: Natural Earth');
  const land = topojson.feature(world, world.objects.countries);
  // Antarctica (ISO 010) has no incidents and, stretched by Mercator,
  // would fill the bottom of the map.
  land.features = land.features.filter((f) => f.id !== '010');
  land.features.forEach(unwrapAntimeridian);
  const countries = L.geoJSON(land, {
    interactive: false,
    renderer: L.canvas({ padding: 0.2 }),
    style: landStyle(),
  }).addTo(map);
  // The land follows the theme, which changes with the system's and when
  // the page is printed.
  const restyle = () => {
    countries.setStyle(landStyle());
    highlightSelection();
  };
  matchMedia('print, (prefers-color-scheme: light)').addEventListener('change', restyle);
  addEventListener('beforeprint', restyle);
  addEventListener('afterprint', restyle);
  markerLayer = L.featureGroup().addTo(map);
  map.setView([20, 20], 2);
  map.on('zoomend', () => {
    if (state.loaded) drawMarkers();
  });
}

// cssVar reads a colour of the theme in app.css, which the canvas-drawn
// map cannot take from a style sheet.
const cssVar = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

function landStyle() {
  return { color: cssVar('--border'), weight: 0.6, fillColor: cssVar('--land'), fillOpacity: 1 };
}

// unwrapAntimeridian moves the western part of a ring that crosses the
// 180th meridian (Fiji, Chukotka) east by 360°, so that Leaflet, which
// does not wrap, draws an island rather than a line across the world.
function unwrapAntimeridian(feature) {
  const g = feature.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  for (const ring of polys.flat()) {
    const lons = ring.map((p) => p[0]);
    if (Math.min(...lons) < -170 && Math.max(...lons) > 170) {
      for (const p of ring) if (p[0] < 0) p[0] += 360;
    }
  }
}

function radius(inc) {
  return Math.min(24, 3.5 + 1.9 * Math.sqrt(fatalities(inc)));
}

function coords(inc) {
  const l = inc.location;
  return l && Number.isFinite(l.lat) && Number.isFinite(l.lon) ? [l.lat, l.lon] : null;
}

function tooltip(inc) {
  const t = typeOf(inc.type);
  const killed = formatCount(inc.killed);
  return h('div', { class: 'mtip' },
    h('div', { class: 'mtip-head' }, h('span', { class: 'swatch', dataset: { type: t.key } }), t.label),
    h('div', null, [inc.date, placeLabel(inc.location)].filter(Boolean).join(' · ')),
    actors(inc) ? h('div', { class: 'muted' }, actors(inc)) : null,
    killed ? h('div', null, `Killed: ${killed}`) : null);
}

let fitted = false;
let drawn = []; // the located incidents, biggest first

// CLUSTER_ZOOM is the deepest zoom at which nearby circles merge: at a
// world or continent view a hundred circles in one country are one blot,
// while from a region down each incident is told apart. CLUSTER_PX is the
// grid cell, in screen pixels, within which they merge.
const CLUSTER_ZOOM = 4;
const CLUSTER_PX = 44;

function renderMap() {
  // Big circles first, so that small ones stay clickable on top.
  drawn = state.incidents.filter(coords).sort((a, b) => fatalities(b) - fatalities(a));
  if (drawn.length && (!fitted || state.filters.country)) {
    // No animation: a view set by the program should simply be there.
    map.fitBounds(L.latLngBounds(drawn.map(coords)), { padding: [30, 30], maxZoom: 5, animate: false });
    fitted = true;
  }
  drawMarkers();
}

// cells groups incidents by the square of a pixel grid they fall in at
// the map's zoom: a plain grid clusterer, cheap enough to redo on every
// zoom, and stable while the map pans, since the grid is fixed to the
// world rather than to the screen. Groups on either side of a cell's edge
// would overlap, so a second pass folds each group into a larger one
// whose centre is less than a cell away.
function cells(incidents) {
  const z = map.getZoom();
  const byCell = new Map();
  for (const inc of incidents) {
    const p = map.project(coords(inc), z);
    const key = `${Math.floor(p.x / CLUSTER_PX)},${Math.floor(p.y / CLUSTER_PX)}`;
    if (!byCell.has(key)) byCell.set(key, { x: 0, y: 0, members: [] });
    const c = byCell.get(key);
    c.x += p.x;
    c.y += p.y;
    c.members.push(inc);
  }
  const kept = [];
  for (const c of [...byCell.values()].sort((a, b) => b.members.length - a.members.length)) {
    const [x, y] = [c.x / c.members.length, c.y / c.members.length];
    const near = kept.find((k) => Math.hypot(k.cx - x, k.cy - y) < CLUSTER_PX);
    if (near) near.members.push(...c.members);
    else kept.push({ cx: x, cy: y, members: c.members });
  }
  return kept.map((k) => k.members);
}

// drawMarkers draws one circle per incident, or at a low zoom one counted
// circle per crowded cell; the selected incident is always drawn alone.
function drawMarkers() {
  markerLayer.clearLayers();
  markers.clear();
  const groups = map.getZoom() <= CLUSTER_ZOOM
    ? cells(drawn.filter((inc) => inc.id !== state.selected))
    : drawn.map((inc) => [inc]);
  const single = [];
  for (const g of groups) {
    if (g.length === 1) single.push(g[0]);
    else drawCluster(g);
  }
  const sel = drawn.find((inc) => inc.id === state.selected);
  if (sel && map.getZoom() <= CLUSTER_ZOOM) single.push(sel);
  single.sort((a, b) => fatalities(b) - fatalities(a));
  for (const inc of single) {
    const t = typeOf(inc.type);
    const m = L.circleMarker(coords(inc), {
      radius: radius(inc),
      color: t.color,
      weight: 1.2,
      opacity: 0.95,
      fillColor: t.color,
      fillOpacity: 0.38,
      className: 'marker',
    });
    m.bindTooltip(() => tooltip(inc), { direction: 'top', offset: [0, -radius(inc)], className: 'map-tip' });
    m.on('click', () => select(inc.id));
    m.addTo(markerLayer);
    m.getElement().dataset.id = inc.id;
    markers.set(inc.id, { m, color: t.color });
  }
  highlightSelection();
}

// drawCluster draws a counted circle for incidents close together on the
// screen; a click zooms to them, until they come apart.
function drawCluster(group) {
  const lat = group.reduce((a, inc) => a + coords(inc)[0], 0) / group.length;
  const lon = group.reduce((a, inc) => a + coords(inc)[1], 0) / group.length;
  const killed = group.reduce((a, inc) => a + (inc.killed ? inc.killed.min ?? 0 : 0), 0);
  const size = Math.round(Math.min(46, 20 + 7 * Math.log2(group.length)));
  const label = h('span', null, nf.format(group.length));
  const m = L.marker([lat, lon], {
    icon: L.divIcon({ className: 'cluster', html: label, iconSize: [size, size] }),
    keyboard: true,
    title: `${nf.format(group.length)} incidents${killed ? `, at least ${nf.format(killed)} killed` : ''}: click to zoom in`,
    riseOnHover: true,
  });
  m.on('click', () => {
    const bounds = L.latLngBounds(group.map(coords));
    const z = Math.min(map.getMaxZoom(), Math.max(map.getZoom() + 2, map.getBoundsZoom(bounds.pad(0.2))));
    map.setView(bounds.getCenter(), z, { animate: false });
  });
  m.addTo(markerLayer);
  const e = m.getElement();
  e.dataset.count = String(group.length);
  e.dataset.ids = group.map((inc) => inc.id).join(' ');
}

// ---------- timeline ----------

const DAY = 86400000;
const dayNum = (d) => Date.parse(`${d}T00:00:00Z`) / DAY;
const dayStr = (n) => new Date(n * DAY).toISOString().slice(0, 10);

// stepOf is the finest bar that stays a few pixels wide for a span of days
// over width pixels: 'day', 'week' or 'month'.
function stepOf(span, width) {
  if (span <= width / 3) return 'day';
  return span / 7 > width / 3 ? 'month' : 'week';
}

// bins groups the timeline's counts into bars at least a few pixels wide:
// days, weeks or months, whichever is finest and fits; counts by month
// (timeline.step) make monthly bars whatever the width.
function bins(timeline, width) {
  const byDayType = timeline.byType;
  const days = Object.values(byDayType).flatMap((m) => Object.keys(m));
  if (!days.length) return { step: 'day', list: [] };
  // At least a month is shown, so that a few days of data do not become
  // a few slabs across the whole width.
  let lo = Math.min(...days.map(dayNum));
  let hi = Math.max(...days.map(dayNum));
  const pad = Math.max(0, 31 - (hi - lo + 1));
  lo -= Math.floor(pad / 2);
  hi += Math.ceil(pad / 2);
  const span = hi - lo + 1;
  const step = timeline.step === 'month' ? 'month' : stepOf(span, width);
  const keyOf = (n) => {
    if (step === 'day') return n;
    if (step === 'week') return n - ((n - lo) % 7);
    const d = new Date(n * DAY);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY;
  };
  const endOf = (start) => {
    if (step === 'day') return start;
    if (step === 'week') return start + 6;
    const d = new Date(start * DAY);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY - 1;
  };
  const out = new Map();
  for (let n = keyOf(lo); n <= hi; n = endOf(n) + 1) {
    out.set(n, { start: n, end: endOf(n), counts: {}, total: 0 });
  }
  for (const [type, byDay] of Object.entries(byDayType)) {
    for (const [day, c] of Object.entries(byDay)) {
      const b = out.get(keyOf(dayNum(day)));
      b.counts[type] = (b.counts[type] || 0) + c;
      b.total += c;
    }
  }
  return { step, list: [...out.values()] };
}

// killedByDay sums, per day, each incident's lower bound of the killed:
// the stated minimum, else the parties' figures added up. An incident that
// gives only an upper bound adds nothing, as the KPI's sum does not
// invent a figure either. The API's stats count incidents but not the
// dead, so this comes from the incidents loaded for the timeline.
function killedByDay(incidents) {
  const out = {};
  for (const inc of incidents) {
    const k = inc.killed;
    if (!inc.date || !k || inc.date.length !== 10) continue;
    const n = k.min ?? Object.values(k.by_party || {}).reduce((a, b) => a + b, 0);
    if (n) out[inc.date] = (out[inc.date] || 0) + n;
  }
  return out;
}

// renderTimeline draws the incidents per period, stacked by type, and
// beside it the killed per the same periods; a drag on either sets the
// date filters.
function renderTimeline() {
  for (const id of ['timeline', 'killed']) $(`#${id}`).replaceChildren();
  if (!state.loaded) return;
  const svg = $('#timeline');
  const binned = bins(state.timeline, svg.clientWidth - 44);
  $('#timeline-title').textContent = `Incidents per ${binned.step}`;
  $('#killed-title').textContent = `Killed per ${binned.step}`;
  drawChart(svg, binned, TYPES.map((t) => ({ key: t.key, color: t.color, noun: t.label.toLowerCase() })), 'No dated incidents');

  // The killed fall into the incidents' periods.
  const killed = binned.list.map((b) => ({ start: b.start, end: b.end, counts: {}, total: 0 }));
  for (const [day, n] of Object.entries(state.killed)) {
    const b = killed.find((x) => dayNum(day) >= x.start && dayNum(day) <= x.end);
    if (!b) continue;
    b.counts.killed = (b.counts.killed || 0) + n;
    b.total += n;
  }
  const none = !killed.some((b) => b.total);
  drawChart($('#killed'), { step: binned.step, list: none ? [] : killed },
    [{ key: 'killed', color: '#d7263d', noun: 'killed' }], 'No deaths reported');
  $('#killed-note').textContent = state.killedPartial
    ? `Lower bounds, from the ${nf.format(MAX_LOADED)} most recent incidents`
    : 'Sum of lower bounds';
}

// drawChart draws stacked bars of binned counts, one series per key, with
// the brush that sets the date filters.
function drawChart(svg, binned, series, emptyText) {
  const W = svg.clientWidth;
  const H = svg.clientHeight;
  const m = { l: 34, r: 10, t: 8, b: 20 };
  const w = W - m.l - m.r;
  const hgt = H - m.t - m.b;
  if (!binned.list.length) {
    svg.append(s('text', { x: W / 2, y: H / 2, class: 'empty', 'text-anchor': 'middle' }, emptyText));
    return;
  }
  const list = binned.list;
  const max = Math.max(1, ...list.map((b) => b.total));
  const bw = w / list.length;
  const y = (v) => hgt - (v / max) * hgt;
  const g = s('g', { transform: `translate(${m.l},${m.t})` });
  svg.append(g);

  // y grid: 0, half and max
  for (const v of [...new Set([0, Math.round(max / 2), max])]) {
    g.append(s('line', { x1: 0, x2: w, y1: y(v), y2: y(v), class: v ? 'grid' : 'axis' }));
    g.append(s('text', { x: -6, y: y(v) + 3, 'text-anchor': 'end', class: 'tick' }, nf.format(v)));
  }
  // x labels about every 90 px, with the year when the range has several
  const every = Math.max(1, Math.round(90 / bw));
  const years = dayStr(list[0].start).slice(0, 4) !== dayStr(list[list.length - 1].end).slice(0, 4);
  for (let i = 0; i < list.length; i += every) {
    const d = dayStr(list[i].start);
    const label = binned.step === 'month' ? d.slice(0, 7) : years ? d : d.slice(5);
    g.append(s('text', { x: i * bw + bw / 2, y: hgt + 14, 'text-anchor': 'middle', class: 'tick' }, label));
  }
  const gap = bw > 4 ? 1 : 0;
  list.forEach((b, i) => {
    let acc = 0;
    for (const t of series) {
      const c = b.counts[t.key];
      if (!c) continue;
      const rect = s('rect', {
        x: i * bw + gap / 2, width: Math.max(1, bw - gap), y: y(acc + c), height: y(acc) - y(acc + c),
        fill: t.color, class: 'bar', 'data-type': t.key,
      });
      const when = b.start === b.end ? dayStr(b.start) : `${dayStr(b.start)} to ${dayStr(b.end)}`;
      rect.append(s('title', null, `${when}: ${nf.format(c)} ${t.noun}`));
      g.append(rect);
      acc += c;
    }
  });

  // The brush: the selected dates, and a layer that catches drags.
  const sel = s('rect', { class: 'brush', y: 0, height: hgt, x: 0, width: 0, visibility: 'hidden' });
  g.append(sel);
  const pos = (d) => {
    const n = dayNum(d);
    const i = list.findIndex((b) => n >= b.start && n <= b.end);
    return i < 0 ? (n < list[0].start ? 0 : list.length) : i;
  };
  const showSel = (x0, x1) => {
    sel.setAttribute('x', Math.min(x0, x1));
    sel.setAttribute('width', Math.abs(x1 - x0));
    sel.setAttribute('visibility', 'visible');
  };
  if (state.filters.since || state.filters.until) {
    const i0 = state.filters.since ? pos(state.filters.since) : 0;
    const i1 = state.filters.until ? pos(state.filters.until) : list.length - 1;
    showSel(i0 * bw, Math.min(list.length, i1 + 1) * bw);
  }
  const catcher = s('rect', { x: 0, y: 0, width: w, height: hgt, class: 'catcher' });
  g.append(catcher);
  let x0 = null;
  const xOf = (e) => Math.max(0, Math.min(w, e.clientX - catcher.getBoundingClientRect().left));
  catcher.addEventListener('pointerdown', (e) => {
    x0 = xOf(e);
    catcher.setPointerCapture(e.pointerId);
    showSel(x0, x0);
  });
  catcher.addEventListener('pointermove', (e) => {
    if (x0 != null) showSel(x0, xOf(e));
  });
  catcher.addEventListener('pointerup', (e) => {
    if (x0 == null) return;
    const x1 = xOf(e);
    const [a, b] = [Math.min(x0, x1), Math.max(x0, x1)];
    x0 = null;
    if (b - a < 3) {
      setDates('', '');
      return;
    }
    const i0 = Math.min(list.length - 1, Math.floor(a / bw));
    const i1 = Math.min(list.length - 1, Math.max(i0, Math.ceil(b / bw) - 1));
    setDates(dayStr(list[i0].start), dayStr(list[i1].end));
  });
}

// ---------- table ----------

const sortKeys = {
  date: (i) => i.date || '',
  type: (i) => typeOf(i.type).label,
  place: (i) => placeLabel(i.location),
  country: (i) => countryName(i.location && i.location.country_code) || (i.location && i.location.country) || '',
  actor: (i) => actors(i),
  killed: (i) => fatalities(i),
  injured: (i) => (i.injured ? i.injured.max ?? i.injured.min ?? 0 : 0),
  sources: (i) => (i.sources || []).length,
};

const DESC_FIRST = new Set(['date', 'killed', 'injured', 'sources']);

function sorted() {
  const { key, dir } = state.sort;
  const f = sortKeys[key];
  return [...state.incidents].sort((a, b) => {
    const x = f(a);
    const y = f(b);
    const c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
    return c * dir || (a.id < b.id ? -1 : 1);
  });
}

function renderTable() {
  const tbody = $('#incidents tbody');
  const rows = sorted().map((inc) => {
    const t = typeOf(inc.type);
    const loc = inc.location || {};
    return h('tr', { tabindex: '-1', dataset: { id: inc.id } },
      h('td', { class: 'nowrap mono' }, inc.date || ''),
      h('td', { class: 'nowrap' }, h('span', { class: 'swatch', dataset: { type: t.key } }), t.label),
      h('td', { class: 'clip', title: placeLabel(loc) }, placeLabel(loc)),
      h('td', { class: 'nowrap' }, countryName(loc.country_code) || loc.country || ''),
      h('td', { class: 'clip', title: actors(inc) }, actors(inc)),
      h('td', { class: 'num' }, formatCount(inc.killed)),
      h('td', { class: 'num' }, formatCount(inc.injured)),
      h('td', { class: 'num' }, String((inc.sources || []).length)));
  });
  tbody.replaceChildren(...rows);
  if (!rows.length) {
    tbody.append(h('tr', { class: 'empty' }, h('td', { colspan: '8' }, state.emptyStore ? emptyStoreHint() : 'No incidents match these filters.')));
  } else {
    rows[0].tabIndex = 0;
  }
  for (const th of $('#incidents thead tr').children) {
    const on = th.dataset.key === state.sort.key;
    if (on) th.setAttribute('aria-sort', state.sort.dir < 0 ? 'descending' : 'ascending');
    else th.removeAttribute('aria-sort');
  }
  highlightSelection();
}

// emptyStoreHint says how to fill a database that holds nothing yet, so
// that a first run does not read as filters that match nothing.
function emptyStoreHint() {
  return h('div', { class: 'empty-store' },
    h('p', { class: 'empty-title' }, 'This database holds no incidents yet.'),
    h('p', null, 'Ingest a folder of articles (text, HTML or NDJSON) with ', h('code', null, 'sitrep ingest --db FILE articles/'),
      ', or follow folders and feeds as they change with ', h('code', null, 'sitrep watch --db FILE articles/ https://example.org/feed.xml'),
      ', then reload this page.'));
}

function initTable() {
  $('#incidents thead').addEventListener('click', (e) => {
    const th = e.target.closest('th');
    if (!th) return;
    const key = th.dataset.key;
    // A new column sorts dates and figures largest first, names A to Z.
    state.sort = { key, dir: state.sort.key === key ? -state.sort.dir : DESC_FIRST.has(key) ? -1 : 1 };
    renderTable();
  });
  const tbody = $('#incidents tbody');
  tbody.addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-id]');
    if (tr) select(tr.dataset.id);
  });
  tbody.addEventListener('keydown', (e) => {
    const tr = e.target.closest('tr[data-id]');
    if (!tr) return;
    let next = null;
    switch (e.key) {
      case 'ArrowDown': next = tr.nextElementSibling; break;
      case 'ArrowUp': next = tr.previousElementSibling; break;
      case 'Home': next = tbody.firstElementChild; break;
      case 'End': next = tbody.lastElementChild; break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        select(tr.dataset.id);
        return;
      default: return;
    }
    e.preventDefault();
    if (next) {
      tr.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    }
  });
}

function highlightSelection() {
  const ring = cssVar('--selected-ring');
  for (const [id, { m, color }] of markers) {
    const on = id === state.selected;
    m.setStyle({ weight: on ? 3 : 1.2, color: on ? ring : color });
    m.getElement().classList.toggle('selected', on);
  }
  const sel = markers.get(state.selected);
  if (sel) sel.m.bringToFront();
  for (const tr of document.querySelectorAll('#incidents tbody tr[data-id]')) {
    const on = tr.dataset.id === state.selected;
    tr.classList.toggle('selected', on);
    if (on) tr.setAttribute('aria-current', 'true');
    else tr.removeAttribute('aria-current');
  }
}

// ---------- detail: the record, its sources, the text behind each value ----------

const PARTY = { civilians: 'civilians', security_forces: 'security forces', perpetrators: 'perpetrators', combatants: 'combatants', unknown: 'unknown' };

// fieldLabel names an evidence field for people: "killed.security_forces"
// is "Killed · security forces".
function fieldLabel(f) {
  let m;
  if ((m = /^(perpetrators|targets|victims)\[(\d+)\](\.attribution)?$/.exec(f))) {
    const noun = { perpetrators: 'Perpetrator', targets: 'Target', victims: 'Victim' }[m[1]];
    return `${noun} ${+m[2] + 1}${m[3] ? ' · attribution' : ''}`;
  }
  const [head, rest] = f.split(/\.(.*)/s);
  const name = head.charAt(0).toUpperCase() + head.slice(1);
  return rest ? `${name} · ${humanize(PARTY[rest] || rest)}` : name;
}

// fieldValue is the record's value for an evidence field, for tooltips.
function fieldValue(inc, f) {
  let m;
  if ((m = /^(perpetrators|targets|victims)\[(\d+)\](\.attribution)?$/.exec(f))) {
    const x = (inc[m[1]] || [])[+m[2]];
    if (!x) return '';
    return m[3] ? x.attribution : x.name;
  }
  const [head, rest] = f.split(/\.(.*)/s);
  switch (head) {
    case 'type': return typeOf(inc.type).label;
    case 'date': return inc.date || '';
    case 'location': return [placeLabel(inc.location), inc.location && inc.location.country].filter(Boolean).join(', ');
    case 'weapons': return humanize(rest || '');
    case 'killed':
    case 'injured':
    case 'kidnapped': {
      const c = inc[head];
      if (!c) return '';
      return rest ? String((c.by_party || {})[rest] ?? '') : formatCount(c);
    }
  }
  return '';
}

// covers says whether a record value with key k is supported by evidence
// for field f: "killed" is supported by "killed.civilians" too.
const covers = (k, f) => f === k || f.startsWith(`${k}.`);

let detailReq = 0;

async function select(id) {
  state.selected = id;
  writeURL();
  // At a clustering zoom the selected incident leaves its cluster.
  if (state.loaded && map && map.getZoom() <= CLUSTER_ZOOM) drawMarkers();
  else highlightSelection();
  const tr = document.querySelector(`#incidents tbody tr[data-id="${CSS.escape(id)}"]`);
  if (tr) tr.scrollIntoView({ block: 'nearest' });
  if (!id) {
    $('#detail-body').hidden = true;
    $('#detail-empty').hidden = false;
    return;
  }
  const req = ++detailReq;
  const body = $('#detail-body');
  try {
    const inc = await api(`api/incidents/${encodeURIComponent(id)}`);
    if (req !== detailReq) return;
    renderDetail(inc);
    const docs = await Promise.all((inc.sources || []).map((src) =>
      api(`api/documents/${encodeURIComponent(src.doc)}`).catch((err) => ({ error: err.message, id: src.doc }))));
    if (req !== detailReq) return;
    renderArticles(inc, docs);
  } catch (err) {
    if (req !== detailReq) return;
    body.replaceChildren(h('p', { class: 'error' }, `Could not load incident ${id}: ${err.message}`));
    body.hidden = false;
    $('#detail-empty').hidden = true;
  }
}

// value renders one record value as a button linked to its evidence.
function value(inc, key, text, cls) {
  const n = (inc.evidence || []).filter((e) => covers(key, e.field)).length;
  if (!n) return h('span', { class: `fv ${cls || ''}` }, text);
  return h('button', {
    type: 'button', class: `fv has-ev ${cls || ''}`, dataset: { field: key },
    title: `Show the text behind this value (${n} span${n === 1 ? '' : 's'})`,
  }, text, h('span', { class: 'ev-count', 'aria-hidden': 'true' }, String(n)));
}

function row(label, ...content) {
  return h('div', { class: 'rec-row' }, h('dt', null, label), h('dd', null, ...content));
}

function countRow(inc, key, label) {
  const c = inc[key];
  if (!c) return null;
  const parties = Object.entries(c.by_party || {}).map(([p, n]) =>
    value(inc, `${key}.${p}`, `${humanize(PARTY[p] || p)} ${nf.format(n)}`, 'chip'));
  return row(label, value(inc, key, formatCount(c) || '–', 'strong'), parties.length ? h('span', { class: 'chips' }, parties) : null);
}

function renderDetail(inc) {
  const t = typeOf(inc.type);
  const loc = inc.location || {};
  const coordsText = coords(inc) ? `${loc.lat.toFixed(4)}, ${loc.lon.toFixed(4)}` : '';
  const rec = h('dl', { class: 'record' },
    row('Type', value(inc, 'type', t.label)),
    row('Date', value(inc, 'date', inc.date || 'unknown'),
      inc.date_precision && inc.date_precision !== 'day' ? h('span', { class: 'muted' }, ` (${inc.date_precision})`) : null),
    inc.location ? row('Location', value(inc, 'location', [placeLabel(loc), loc.country].filter(Boolean).join(', ')),
      h('div', { class: 'muted small' }, [loc.precision && `precision: ${loc.precision}`, coordsText,
        loc.geonames_id && `GeoNames ${loc.geonames_id}`].filter(Boolean).join(' · '))) : null,
    inc.perpetrators && inc.perpetrators.length ? row('Perpetrators', h('ul', { class: 'plain' },
      inc.perpetrators.map((p, i) => h('li', null, value(inc, `perpetrators[${i}]`, p.name),
        ' ', value(inc, `perpetrators[${i}].attribution`, p.attribution, `chip attr-${p.attribution}`))))) : null,
    inc.targets && inc.targets.length ? row('Targets', h('ul', { class: 'plain' },
      inc.targets.map((x, i) => h('li', null, value(inc, `targets[${i}]`, x.name), ' ',
        h('span', { class: 'chip muted' }, humanize(x.category || '')))))) : null,
    inc.weapons && inc.weapons.length ? row('Weapons', h('span', { class: 'chips' },
      inc.weapons.map((w) => value(inc, `weapons.${w}`, humanize(w), 'chip')))) : null,
    countRow(inc, 'killed', 'Killed'),
    countRow(inc, 'injured', 'Injured'),
    countRow(inc, 'kidnapped', 'Kidnapped'),
    inc.victims && inc.victims.length ? row('Victims', h('ul', { class: 'plain' },
      inc.victims.map((v, i) => h('li', null, value(inc, `victims[${i}]`, v.name), ' ',
        h('span', { class: 'chip muted' }, v.effect))))) : null,
    row('Confidence', h('span', { class: 'fv' }, inc.confidence != null ? `${Math.round(inc.confidence * 100)}%` : '–')));

  const sources = h('ol', { class: 'sources' }, (inc.sources || []).map((src, i) => {
    const href = safeURL(src.url);
    return h('li', null,
      h('a', { href: `#article-${i}`, class: 'src-title' }, src.title || src.doc),
      h('div', { class: 'muted small' }, [src.date, src.outlet, src.doc].filter(Boolean).join(' · '),
        href ? [' · ', h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'original ↗')] : null));
  }));

  const body = $('#detail-body');
  body.replaceChildren(
    h('header', { class: 'detail-head' },
      h('div', null,
        h('div', { class: 'kicker' }, h('span', { class: 'swatch', dataset: { type: t.key } }), t.label,
          h('span', { class: 'muted' }, ` · ${inc.id}`)),
        h('h2', { class: 'detail-title', id: 'detail-title' }, [placeLabel(loc) || loc.country || 'Unknown place', inc.date].filter(Boolean).join(' — '))),
      h('button', { type: 'button', class: 'btn btn-ghost close', 'aria-label': 'Close incident', onclick: () => select('') }, '×')),
    h('section', { class: 'detail-section' }, h('h3', null, 'Record'), rec),
    reviewSection(inc),
    h('section', { class: 'detail-section' }, h('h3', null, `Sources (${(inc.sources || []).length})`), sources),
    h('section', { class: 'detail-section', id: 'articles' }, h('h3', null, 'Articles'), h('p', { class: 'muted' }, 'Loading articles…')));
  body.hidden = false;
  $('#detail-empty').hidden = true;
  body.scrollTop = 0;
  $('#detail').scrollTop = 0;

  rec.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-field]');
    if (b) jumpToSpan(b);
  });
}

// ---------- review ----------
//
// With the server's token (kept in sessionStorage, for this tab only) the
// detail offers the curation actions of POST api/incidents/{id}/review;
// without it, only the history. Controls carry data-review="ACTION" so
// that tests and scripts can drive them.

const REVIEW_KEY = 'sitrep.review';
const CORRECTABLE = [
  ['type', 'Type'], ['date', 'Date (YYYY-MM-DD)'], ['location', 'Location (Place, country code)'],
  ['perpetrators', 'Perpetrators (names, comma-separated)'], ['attribution', 'Attribution'],
  ['killed', 'Killed (N or N-M)'], ['injured', 'Injured (N or N-M)'],
];

// reviewer is who signed in to review in this tab, with the server's
// token, or null; watches.js asks it too.
export function reviewer() {
  try {
    const r = JSON.parse(sessionStorage.getItem(REVIEW_KEY) || 'null');
    return r && r.token && r.user ? r : null;
  } catch {
    return null;
  }
}

function setReviewer(r) {
  if (r) sessionStorage.setItem(REVIEW_KEY, JSON.stringify(r));
  else sessionStorage.removeItem(REVIEW_KEY);
  document.body.classList.toggle('reviewing', !!r);
  $('#review-auth summary').textContent = r ? `Reviewing as ${r.user}` : 'Review';
}

function initReview() {
  setReviewer(reviewer());
  $('#review-login').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = e.currentTarget;
    const token = f.elements.token.value.trim();
    const user = f.elements.user.value.trim();
    if (!token || !user) return;
    f.elements.token.value = '';
    setReviewer({ token, user });
    $('#review-auth').open = false;
    if (state.selected) select(state.selected);
  });
  $('#review-logout').addEventListener('click', () => {
    setReviewer(null);
    $('#review-auth').open = false;
    if (state.selected) select(state.selected);
  });
}

async function postReview(id, action) {
  const r = reviewer();
  const res = await fetch(`api/incidents/${encodeURIComponent(id)}/review`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json', Accept: 'application/json',
      Authorization: `Bearer ${r.token}`, 'X-Sitrep-User': r.user,
    },
    body: JSON.stringify(action),
  });
  const body = await res.json().catch(() => null);
  if (res.status === 401 || res.status === 403) setReviewer(null);
  if (!res.ok) throw new Error(body && body.error ? body.error : `${res.status} ${res.statusText}`);
  return body;
}

// correctionValue turns what the analyst typed into the field's value as
// the record holds it; empty or "unknown" is null (unknown).
function correctionValue(field, text) {
  const t = text.trim();
  if (t === '' || t.toLowerCase() === 'unknown') return null;
  switch (field) {
    case 'killed':
    case 'injured': {
      const m = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(t);
      if (!m) throw new Error('want a figure, or a range such as 5-7');
      return m[2] ? { min: +m[1], max: +m[2] } : { min: +m[1] };
    }
    case 'perpetrators':
      return t.split(',').map((name) => name.trim()).filter(Boolean).map((name) => ({ name, attribution: 'unknown' }));
    case 'location': {
      const i = t.lastIndexOf(',');
      return i < 0 ? { country: t } : { place: t.slice(0, i).trim(), country: t.slice(i + 1).trim() };
    }
  }
  return t;
}

function historyText(e) {
  const what = [e.action, e.field].filter(Boolean).join(' ');
  const before = e.before != null ? JSON.stringify(e.before) : '';
  const after = e.after != null ? JSON.stringify(e.after) : '';
  return before ? `${what}: ${before} → ${after}` : `${what}: ${after}`;
}

function reviewSection(inc) {
  const status = inc.status || 'unreviewed';
  const history = (inc.review && inc.review.history) || [];
  const corrected = (inc.review && inc.review.corrected) || [];
  const section = h('section', { class: 'detail-section review', id: 'review', dataset: { status } },
    h('h3', null, 'Review'),
    h('p', null, h('span', { class: `chip status status-${status}`, id: 'review-status' }, status),
      corrected.length ? h('span', { class: 'muted small' }, ` · corrected by hand: ${corrected.join(', ')}`) : null));
  const r = reviewer();
  if (r) {
    const error = h('p', { class: 'error small', id: 'review-error', hidden: true });
    const why = h('input', { type: 'text', id: 'review-why', placeholder: 'Why (for the history)', maxlength: '4000' });
    const act = async (action, button) => {
      error.hidden = true;
      button.disabled = true;
      try {
        if (why.value.trim()) action.why = why.value.trim();
        const res = await postReview(inc.id, action);
        await load();
        await select(res.incidents[0].id);
      } catch (err) {
        error.textContent = `Could not ${action.action}: ${err.message}`;
        error.hidden = false;
        button.disabled = false;
      }
    };
    const statusButton = (label, to, cls) => h('button', {
      type: 'button', class: `btn ${cls || ''}`, dataset: { review: to }, disabled: status === to,
      onclick: (e) => act({ action: 'status', status: to }, e.currentTarget),
    }, label);
    const field = h('select', { id: 'review-field', 'aria-label': 'Field to correct' },
      CORRECTABLE.map(([k, label]) => h('option', { value: k }, label)));
    const val = h('input', { type: 'text', id: 'review-value', placeholder: 'New value (empty: unknown)' });
    const note = h('textarea', { id: 'review-note', rows: '2', placeholder: 'A note for the history', maxlength: '4000' });
    section.append(
      h('div', { class: 'review-actions' },
        statusButton('Mark false', 'rejected', 'btn-danger'),
        statusButton('Confirm', 'confirmed'),
        status !== 'unreviewed' ? statusButton('Reopen', 'unreviewed', 'btn-ghost') : null),
      why,
      h('div', { class: 'review-form' }, field, val, h('button', {
        type: 'button', class: 'btn', dataset: { review: 'correct' },
        onclick: (e) => {
          let value;
          try {
            value = correctionValue(field.value, val.value);
          } catch (err) {
            error.textContent = `${field.value}: ${err.message}`;
            error.hidden = false;
            return;
          }
          act({ action: 'correct', field: field.value, value }, e.currentTarget);
        },
      }, 'Correct')),
      h('div', { class: 'review-form' }, note, h('button', {
        type: 'button', class: 'btn', dataset: { review: 'note' },
        onclick: (e) => { if (note.value.trim()) act({ action: 'note', note: note.value.trim() }, e.currentTarget); },
      }, 'Add note')),
      error);
  }
  section.append(history.length
    ? h('ol', { class: 'history', id: 'review-history' }, history.map((e) => h('li', { dataset: { action: e.action, id: String(e.id) } },
      h('div', { class: 'muted small' }, `${e.at} · ${e.user}`), historyText(e),
      e.why ? h('div', { class: 'muted small' }, `Why: ${e.why}`) : null)))
    : h('p', { class: 'muted small', id: 'review-history-empty' }, 'No review yet.'));
  return section;
}

// spans cuts text into runs of bytes with the evidence that covers each.
// Offsets are bytes into UTF-8, so the text is encoded once and each run
// decoded back; a span that does not quote the stored text is dropped.
function spans(text, evidence) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const good = [];
  let bad = 0;
  for (const ev of evidence) {
    if (ev.start >= 0 && ev.end <= bytes.length && ev.start < ev.end &&
        dec.decode(bytes.subarray(ev.start, ev.end)) === ev.text) good.push(ev);
    else bad++;
  }
  const cuts = [...new Set([0, bytes.length, ...good.flatMap((e) => [e.start, e.end])])].sort((a, b) => a - b);
  const runs = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    runs.push({ text: dec.decode(bytes.subarray(a, b)), fields: good.filter((e) => e.start <= a && e.end >= b).map((e) => e.field) });
  }
  return { runs, bad };
}

function highlighted(inc, text, evidence) {
  const { runs, bad } = spans(text, evidence);
  const frag = document.createDocumentFragment();
  for (const r of runs) {
    if (!r.fields.length) {
      frag.append(r.text);
      continue;
    }
    const fields = [...new Set(r.fields)];
    const mark = h('mark', {
      tabindex: '0', dataset: { fields: fields.join(' ') },
      'aria-label': `${r.text} — evidence for ${fields.map(fieldLabel).join(', ')}`,
    });
    mark.textContent = r.text;
    frag.append(mark);
  }
  return { frag, bad };
}

function renderArticles(inc, docs) {
  const box = $('#articles');
  const list = docs.map((d, i) => {
    const src = inc.sources[i];
    if (d.error) return h('article', { class: 'article', id: `article-${i}` }, h('p', { class: 'error' }, `${src.doc}: ${d.error}`));
    const ev = (inc.evidence || []).filter((e) => e.doc === d.id || (!e.doc && inc.sources.length === 1));
    const title = highlighted(inc, d.title || '', ev.filter((e) => e.in === 'title'));
    const body = highlighted(inc, d.text || '', ev.filter((e) => e.in !== 'title'));
    const bad = title.bad + body.bad;
    return h('article', { class: 'article', id: `article-${i}`, dataset: { doc: d.id } },
      h('h4', { class: 'article-title' }, title.frag),
      h('div', { class: 'muted small' }, [d.date, d.source, d.id].filter(Boolean).join(' · ')),
      bad ? h('p', { class: 'warn small' }, `${bad} evidence span${bad === 1 ? '' : 's'} did not match the stored text and ${bad === 1 ? 'is' : 'are'} not shown.`) : null,
      h('div', { class: 'article-text' }, body.frag));
  });
  box.replaceChildren(h('h3', null, 'Articles'), ...list);
  box.addEventListener('mouseover', (e) => markHover(inc, e.target.closest('mark'), e));
  box.addEventListener('mouseout', (e) => {
    if (e.target.closest('mark')) markHover(inc, null);
  });
  box.addEventListener('focusin', (e) => markHover(inc, e.target.closest('mark')));
  box.addEventListener('focusout', () => markHover(inc, null));
  box.addEventListener('click', (e) => {
    const mark = e.target.closest('mark');
    if (mark) jumpToField(mark);
  });
  box.addEventListener('keydown', (e) => {
    const mark = e.target.closest('mark');
    if (mark && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      jumpToField(mark);
    }
  });
}

// markHover shows which record values a highlighted span supports.
function markHover(inc, mark) {
  const tip = $('#tip');
  for (const b of document.querySelectorAll('.fv.linked')) b.classList.remove('linked');
  if (!mark) {
    tip.hidden = true;
    return;
  }
  const fields = mark.dataset.fields.split(' ');
  tip.replaceChildren(...fields.map((f) => h('div', null, h('span', { class: 'tip-field' }, fieldLabel(f)),
    fieldValue(inc, f) ? `: ${fieldValue(inc, f)}` : '')));
  const r = mark.getBoundingClientRect();
  tip.hidden = false;
  tip.style.left = `${Math.max(8, Math.min(window.innerWidth - tip.offsetWidth - 8, r.left))}px`;
  tip.style.top = `${r.top - tip.offsetHeight - 6 < 8 ? r.bottom + 6 : r.top - tip.offsetHeight - 6}px`;
  for (const f of fields) for (const b of linkedValues(f)) b.classList.add('linked');
}

// linkedValues finds the record values a span's field supports: the exact
// value when the record shows it, else the nearest enclosing one.
function linkedValues(f) {
  const all = [...document.querySelectorAll('#detail-body button[data-field]')];
  const exact = all.filter((b) => b.dataset.field === f);
  if (exact.length) return exact;
  return all.filter((b) => covers(b.dataset.field, f)).slice(0, 1);
}

function flash(e) {
  e.classList.remove('flash');
  void e.offsetWidth; // restart the animation
  e.classList.add('flash');
}

function jumpToField(mark) {
  const [b] = mark.dataset.fields.split(' ').flatMap(linkedValues);
  if (!b) return;
  b.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  flash(b);
}

// jumpToSpan scrolls to the next span behind a value; clicking again
// moves on to the next one, across all the sources.
function jumpToSpan(button) {
  const key = button.dataset.field;
  const marks = [...document.querySelectorAll('#articles mark')].filter((m) => m.dataset.fields.split(' ').some((f) => covers(key, f)));
  if (!marks.length) return;
  const i = (+(button.dataset.next || 0)) % marks.length;
  button.dataset.next = String(i + 1);
  for (const m of document.querySelectorAll('#articles mark.active')) m.classList.remove('active');
  const m = marks[i];
  m.classList.add('active');
  m.scrollIntoView({ block: 'center', behavior: 'smooth' });
  flash(m);
}

// ---------- legend and start ----------

// renderLegend lists the types present under the current filters.
function renderLegend(byType) {
  const present = TYPES.filter((t) => byType[t.key]);
  $('#legend').hidden = !present.length;
  $('#legend').replaceChildren(...present.map((t) => h('li', null, h('span', { class: 'swatch', dataset: { type: t.key } }), t.label)));
}

// Colours come from TYPES through a generated style sheet rather than
// inline styles, which the page's Content-Security-Policy forbids.
function typeStyles() {
  const css = TYPES.map((t) => `.swatch[data-type="${t.key}"]{background:${t.color}}`).join('\n');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

async function start() {
  readURL();
  typeStyles();
  initTable();
  initReview();
  try {
    const [world, all] = await Promise.all([
      fetch('vendor/world-atlas/countries-50m.json').then((r) => r.json()),
      api('api/stats', new URLSearchParams({ period: 'month' })),
    ]);
    initMap(world);
    initFilters(Object.keys(all.by_country || {}));
    state.emptyStore = !all.incidents;
  } catch (err) {
    showAlert(`Could not start: ${err.message}`);
    return;
  }
  const ro = new ResizeObserver(() => renderTimeline());
  ro.observe($('#timeline'));
  ro.observe($('#killed'));
  await load();
  if (state.selected) select(state.selected);
}

start();
