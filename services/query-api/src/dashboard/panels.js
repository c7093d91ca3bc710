// Renders each panel from the aggregates the API returned; no fetching here.

import { columns, horizontalBars, stackedBar } from './charts.js';
import { formatCelsius, formatDays, formatDecimal, formatInt, formatShare, formatYears, monthName, perThousand, shortMonth, stateLabel } from './format.js';

const TOP_STATES = 10;

const byId = (id) => document.getElementById(id);

function element(tag, content, className) {
  const node = document.createElement(tag);
  if (content !== undefined) node.textContent = content;
  if (className) node.className = className;
  return node;
}

/** Top states of the month by arrivals; a click on a bar selects that state. */
export function renderTopStates(rows, month, selected, onSelect) {
  const top = rows.slice(0, TOP_STATES);
  byId('top-states-title').textContent = `Top ${top.length} states by arrivals, ${monthName(month)}`;
  const items = top.map((row) => ({ key: row.state, label: stateLabel(row), value: row.arrivals }));
  byId('top-states').replaceChildren(horizontalBars({ items, selectedKey: selected, format: formatInt, onSelect, label: `Arrivals by state in ${monthName(month)}` }));
}

/** A state's arrivals month by month; the year shows under January and under the first month. */
export function renderTrend(trend, row, month) {
  byId('trend-title').textContent = `Monthly trend: ${stateLabel(row)}`;
  const points = trend.map((point, i) => ({
    key: point.month,
    label: shortMonth(point.month),
    sublabel: i === 0 || point.month.endsWith('-01') ? point.month.slice(0, 4) : '',
    value: point.arrivals,
  }));
  const container = byId('trend');
  if (points.length === 0) container.replaceChildren(element('p', 'No months for this state.', 'empty'));
  else container.replaceChildren(columns({ points, selectedKey: month, format: formatInt, label: `Arrivals to ${stateLabel(row)} by month` }));
}

/** Gender, visa and travel-mode mix of one state and month. */
export function renderMix(row, month) {
  byId('mix-title').textContent = `Gender and visa mix: ${row.stateName ?? row.state}, ${monthName(month)}`;
  byId('mix').replaceChildren(
    stackedBar({
      title: 'Gender',
      format: formatInt,
      segments: [
        { label: 'Female', value: row.female, tone: 't1' },
        { label: 'Male', value: row.male, tone: 't2' },
        { label: 'Not recorded', value: row.genderUnknown, tone: 't0' },
      ],
    }),
    stackedBar({
      title: 'Visa category',
      format: formatInt,
      segments: [
        { label: 'Business', value: row.business, tone: 't2' },
        { label: 'Pleasure', value: row.pleasure, tone: 't3' },
        { label: 'Student', value: row.student, tone: 't4' },
        { label: 'Not recorded', value: row.visaUnknown, tone: 't0' },
      ],
    }),
    stackedBar({
      title: 'Travel mode',
      format: formatInt,
      segments: [
        { label: 'Air', value: row.air, tone: 't2' },
        { label: 'Sea', value: row.sea, tone: 't5' },
        { label: 'Land', value: row.land, tone: 't3' },
        { label: 'Not reported', value: row.modeNotReported, tone: 't0' },
      ],
    }),
  );
}

/** The chosen state's arrival figures beside its demography and climate. */
export function renderProfile(row, month) {
  byId('profile-title').textContent = `${stateLabel(row)}, ${monthName(month)}`;
  const facts = [
    ['Arrivals', formatInt(row.arrivals), 'arrivals'],
    ['Average age of arrivals', formatYears(row.averageAge), 'average-age'],
    ['Average stay', formatDays(row.averageStayDays), 'average-stay'],
    ['Median stay', formatDays(row.medianStayDays), 'median-stay'],
    ['Ports of entry', formatInt(row.distinctPorts), 'ports'],
    ['Top residence countries', (row.topResidenceCountries ?? []).map((c) => `${c.country} ${formatInt(c.arrivals)}`).join(', ') || '—', 'countries'],
    ['City population', formatInt(row.population), 'population'],
    ['Foreign-born share', formatShare(row.foreignBornShare), 'foreign-born'],
    ['Median age of residents', formatYears(row.medianAge), 'median-age'],
    ['Average temperature', formatCelsius(row.averageTemperatureC), 'temperature'],
  ];
  byId('profile').replaceChildren(
    ...facts.map(([term, value, key]) => {
      const item = element('div');
      item.dataset.fact = key;
      item.append(element('dt', term), element('dd', value));
      return item;
    }),
  );
}

/** Every state of the month, most arrivals first, the chosen one marked. */
export function renderTable(rows, selected, onSelect) {
  const body = document.querySelector('#states-table tbody');
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.dataset.state = row.state;
      if (row.state === selected) tr.setAttribute('aria-current', 'true');
      const name = element('th');
      name.scope = 'row';
      const choose = element('button', stateLabel(row), 'link');
      choose.type = 'button';
      choose.addEventListener('click', () => onSelect(row.state));
      name.append(choose);
      const cells = [
        formatInt(row.arrivals),
        formatInt(row.population),
        formatDecimal(perThousand(row.arrivals, row.population)),
        formatShare(row.foreignBornShare),
        formatDecimal(row.medianAge),
        formatCelsius(row.averageTemperatureC),
      ];
      tr.append(name, ...cells.map((value) => element('td', value, 'num')));
      return tr;
    }),
  );
}
