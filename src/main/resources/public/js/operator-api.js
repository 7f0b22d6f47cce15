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
 * [{idempotencyKey, ok, id, message}], matched by key when the response carries keys and by position otherwise;
 * the message of a refused entry is in Chinese.
 */
export async function postBatch(entries) {
  const result = await api('/api/sales/batch', { method: 'POST', json: { entries } });
  const rows = Array.isArray(result) ? result : result.results || result.entries || [];
  const failedStates = ['REJECTED', 'ERROR', 'CONFLICT', 'FAILED', 'INVALID', 'FORBIDDEN'];
  return entries.map((entry, i) => {
    const r = rows.find(x => x && x.idempotencyKey === entry.idempotencyKey) || rows[i] || {};
    const errors = Array.isArray(r.errors) ? r.errors : [];
    const status = String(r.status || r.outcome || '').toUpperCase();
    const failed = errors.length > 0 || (typeof r.status === 'number' && r.status >= 400) || failedStates.includes(status);
    return { idempotencyKey: entry.idempotencyKey, ok: !failed, id: r.id ?? null, message: failed ? refusalReason(status, errors) : '' };
  });
}

const FIELD_LABELS = {
  stationCode: '站点编码', dateSold: '日期', categoryCode: '品类', productName: '商品名称', quantity: '数量', unit: '单位',
  amountFen: '金额', direction: '方向', channel: '渠道', households: '带动农户', householdId: '带动农户', sharePercent: '农户分成',
  povertyReason: '扶贫理由', originVillageCode: '产地村', idempotencyKey: '记录编号', body: '记录',
};
const CJK = /[\u4e00-\u9fff]/;
const ENGLISH_WORD = /[A-Za-z]*[a-z][A-Za-z]{2,}/;

/** A server message is shown as it is only when it is Chinese (field codes aside); else the page says it in Chinese. */
function chinese(text) {
  return text && CJK.test(text) && !ENGLISH_WORD.test(text) ? text : '';
}

/** Why the server refused an entry, in Chinese: status INVALID | FORBIDDEN | CONFLICT (or an HTTP status) and field errors. */
export function refusalReason(status, errors = []) {
  const s = String(status);
  if (s === 'FORBIDDEN' || s === '403') return '无权为该站点录入（站点不在你的范围内或未在运营）';
  if (s === 'CONFLICT' || s === '409') return '这条记录的编号已被另一条内容不同的记录使用，请修改后重新保存';
  const parts = errors.map(e => {
    const field = String(e.field || '').split(/[.\]]/).filter(Boolean).pop()?.replace(/\[.*$/, '') || '';
    const label = FIELD_LABELS[field] || '内容';
    const said = chinese(e.message);
    return said ? `${label}：${said}` : `${label}有误`;
  });
  return '未通过校验' + (parts.length ? '：' + [...new Set(parts)].join('；') : '，请检查后重新保存');
}

/** One stored sale: {id, poverty, povertyBasis, ...}. */
export function sale(id) {
  return api(`/api/sales/${encodeURIComponent(id)}`);
}

/** Households linked to a station: [{id, headName (masked), size, registeredPoor}]. */
export async function households(stationCode) {
  const result = await api(`/api/households?station=${encodeURIComponent(stationCode)}`);
  return Array.isArray(result) ? result : result.items || [];
}
