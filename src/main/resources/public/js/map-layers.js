// Leaflet drawing shared by the map and planner pages: boundaries, villages, stations, circles, legend, popups.
// Popups and tooltips get DOM nodes built with textContent, never HTML strings with data.
/* global L */
import { el, STATUS_LABELS, TIER_LABELS, formatNumber, percent } from './app.js';

export const CHONGQING_CENTER = [29.9, 107.6];
export const TOWNSHIP_KIND_LABELS = { TOWN: '镇', TOWNSHIP: '乡', SUBDISTRICT: '街道', OTHER: '其他' };
const RATE_COLORS = ['#d73027', '#fc8d59', '#fee08b', '#d9ef8b', '#91cf60', '#1a9850'];
const RATE_BREAKS = [0.2, 0.4, 0.6, 0.8, 0.95];

/** Creates the map with an SVG renderer and, only when configured, a background tile layer. */
export function createMap(elementId, config) {
  const map = L.map(elementId, { preferCanvas: false, zoomSnap: 0.25, attributionControl: true }).setView(CHONGQING_CENTER, 7);
  map.attributionControl.setPrefix(false);
  if (config?.tileUrl) {
    L.tileLayer(config.tileUrl, { attribution: config.tileAttribution || '', maxZoom: 18 }).addTo(map);
  }
  return map;
}

export function rateColor(rate) {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '#e5e7eb';
  const i = RATE_BREAKS.findIndex(b => rate < b);
  return RATE_COLORS[i === -1 ? RATE_COLORS.length - 1 : i];
}

/** A popup body: a bold title and a definition list of [label, value] rows. */
export function popupContent(title, rows, extra) {
  const dl = el('dl', {}, rows.filter(r => r[1] !== undefined && r[1] !== null && r[1] !== '')
    .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
  return el('div', { class: 'popup' }, el('strong', {}, title), dl, extra || null);
}

export function countyLayer(collection, { onSelect } = {}) {
  return L.geoJSON(collection, {
    style: { color: '#134a30', weight: 1.2, fillColor: '#cfe3d7', fillOpacity: 0.25, className: 'county-boundary' },
    onEachFeature: (feature, layer) => {
      layer.bindTooltip(el('span', {}, feature.properties.name), { sticky: true });
      if (onSelect) layer.on('click', () => onSelect(feature.properties.code));
    },
  });
}

/** Township areas, coloured by the coverage rate when township statistics are given (code → stats). */
export function townshipLayer(collection, statsByCode) {
  return L.geoJSON(collection, {
    style: feature => {
      const s = statsByCode?.get(feature.properties.code);
      const rate = s && s.ruralVillages ? s.coveredVillages / s.ruralVillages : null;
      return {
        color: '#555', weight: 0.8, dashArray: feature.properties.approximate ? '3 3' : null,
        fillColor: statsByCode ? rateColor(rate) : '#ffffff', fillOpacity: statsByCode ? 0.55 : 0.05,
        className: 'township-area',
      };
    },
    onEachFeature: (feature, layer) => {
      const p = feature.properties;
      const s = statsByCode?.get(p.code);
      const rows = [['代码', p.code]];
      if (s) {
        rows.push(['类型', TOWNSHIP_KIND_LABELS[s.kind] || s.kind], ['计入乡镇指标', s.countedAsTownship ? '是（乡、镇且有农村行政村）' : '否'],
          ['农村行政村', s.ruralVillages], ['地理覆盖（半径内有站点）', `${s.coveredVillages}（${percent(s.coveredVillages, s.ruralVillages)}）`],
          ['行政村覆盖（村内有村级站点）', `${s.adminCoveredVillages}（${percent(s.adminCoveredVillages, s.ruralVillages)}）`],
          ['覆盖人口（地理）', `${formatNumber(s.coveredPopulation)} / ${formatNumber(s.population)}`],
          ['原贫困村（地理 / 行政覆盖）', s.formerPovertyVillages ? `${s.formerPovertyCovered} / ${s.formerPovertyAdminCovered ?? '—'}（共 ${s.formerPovertyVillages}）` : '无'],
          ['乡镇服务站', s.hasTownshipStation ? '有' : '无']);
      }
      if (p.approximate) rows.push(['边界', '近似（按村点划分）']);
      layer.bindPopup(() => popupContent(p.name, rows));
    },
  });
}

/**
 * Village points; villages beyond the service radius (服务半径外的村: code → record) in red, former-poverty villages
 * with a thick purple ring; {withoutStation} (无村级站点的行政村: code → record) adds the village-station status to the
 * popup. Returns {layer, markers: Map(code → marker)}.
 */
export function villageLayer(list, uncoveredByCode, withoutStationByCode) {
  const layer = L.featureGroup();
  const markers = new Map();
  for (const v of list) {
    if (v.lon === null || v.lat === null || v.lon === undefined) continue;
    const gap = uncoveredByCode?.get(v.code);
    const rural = v.rural !== false;
    const fill = !rural ? '#9ca3af' : gap ? '#d32f2f' : uncoveredByCode ? '#2e7d32' : '#607d8b';
    const marker = L.circleMarker([v.lat, v.lon], {
      radius: gap ? 5 : 3.5, weight: v.formerPoverty ? 2.5 : 1, color: v.formerPoverty ? '#6a1b9a' : '#ffffff',
      fillColor: fill, fillOpacity: 0.9,
      className: ['village', gap ? 'village-uncovered' : '', v.formerPoverty ? 'village-former-poverty' : ''].join(' ').trim(),
    });
    const rows = [['代码', v.code], ['类型', rural ? '农村（村委会）' : '城镇社区'], ['人口', formatNumber(v.population)],
      ['原贫困村', v.formerPoverty ? '是' : '否']];
    if (gap) rows.push(['地理覆盖', '服务半径外'], ['最近站点', gap.nearestStationCode || '无'],
      ['最近距离', gap.nearestDistanceM ? (gap.nearestDistanceM / 1000).toFixed(2) + ' km' : '—']);
    else if (uncoveredByCode && rural) rows.push(['地理覆盖', '服务半径内']);
    if (withoutStationByCode && rural) {
      const w = withoutStationByCode.get(v.code);
      rows.push(['村级站点', w ? `无（优先序 ${w.rank}）` : '有']);
    }
    marker.bindPopup(() => popupContent(v.name, rows));
    marker.village = v;
    marker.addTo(layer);
    markers.set(v.code, marker);
  }
  return { layer, markers };
}

/** 无村级站点的行政村: an orange ring around each rural village without a village service point (administrative gap). */
export function withoutStationLayer(list) {
  const layer = L.featureGroup();
  for (const v of list) {
    if (typeof v.lon !== 'number' || typeof v.lat !== 'number') continue;
    L.circleMarker([v.lat, v.lon], {
      radius: 8, weight: 2, color: '#ef6c00', fill: false, className: 'village-without-station',
    }).bindTooltip(el('span', {}, `${v.name}：无村级站点（优先序 ${v.rank}）`)).addTo(layer);
  }
  return layer;
}

export function stationIcon(tier, status, extraClass = '') {
  const size = tier === 'COUNTY_CENTER' ? 22 : tier === 'TOWNSHIP_STATION' ? 20 : 16;
  return L.divIcon({
    className: 'station-marker',
    html: `<span class="station-icon ${tier} ${status} ${extraClass}"></span>`, // fixed class names only, no data
    iconSize: [size, size], iconAnchor: [size / 2, size / 2],
  });
}

/** Station markers by tier (shape) and status (colour). Returns {layer, markers: Map(code → marker)}. */
export function stationLayer(list, { onClick } = {}) {
  const layer = L.featureGroup();
  const markers = new Map();
  for (const s of list) {
    if (typeof s.lon !== 'number' || typeof s.lat !== 'number') continue;
    const tier = TIER_LABELS[s.tier] ? s.tier : 'VILLAGE_STATION';
    const status = STATUS_LABELS[s.status] ? s.status : 'ACTIVE';
    const marker = L.marker([s.lat, s.lon], { icon: stationIcon(tier, status), title: s.name, zIndexOffset: tier === 'COUNTY_CENTER' ? 300 : 100 });
    marker.bindPopup(() => popupContent(s.name, [['编码', s.code], ['层级', TIER_LABELS[s.tier] || s.tier],
      ['状态', STATUS_LABELS[s.status] || s.status], ['区划', s.regionCode], ['开业', s.openedOn], ['地址', s.address]]));
    if (onClick) marker.on('click', () => onClick(s, marker));
    marker.addTo(layer);
    markers.set(s.code, marker);
  }
  return { layer, markers };
}

/** Service-radius circles around the stations that count for coverage. */
export function circleLayer(list, radiusKm, countedTiers) {
  const layer = L.featureGroup();
  for (const s of list) {
    if (typeof s.lon !== 'number' || s.status !== 'ACTIVE' || !countedTiers.includes(s.tier)) continue;
    L.circle([s.lat, s.lon], {
      radius: radiusKm * 1000, color: '#1d6b46', weight: 1, fillColor: '#1d6b46', fillOpacity: 0.06,
      interactive: false, className: 'coverage-circle',
    }).addTo(layer);
  }
  return layer;
}

/** Logistics chains: a line from each node to its upstream node; broken chains in red. */
export function logisticsLayer(nodes, brokenCodes) {
  const layer = L.featureGroup();
  const byCode = new Map(nodes.map(n => [n.code, n]));
  const tierLabel = { COUNTY_HUB: '县级物流配送中心', TOWNSHIP_TRANSFER: '乡镇中转站', VILLAGE_POINT: '村级配送点' };
  for (const n of nodes) {
    if (typeof n.lon !== 'number') continue;
    const parent = n.parentCode ? byCode.get(n.parentCode) : null;
    const broken = brokenCodes.has(n.code) || (n.tier !== 'COUNTY_HUB' && !parent);
    if (parent && typeof parent.lon === 'number') {
      L.polyline([[n.lat, n.lon], [parent.lat, parent.lon]], {
        color: broken ? '#d32f2f' : '#1e63b5', weight: broken ? 2.5 : 1.5, opacity: 0.8,
        dashArray: broken ? '6 4' : null, className: broken ? 'chain-broken' : 'chain',
      }).addTo(layer);
    }
    L.circleMarker([n.lat, n.lon], {
      radius: n.tier === 'COUNTY_HUB' ? 6 : n.tier === 'TOWNSHIP_TRANSFER' ? 4.5 : 3,
      color: broken ? '#d32f2f' : '#1e63b5', weight: 1.5, fillColor: '#fff', fillOpacity: 1, className: 'logistics-node',
    }).bindPopup(() => popupContent(n.name || n.code, [['编码', n.code], ['层级', tierLabel[n.tier] || n.tier],
      ['上级节点', n.parentCode || '—'], ['承运', Array.isArray(n.carriers) ? n.carriers.join('、') : n.carriers],
      ['链路', broken ? '断链（无法到达县级中心）' : '正常']])).addTo(layer);
  }
  return layer;
}

/** The legend control: station symbols, village colours, logistics lines and the choropleth ramp. */
export function legend(map) {
  const control = L.control({ position: 'bottomright' });
  control.onAdd = () => {
    const box = el('div', { class: 'legend', id: 'legend' });
    const sym = (cls, label) => el('div', {}, el('span', { class: 'sym' }, el('span', { class: 'station-icon ' + cls, style: 'display:inline-block' })), label);
    const dot = (color, ring, label) => el('div', {}, el('span', { class: 'swatch', style: `background:${color};border-radius:50%;width:10px;border:2px solid ${ring}` }), label);
    box.append(el('b', {}, '站点（形状=层级，颜色=状态）'),
      sym('COUNTY_CENTER ACTIVE', '县级中心'), sym('TOWNSHIP_STATION ACTIVE', '乡镇服务站'), sym('VILLAGE_STATION ACTIVE', '村级服务站点'),
      el('div', {}, ['ACTIVE', 'PLANNED', 'SUSPENDED', 'CLOSED'].map(s =>
        el('span', { style: 'margin-right:.4rem;white-space:nowrap' }, el('span', { class: `station-icon VILLAGE_STATION ${s}`, style: 'display:inline-block;width:9px;height:9px;margin-right:2px' }), STATUS_LABELS[s]))),
      el('b', {}, '村庄'), dot('#d32f2f', '#fff', '服务半径外的村'), dot('#2e7d32', '#fff', '服务半径内的村'), dot('#607d8b', '#6a1b9a', '紫圈：原贫困村'),
      el('div', {}, el('span', { class: 'swatch', style: 'background:transparent;border-radius:50%;width:10px;border:2px solid #ef6c00' }), '橙圈：无村级站点的行政村'),
      el('b', {}, '物流链路'), el('div', {}, el('span', { class: 'swatch', style: 'background:#1e63b5;height:3px' }), '正常'),
      el('div', {}, el('span', { class: 'swatch', style: 'background:#d32f2f;height:3px' }), '断链'),
      el('b', {}, '乡镇地理覆盖率（半径内的村 / 农村行政村）'),
      ...RATE_COLORS.map((c, i) => el('div', {}, el('span', { class: 'swatch', style: `background:${c}` }),
        i === 0 ? `< ${RATE_BREAKS[0] * 100}%` : i === RATE_COLORS.length - 1 ? `≥ ${RATE_BREAKS[i - 1] * 100}%` : `${RATE_BREAKS[i - 1] * 100}–${RATE_BREAKS[i] * 100}%`)));
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  };
  control.addTo(map);
  return control;
}
