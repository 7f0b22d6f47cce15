// Operator's sales entry (phone first): entries go to a local queue with their idempotency keys and are
// synced whenever the network allows, so a lost connection never loses or doubles a sale.
import { clear, describeError, el, formatFen, message, renderNav, requireLogin, today, uiConfig } from './app.js';
import * as sales from './operator-api.js';
import { refusalReason } from './operator-api.js';
import * as queue from './operator-queue.js';
import { clearFieldErrors } from './forms.js';

const CATEGORY_CACHE = 'stations.categories.small';
const STATION_KEY = 'stations.operatorStation';
const HOUSEHOLDS_CACHE = 'stations.households.';
const STATE_LABELS = { pending: '待同步', synced: '已同步', failed: '未通过' };
const POVERTY_LABELS = { CERTIFIED: '扶贫 · 认定扶贫产品', HOUSEHOLDS: '扶贫 · 带动脱贫农户', MANUAL: '扶贫 · 已说明理由' };
const ZONE = 'Asia/Shanghai';
const $ = id => document.getElementById(id);

const me = await requireLogin();
renderNav(me, '/operator');
const features = (await uiConfig()).features || {};
let categories = [];
let syncing = false;

/** "12.5" yuan → 1250 fen, exactly (no floating point); null when not a positive amount with ≤ 2 decimals. */
export function yuanToFen(text) {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(String(text).trim());
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] || '').padEnd(2, '0'));
  return fen > 0 ? fen : null;
}

function setNetState() {
  const online = navigator.onLine;
  const node = $('netstate');
  node.className = 'netstate narrow ' + (online ? 'online' : 'offline');
  node.textContent = online ? '在线' : '离线（记录保存在本机）';
}

async function loadCategories() {
  const cached = localStorage.getItem(CATEGORY_CACHE);
  if (cached) categories = JSON.parse(cached);
  if (!features.catalog) {
    if (!categories.length) message($('messages'), '品类目录接口尚未上线，暂时无法选择品类', 'warn');
    return;
  }
  try {
    categories = await sales.smallCategories();
    localStorage.setItem(CATEGORY_CACHE, JSON.stringify(categories));
  } catch (e) {
    if (!categories.length) message($('messages'), '品类加载失败：' + describeError(e), 'error');
  }
}

function renderCategories() {
  const q = $('category-search').value.trim().toLowerCase();
  const list = clear($('category-list'));
  // every match is listed (the list scrolls); the API names the pinyin initials `initials`
  const matches = categories.filter(c => !q || c.name.toLowerCase().includes(q)
    || (c.initials || '').toLowerCase().startsWith(q) || c.code.startsWith(q));
  if (!categories.length) list.append(el('li', { class: 'hint' }, '暂无品类数据'));
  else if (!matches.length) list.append(el('li', { class: 'hint' }, '没有匹配的品类'));
  for (const c of matches) {
    list.append(el('li', {
      class: c.code === $('category').value ? 'selected' : null, dataset: { code: c.code },
      onclick: () => { $('category').value = c.code; $('category-search').value = c.name; renderCategories(); checkName(); },
    }, c.name, c.initials ? el('span', { class: 'hint' }, c.initials) : null));
  }
}

/** Linked households ticked on the form, sharing the sale equally in whole percent. */
function selectedHouseholds() {
  const ids = [...document.querySelectorAll('#households input[type=checkbox]:checked')].map(b => Number(b.value));
  const share = ids.length ? Math.floor(100 / ids.length) : 0;
  return ids.map(householdId => ({ householdId, sharePercent: share }));
}

let householdsShown = null; // the station whose households the box shows; null while they could not be loaded

/**
 * The registered-poor households linked to the station, as tick boxes (names masked by the server); the last list
 * is kept on the phone for offline use, and a box left empty offline is filled when the network returns.
 */
async function loadHouseholds(stationCode) {
  const box = $('households');
  if (!stationCode) {
    clear(box, el('div', { class: 'hint' }, '填写站点编码后显示利益联结农户'));
    householdsShown = null;
    return;
  }
  let list;
  try {
    list = await sales.households(stationCode);
    localStorage.setItem(HOUSEHOLDS_CACHE + stationCode, JSON.stringify(list));
  } catch (e) {
    const cached = localStorage.getItem(HOUSEHOLDS_CACHE + stationCode);
    if (!cached) {
      clear(box, el('div', { class: 'hint' }, '联网后显示利益联结农户'));
      householdsShown = null;
      return;
    }
    list = JSON.parse(cached);
  }
  const ticked = new Set([...box.querySelectorAll('input[type=checkbox]:checked')].map(b => b.value));
  clear(box);
  if (!list.length) box.append(el('div', { class: 'hint' }, '本站暂无利益联结农户'));
  for (const h of list) {
    box.append(el('label', { class: 'check' }, el('input', { type: 'checkbox', value: String(h.id), checked: ticked.has(String(h.id)) }),
      `${h.headName}（${h.size} 人${h.registeredPoor ? '，脱贫户/监测对象' : ''}）`));
  }
  householdsShown = stationCode;
}

function currentStation() {
  return me.role === 'OPERATOR' ? me.scopeCode : $('station').value.trim();
}

/** An instant as HH:mm and YYYY-MM-DD in Beijing time (the server and the queue keep UTC). */
function beijingTime(iso) {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

function beijingDate(iso) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(iso));
}

function fenToYuan(fen) {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

function fieldError(name, text) {
  const slot = document.querySelector(`#sale-form .field-error[data-for="${name}"]`);
  if (slot) slot.textContent = text;
  const input = document.querySelector(`#sale-form [name="${name}"]`);
  if (input) input.classList.add('invalid');
}

/** Warns (online only) when the product name does not fit the chosen category; an obvious mismatch is refused on saving. */
async function checkName() {
  const hint = clear($('product-hint'));
  const categoryCode = $('category').value, productName = $('product').value.trim();
  if (!categoryCode || !productName || !navigator.onLine) return;
  try {
    const r = await sales.nameCheck(categoryCode, productName);
    if (r.verdict !== 'OK') hint.append(el('div', { class: r.verdict === 'MISMATCH' ? 'message error' : 'message info' }, r.message));
  } catch (e) {
    // the check is advice only; saving checks again
  }
}

/** Reads and checks the form; returns the request body or null after marking the bad fields. */
function readForm() {
  const form = $('sale-form');
  clearFieldErrors(form);
  const body = {
    stationCode: me.role === 'OPERATOR' ? me.scopeCode : $('station').value.trim(),
    dateSold: $('sold-on').value,
    categoryCode: $('category').value,
    productName: $('product').value.trim(),
    quantity: Number($('quantity').value),
    unit: $('unit').value.trim(),
    amountFen: yuanToFen($('amount').value),
    direction: form.elements.direction.value,
    channel: $('channel').value,
    households: selectedHouseholds(),
  };
  let ok = true;
  const bad = (name, text) => { fieldError(name, text); ok = false; };
  if (!body.stationCode) bad('stationCode', '请填写站点编码');
  if (!body.categoryCode) bad('categoryCode', '请选择品类');
  if (!body.productName) bad('productName', '请填写商品名称');
  if (body.amountFen === null) bad('amountFen', '请输入大于 0 的金额，最多两位小数');
  if (!(body.quantity > 0)) bad('quantity', '请输入大于 0 的数量');
  if (!body.unit) bad('unit', '请填写单位');
  if (!body.dateSold || body.dateSold > today()) bad('dateSold', '日期不能晚于今天');
  return ok ? body : null;
}

function renderEntries() {
  const all = queue.load();
  const day = today();
  const todays = all.filter(e => e.state !== 'synced' || (e.body.dateSold || e.body.soldOn) === day || beijingDate(e.createdAt) === day).reverse();
  const box = clear($('entries'));
  if (!todays.length) box.append(el('div', { class: 'placeholder' }, '今天还没有记录'));
  for (const e of todays) {
    const category = categories.find(c => c.code === e.body.categoryCode);
    const categoryName = category ? category.name : e.categoryName || '品类未知';
    const dated = e.body.dateSold && e.body.dateSold !== beijingDate(e.createdAt) ? ` · 销售日期 ${e.body.dateSold}` : '';
    const small = 'margin-top:.3rem;padding:.4rem .6rem';
    box.append(el('div', { class: 'entry', dataset: { key: e.idempotencyKey, state: e.state, poverty: e.povertyBasis || undefined } },
      el('div', { class: 'what' },
        el('div', {}, `${e.body.direction === 'UP' ? '上行' : '下行'} · ${e.body.productName}`),
        el('div', { class: 'meta' }, `${categoryName} · ${e.body.quantity}${e.body.unit} · ${(e.body.households || []).length} 户 · ${beijingTime(e.createdAt)}${dated}`),
        e.poverty ? el('span', { class: 'badge poverty' }, POVERTY_LABELS[e.povertyBasis] || '扶贫') : null,
        e.message ? el('div', { class: 'field-error' }, e.message) : null),
      el('div', { style: 'text-align:right' },
        el('div', {}, formatFen(e.body.amountFen)),
        el('span', { class: 'badge ' + e.state }, STATE_LABELS[e.state]),
        e.state === 'failed' ? el('div', { class: 'entry-actions' },
          el('button', { type: 'button', class: 'secondary edit', style: small, onclick: () => editEntry(e) }, '修改'),
          el('button', { type: 'button', class: 'secondary drop', style: small, onclick: () => dropEntry(e) }, '删除'),
          el('button', { type: 'button', class: 'secondary', style: small, onclick: () => { queue.retry(e.idempotencyKey); sync(); } }, '重试')) : null)));
  }
  const waiting = all.filter(e => e.state === 'pending').length;
  const failed = all.filter(e => e.state === 'failed').length;
  $('sync-summary').textContent = `待同步 ${waiting} 条，失败 ${failed} 条，今日 ${todays.length} 条`;
  document.body.dataset.pending = String(waiting);
}

/** Asks the server whether the new sales count as poverty alleviation (扶贫) and on what basis. */
async function fetchPoverty(outcomes) {
  for (const o of outcomes) {
    try {
      const stored = await sales.sale(o.id);
      queue.annotate(o.idempotencyKey, { poverty: !!stored.poverty, povertyBasis: stored.povertyBasis || 'NONE' });
    } catch (e) {
      if (e.offline) return; // shown on a later sync
    }
  }
}

/** Puts a refused entry back into the form for correcting; saving makes it a new entry with a new key. */
function editEntry(e) {
  const b = e.body;
  if (me.role !== 'OPERATOR') $('station').value = b.stationCode || '';
  $('category').value = b.categoryCode || '';
  const category = categories.find(c => c.code === b.categoryCode);
  $('category-search').value = category ? category.name : e.categoryName || '';
  $('product').value = b.productName || '';
  $('amount').value = b.amountFen ? fenToYuan(b.amountFen) : '';
  $('sold-on').value = b.dateSold || today();
  $('quantity').value = b.quantity ?? '';
  $('unit').value = b.unit || '';
  for (const r of document.querySelectorAll('#direction input')) r.checked = r.value === b.direction;
  $('channel').value = b.channel || 'OFFLINE';
  const linked = new Set((b.households || []).map(h => String(h.householdId)));
  for (const box of document.querySelectorAll('#households input[type=checkbox]')) box.checked = linked.has(box.value);
  queue.remove(e.idempotencyKey);
  renderCategories();
  renderEntries();
  clear($('messages'));
  message($('messages'), '记录已放回表单：改好后点“保存”重新提交' + (e.message ? '（' + e.message + '）' : ''), 'info');
  $('sale-form').scrollIntoView({ block: 'start' });
}

function dropEntry(e) {
  if (!confirm(`删除这条未通过的记录？\n${e.body.productName} ${formatFen(e.body.amountFen)}`)) return;
  queue.remove(e.idempotencyKey);
  renderEntries();
}

/** Sends the pending entries: in batches when the batch API exists, else one by one with Idempotency-Key. */
async function sync() {
  if (syncing) return;
  const waiting = queue.pending();
  if (!waiting.length) { renderEntries(); return; }
  if (!features.salesBatch && !features.sales) {
    $('sync-summary').textContent = '销售接口尚未上线，记录暂存本机';
    return;
  }
  syncing = true;
  try {
    if (features.salesBatch) {
      for (let i = 0; i < waiting.length; i += 500) {
        const chunk = waiting.slice(i, i + 500);
        const outcomes = await sales.postBatch(chunk.map(e => e.body));
        queue.settle(outcomes);
        await fetchPoverty(outcomes.filter(o => o.ok && o.id !== null));
      }
    } else {
      for (const e of waiting) {
        try {
          const stored = await sales.postSale(e.idempotencyKey, e.body);
          queue.settle([{ idempotencyKey: e.idempotencyKey, ok: true, id: stored?.id ?? null }]);
          if (stored) queue.annotate(e.idempotencyKey, { poverty: !!stored.poverty, povertyBasis: stored.povertyBasis || 'NONE' });
        } catch (err) {
          if (err.offline || err.status >= 500 || err.status === 401) throw err;
          queue.settle([{ idempotencyKey: e.idempotencyKey, ok: false, message: refusalReason(err.status, err.errors) }]);
        }
      }
    }
  } catch (e) {
    if (!e.offline) message($('messages'), '同步失败：' + describeError(e), 'error');
  } finally {
    syncing = false;
    renderEntries();
  }
}

$('sale-form').addEventListener('submit', event => {
  event.preventDefault();
  clear($('messages'));
  const body = readForm();
  if (!body) return;
  const category = categories.find(c => c.code === body.categoryCode);
  queue.add(body, { categoryName: category ? category.name : null });
  if (me.role !== 'OPERATOR') localStorage.setItem(STATION_KEY, body.stationCode);
  for (const id of ['amount', 'quantity', 'product']) $(id).value = '';
  $('sold-on').value = today(); // a back-dated sale is the exception: the next one is today's again
  $('sold-on').max = today();
  for (const box of document.querySelectorAll('#households input[type=checkbox]')) box.checked = false;
  message($('messages'), '已保存到本机，' + (navigator.onLine ? '正在同步…' : '联网后自动同步'), 'ok');
  renderEntries();
  sync();
});

if (me.role === 'OPERATOR') $('station-box').hidden = true;
else $('station').value = localStorage.getItem(STATION_KEY) || '';
$('sold-on').value = today();
loadHouseholds(currentStation());
$('station').addEventListener('change', () => loadHouseholds($('station').value.trim()));
$('sold-on').max = today();
$('category-search').addEventListener('input', renderCategories);
$('product').addEventListener('change', checkName);
$('sync').addEventListener('click', sync);
window.addEventListener('online', () => {
  setNetState();
  if (householdsShown === null) loadHouseholds(currentStation());
  sync();
});
window.addEventListener('offline', setNetState);
setInterval(() => { if (queue.pending().length && navigator.onLine) sync(); }, 20000);
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => { /* the page still works, only not after a reload offline */ });
}
setNetState();
queue.prune();
await loadCategories();
renderCategories();
renderEntries();
document.body.dataset.loaded = 'true';
sync();
