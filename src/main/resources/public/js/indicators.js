// Indicator labels: an element with data-indicator="anchor" gets the definition's tooltip (title) and an ⓘ link
// to /indicators#anchor. The tooltips come from docs/indicators.md (served as /indicators.json), so pages and the
// definitions cannot drift apart. Usage: el('div', { dataset: { indicator: 'station-counts' } }, '站点数'), then
// annotateIndicators(container) once the content is in the page.
let definitions;

function load() {
  definitions ??= fetch('/indicators.json').then(r => (r.ok ? r.json() : {})).catch(() => ({}));
  return definitions;
}

/** Adds tooltip and link to every not yet annotated [data-indicator] element below root. */
export async function annotateIndicators(root = document) {
  const defs = await load();
  for (const node of root.querySelectorAll('[data-indicator]:not([data-indicator-ready])')) {
    const anchor = node.dataset.indicator;
    const def = defs[anchor];
    node.title = def ? def.tooltip : '口径见指标定义';
    const link = document.createElement('a');
    link.href = '/indicators#' + encodeURIComponent(anchor);
    link.className = 'indicator-link';
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = 'ⓘ';
    link.title = (def ? def.title + ' — ' : '') + '指标定义（统计口径）';
    node.append(' ', link);
    node.dataset.indicatorReady = 'true';
  }
}
