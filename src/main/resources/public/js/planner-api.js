// API calls of the planner page (issue 4): uncovered exports, k-site plan and what-if.
import { api } from './app.js';

/** Uncovered villages as a file: format geojson | csv | xlsx; fetched with the token, returned as a Blob. */
export function uncoveredFile(region, radiusKm, format) {
  return api(`/api/coverage/uncovered.${format}?region=${encodeURIComponent(region)}&radiusKm=${radiusKm}`, { as: 'blob', headers: { Accept: '*/*' } });
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
