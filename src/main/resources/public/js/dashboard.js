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
  const townships = new Set(list.map(v => v.parentCode)).size;
  const sum = rows => rows.reduce((t, v) => t + (v.population || 0), 0);
  return el('div', { class: 'stats' },
    stat(formatNumber(townships), '乡镇（街道）', null, 'divisions'),
    stat(formatNumber(rural.length), '农村行政村', `另有城镇社区 ${formatNumber(list.length - rural.length)} 个`, 'divisions'),
    stat(formatNumber(rural.filter(v => v.formerPoverty).length), '原贫困村', null, 'divisions'),
    stat(formatNumber(sum(rural)), '农村人口', `全部 ${formatNumber(sum(list))} 人`, 'divisions'));
}

async function renderCoverage(region, asOf) {
  const townships = clear($('townships'));
  const c = await data.coverage(region, asOf);
  const s = c.summary;
  const rows = (c.townships || []).filter(t => t.ruralVillages)
    .map(t => ({ label: t.name, value: t.coveredVillages / t.ruralVillages, note: `${t.coveredVillages}/${t.ruralVillages} 村` }))
    .sort((a, b) => a.value - b.value);
  townships.append(rows.length ? barChart(rows, { max: 1, format: v => (v * 100).toFixed(0) + '%', colorOf: r => rateColor(r.value) }) : placeholder());
  return el('div', { class: 'stats' },
    stat(percent(s.adminCoveredVillages, s.ruralVillages), '行政村覆盖率', `${s.adminCoveredVillages} / ${s.ruralVillages} 个行政村有村级站点`, 'admin-coverage'),
    stat(percent(s.coveredVillages, s.ruralVillages), `地理覆盖率（${c.radiusKm ?? 3} km）`, `${s.coveredVillages} 个村在服务半径内`, 'geo-coverage'),
    stat(percent(s.formerPovertyCovered, s.formerPovertyVillages), '原贫困村覆盖率', `${s.formerPovertyCovered} / ${s.formerPovertyVillages}`, 'former-poverty-coverage'),
    stat(percent(s.coveredPopulation, s.population), '覆盖人口', `${formatNumber(s.coveredPopulation)} / ${formatNumber(s.population)} 人`, 'covered-population'),
    stat(`${s.townshipsWithStation} / ${s.townships}`, '有乡镇服务站的乡镇', null, 'township-station-coverage'));
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
  const [months, up, down, poverty, categories] = await Promise.all([
    data.salesStats(region, { from, to, groupBy: 'month' }),
    data.salesStats(region, { from, to, groupBy: 'month', direction: 'UP' }),
    data.salesStats(region, { from, to, groupBy: 'month', direction: 'DOWN' }),
    data.salesStats(region, { from, to, groupBy: 'month', povertyOnly: true }),
    data.salesStats(region, { from, to, groupBy: 'large-category' }),
  ]);
  const ratio = down.totals.amountFen ? (up.totals.amountFen / down.totals.amountFen).toFixed(2) + ' : 1' : '—';
  clear($('direction'), up.totals.amountFen + down.totals.amountFen
    ? [splitBar({ label: `上行 ${formatFen(up.totals.amountFen)}`, value: up.totals.amountFen }, { label: `下行 ${formatFen(down.totals.amountFen)}`, value: down.totals.amountFen }),
      el('p', {}, `上行/下行比 ${ratio}（市级目标约 1.5 : 1）`)]
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
      stat(formatFen(months.totals.amountFen), `${year} 年网络零售额`, `${formatNumber(months.totals.entries)} 笔，截至 ${to}`, 'online-retail-sales'),
      stat(formatFen(poverty.totals.amountFen), '电商扶贫销售额', `带动 ${formatNumber(poverty.totals.households)} 户`, 'poverty-sales'),
      stat(ratio, '上行 : 下行', null, 'in-out-ratio')),
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
