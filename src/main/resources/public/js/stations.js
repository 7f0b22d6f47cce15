// Station registry page: filtered, paged list; create/edit with field errors; lifecycle changes; bulk import.
import { api, clear, describeError, el, fillCountySelect, message, placeholder, renderNav, requireLogin, STATUS_LABELS, TIER_LABELS, today, uiConfig } from './app.js';
import * as stations from './stations-api.js';
import { clearFieldErrors, showErrors } from './forms.js';

// service codes as the API stores them (ServiceOffering), with the names bureaus know
const SERVICES = { BUYING_AGENT: '代购', SELLING_AGENT: '代销', PARCELS: '快递收发', BILL_PAYMENT: '代缴代收',
  CONVENIENCE: '便民服务', TRAINING: '电商培训', FINANCE: '金融服务' };
const $ = id => document.getElementById(id);
const me = await requireLogin();
renderNav(me, '/stations');
const features = (await uiConfig()).features || {};
const mayWrite = me.role === 'ADMIN' || me.role === 'BUREAU';
let page = 0, totalSize = 0, editing = null, statusTarget = null;
let loaded = null, shown = null; // the station as read for editing, and the form's values as first shown
const size = 20;

function filters() {
  return { region: $('f-township').value || $('f-region').value, tier: $('f-tier').value, status: $('f-status').value };
}

async function loadTownships() {
  const select = $('f-township');
  clear(select, el('option', { value: '' }, '全部乡镇'));
  const list = await api(`/api/regions/${$('f-region').value}/children`);
  for (const t of list) select.append(el('option', { value: t.code }, t.name));
}

async function loadList() {
  const body = $('station-table').tBodies[0];
  if (!features.stations) {
    clear(body, el('tr', {}, el('td', { colspan: 7 }, placeholder('暂无数据：站点登记接口尚未上线'))));
    return;
  }
  try {
    const result = await stations.list({ ...filters(), page, size });
    totalSize = result.totalSize;
    clear(body);
    if (!result.content.length) body.append(el('tr', {}, el('td', { colspan: 7 }, placeholder('没有符合条件的站点'))));
    for (const s of result.content) {
      body.append(el('tr', {},
        el('td', {}, s.code), el('td', {}, s.name), el('td', {}, TIER_LABELS[s.tier] || s.tier), el('td', {}, s.regionCode),
        el('td', {}, el('span', { class: 'badge ' + s.status }, STATUS_LABELS[s.status] || s.status)), el('td', {}, s.openedOn || '—'),
        el('td', {}, mayWrite ? [
          el('button', { type: 'button', class: 'secondary', onclick: () => openEdit(s.code) }, '编辑'), ' ',
          el('button', { type: 'button', class: 'secondary', onclick: () => openStatus(s) }, '状态')] : '—')));
    }
    const pages = Math.max(1, Math.ceil(totalSize / size));
    $('page-info').textContent = `第 ${page + 1} / ${pages} 页，共 ${totalSize} 个`;
    $('prev').disabled = page === 0;
    $('next').disabled = page + 1 >= pages;
  } catch (e) {
    clear(body, el('tr', {}, el('td', { colspan: 7 }, el('div', { class: 'message error' }, '加载失败：' + describeError(e)))));
  }
}

function formValue(form) {
  const v = name => form.elements[name].value.trim();
  const num = name => (v(name) === '' ? null : Number(v(name)));
  return {
    code: v('code'), name: v('name'), tier: v('tier'), regionCode: v('regionCode'), lon: num('lon'), lat: num('lat'),
    crs: v('crs'), status: v('status'), openedOn: v('openedOn') || null, address: v('address') || null, floorArea: num('floorArea'),
    openingHours: v('openingHours') || null,
    services: [...form.querySelectorAll('#s-services input:checked')].map(i => i.value).sort(),
    operator: v('operator.name') || v('operator.phone') ? { name: v('operator.name') || null, phone: v('operator.phone') || null } : null,
  };
}

/**
 * The update for an edited station: the stored record restated as it was read, with only the fields whose
 * form value the user changed taken from the form, so a save never alters a field the user did not touch
 * (allowUrban, closing date and anything the form cannot show stay as stored). Coordinates and their
 * coordinate system go together.
 */
const CLEARED = { address: '', openingHours: '', operator: {} }; // how the API is told to empty a field

function changedOnly(edited) {
  const s = loaded;
  const body = {
    code: s.code, name: s.name, tier: s.tier, regionCode: s.regionCode, lon: s.lon, lat: s.lat, crs: 'CGCS2000',
    address: s.address ?? '', openedOn: s.openedOn, closedOn: s.closedOn, services: s.services || [],
    floorArea: s.floorArea, openingHours: s.openingHours ?? '', allowUrban: s.allowUrban,
  };
  if (s.operator) body.operator = s.operator;
  const differs = name => JSON.stringify(edited[name]) !== JSON.stringify(shown[name]);
  for (const name of ['name', 'tier', 'regionCode', 'openedOn', 'address', 'floorArea', 'openingHours', 'services', 'operator']) {
    if (differs(name)) body[name] = edited[name] ?? CLEARED[name] ?? null;
  }
  if (['lon', 'lat', 'crs'].some(differs)) Object.assign(body, { lon: edited.lon, lat: edited.lat, crs: edited.crs });
  for (const [name, value] of Object.entries(body)) if (value === null || value === undefined) delete body[name];
  return body;
}

function fillForm(form, s) {
  const set = (name, value) => { form.elements[name].value = value ?? ''; };
  for (const name of ['code', 'name', 'tier', 'regionCode', 'lon', 'lat', 'status', 'openedOn', 'address', 'floorArea', 'openingHours']) set(name, s[name]);
  set('crs', 'CGCS2000');
  set('operator.name', s.operator?.name);
  set('operator.phone', s.operator?.phone);
  form.querySelectorAll('#s-services input').forEach(i => { i.checked = (s.services || []).includes(i.value); });
}

function openCreate() {
  editing = null;
  const form = $('station-form');
  form.reset();
  clearFieldErrors(form);
  clear($('station-form-messages'));
  form.elements.code.readOnly = false;
  form.elements.status.disabled = false;
  $('station-form-title').textContent = '新建站点';
  $('station-dialog').showModal();
}

async function openEdit(code) {
  try {
    const s = await stations.get(code);
    editing = code;
    const form = $('station-form');
    form.reset();
    clearFieldErrors(form);
    clear($('station-form-messages'));
    fillForm(form, s);
    loaded = s;
    shown = formValue(form);
    form.elements.code.readOnly = true;
    form.elements.status.disabled = true; // status changes go through the lifecycle dialog
    $('station-form-title').textContent = `编辑站点 ${s.name}`;
    $('station-dialog').showModal();
  } catch (e) {
    message($('messages'), describeError(e), 'error');
  }
}

async function save(event) {
  event.preventDefault();
  const form = $('station-form');
  clear($('station-form-messages'));
  clearFieldErrors(form);
  const body = formValue(form);
  try {
    if (editing) {
      await stations.update(editing, changedOnly(body));
    } else {
      await stations.create(body);
    }
    $('station-dialog').close();
    clear($('messages'));
    message($('messages'), `站点 ${body.name} 已保存`, 'ok');
    await loadList();
  } catch (e) {
    showErrors(form, e, $('station-form-messages'));
  }
}

function openStatus(s) {
  statusTarget = s;
  const form = $('status-form');
  form.reset();
  clearFieldErrors(form);
  clear($('status-form-messages'));
  form.elements.effectiveOn.value = today();
  $('status-form-title').textContent = `变更状态：${s.name}（当前：${STATUS_LABELS[s.status] || s.status}）`;
  $('status-dialog').showModal();
}

async function saveStatus(event) {
  event.preventDefault();
  const form = $('status-form');
  clear($('status-form-messages'));
  try {
    await stations.changeStatus(statusTarget.code, {
      status: form.elements.status.value, effectiveOn: form.elements.effectiveOn.value, reason: form.elements.reason.value.trim(),
    });
    $('status-dialog').close();
    message($('messages'), `站点 ${statusTarget.name} 状态已变更`, 'ok');
    await loadList();
  } catch (e) {
    showErrors(form, e, $('status-form-messages'));
  }
}

function importTable(result) {
  const box = clear($('import-result'));
  const kind = result.errors.length ? 'error' : 'ok';
  const verb = $('import-dry-run').checked ? '校验结果' : '导入结果';
  message(box, `${verb}：新增 ${result.created ?? 0}，更新 ${result.updated ?? 0}，未变 ${result.unchanged ?? 0}，错误 ${result.errors.length}` +
    (result.errors.length ? '（文件未写入）' : ''), kind);
  if (!result.errors.length) return;
  box.append(el('div', { class: 'table-wrap' }, el('table', { id: 'import-errors' },
    el('thead', {}, el('tr', {}, el('th', { class: 'num' }, '行'), el('th', {}, '字段'), el('th', {}, '问题'))),
    el('tbody', {}, result.errors.map(e => el('tr', {}, el('td', { class: 'num' }, e.row ?? e.line ?? '—'), el('td', {}, e.field || '—'), el('td', {}, e.message)))))));
}

async function upload(event) {
  event.preventDefault();
  const file = $('import-file').files[0];
  if (!file) return;
  $('import-button').disabled = true;
  try {
    importTable(await stations.importFile(file, { dryRun: $('import-dry-run').checked }));
    if (!$('import-dry-run').checked) await loadList();
  } catch (e) {
    clear($('import-result'));
    message($('import-result'), '导入失败：' + describeError(e), 'error');
  } finally {
    $('import-button').disabled = false;
  }
}

for (const [code, label] of Object.entries(SERVICES)) $('s-services').append(el('label', {}, el('input', { type: 'checkbox', value: code }), label));
if (!mayWrite) { $('new-station').hidden = true; $('import-form').hidden = true; }
if (!features.stations || !features.stationImport) {
  $('new-station').disabled = !features.stations;
  $('import-button').disabled = !features.stationImport;
  message($('messages'), '站点登记接口尚未上线：列表、新建和导入暂不可用', 'warn');
}
await fillCountySelect($('f-region'), me);
await loadTownships();
$('f-region').addEventListener('change', async () => { page = 0; await loadTownships(); await loadList(); });
$('filters').addEventListener('submit', e => { e.preventDefault(); page = 0; loadList(); });
$('prev').addEventListener('click', () => { page = Math.max(0, page - 1); loadList(); });
$('next').addEventListener('click', () => { page += 1; loadList(); });
$('new-station').addEventListener('click', openCreate);
$('station-form').addEventListener('submit', save);
$('station-cancel').addEventListener('click', () => $('station-dialog').close());
$('status-form').addEventListener('submit', saveStatus);
$('status-cancel').addEventListener('click', () => $('status-dialog').close());
$('import-form').addEventListener('submit', upload);
await loadList();
document.body.dataset.loaded = 'true';
