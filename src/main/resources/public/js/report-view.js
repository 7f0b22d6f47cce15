// Sections of the printable annual report: indicator tables and SVG charts from the report JSON.
import { el, formatFen, formatNumber, placeholder, STATUS_LABELS, TIER_LABELS } from './app.js';
import { barChart, columnChart, splitBar } from './charts.js';

const pct = v => v === null || v === undefined ? '—' : (v * 100).toFixed(1) + '%';
const ratio = v => v === null || v === undefined ? '—' : v.toFixed(2) + ' : 1';
// a label whose definition is in /indicators#anchor (tooltip and link added by annotateIndicators in report.js)
const labelled = (text, anchor) => el('span', { dataset: { indicator: anchor } }, text);
const yuan = fen => fen === null || fen === undefined ? '—' : formatFen(Math.round(fen));

function table(head, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', { class: typeof c === 'number' ? 'num' : '' }, c instanceof Node ? c : String(c ?? '—')))))));
}

function card(title, section, ...content) {
  const empty = section && section.noData ? el('p', { class: 'note' }, '本年度无数据（no data）') : null;
  return el('section', { class: 'card' }, el('h2', {}, title), empty, ...content);
}

export function renderReport(r) {
  const st = r.stations, cov = r.coverage, lg = r.logistics, s = r.sales, cat = r.categories, pov = r.poverty;
  const dm = r.dormant, mo = r.monthly, ap = r.appraisal, cs = r.counties;
  const parts = [];
  parts.push(card(labelled('一、服务站点', 'station-counts'), st,
    table(['层级', ...Object.values(STATUS_LABELS), '合计'], st.byTier.map(t => [TIER_LABELS[t.tier] || t.tier, ...Object.keys(STATUS_LABELS).map(k => t[k]), t.total])),
    el('p', {}, `截至 ${st.asOf}：运营站点 ${st.activeAtYearEnd} 个；本年新开 ${st.openedInYear} 个，关闭 ${st.closedInYear} 个，暂停 ${st.suspendedInYear} 个。`)));
  parts.push(card('二、覆盖情况', cov, table(['指标', '数值'], [
    ['农村行政村', cov.ruralVillages], ['有村级站点的行政村（行政覆盖）', `${cov.adminCoveredVillages}（${pct(cov.adminCoverageRate)}）`],
    ['原贫困村行政覆盖', `${cov.formerPovertyAdminCovered} / ${cov.formerPovertyVillages}（${pct(cov.formerPovertyAdminRate)}）`],
    [`地理覆盖（${cov.radiusKm} km）`, `${cov.geoCoveredVillages}（${pct(cov.geoCoverageRate)}）`],
    ['有乡镇服务站的乡镇', `${cov.townshipsWithStation} / ${cov.townships}（${pct(cov.townshipStationRate)}）`],
    ['村级配送点物流链完整率', `${lg.villagePointsReachingHub} / ${lg.villagePoints}（${pct(lg.completeness)}）`]])));
  parts.push(card('三、网络销售', s,
    table(['指标', '数值'], [['销售总额', yuan(s.totalFen)], ['上行（农产品进城）', yuan(s.upFen)], ['下行（工业品下乡）', yuan(s.downFen)],
      ['上行 : 下行', `${ratio(s.outInRatio)}（目标 ${s.outInGoal} : 1，${s.meetsGoal === null ? '—' : s.meetsGoal ? '已达标' : '未达标'}）`],
      ['同比增长', s.growth === null ? '无上年数据' : pct(s.growth)], ['站均销售额', yuan(s.salesPerActiveStationFen)], ['销售笔数', formatNumber(s.entries)]]),
    s.upFen + s.downFen ? el('div', { class: 'chart' }, splitBar({ label: `上行 ${yuan(s.upFen)}`, value: s.upFen }, { label: `下行 ${yuan(s.downFen)}`, value: s.downFen })) : null));
  const series = mo.series.filter(m => m.month.startsWith(String(r.year)));
  const partial = series.find(m => m.partial);
  parts.push(card(labelled('四、月度走势与预测', 'monthly-sales'), mo,
    el('div', { class: 'chart' }, columnChart(series.map(m => ({ label: Number(m.month.slice(5)) + '月' + (m.partial ? '*' : ''), value: m.amountFen / 100, partial: m.partial })), { format: v => formatNumber(v) })),
    partial ? el('p', { class: 'note' }, labelled(`* ${Number(partial.month.slice(5))}月截至 ${r.asOf}，为不完整月份，不计入趋势、不与整月比较`, 'partial-month')) : null,
    el('p', {}, `线性趋势：每月 ${yuan(mo.trend.slopeFenPerMonth)}，R² = ${mo.trend.rSquared}；${mo.trend.nextMonth} 预计 ${yuan(mo.trend.nextEstimateFen)}`
      + `（95% 预测区间 ${yuan(mo.trend.nextLowerFen)} ～ ${yuan(mo.trend.nextUpperFen)}）。`)));
  const catRows = cat.largeCategories.map(c => ({ label: c.name || c.code, value: c.amountFen / 100 })).sort((a, b) => b.value - a.value);
  parts.push(card('五、“528”大品类与拳头产品', cat,
    catRows.length ? el('div', { class: 'chart' }, barChart(catRows, { format: v => '¥' + formatNumber(v) })) : placeholder(),
    cat.flagships.length ? table(['拳头产品品类', '销售额', '占比'], cat.flagships.map(f => [f.name || f.code, yuan(f.amountFen), pct(f.share)])) : el('p', {}, '未设定拳头产品或无销售。')));
  parts.push(card('六、电商扶贫', pov, table(['指标', '数值'], [['扶贫产品销售额', yuan(pov.povertySalesFen)], ['扶贫销售笔数', formatNumber(pov.povertyEntries)],
    ['受益建档立卡户', formatNumber(pov.householdsBenefited)], ['利益联结农户', formatNumber(pov.householdsLinked)]])));
  parts.push(card(`七、休眠站点（${dm.windowDays} 天无销售）`, dm,
    el('p', {}, `运营站点 ${dm.activeStations} 个，其中休眠 ${dm.dormantStations} 个；因此实际失去服务的村 ${dm.villagesEffectivelyUncovered} 个。`),
    dm.stations.length ? table(['站点编码', '名称', '最近销售日'], dm.stations.slice(0, 40).map(d => [d.code, d.name, d.lastSale || '无'])) : null));
  parts.push(card('八、站点考核排名', ap, el('p', {}, '评分公式：' + ap.formula), ap.note ? el('p', { class: 'note' }, ap.note) : null,
    ap.stations.length ? table(['名次', '站点', '销售额', '销售天数', '联结农户', '得分'], ap.stations.slice(0, 20).map(a => [a.rank, a.name, yuan(a.amountFen), a.activeDays, a.households, a.score])) : null));
  if (!cs.noData) {
    parts.push(card(labelled('九、区县对比（全市分布百分位）', 'county-percentile'), cs,
      table(['区县', '运营站点', '销售额', labelled('百分位', 'county-percentile'), '站均销售额', '上行:下行', '行政覆盖率'], cs.counties.map(c => [c.name, c.activeStations, yuan(c.totalFen),
        c.totalFenPercentile, yuan(c.salesPerStationFen), ratio(c.outInRatio), pct(c.adminCoverageRate)]))));
  }
  if (r.notes.length) parts.push(el('section', { class: 'card' }, el('h2', {}, '说明'), el('ul', {}, r.notes.map(n => el('li', {}, n)))));
  return parts;
}
