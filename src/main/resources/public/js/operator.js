// Operator's sales entry (phone first): entries go to a local queue with their idempotency keys and are
// synced whenever the network allows, so a lost connection never loses or doubles a sale.
import { clear, describeError, el, formatFen, message, renderNav, requireLogin, today, uiConfig } from './app.js';
import * as sales from './operator-api.js';
import * as queue from './operator-queue.js';
import { clearFieldErrors } from './forms.js';

const CATEGORY_CACHE = 'stations.categories.small';
const STATION_KEY = 'stations.operatorStation';
const STATE_LABELS = { pending: '待同步', synced: '已同步', failed: '失败' };
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
  const matches = categories.filter(c => !q || c.name.toLowerCase().includes(q)
    || (c.pinyinInitials || '').toLowerCase().startsWith(q) || c.code.startsWith(q)).slice(0, 40);
  if (!categories.length) list.append(el('li', { class: 'hint' }, '暂无品类数据'));
  else if (!matches.length) list.append(el('li', { class: 'hint' }, '没有匹配的品类'));
  for (const c of matches) {
    list.append(el('li', {
      class: c.code === $('category').value ? 'selected' : null, dataset: { code: c.code },
      onclick: () => { $('category').value = c.code; $('category-search').value = c.name; renderCategories(); checkName(); },
    }, c.name, el('span', { class: 'hint' }, c.pinyinInitials || c.code)));
  }
}

/** Linked households ticked on the form, sharing the sale equally in whole percent. */
function selectedHouseholds() {
  const ids = [...document.querySelectorAll('#households input[type=checkbox]:checked')].map(b => Number(b.value));
  const share = ids.length ? Math.floor(100 / ids.length) : 0;
  return ids.map(householdId => ({ householdId, sharePercent: share }));
}

/** The registered-poor households linked to the station, as tick boxes (names masked by the server). */
async function loadHouseholds(stationCode) {
  const box = clear($('households'));
  if (!stationCode) {
    box.append(el('div', { class: 'hint' }, '填写站点编码后显示利益联结农户'));
    return;
  }
  try {
    const list = await sales.households(stationCode);
    if (!list.length) box.append(el('div', { class: 'hint' }, '本站暂无利益联结农户'));
    for (const h of list) {
      box.append(el('label', { class: 'check' }, el('input', { type: 'checkbox', value: String(h.id) }),
        `${h.headName}（${h.size} 人${h.registeredPoor ? '，脱贫户/监测对象' : ''}）`));
    }
  } catch (e) {
    box.append(el('div', { class: 'hint' }, '联网后显示利益联结农户'));
  }
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
  const todays = all.filter(e => (e.body.dateSold || e.body.soldOn) === day || e.createdAt.slice(0, 10) === day).reverse();
  const box = clear($('entries'));
  if (!todays.length) box.append(el('div', { class: 'placeholder' }, '今天还没有记录'));
  for (const e of todays) {
    const category = categories.find(c => c.code === e.body.categoryCode);
    box.append(el('div', { class: 'entry', dataset: { key: e.idempotencyKey, state: e.state } },
      el('div', { class: 'what' },
        el('div', {}, `${e.body.direction === 'UP' ? '上行' : '下行'} · ${e.body.productName}`),
        el('div', { class: 'meta' }, `${category ? category.name : e.body.categoryCode} · ${e.body.quantity}${e.body.unit} · ${(e.body.households || []).length} 户 · ${e.createdAt.slice(11, 16)} UTC`),
        e.message ? el('div', { class: 'field-error' }, e.message) : null),
      el('div', { style: 'text-align:right' },
        el('div', {}, formatFen(e.body.amountFen)),
        el('span', { class: 'badge ' + e.state }, STATE_LABELS[e.state]),
        e.state === 'failed' ? el('div', {}, el('button', { type: 'button', class: 'secondary', style: 'margin-top:.3rem;padding:.15rem .5rem', onclick: () => { queue.retry(e.idempotencyKey); sync(); } }, '重试')) : null)));
  }
  const waiting = all.filter(e => e.state === 'pending').length;
  const failed = all.filter(e => e.state === 'failed').length;
  $('sync-summary').textContent = `待同步 ${waiting} 条，失败 ${failed} 条，今日 ${todays.length} 条`;
  document.body.dataset.pending = String(waiting);
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
        queue.settle(await sales.postBatch(chunk.map(e => e.body)));
      }
    } else {
      for (const e of waiting) {
        try {
          await sales.postSale(e.idempotencyKey, e.body);
          queue.settle([{ idempotencyKey: e.idempotencyKey, ok: true }]);
        } catch (err) {
          if (err.offline || err.status >= 500 || err.status === 401) throw err;
          queue.settle([{ idempotencyKey: e.idempotencyKey, ok: false, message: describeError(err) }]);
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
  queue.add(body);
  if (me.role !== 'OPERATOR') localStorage.setItem(STATION_KEY, body.stationCode);
  for (const id of ['amount', 'quantity', 'product']) $(id).value = '';
  for (const box of document.querySelectorAll('#households input[type=checkbox]')) box.checked = false;
  message($('messages'), '已保存到本机，' + (navigator.onLine ? '正在同步…' : '联网后自动同步'), 'ok');
  renderEntries();
  sync();
});

if (me.role === 'OPERATOR') $('station-box').hidden = true;
else $('station').value = localStorage.getItem(STATION_KEY) || '';
$('sold-on').value = today();
loadHouseholds(me.role === 'OPERATOR' ? me.scopeCode : $('station').value.trim());
$('station').addEventListener('change', () => loadHouseholds($('station').value.trim()));
$('sold-on').max = today();
$('category-search').addEventListener('input', renderCategories);
$('product').addEventListener('change', checkName);
$('sync').addEventListener('click', sync);
window.addEventListener('online', () => { setNetState(); sync(); });
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
