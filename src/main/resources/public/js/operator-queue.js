// The phone's local queue of sales entries: kept in localStorage until the server has confirmed them.
// Each entry keeps the idempotency key made when it was typed, so a retried sync can never count it twice.

const KEY = 'stations.salesQueue.v1';
const KEEP_SYNCED_DAYS = 7;

export function load() {
  try {
    return JSON.parse(localStorage.getItem(KEY)) || [];
  } catch (e) {
    return [];
  }
}

function store(entries) {
  localStorage.setItem(KEY, JSON.stringify(entries));
}

/** Adds an entry in state 'pending' and returns it; extra holds what only the page shows (e.g. the category's name). */
export function add(body, extra = {}) {
  const idempotencyKey = crypto.randomUUID();
  const entry = { ...extra, idempotencyKey, createdAt: new Date().toISOString(), state: 'pending', message: '', body: { ...body, idempotencyKey } };
  store([...load(), entry]);
  return entry;
}

/** Marks entries by key: outcome {idempotencyKey, ok, message}. */
export function settle(outcomes) {
  const byKey = new Map(outcomes.map(o => [o.idempotencyKey, o]));
  store(load().map(e => {
    const o = byKey.get(e.idempotencyKey);
    return o ? { ...e, state: o.ok ? 'synced' : 'failed', message: o.message || '', id: o.id ?? e.id ?? null, syncedAt: new Date().toISOString() } : e;
  }));
}

/** Adds what the server decided about a synced entry (e.g. poverty, povertyBasis). */
export function annotate(idempotencyKey, fields) {
  store(load().map(e => (e.idempotencyKey === idempotencyKey ? { ...e, ...fields } : e)));
}

/** Puts a failed entry back in line (e.g. after the station became active again). */
export function retry(idempotencyKey) {
  store(load().map(e => (e.idempotencyKey === idempotencyKey ? { ...e, state: 'pending', message: '' } : e)));
}

export function remove(idempotencyKey) {
  store(load().filter(e => e.idempotencyKey !== idempotencyKey || e.state === 'synced'));
}

export function pending() {
  return load().filter(e => e.state === 'pending');
}

/** Drops synced entries older than a week so the queue stays small. */
export function prune() {
  const limit = Date.now() - KEEP_SYNCED_DAYS * 86400000;
  store(load().filter(e => e.state !== 'synced' || Date.parse(e.createdAt) > limit));
}
