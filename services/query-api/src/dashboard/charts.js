// Small SVG charts built with DOM calls (no innerHTML, so API text is never parsed as markup).

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children. */
function svg(tag, attributes = {}, children = []) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child);
  return element;
}

function text(x, y, content, attributes = {}) {
  const element = svg('text', { x, y, ...attributes });
  element.textContent = content;
  return element;
}

function root(width, height, role, label) {
  const title = svg('title');
  title.textContent = label;
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, role, 'aria-label': label, class: 'svg-chart' }, [title]);
}

/**
 * Horizontal bars, largest first; each bar is a button that calls `onSelect(key)`.
 * items: [{ key, label, value }]
 */
export function horizontalBars({ items, selectedKey, format, onSelect, label }) {
  const width = 640;
  const row = 36;
  const labelWidth = 210;
  const valueWidth = 90;
  const max = Math.max(1, ...items.map((item) => item.value));
  const chart = root(width, items.length * row + 4, 'group', label);
  items.forEach((item, i) => {
    const y = i * row + 2;
    const barWidth = Math.max(2, ((width - labelWidth - valueWidth) * item.value) / max);
    const selected = item.key === selectedKey;
    const bar = svg('g', { class: `bar${selected ? ' selected' : ''}`, role: 'button', tabindex: 0, 'aria-pressed': selected, 'aria-label': `${item.label}: ${format(item.value)} arrivals`, 'data-state': item.key, 'data-value': item.value }, [
      svg('rect', { class: 'hit', x: 0, y, width, height: row }),
      text(labelWidth - 10, y + row / 2, item.label, { class: 'label', 'text-anchor': 'end', 'dominant-baseline': 'central' }),
      svg('rect', { class: 'fill', x: labelWidth, y: y + 6, width: barWidth, height: row - 12, rx: 3 }),
      text(labelWidth + barWidth + 8, y + row / 2, format(item.value), { class: 'value', 'dominant-baseline': 'central' }),
    ]);
    bar.addEventListener('click', () => onSelect(item.key));
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelect(item.key);
      }
    });
    chart.append(bar);
  });
  return chart;
}

/**
 * Vertical bars over time, oldest first, the selected point highlighted.
 * points: [{ key, label, sublabel, value }]; sublabel (e.g. the year) shows under the label.
 */
export function columns({ points, selectedKey, format, label }) {
  const width = 640;
  const height = 250;
  const top = 26;
  const bottom = 44;
  const plot = height - top - bottom;
  const slot = (width - 8) / Math.max(1, points.length);
  const barWidth = Math.min(56, slot * 0.7);
  const max = Math.max(1, ...points.map((point) => point.value));
  const showValues = slot >= 44;
  const chart = root(width, height, 'img', label);
  chart.append(svg('line', { class: 'axis', x1: 0, x2: width, y1: top + plot + 0.5, y2: top + plot + 0.5 }));
  points.forEach((point, i) => {
    const x = 4 + i * slot + (slot - barWidth) / 2;
    const barHeight = Math.max(1, (plot * point.value) / max);
    const center = x + barWidth / 2;
    const group = svg('g', { class: `column${point.key === selectedKey ? ' selected' : ''}`, 'data-month': point.key, 'data-value': point.value }, [
      svg('rect', { class: 'fill', x, y: top + plot - barHeight, width: barWidth, height: barHeight, rx: 2 }),
      text(center, top + plot + 19, point.label, { class: 'tick', 'text-anchor': 'middle' }),
    ]);
    if (point.sublabel) group.append(text(center, top + plot + 37, point.sublabel, { class: 'tick sub', 'text-anchor': 'middle' }));
    if (showValues) group.append(text(center, top + plot - barHeight - 7, format(point.value), { class: 'value', 'text-anchor': 'middle' }));
    chart.append(group);
  });
  return chart;
}

/**
 * One stacked bar with a legend giving each part's count and share.
 * segments: [{ label, value, tone }]; tone is a CSS class choosing the colour.
 */
export function stackedBar({ title, segments, format }) {
  const total = segments.reduce((sum, segment) => sum + segment.value, 0);
  const figure = document.createElement('figure');
  figure.className = 'stacked';
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  const chart = root(400, 22, 'img', `${title}: ${segments.map((s) => `${s.label} ${format(s.value)}`).join(', ')}`);
  chart.setAttribute('preserveAspectRatio', 'none');
  let x = 0;
  for (const segment of segments) {
    const part = total === 0 ? 0 : (400 * segment.value) / total;
    if (part > 0) chart.append(svg('rect', { class: `tone ${segment.tone}`, x, y: 0, width: part, height: 22 }));
    x += part;
  }
  if (total === 0) chart.append(svg('rect', { class: 'empty-bar', x: 0, y: 0, width: 400, height: 22 }));
  const legend = document.createElement('ul');
  legend.className = 'legend';
  for (const segment of segments) {
    const item = document.createElement('li');
    item.dataset.part = segment.label;
    const swatch = document.createElement('span');
    swatch.className = `swatch ${segment.tone}`;
    swatch.setAttribute('aria-hidden', 'true');
    const share = total === 0 ? '' : ` (${Math.round((100 * segment.value) / total)}%)`;
    item.append(swatch, `${segment.label}: `);
    const count = document.createElement('strong');
    count.textContent = format(segment.value);
    item.append(count, share);
    legend.append(item);
  }
  figure.append(caption, chart, legend);
  return figure;
}
