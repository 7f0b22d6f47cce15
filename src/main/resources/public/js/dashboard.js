// Bureau dashboard: coverage indicators, the station network, sales by month, direction and category.
import { clear, describeError, el, fillCountySelect, formatFen, formatNumber, percent, placeholder, renderNav, requireLogin, STATUS_LABELS, TIER_LABELS, today, uiConfig } from './app.js';
import * as data from './dashboard-api.js';
import { barChart, columnChart, splitBar } from './charts.js';
import { rateColor } from './map-layers.js';
import { annotateIndicators } from './indicators.js';

const $ = id => document.getElementById(id);
const me = await requireLogin();
renderNav(me, '/dashboard');
const features = (await uiConfig()).features || {};

// indicator: the anchor of the figure's definition in /indicators (label gets tooltip and link, see indicators.js)
const stat = (value, label, sub, indicator) => el('div', { class: 'stat' }, el('div', { class: 'value' }, value),
  el('div', { class: 'label', dataset: indicator ? { indicator } : undefined }, label), sub ? el('div', { class: 'sub' }, sub) : null);
const missing = (what) => placeholder(`暂无数据：${what}接口尚未上线`);
const failed = (e) => el('div', { class: 'message error' }, '加载失败：' + describeError(e));

async function section(id, available, what, render) {
  const box = clear($(id));
  if (!available) { box.append(missing(what)); return; }
  box.append(el('div', { class: 'placeholder' }, '加载中…'));
  try {
    const content = await render();
    clear(box, content);
    await annotateIndicators(box);
  } catch (e) {
    clear(box, failed(e));
  }
}

async function renderDivisions(region) {
  const list = (await data.villages(region)).filter(v => !v.retiredOn);
  const rural = list.filter(v => v.rural);
  // township digits 001–099 are 街道 (urban subdistricts), 100–399 镇 and 乡 (docs/indicators.md)
  const parents = [...new Set(list.map(v => v.parentCode))];
  const subdistricts = parents.filter(code => Number(String(code).slice(6, 9)) < 100).length;
  const sum = rows => rows.reduce((t, v) => t + (v.population || 0), 0);
  return el('div', { class: 'stats' },
    stat(String(parents.length - subdistricts), '乡镇（乡、镇）', `另有街道 ${subdistricts} 个`, 'divisions'),
    stat(formatNumber(rural.length), '农村行政村', `另有城镇社区 ${formatNumber(list.length - rural.length)} 个`, 'divisions'),
    stat(formatNumber(rural.filter(v => v.formerPoverty).length), '原贫困村', null, 'divisions'),
    stat(formatNumber(sum(rural)), '农村人口', `全部 ${formatNumber(sum(list))} 人`, 'divisions'));
}

async function renderCoverage(region, asOf) {
  const townships = clear($('townships'));
  const c = await data.coverage(region, asOf);
  const s = c.summary;
  const rows = (c.townships || []).filter(t => t.ruralVillages)
    .map(t => ({ label: t.kind === 'SUBDISTRICT' ? `${t.name}（街道）` : t.name, value: t.coveredVillages / t.ruralVillages, note: `${t.coveredVillages}/${t.ruralVillages} 村` }))
    .sort((a, b) => a.value - b.value);
  townships.append(rows.length ? barChart(rows, { max: 1, format: v => (v * 100).toFixed(0) + '%', colorOf: r => rateColor(r.value) }) : placeholder());
  return el('div', { class: 'stats' },
    stat(percent(s.adminCoveredVillages, s.ruralVillages), '行政村覆盖率', `${s.adminCoveredVillages} / ${s.ruralVillages} 个行政村有村级站点`, 'admin-coverage'),
    stat(percent(s.coveredVillages, s.ruralVillages), `地理覆盖率（${c.radiusKm ?? 3} km）`, `${s.coveredVillages} 个村在服务半径内`, 'geo-coverage'),
    stat(String(s.villagesWithoutStation ?? s.ruralVillages - s.adminCoveredVillages), '无村级站点的行政村', '行政村覆盖率的缺口', 'admin-coverage'),
    stat(String(s.villagesBeyondRadius ?? s.ruralVillages - s.coveredVillages), `服务半径外的村（${c.radiusKm ?? 3} km）`, '地理覆盖率的缺口', 'geo-coverage'),
    stat(percent(s.formerPovertyAdminCovered, s.formerPovertyVillages), '原贫困村行政覆盖率', `${s.formerPovertyAdminCovered} / ${s.formerPovertyVillages} 个原贫困村有村级站点`, 'former-poverty-coverage'),
    stat(percent(s.formerPovertyCovered, s.formerPovertyVillages), `原贫困村地理覆盖率（${c.radiusKm ?? 3} km）`, `${s.formerPovertyCovered} / ${s.formerPovertyVillages} 个在服务半径内`, 'former-poverty-coverage'),
    stat(percent(s.coveredPopulation, s.population), '地理覆盖人口', `${formatNumber(s.coveredPopulation)} / ${formatNumber(s.population)} 人`, 'covered-population'),
    stat(`${s.townshipsWithStation} / ${s.townships}`, '有乡镇服务站的乡镇（乡、镇）',
      s.subdistricts ? `不含街道；街道 ${s.subdistrictsWithStation} / ${s.subdistricts}` : '不含街道', 'township-station-coverage'));
}

async function renderNetwork(region, asOf) {
  const counts = await data.stationCounts(region, asOf);
  const tierTotal = tier => (counts.byTier.find(r => r.tier === tier) || { total: 0 }).total;
  return el('div', { id: 'station-counts' },
    el('div', { class: 'stats' }, Object.entries(TIER_LABELS).map(([tier, label]) =>
      stat(formatNumber(tierTotal(tier)), label, `截至 ${counts.asOf}`, 'station-counts'))),
    el('div', { class: 'stats', style: 'margin-top:.6rem' }, Object.entries(STATUS_LABELS).map(([s, label]) =>
      stat(formatNumber(counts.all[s.toLowerCase()]), label + '站点', null, 'station-counts'))));
}

async function renderSales(region, year, asOf) {
  const from = `${year}-01-01`, to = asOf;
  const [months, balance, poverty, categories] = await Promise.all([
    data.salesStats(region, { from, to, groupBy: 'month' }),
    data.balance(region, from, to),
    data.salesStats(region, { from, to, groupBy: 'month', povertyOnly: true }),
    data.salesStats(region, { from, to, groupBy: 'large-category', direction: 'UP' }),
  ]);
  const b = balance;
  const ratio = b.inOutRatio === null || b.inOutRatio === undefined ? '—' : b.inOutRatio.toFixed(2) + ' : 1';
  const goal = b.meetsGoal === null || b.meetsGoal === undefined ? '' : b.meetsGoal ? '，已达标' : '，未达标';
  const trend = { NARROWING: '较上年同期缩小', WIDENING: '较上年同期扩大', UNCHANGED: '与上年同期持平' }[b.trend] || '无上年同期数据';
  clear($('direction'), b.onlineUpFen + b.onlineDownFen + b.offlineUpFen + b.offlineDownFen + b.otherUpFen + b.otherDownFen
    ? [splitBar({ label: `网络零售 上行 ${formatFen(b.onlineUpFen)}`, value: b.onlineUpFen }, { label: `网络零售 下行 ${formatFen(b.onlineDownFen)}`, value: b.onlineDownFen }),
      el('p', {}, `网络零售额进出比（下行 : 上行）${ratio}（目标缩小到约 1.5 : 1${goal}；${trend}）`),
      el('p', {}, `线下销售另计：上行 ${formatFen(b.offlineUpFen)}，下行 ${formatFen(b.offlineDownFen)}；订单农业及其他渠道：上行 ${formatFen(b.otherUpFen)}，下行 ${formatFen(b.otherDownFen)}`)]
    : placeholder());
  const catRows = categories.rows.map(r => ({ label: r.name || r.key, value: (r.amountFen || 0) / 100 })).sort((a, b) => b.value - a.value).slice(0, 12);
  clear($('categories'), catRows.length ? barChart(catRows, { format: v => '¥' + formatNumber(v) }) : placeholder());
  // months up to the as-of day only; the month of a mid-month as-of day is partial and marked so
  const partial = months.partialMonths.find(m => m === to.slice(0, 7));
  const monthRows = Array.from({ length: Number(to.slice(5, 7)) }, (_, i) => {
    const key = `${year}-${String(i + 1).padStart(2, '0')}`;
    const row = months.rows.find(r => String(r.key).startsWith(key));
    return { label: `${i + 1}月${key === partial ? '*' : ''}`, value: (row?.amountFen || 0) / 100, partial: key === partial };
  });
  return el('div', {},
    el('div', { class: 'stats' },
      stat(formatFen(months.totals.amountFen), `${year} 年销售额（全部渠道）`, `${formatNumber(months.totals.entries)} 笔，截至 ${to}`, 'monthly-sales'),
      stat(formatFen(poverty.totals.amountFen), '电商扶贫 / 消费帮扶销售额（上行）', `带动脱贫户、监测对象等 ${formatNumber(poverty.totals.households)} 户`, 'poverty-sales'),
      stat(ratio, '网络零售额进出比（下行 : 上行）', null, 'in-out-ratio')),
    el('h3', { dataset: { indicator: 'monthly-sales' } }, '月度销售额（元）'),
    el('div', { class: 'chart' }, columnChart(monthRows, { format: v => formatNumber(v) })),
    partial ? el('p', { class: 'note', id: 'partial-month', dataset: { indicator: 'partial-month' } },
      `* ${Number(partial.slice(5))}月截至 ${Number(to.slice(8))} 日，为不完整月份，不与整月比较`) : null);
}

/** The dashboard's one as-of day: 31 December of the selected year, or today for the current year. */
function asOfDay(year) {
  const now = today();
  return year === now.slice(0, 4) ? now : `${year}-12-31`;
}

async function refresh() {
  const region = $('region').value, year = $('year').value, asOf = asOfDay(year);
  clear($('messages'));
  clear($('asOf'), el('span', { dataset: { indicator: 'as-of-year-end' } }, `统计截至 ${asOf}：站点数与覆盖率为当日情况，销售额为 ${year}-01-01 至当日累计`));
  annotateIndicators($('asOf'));
  $('reportLink').href = `/report?region=${encodeURIComponent(region)}&year=${encodeURIComponent(year)}`;
  if (!features.coverage) clear($('townships'), missing('覆盖分析'));
  if (!features.stats) { clear($('direction'), missing('销售统计')); clear($('categories'), missing('销售统计')); }
  await Promise.all([
    section('divisions', true, '区划', () => renderDivisions(region)),
    section('coverage', features.coverage, '覆盖分析', () => renderCoverage(region, asOf)),
    section('network', features.stations, '站点登记', () => renderNetwork(region, asOf)),
    section('sales', features.stats, '销售统计', () => renderSales(region, year, asOf)),
  ]);
  document.body.dataset.loaded = 'true';
}

const thisYear = Number(today().slice(0, 4));
for (let y = thisYear; y >= thisYear - 5; y--) $('year').append(el('option', { value: String(y) }, `${y} 年`));
await fillCountySelect($('region'), me, { allOption: me.role !== 'BUREAU', stored: 'stations.dashboardRegion' });
$('region').addEventListener('change', refresh);
$('year').addEventListener('change', refresh);
annotateIndicators(document);
await refresh();
