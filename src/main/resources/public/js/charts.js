// Small SVG charts drawn without a library; labels go in through textContent.
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Vertical bars: rows [{label, value, partial}], format(value) for the value labels; a partial row is drawn light. */
export function columnChart(rows, { format = String, color = '#1d6b46', height = 220 } = {}) {
  const width = Math.max(320, rows.length * 44);
  const top = 18, bottom = 26, max = Math.max(1, ...rows.map(r => r.value));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'column-chart' });
  const band = width / Math.max(1, rows.length);
  root.append(svg('line', { x1: 0, x2: width, y1: height - bottom, y2: height - bottom, stroke: '#c8cfd4' }));
  rows.forEach((r, i) => {
    const h = (height - top - bottom) * (r.value / max);
    const x = i * band + band * 0.18;
    const bar = svg('rect', { x, y: height - bottom - h, width: band * 0.64, height: Math.max(0, h), fill: color, rx: 2,
      'fill-opacity': r.partial ? 0.35 : 1, class: r.partial ? 'partial' : 'whole' });
    bar.append(svg('title', {}, `${r.label}：${format(r.value)}${r.partial ? '（不完整月份，不与整月比较）' : ''}`));
    root.append(bar,
      svg('text', { x: i * band + band / 2, y: height - 8, 'text-anchor': 'middle' }, r.label),
      svg('text', { x: i * band + band / 2, y: height - bottom - h - 4, 'text-anchor': 'middle' }, r.value ? format(r.value) : ''));
  });
  return root;
}

/** Horizontal bars with values 0..1 (rates) or absolute values; rows [{label, value, note}]. */
export function barChart(rows, { format = String, max, color = '#1d6b46', colorOf } = {}) {
  const rowHeight = 22, labelWidth = 110, width = 520, height = rows.length * rowHeight + 6;
  const top = max ?? Math.max(1e-9, ...rows.map(r => r.value));
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'bar-chart' });
  rows.forEach((r, i) => {
    const y = i * rowHeight + 3;
    const w = (width - labelWidth - 70) * Math.min(1, r.value / top);
    const bar = svg('rect', { x: labelWidth, y, width: Math.max(0, w), height: rowHeight - 7, fill: colorOf ? colorOf(r) : color, rx: 2 });
    bar.append(svg('title', {}, `${r.label}：${format(r.value)}${r.note ? '（' + r.note + '）' : ''}`));
    root.append(svg('text', { x: labelWidth - 6, y: y + 12, 'text-anchor': 'end' }, r.label), bar,
      svg('text', { x: labelWidth + w + 5, y: y + 12 }, format(r.value)));
  });
  return root;
}

/** A two-part horizontal split bar (e.g. upward vs downward sales). */
export function splitBar(a, b, { colors = ['#1d6b46', '#e69b00'] } = {}) {
  const total = a.value + b.value || 1, width = 520;
  const root = svg('svg', { viewBox: `0 0 ${width} 46`, role: 'img', class: 'split-bar' });
  const wa = width * a.value / total;
  root.append(svg('rect', { x: 0, y: 0, width: wa, height: 22, fill: colors[0] }),
    svg('rect', { x: wa, y: 0, width: width - wa, height: 22, fill: colors[1] }),
    svg('text', { x: 2, y: 38 }, a.label), svg('text', { x: width - 2, y: 38, 'text-anchor': 'end' }, b.label));
  return root;
}
