// The printable yearly development report: fetches /api/reports/annual with the token and renders it.
import { api, clear, describeError, el, renderNav, requireLogin, today, token } from './app.js';
import { renderReport } from './report-view.js';
import { annotateIndicators } from './indicators.js';

const $ = id => document.getElementById(id);
const me = await requireLogin();
renderNav(me, '/report');
const params = new URLSearchParams(location.search);
const region = params.get('region') || (me.role === 'BUREAU' ? me.scopeCode : '500152');
const year = params.get('year') || today().slice(0, 4);
const query = `region=${encodeURIComponent(region)}&year=${encodeURIComponent(year)}`;
$('print').addEventListener('click', () => window.print());
$('xlsx').addEventListener('click', async e => {
  e.preventDefault();
  const response = await fetch('/api/reports/annual.xlsx?' + query, { headers: { Authorization: 'Bearer ' + token(), 'Accept-Language': 'zh-CN' } });
  const url = URL.createObjectURL(await response.blob());
  el('a', { href: url, download: `annual-report-${region}-${year}.xlsx` }).click();
});
try {
  const report = await api('/api/reports/annual?' + query);
  $('title').textContent = report.title;
  document.title = report.title;
  $('meta').textContent = `统计截至 ${report.asOf} · 生成于 ${new Date(report.generatedAt).toLocaleString('zh-CN')} · 金额单位：元`;
  clear($('body'), ...renderReport(report));
  await annotateIndicators($('body'));
} catch (e) {
  clear($('body'), el('div', { class: 'message error' }, '报告生成失败：' + describeError(e)));
}
document.body.dataset.loaded = 'true';
