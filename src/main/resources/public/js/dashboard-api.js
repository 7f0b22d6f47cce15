// API calls of the bureau dashboard (stations, coverage and sales statistics).
import { api } from './app.js';

/** Coverage summary and township rows as of a day (the stations ACTIVE on asOf), default radius and tiers. */
export function coverage(region, asOf) {
  return api(`/api/coverage?region=${encodeURIComponent(region)}&asOf=${encodeURIComponent(asOf)}`);
}

/** Station counts by tier and status as of a day, counted by the server over all stations: {byTier: [...], all}. */
export function stationCounts(region, asOf) {
  return api(`/api/stations/counts?region=${encodeURIComponent(region)}&asOf=${encodeURIComponent(asOf)}`);
}

/**
 * Sales statistics (issue 5): rows [{key,name,amountFen,quantities:[{unit,quantity}],entries,households}] plus totals.
 * Returns {rows, totals}; totals are summed from the rows when the response has none.
 */
export async function salesStats(region, { from, to, groupBy, direction, povertyOnly, channel } = {}) {
  const params = new URLSearchParams({ region, groupBy });
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (direction) params.set('direction', direction);
  if (povertyOnly) params.set('povertyOnly', 'true');
  if (channel) params.set('channel', channel);
  const result = await api('/api/stats/sales?' + params);
  const rows = Array.isArray(result) ? result : result.rows || [];
  const totals = result.totals || rows.reduce((t, r) => ({
    amountFen: t.amountFen + (r.amountFen || 0), entries: t.entries + (r.entries || 0), households: t.households + (r.households || 0),
  }), { amountFen: 0, entries: 0, households: 0 });
  return { rows, totals, partialMonths: result.partialMonths || [] };
}

/** Villages and communities below a region: [{code,level,population,rural,formerPoverty,parentCode}]. */
export function villages(region) {
  return api(`/api/regions/${encodeURIComponent(region)}/descendants?level=VILLAGE`);
}

/** 网络零售额进出比 (online 下行 : 上行, docs/indicators.md) with offline sales beside it and the previous period's ratio. */
export function balance(region, from, to) {
  const params = new URLSearchParams({ region, from, to });
  return api('/api/stats/sales/balance?' + params);
}
