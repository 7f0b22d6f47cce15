// API calls of the planner page (issue 4): uncovered exports, k-site plan and what-if.
import { api } from './app.js';

/**
 * A gap list as a file: kind BEYOND_RADIUS (服务半径外的村) | WITHOUT_STATION (无村级站点的行政村), format geojson | csv | xlsx;
 * fetched with the token, returned as a Blob.
 */
export function uncoveredFile(region, radiusKm, format, kind = 'BEYOND_RADIUS') {
  return api(`/api/coverage/uncovered.${format}?region=${encodeURIComponent(region)}&radiusKm=${radiusKm}&kind=${kind}`, { as: 'blob', headers: { Accept: '*/*' } });
}

/**
 * Which k villages without a village station should get one first: {ranking, adminCoveredBefore, adminCoveredAfter,
 * adminCoverageRateBefore, adminCoverageRateAfter, formerPovertyAdminCoveredBefore/After, villages:[{rank,code,name,...}]}.
 */
export function priorities(region, radiusKm, k) {
  return api(`/api/coverage/priorities?region=${encodeURIComponent(region)}&radiusKm=${radiusKm}&k=${k}`);
}

/** {sites:[{villageCode,name,lon,lat,newlyCoveredPopulation,newlyCoveredVillages:[codes]}], newlyCoveredPopulation, upperBound, gapPercent} */
export function plan(region, radiusKm, k) {
  return api(`/api/coverage/plan?region=${encodeURIComponent(region)}&radiusKm=${radiusKm}&k=${k}`);
}

/**
 * What-if {region, radiusKm, tiers, add:[{lon,lat,crs}], close:[stationCode]} → {before, after, changes}, where
 * before/after are coverage summaries and changes the villages whose state changes ({code,name,covered}).
 */
export async function whatIf(request) {
  const r = await api('/api/coverage/what-if', { method: 'POST', json: request });
  const summary = s => s?.summary ?? s ?? {};
  const changes = r.changed ?? r.changes ?? [
    ...(r.newlyCovered || []).map(v => ({ ...v, covered: true })),
    ...(r.newlyUncovered || []).map(v => ({ ...v, covered: false }))];
  return { before: summary(r.before), after: summary(r.after), changes };
}
