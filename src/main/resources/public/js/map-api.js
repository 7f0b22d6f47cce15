// Every API call of the coverage map, in one place so paths and fields are easy to adjust.
import { api } from './app.js';

/** County polygons of all Chongqing (the two city-level groups 5001 市辖区 and 5002 县, merged). */
export async function countyBoundaries() {
  const parts = await Promise.all(['5001', '5002'].map(code => api(`/api/regions/${code}/children/boundaries`)));
  return { type: 'FeatureCollection', features: parts.flatMap(p => p.features || []) };
}

/** Township areas of a county (approximate Voronoi areas: properties.approximate = true). */
export function townshipAreas(countyCode) {
  return api(`/api/regions/${countyCode}/children/boundaries`);
}

/** Villages of a county: [{code,name,parentCode,lon,lat,population,rural,formerPoverty}]. */
export function villages(countyCode) {
  return api(`/api/regions/${countyCode}/descendants?level=VILLAGE`);
}

/**
 * Division search by name or code within the user's scope, the given county's matches first:
 * [{code,name,level,parentCode,lon,lat,countyCode,countyName,townshipCode,townshipName}].
 */
export function searchRegions(q, county) {
  const params = new URLSearchParams({ q, limit: '30' });
  if (county) params.set('county', county);
  return api('/api/regions?' + params);
}

/** Stations (issue 3): the first 500 [{code,name,tier,regionCode,lon,lat,status,...}] with .total = all matches. */
export async function stations(region, { tier, status } = {}) {
  const params = new URLSearchParams({ region, size: '500' });
  if (tier) params.set('tier', tier);
  if (status) params.set('status', status);
  const page = await api('/api/stations?' + params);
  const list = Array.isArray(page) ? page : page.content || page.items || [];
  list.total = page.total ?? list.length; // the server's count of all matches, not the length of this page
  return list;
}

/**
 * Coverage (docs/indicators.md): {summary:{...}, townships:[{code,name,kind,countedAsTownship,ruralVillages,coveredVillages,
 * adminCoveredVillages,population,coveredPopulation,hasTownshipStation}], uncovered: 服务半径外的村 [{code,name,townshipCode,lon,lat,
 * population,formerPoverty,nearestStationCode,nearestDistanceM}], withoutStation: 无村级站点的行政村 [{rank,code,name,...,beyondRadius}]};
 * kind = 'BEYOND_RADIUS' | 'WITHOUT_STATION' returns that list only.
 */
export function coverage(region, { radiusKm, tiers, asOf, effectiveDays, kind } = {}) {
  const params = new URLSearchParams({ region });
  if (kind) params.set('kind', kind);
  if (radiusKm) params.set('radiusKm', radiusKm);
  if (tiers?.length) params.set('tiers', tiers.join(','));
  if (asOf) params.set('asOf', asOf);
  if (effectiveDays) params.set('effectiveDays', effectiveDays);
  return api('/api/coverage?' + params);
}

/** Logistics nodes (issue 3): [{code,tier,regionCode,lon,lat,parentCode,carriers}] or a page of them. */
export async function logisticsNodes(region) {
  const result = await api(`/api/logistics-nodes?region=${encodeURIComponent(region)}&size=2000`);
  return Array.isArray(result) ? result : result.content || result.items || [];
}

/**
 * Chain check (issue 3): the codes of nodes whose chain is broken. The response shape is not fixed yet, so
 * every array under a key naming orphans, broken chains, missing parents or wrong tiers contributes its codes.
 */
export async function brokenChainCodes(region) {
  const result = await api(`/api/logistics-nodes/chain-check?region=${encodeURIComponent(region)}`);
  const codes = new Set();
  for (const [key, value] of Object.entries(result || {})) {
    if (!Array.isArray(value) || !/orphan|broken|missing|wrong/i.test(key)) continue;
    for (const item of value) {
      const code = typeof item === 'string' ? item : item?.code || item?.nodeCode;
      if (code) codes.add(code);
    }
  }
  return codes;
}
