// API calls of the operator's sales entry page (issue 5): categories and sales with idempotency keys.
import { api } from './app.js';

/** SMALL categories: [{code,name,level,parentCode,pinyinInitials}]. */
export async function smallCategories() {
  const result = await api('/api/catalog/categories?level=SMALL&limit=2000');
  return Array.isArray(result) ? result : result.content || result.items || [];
}

/** Product name against the category: {verdict: OK|WARN|MISMATCH, message}. */
export function nameCheck(categoryCode, productName) {
  return api(`/api/sales/name-check?categoryCode=${encodeURIComponent(categoryCode)}&productName=${encodeURIComponent(productName)}`);
}

/** One entry: POST /api/sales with header Idempotency-Key; resolves to the stored entry. */
export function postSale(idempotencyKey, body) {
  return api('/api/sales', { method: 'POST', json: body, headers: { 'Idempotency-Key': idempotencyKey } });
}

/**
 * Up to 500 entries: POST /api/sales/batch {entries:[{idempotencyKey, ...}]}. Returns one outcome per entry,
 * [{idempotencyKey, ok, message}], matched by key when the response carries keys and by position otherwise.
 */
export async function postBatch(entries) {
  const result = await api('/api/sales/batch', { method: 'POST', json: { entries } });
  const rows = Array.isArray(result) ? result : result.results || result.entries || [];
  const failedStates = ['REJECTED', 'ERROR', 'CONFLICT', 'FAILED', 'INVALID'];
  return entries.map((entry, i) => {
    const r = rows.find(x => x && x.idempotencyKey === entry.idempotencyKey) || rows[i] || {};
    const errors = Array.isArray(r.errors) ? r.errors : [];
    const failed = errors.length > 0 || (typeof r.status === 'number' && r.status >= 400)
      || failedStates.includes(String(r.status || r.outcome || '').toUpperCase());
    const message = errors.map(e => [e.field, e.message].filter(Boolean).join(' ')).join('；') || r.message || r.detail || '';
    return { idempotencyKey: entry.idempotencyKey, ok: !failed, message };
  });
}

/** Households linked to a station: [{id, headName (masked), size, registeredPoor}]. */
export async function households(stationCode) {
  const result = await api(`/api/households?station=${encodeURIComponent(stationCode)}`);
  return Array.isArray(result) ? result : result.items || [];
}
