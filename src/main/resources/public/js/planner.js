// Planner page: the two gap lists (无村级站点的行政村 / 服务半径外的村) with exports, a plan for either gap, and what-if scenarios.
/* global L */
import { clear, describeError, el, fillCountySelect, formatNumber, message, percent, placeholder, renderNav, requireLogin, saveBlob, uiConfig } from './app.js';
import * as data from './map-api.js';
import * as planner from './planner-api.js';
import * as layers from './map-layers.js';

const $ = id => document.getElementById(id);
const me = await requireLogin();
renderNav(me, '/planner');
const config = await uiConfig();
const features = config.features || {};
const map = layers.createMap('map', config);
layers.legend(map);
const base = L.featureGroup().addTo(map);      // townships, villages, stations of the county
const planLayer = L.featureGroup().addTo(map);
const scenarioLayer = L.featureGroup().addTo(map);
let villagesByCode = new Map();
let stationMarkers = new Map();
const added = [];          // {lon, lat, marker}
const closing = new Map(); // station code → station

const radius = () => Number($('radius').value) || 3;
const county = () => $('county').value;

function note(text, kind = 'warn') { message($('messages'), text, kind); }

let lastCoverage = null;
const km = v => v.nearestDistanceM ? (v.nearestDistanceM / 1000).toFixed(1) + ' km' : '无';
const povertyBadge = v => v.formerPoverty ? el('span', { class: 'badge failed', style: 'margin-left:.3rem' }, '原贫困村') : null;

/** 服务半径外的村: rural villages farther than the radius from every counted station, largest population first. */
function beyondRadiusTable(list) {
  if (!list.length) return placeholder('没有服务半径外的村');
  const sorted = [...list].sort((a, b) => (b.population || 0) - (a.population || 0));
  return el('div', { class: 'table-wrap', style: 'max-height:260px;overflow-y:auto' }, el('table', { id: 'uncovered-table' },
    el('thead', {}, el('tr', {}, el('th', {}, '村'), el('th', { class: 'num' }, '人口'), el('th', { class: 'num' }, '最近站点'))),
    el('tbody', {}, sorted.map(v => el('tr', { onclick: () => focusVillage(v.code), style: 'cursor:pointer' },
      el('td', {}, v.name, povertyBadge(v)), el('td', { class: 'num' }, formatNumber(v.population)), el('td', { class: 'num' }, km(v)))))));
}

/** 无村级站点的行政村: rural villages without a village service point, in the server's priority order. */
function withoutStationTable(list) {
  if (!list.length) return placeholder('所有农村行政村都有村级站点');
  return el('div', { class: 'table-wrap', style: 'max-height:260px;overflow-y:auto' }, el('table', { id: 'without-station-table' },
    el('thead', {}, el('tr', {}, el('th', { class: 'num' }, '序'), el('th', {}, '村'), el('th', { class: 'num' }, '人口'), el('th', { class: 'num' }, '最近站点'))),
    el('tbody', {}, list.map(v => el('tr', { onclick: () => focusVillage(v.code), style: 'cursor:pointer' },
      el('td', { class: 'num' }, String(v.rank)),
      el('td', {}, v.name, povertyBadge(v), v.beyondRadius ? el('span', { class: 'badge', style: 'margin-left:.3rem' }, '半径外') : null),
      el('td', { class: 'num' }, formatNumber(v.population)), el('td', { class: 'num' }, km(v)))))));
}

function renderGaps() {
  const c = lastCoverage;
  if (!c) { clear($('uncovered'), placeholder('暂无数据')); clear($('gap-counts')); return; }
  const s = c.summary;
  clear($('gap-counts'), `无村级站点的行政村 ${s.villagesWithoutStation ?? (c.withoutStation || []).length} 个（行政村覆盖率 ${percent(s.adminCoveredVillages, s.ruralVillages)}）；`
    + `服务半径外的村 ${s.villagesBeyondRadius ?? (c.uncovered || []).length} 个（${c.radiusKm ?? radius()} km，地理覆盖率 ${percent(s.coveredVillages, s.ruralVillages)}）`);
  clear($('uncovered'), $('gap-kind').value === 'WITHOUT_STATION' ? withoutStationTable(c.withoutStation || []) : beyondRadiusTable(c.uncovered || []));
}

function focusVillage(code) {
  const marker = villagesByCode.get(code);
  if (marker) { map.setView(marker.getLatLng(), 13); marker.openPopup(); }
}

function toggleClose(station, marker) {
  if (!features.whatIf) return;
  const icon = marker.getElement()?.querySelector('.station-icon');
  if (closing.has(station.code)) closing.delete(station.code); else closing.set(station.code, station);
  icon?.classList.toggle('closing', closing.has(station.code));
  renderScenario();
}

async function loadCounty() {
  clear($('messages'));
  base.clearLayers();
  planLayer.clearLayers();
  clearScenario();
  clear($('plan'), features.plan ? null : placeholder('暂无数据：选址接口尚未上线'));
  const region = county();
  const [townships, villageList] = await Promise.all([data.townshipAreas(region), data.villages(region)]).catch(e => {
    note('地图数据加载失败：' + describeError(e), 'error');
    return [null, null];
  });
  let coverage = null, stationList = null;
  lastCoverage = null;
  if (features.coverage) {
    try { coverage = await data.coverage(region, { radiusKm: radius() }); } catch (e) { note('覆盖分析失败：' + describeError(e), 'error'); }
  } else note('覆盖分析接口尚未上线：未覆盖清单、导出和选址暂不可用');
  if (features.stations) {
    try { stationList = await data.stations(region); } catch (e) { note('站点加载失败：' + describeError(e), 'error'); }
  }
  if (townships) {
    const t = layers.townshipLayer(townships, coverage ? new Map(coverage.townships.map(x => [x.code, x])) : null).addTo(base);
    if (t.getBounds().isValid()) map.fitBounds(t.getBounds(), { padding: [10, 10] });
  }
  if (villageList) {
    const v = layers.villageLayer(villageList, coverage ? new Map(coverage.uncovered.map(x => [x.code, x])) : null,
      coverage?.withoutStation ? new Map(coverage.withoutStation.map(x => [x.code, x])) : null);
    v.layer.addTo(base);
    villagesByCode = v.markers;
  }
  if (stationList) {
    layers.circleLayer(stationList, radius(), ['VILLAGE_STATION', 'TOWNSHIP_STATION']).addTo(base);
    stationMarkers = layers.stationLayer(stationList, { onClick: toggleClose }).markers;
    stationMarkers.forEach(m => m.addTo(base));
  }
  if (coverage?.withoutStation) layers.withoutStationLayer(coverage.withoutStation).addTo(base);
  lastCoverage = coverage;
  renderGaps();
  document.body.dataset.loaded = 'true';
}

async function exportFile(format) {
  try {
    const kind = $('gap-kind').value;
    const blob = await planner.uncoveredFile(county(), radius(), format, kind);
    saveBlob(blob, `${kind === 'WITHOUT_STATION' ? 'without-station' : 'beyond-radius'}-${county()}-${radius()}km.${format}`);
  } catch (e) {
    note('导出失败：' + describeError(e), 'error');
  }
}

/** Plan for the administrative gap: the k villages without a village station that should get one first. */
async function runPriorities(box) {
  const r = await planner.priorities(county(), radius(), Number($('k').value) || 10);
  clear(box);
  box.append(el('div', { class: 'summary', id: 'plan-summary' },
    el('div', {}, el('b', {}, `${percent(r.adminCoveredBefore, r.ruralVillages)} → ${percent(r.adminCoveredAfter, r.ruralVillages)}`),
      `行政村覆盖率（有村级站点的行政村 ${r.adminCoveredBefore} → ${r.adminCoveredAfter} / ${r.ruralVillages}）`),
    el('div', {}, el('b', {}, `${r.formerPovertyAdminCoveredBefore} → ${r.formerPovertyAdminCoveredAfter}`), `原贫困村行政覆盖（共 ${r.formerPovertyVillages} 个）`)),
    el('p', { class: 'hint', style: 'font-size:.8rem;color:#6b7280' }, '排序：原贫困村优先；其次服务半径外的村；再按人口从多到少；再按离最近站点由远到近。'));
  const list = el('ol', { class: 'result-list', id: 'plan-sites' });
  for (const v of r.villages) {
    const marker = L.marker([v.lat, v.lon], { icon: L.divIcon({ className: 'station-marker site-marker', html: '<span class="station-icon site"></span>', iconSize: [16, 16] }), zIndexOffset: 500 })
      .bindPopup(() => layers.popupContent(`优先建站 ${v.rank}：${v.name}`, [['村代码', v.code], ['人口', formatNumber(v.population)],
        ['原贫困村', v.formerPoverty ? '是' : '否'], ['服务半径外', v.beyondRadius ? '是' : '否'], ['最近站点', km(v)]]))
      .addTo(planLayer);
    list.append(el('li', { onclick: () => { map.setView(marker.getLatLng(), 12); marker.openPopup(); } },
      `${v.rank}. ${v.name}：${formatNumber(v.population)} 人${v.formerPoverty ? '，原贫困村' : ''}${v.beyondRadius ? '，服务半径外' : ''}，最近站点 ${km(v)}`));
  }
  box.append(list);
}

async function runPlan() {
  const box = clear($('plan'), el('div', { class: 'placeholder' }, '计算中…'));
  planLayer.clearLayers();
  if ($('plan-kind').value === 'WITHOUT_STATION') {
    try { await runPriorities(box); } catch (e) { clear(box, el('div', { class: 'message error' }, '选址计算失败：' + describeError(e))); }
    return;
  }
  try {
    const result = await planner.plan(county(), radius(), Number($('k').value) || 10);
    clear(box);
    box.append(el('div', { class: 'summary', id: 'plan-summary' },
      el('div', {}, el('b', {}, formatNumber(result.newlyCoveredPopulation)), `新增覆盖人口（地理：${radius()} km 内）`),
      el('div', {}, el('b', {}, result.gapPercent === undefined || result.gapPercent === null ? '—' : `≤ ${Number(result.gapPercent).toFixed(2)}%`), `距最优上界（${formatNumber(result.upperBound)}）`)));
    const list = el('ol', { class: 'result-list', id: 'plan-sites' });
    result.sites.forEach((site, i) => {
      const covered = (site.newlyCoveredVillages || []).map(code => villagesByCode.get(code)).filter(Boolean);
      const names = covered.map(m => m.village?.name).filter(Boolean);
      const marker = L.marker([site.lat, site.lon], { icon: L.divIcon({ className: 'station-marker site-marker', html: '<span class="station-icon site"></span>', iconSize: [16, 16] }), zIndexOffset: 500 })
        .bindPopup(() => layers.popupContent(`建议站点 ${i + 1}：${site.name}`, [['村代码', site.villageCode],
          ['新增覆盖人口', formatNumber(site.newlyCoveredPopulation)], ['新覆盖村数', (site.newlyCoveredVillages || []).length]]))
        .addTo(planLayer);
      L.circle([site.lat, site.lon], { radius: radius() * 1000, color: '#ff6f00', weight: 1, fillOpacity: 0.05, interactive: false }).addTo(planLayer);
      for (const m of covered) L.polyline([[site.lat, site.lon], m.getLatLng()], { color: '#ff6f00', weight: 1, opacity: 0.6, interactive: false }).addTo(planLayer);
      list.append(el('li', { onclick: () => { map.setView(marker.getLatLng(), 12); marker.openPopup(); } },
        `${i + 1}. ${site.name}：新增覆盖 ${formatNumber(site.newlyCoveredPopulation)} 人、${(site.newlyCoveredVillages || []).length} 个村`,
        names.length ? el('div', { class: 'hint', style: 'font-size:.78rem;color:#6b7280' }, names.slice(0, 8).join('、') + (names.length > 8 ? ' 等' : '')) : null));
    });
    box.append(list);
  } catch (e) {
    clear(box, el('div', { class: 'message error' }, '选址计算失败：' + describeError(e)));
  }
}

function renderScenario() {
  const list = clear($('scenario'));
  added.forEach((a, i) => list.append(el('li', {}, `拟建站点 ${i + 1}（${a.lon.toFixed(4)}, ${a.lat.toFixed(4)}）`)));
  closing.forEach(s => list.append(el('li', {}, `拟关闭：${s.name}（${s.code}）`)));
  if (!added.length && !closing.size) list.append(el('li', { class: 'hint' }, '尚未选择'));
}

function clearScenario() {
  added.length = 0;
  scenarioLayer.clearLayers();
  closing.forEach((s, code) => stationMarkers.get(code)?.getElement()?.querySelector('.station-icon')?.classList.remove('closing'));
  closing.clear();
  clear($('what-if'), features.whatIf ? null : placeholder('暂无数据：情景模拟接口尚未上线'));
  renderScenario();
}

async function runWhatIf() {
  const box = clear($('what-if'));
  try {
    const r = await planner.whatIf({
      region: county(), radiusKm: radius(), tiers: 'VILLAGE_STATION,TOWNSHIP_STATION',
      add: added.map(a => ({ lon: a.lon, lat: a.lat, crs: 'CGCS2000' })), close: [...closing.keys()],
    });
    const row = (label, key, total) => el('tr', {}, el('td', {}, label),
      el('td', { class: 'num' }, `${formatNumber(r.before[key])}${total ? '（' + percent(r.before[key], r.before[total]) + '）' : ''}`),
      el('td', { class: 'num' }, `${formatNumber(r.after[key])}${total ? '（' + percent(r.after[key], r.after[total]) + '）' : ''}`));
    box.append(el('table', { id: 'what-if-table' },
      el('thead', {}, el('tr', {}, el('th', {}, '指标'), el('th', { class: 'num' }, '调整前'), el('th', { class: 'num' }, '调整后'))),
      el('tbody', {}, row('地理覆盖的村（半径内有站点）', 'coveredVillages', 'ruralVillages'), row('地理覆盖人口', 'coveredPopulation', 'population'),
        row('有村级站点的行政村', 'adminCoveredVillages', 'ruralVillages'), row('原贫困村地理覆盖', 'formerPovertyCovered', 'formerPovertyVillages'),
        row('原贫困村行政覆盖', 'formerPovertyAdminCovered', 'formerPovertyVillages'))),
    el('div', { style: 'font-size:.85rem;margin-top:.4rem' }, r.changes.length
      ? `变化的村：${r.changes.slice(0, 20).map(v => `${v.name || v.code}${v.covered === false ? '（失去覆盖）' : ''}`).join('、')}${r.changes.length > 20 ? ' 等' : ''}`
      : '没有村庄的覆盖状态发生变化'));
  } catch (e) {
    box.append(el('div', { class: 'message error' }, '情景计算失败：' + describeError(e)));
  }
}

map.on('click', event => {
  if (!$('add-mode').checked) return;
  const { lat, lng } = event.latlng;
  const marker = L.marker([lat, lng], { icon: layers.stationIcon('VILLAGE_STATION', 'ACTIVE', 'proposed') }).addTo(scenarioLayer);
  L.circle([lat, lng], { radius: radius() * 1000, color: '#7b1fa2', weight: 1, fillOpacity: 0.05, interactive: false }).addTo(scenarioLayer);
  added.push({ lon: lng, lat, marker });
  renderScenario();
});

await fillCountySelect($('county'), me);
$('county').addEventListener('change', loadCounty);
$('radius').addEventListener('change', loadCounty);
$('gap-kind').addEventListener('change', renderGaps);
document.querySelectorAll('[data-export]').forEach(b => {
  b.disabled = !features.coverage;
  b.addEventListener('click', () => exportFile(b.dataset.export));
});
$('run-plan').disabled = !features.plan;
$('run-plan').addEventListener('click', runPlan);
for (const id of ['run-what-if', 'add-mode', 'clear-what-if']) $(id).disabled = !features.whatIf;
$('run-what-if').addEventListener('click', runWhatIf);
$('clear-what-if').addEventListener('click', clearScenario);
renderScenario();
await loadCounty();
