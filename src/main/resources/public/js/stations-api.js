// API calls of the station registry page (issue 3).
import { api } from './app.js';

/** A page of stations: {content:[{code,name,tier,regionCode,lon,lat,status,openedOn,...}], totalSize}. */
export async function list({ region, tier, status, page = 0, size = 20 }) {
  const params = new URLSearchParams({ page: String(page), size: String(size) });
  if (region) params.set('region', region);
  if (tier) params.set('tier', tier);
  if (status) params.set('status', status);
  const result = await api('/api/stations?' + params);
  return Array.isArray(result) ? { content: result, totalSize: result.length } : { content: result.content || result.items || [], totalSize: result.totalSize ?? result.total ?? 0 };
}

export function get(code) {
  return api(`/api/stations/${encodeURIComponent(code)}`);
}

/** {code,name,tier,regionCode,lon,lat,crs,status,openedOn,address,services,floorArea,operator:{name,phone}} */
export function create(station) {
  return api('/api/stations', { method: 'POST', json: station });
}

export function update(code, station) {
  return api(`/api/stations/${encodeURIComponent(code)}`, { method: 'PUT', json: station });
}

/** Lifecycle change {status, effectiveOn, reason}. */
export function changeStatus(code, change) {
  return api(`/api/stations/${encodeURIComponent(code)}/status`, { method: 'POST', json: change });
}

/**
 * Bulk import of a CSV/XLSX file → {created,updated,unchanged,errors:[{row,field,message}]}; a file with errors
 * may come back as a 400 problem whose errors[] carry the rows, returned here in the same shape.
 */
export async function importFile(file, { dryRun, skipBadRows }) {
  const form = new FormData();
  form.append('file', file);
  const params = new URLSearchParams({ dryRun: String(!!dryRun) });
  if (skipBadRows) params.set('skipBadRows', 'true');
  try {
    return await api('/api/stations/import?' + params, { method: 'POST', body: form });
  } catch (e) {
    if (e.status === 400 && e.errors?.length) return { created: 0, updated: 0, unchanged: 0, errors: e.errors, rejected: true, message: e.message };
    throw e;
  }
}
