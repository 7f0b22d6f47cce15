// Sections of the printable annual report: indicator tables and SVG charts from the report JSON.
import { el, formatFen, formatNumber, placeholder, STATUS_LABELS, TIER_LABELS } from './app.js';
import { barChart, columnChart, splitBar } from './charts.js';

const pct = v => v === null || v === undefined ? '—' : (v * 100).toFixed(1) + '%';
const ratio = v => v === null || v === undefined ? '—' : v.toFixed(2) + ' : 1';
const TREND = { NARROWING: '较上年同期缩小', WIDENING: '较上年同期扩大', UNCHANGED: '与上年同期持平' };
// a label whose definition is in /indicators#anchor (tooltip and link added by annotateIndicators in report.js)
const labelled = (text, anchor) => el('span', { dataset: { indicator: anchor } }, text);
const yuan = fen => fen === null || fen === undefined ? '—' : formatFen(Math.round(fen));

function table(head, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, head.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', { class: typeof c === 'number' ? 'num' : '' }, c instanceof Node ? c : String(c ?? '—')))))));
}

function card(title, section, ...content) {
  const empty = section && section.noData ? el('p', { class: 'note' }, '本年度无数据') : null;
  return el('section', { class: 'card' }, el('h2', {}, title), empty, ...content);
}

export function renderReport(r) {
  const st = r.stations, cov = r.coverage, lg = r.logistics, s = r.sales, cat = r.categories, pov = r.poverty;
  const dm = r.dormant, mo = r.monthly, ap = r.appraisal, cs = r.counties;
  const parts = [];
  parts.push(card(labelled('一、服务站点', 'station-counts'), st,
    table(['层级', ...Object.values(STATUS_LABELS), '合计'], st.byTier.map(t => [TIER_LABELS[t.tier] || t.tier, ...Object.keys(STATUS_LABELS).map(k => t[k]), t.total])),
    el('p', {}, `截至 ${st.asOf}：运营站点 ${st.activeAtYearEnd} 个；本年新开 ${st.openedInYear} 个，关闭 ${st.closedInYear} 个，暂停 ${st.suspendedInYear} 个。`)));
  const orDash = v => v === undefined || v === null ? '—' : v;
  parts.push(card(labelled('二、覆盖情况', 'admin-coverage'), cov, table(['指标', '数值'], [
    ['农村行政村', cov.ruralVillages], [labelled('行政村覆盖率（村内有村级站点）', 'admin-coverage'), `${cov.adminCoveredVillages}（${pct(cov.adminCoverageRate)}）`],
    [labelled('无村级站点的行政村', 'admin-coverage'), orDash(cov.villagesWithoutStation)],
    [labelled(`地理覆盖率（${cov.radiusKm} km 内有站点）`, 'geo-coverage'), `${cov.geoCoveredVillages}（${pct(cov.geoCoverageRate)}）`],
    [labelled(`服务半径外的村（${cov.radiusKm} km）`, 'geo-coverage'), orDash(cov.villagesBeyondRadius)],
    [labelled('原贫困村行政覆盖（村内有村级站点）', 'former-poverty-coverage'), `${cov.formerPovertyAdminCovered} / ${cov.formerPovertyVillages}（${pct(cov.formerPovertyAdminRate)}）`],
    [labelled(`原贫困村地理覆盖（${cov.radiusKm} km 内有站点）`, 'former-poverty-coverage'), `${cov.formerPovertyGeoCovered} / ${cov.formerPovertyVillages}（${pct(cov.formerPovertyGeoRate)}）`],
    [labelled('有乡镇服务站的乡镇（乡、镇，不含街道）', 'township-station-coverage'), `${cov.townshipsWithStation} / ${cov.townships}（${pct(cov.townshipStationRate)}）`],
    [labelled('有乡镇服务站的街道（另计）', 'township-station-coverage'), cov.subdistricts === undefined ? '—' : `${cov.subdistrictsWithStation} / ${cov.subdistricts}`],
    [labelled('物流配送覆盖率（有村级配送点的农村行政村）', 'delivery-coverage'), lg.deliveryCoverageRate === undefined ? '—' : `${lg.villagesWithPoint} / ${lg.ruralVillages}（${pct(lg.deliveryCoverageRate)}）`],
    [labelled('物流链完整率（能到达县级物流配送中心的村级配送点）', 'chain-integrity'), `${lg.villagePointsReachingHub} / ${lg.villagePoints}（${pct(lg.completeness)}）`]])));
  parts.push(card('三、网络销售', s,
    table(['指标', '数值'], [['销售总额（全部渠道）', yuan(s.totalFen)], ['上行（农产品进城）', yuan(s.upFen)], ['下行（工业品下乡）', yuan(s.downFen)],
      [labelled('网络零售额 上行 / 下行', 'online-retail-sales'), `${yuan(s.onlineUpFen)} / ${yuan(s.onlineDownFen)}`],
      [labelled('网络零售额进出比（下行 : 上行）', 'in-out-ratio'), `${ratio(s.inOutRatio)}（目标缩小到约 ${s.inOutGoal} : 1，${s.meetsGoal === null ? '—' : s.meetsGoal ? '已达标' : '未达标'}；`
        + `${TREND[s.inOutTrend] || '无上年同期数据'}，上年同期 ${ratio(s.previousInOutRatio)}）`],
      [labelled('线下销售 上行 / 下行（不计入进出比）', 'online-retail-sales'), `${yuan(s.offlineUpFen)} / ${yuan(s.offlineDownFen)}`],
      [labelled('订单农业及其他渠道 上行 / 下行（不计入进出比）', 'sales-channel'), `${yuan(s.otherUpFen)} / ${yuan(s.otherDownFen)}`],
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
  parts.push(card(labelled('五、“528”大品类与拳头产品（上行销售额）', 'category-sales-528'), cat,
    catRows.length ? el('div', { class: 'chart' }, barChart(catRows, { format: v => '¥' + formatNumber(v) })) : placeholder(),
    cat.flagships.length ? table(['拳头产品品类', '上行销售额', '占比'], cat.flagships.map(f => [f.name || f.code, yuan(f.amountFen), pct(f.share)])) : el('p', {}, '未设定拳头产品或无销售。')));
  parts.push(card(labelled('六、电商扶贫与消费帮扶（上行）', 'poverty-sales'), pov, table(['指标', '数值'], [[labelled('扶贫产品销售额（上行）', 'poverty-sales'), yuan(pov.povertySalesFen)], ['扶贫销售笔数', formatNumber(pov.povertyEntries)],
    [labelled('扶贫销售数量（按计量单位）', 'quantities'), (pov.povertyQuantities || []).map(q => `${q.quantity} ${q.unit}`).join('，') || '—'],
    [labelled('带动脱贫户、监测对象户数', 'households-benefited'), formatNumber(pov.householdsBenefited)], ['利益联结农户（上行销售）', formatNumber(pov.householdsLinked)]])));
  parts.push(card(`七、休眠站点（${dm.windowDays} 天无销售）`, dm,
    el('p', {}, `运营站点 ${dm.activeStations} 个，其中休眠 ${dm.dormantStations} 个；因此实际失去服务的村 ${dm.villagesEffectivelyUncovered} 个。`),
    dm.stations.length ? table(['站点编码', '名称', '最近销售日'], dm.stations.slice(0, 40).map(d => [d.code, d.name, d.lastSale || '无'])) : null));
  parts.push(card('八、站点考核排名', ap, el('p', {}, '评分公式：' + ap.formula), ap.note ? el('p', { class: 'note' }, ap.note) : null,
    ap.stations.length ? table(['名次', '站点', '销售额', '销售天数', '联结农户', '得分'], ap.stations.slice(0, 20).map(a => [a.rank, a.name, yuan(a.amountFen), a.activeDays, a.households, a.score])) : null));
  if (!cs.noData) {
    parts.push(card(labelled('九、区县对比（全市分布百分位）', 'county-percentile'), cs,
      table(['区县', '运营站点', '销售额', labelled('百分位', 'county-percentile'), '站均销售额', labelled('网络零售额进出比（下行:上行）', 'in-out-ratio'), labelled('行政覆盖率', 'admin-coverage')], cs.counties.map(c => [c.name, c.activeStations, yuan(c.totalFen),
        c.totalFenPercentile, yuan(c.salesPerStationFen), ratio(c.inOutRatio), pct(c.adminCoverageRate)]))));
  }
  if (r.notes.length) parts.push(el('section', { class: 'card' }, el('h2', {}, '说明'), el('ul', {}, r.notes.map(n => el('li', {}, n)))));
  return parts;
}
