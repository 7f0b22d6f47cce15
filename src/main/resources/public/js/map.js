// Coverage map page: county and township boundaries, villages, stations, coverage circles, logistics chains.
/* global L */
import { clear, describeError, el, fillCountySelect, formatNumber, message, percent, renderNav, requireLogin, uiConfig } from './app.js';
import * as data from './map-api.js';
import * as layers from './map-layers.js';

const $ = id => document.getElementById(id);
const me = await requireLogin();
renderNav(me, '/map');
const config = await uiConfig();
const features = config.features || {};
const map = layers.createMap('map', config);
layers.legend(map);
const overlays = L.control.layers(null, {}, { collapsed: true, position: 'topright' }).addTo(map);
let current = [];         // the county-specific layers currently on the map
let villageMarkers = new Map();
let countyShapes = null;

function status(text, kind) { message($('layer-status'), text, kind); }

function filters() {
  const tiers = [...document.querySelectorAll('#tiers input:checked')].map(i => i.value);
  return {
    county: $('county').value,
    tiers,
    status: $('status').value,
    radiusKm: Number($('radius').value) || 3,
    asOf: $('as-of').value || undefined,
    effectiveDays: $('effective').checked ? Number($('effective-days').value) || 90 : undefined,
  };
}

function show(layer, name) {
  layer.addTo(map);
  overlays.addOverlay(layer, name);
  current.push(layer);
}

/** Runs one data load; a missing API or a failure becomes a Chinese message, never an exception. */
let unavailable = [];
async function attempt(label, available, load) {
  if (!available) {
    unavailable.push(label);
    return null;
  }
  try {
    return await load();
  } catch (e) {
    status(`${label}加载失败：${describeError(e)}`, 'error');
    return null;
  }
}

function renderSummary(coverage) {
  const box = clear($('summary'));
  if (!coverage?.summary) return;
  const s = coverage.summary;
  const km = coverage.radiusKm ?? 3;
  const beyond = s.villagesBeyondRadius ?? coverage.uncovered?.length;
  const without = s.villagesWithoutStation ?? (s.ruralVillages - s.adminCoveredVillages);
  box.append(el('div', { class: 'summary', id: 'coverage-summary' },
    el('div', {}, el('b', {}, percent(s.adminCoveredVillages, s.ruralVillages)), `行政村覆盖率（村内有村级站点 ${s.adminCoveredVillages}/${s.ruralVillages}）`),
    el('div', {}, el('b', {}, percent(s.coveredVillages, s.ruralVillages)), `地理覆盖率（${km} km 内有站点 ${s.coveredVillages}/${s.ruralVillages}）`),
    el('div', {}, el('b', {}, percent(s.coveredPopulation, s.population)), `地理覆盖人口 ${formatNumber(s.coveredPopulation)}`),
    el('div', {}, el('b', {}, percent(s.formerPovertyAdminCovered, s.formerPovertyVillages)), `原贫困村行政覆盖（村内有村级站点 ${s.formerPovertyAdminCovered}/${s.formerPovertyVillages}）`),
    el('div', {}, el('b', {}, percent(s.formerPovertyCovered, s.formerPovertyVillages)), `原贫困村地理覆盖（${km} km 内 ${s.formerPovertyCovered}/${s.formerPovertyVillages}）`),
    el('div', {}, el('b', {}, `${s.townshipsWithStation}/${s.townships}`), '有乡镇服务站的乡镇（乡、镇）'),
    s.subdistricts ? el('div', {}, el('b', {}, `${s.subdistrictsWithStation}/${s.subdistricts}`), '有乡镇服务站的街道（另计）') : null,
    el('div', { id: 'count-without-station' }, el('b', {}, String(without ?? '—')), '无村级站点的行政村'),
    el('div', { id: 'count-beyond-radius' }, el('b', {}, String(beyond ?? '—')), `服务半径外的村（${km} km）`)));
}

async function loadCounty() {
  const f = filters();
  clear($('layer-status'));
  clear($('summary'));
  for (const layer of current) { overlays.removeLayer(layer); map.removeLayer(layer); }
  current = [];
  document.body.dataset.loaded = 'false';
  unavailable = [];

  const [townships, villageList, coverage, stationList, nodes, broken] = await Promise.all([
    attempt('乡镇边界', true, () => data.townshipAreas(f.county)),
    attempt('村庄', true, () => data.villages(f.county)),
    attempt('覆盖分析', features.coverage, () => data.coverage(f.county, f)),
    attempt('服务站点', features.stations, () => data.stations(f.county, { status: f.status })),
    attempt('物流节点', features.logistics, () => data.logisticsNodes(f.county)),
    attempt('物流链路检查', features.chainCheck, () => data.brokenChainCodes(f.county)),
  ]);
  const townshipStats = coverage?.townships ? new Map(coverage.townships.map(t => [t.code, t])) : null;
  const uncovered = coverage?.uncovered ? new Map(coverage.uncovered.map(v => [v.code, v])) : null;
  const withoutStation = coverage?.withoutStation ? new Map(coverage.withoutStation.map(v => [v.code, v])) : null;

  if (townships) {
    const layer = layers.townshipLayer(townships, townshipStats);
    show(layer, '乡镇（覆盖率）');
    if (layer.getBounds().isValid()) map.fitBounds(layer.getBounds(), { padding: [10, 10] });
  }
  if (stationList) show(layers.circleLayer(stationList, f.radiusKm, f.tiers), `服务半径 ${f.radiusKm} km`);
  if (nodes) show(layers.logisticsLayer(nodes, broken || new Set()), '物流链路');
  if (villageList) {
    const v = layers.villageLayer(villageList, uncovered, withoutStation);
    villageMarkers = v.markers;
    show(v.layer, '村庄（红：服务半径外的村）');
  }
  if (coverage?.withoutStation) show(layers.withoutStationLayer(coverage.withoutStation), '无村级站点的行政村');
  if (stationList) show(layers.stationLayer(stationList).layer, '服务站点');
  renderSummary(coverage);

  const counts = [villageList && `村庄 ${villageList.length} 个`, stationList && `站点 ${stationList.total ?? stationList.length} 个${stationList.total > stationList.length ? `（地图显示前 ${stationList.length} 个）` : ''}`,
    uncovered && `服务半径外的村 ${uncovered.size} 个`, withoutStation && `无村级站点的行政村 ${withoutStation.size} 个`,
    nodes && `物流节点 ${nodes.length} 个`].filter(Boolean);
  if (counts.length) status(`已加载：${counts.join('，')}`, 'ok');
  if (unavailable.length) status(`以下接口尚未上线，暂不显示：${unavailable.join('、')}`, 'warn');
  Object.assign(document.body.dataset, {
    loaded: 'true', villages: villageList?.length ?? 0, stations: stationList?.length ?? -1, uncovered: uncovered?.size ?? -1,
    withoutStation: withoutStation?.size ?? -1,
  });
}

async function searchVillages() {
  const q = $('village-search').value.trim();
  const list = clear($('village-results'));
  if (q.length < 2) return;
  try {
    // a bureau searches its own county (the API keeps it there); an operator's search is limited to its station's county
    const county = me.role === 'BUREAU' ? me.scopeCode : me.role === 'OPERATOR' ? '' : $('county').value;
    const results = (await data.searchRegions(q, county)).filter(r => r.level === 'VILLAGE' || r.level === 'TOWNSHIP');
    if (!results.length) list.append(el('li', {}, '没有找到匹配的村庄'));
    let elsewhere = false;
    for (const r of results) {
      if (county && r.countyCode !== county && !elsewhere) {
        elsewhere = true;
        list.append(el('li', { class: 'hint' }, '其他区县（点击将切换地图）：'));
      }
      const where = [r.level === 'VILLAGE' ? r.townshipName : null, r.countyName].filter(Boolean).join('，');
      list.append(el('li', { onclick: () => goTo(r), 'data-code': r.code }, r.name,
        el('span', { class: 'hint' }, where ? `（${where}）` : ` ${r.code}`)));
    }
  } catch (e) {
    list.append(el('li', {}, describeError(e)));
  }
}

async function goTo(region) {
  const county = region.code.slice(0, 6);
  if ($('county').value !== county) {
    $('county').value = county;
    await loadCounty();
  }
  const marker = villageMarkers.get(region.code);
  if (marker) {
    map.setView(marker.getLatLng(), 13);
    marker.openPopup();
  } else if (typeof region.lon === 'number') {
    map.setView([region.lat, region.lon], 12);
  }
}

await fillCountySelect($('county'), me);
$('county').addEventListener('change', loadCounty);
$('apply').addEventListener('click', loadCounty);
let searchTimer;
$('village-search').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(searchVillages, 300); });
if (!features.coverage) {
  for (const id of ['as-of', 'effective', 'effective-days']) $(id).disabled = true;
}

try {
  countyShapes = await data.countyBoundaries();
  const counties = layers.countyLayer(countyShapes, {
    onSelect: code => { if (code !== $('county').value) { $('county').value = code; loadCounty(); } },
  });
  counties.addTo(map);
  counties.bringToBack();
  overlays.addOverlay(counties, '区县边界');
  document.body.dataset.counties = String(countyShapes.features.length);
} catch (e) {
  status('区县边界加载失败：' + describeError(e), 'error');
}
await loadCounty();
