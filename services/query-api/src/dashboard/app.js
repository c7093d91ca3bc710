// The dashboard's state and data loading: key -> months -> one month's states -> one state's trend.

import { createApi, isLocalPage, LOCAL_READER_KEY, rememberKey, storedKey } from './api.js';
import { monthName, stateLabel } from './format.js';
import { renderMix, renderProfile, renderTable, renderTopStates, renderTrend } from './panels.js';

const byId = (id) => document.getElementById(id);

const view = { months: [], month: null, rows: [], state: null };
// Each load takes a ticket; an answer that arrives after a newer load started is dropped.
let ticket = 0;

const api = createApi(() => byId('api-key').value.trim());

function setStatus(kind, message) {
  const status = byId('status');
  status.className = `status ${kind}`;
  status.textContent = message;
  const panels = byId('panels');
  // While a new month or state loads, the previous one stays on screen rather than flashing away.
  panels.hidden = !(kind === 'ready' || (kind === 'loading' && !panels.hidden));
}

function showFailure(error) {
  if (error.keyRefused) setStatus('error', `Key refused (HTTP ${error.status}): the query API did not accept this API key. Enter a reader key above.`);
  else if (error.status === 0) setStatus('error', 'Could not reach the query API. Is it running?');
  else setStatus('error', `Could not load the aggregates: ${error.message}${error.status ? ` (HTTP ${error.status})` : ''}.`);
}

function fillSelect(select, options, value) {
  select.replaceChildren(
    ...options.map(([optionValue, label]) => {
      const option = document.createElement('option');
      option.value = optionValue;
      option.textContent = label;
      return option;
    }),
  );
  select.value = value;
  select.disabled = options.length === 0;
}

async function loadMonths() {
  const mine = ++ticket;
  setStatus('loading', 'Loading the aggregates…');
  try {
    const months = await api.months();
    if (mine !== ticket) return;
    view.months = months;
    if (months.length === 0) {
      fillSelect(byId('month-picker'), [], '');
      fillSelect(byId('state-picker'), [], '');
      setStatus('empty', 'No aggregates yet: run the pipeline (npm start, send arrivals to the ingest gateway, and let the compactor write the state/month aggregates), then reload this page.');
      return;
    }
    view.month = months.includes(view.month) ? view.month : months[0];
    fillSelect(byId('month-picker'), months.map((m) => [m, monthName(m)]), view.month);
    await loadMonth(mine);
  } catch (error) {
    if (mine === ticket) showFailure(error);
  }
}

async function loadMonth(mine = ++ticket) {
  try {
    const rows = (await api.month(view.month)).sort((a, b) => b.arrivals - a.arrivals || a.state.localeCompare(b.state));
    if (mine !== ticket) return;
    view.rows = rows;
    if (rows.length === 0) {
      setStatus('empty', `No states have aggregates for ${monthName(view.month)}.`);
      return;
    }
    view.state = rows.some((row) => row.state === view.state) ? view.state : rows[0].state;
    const byName = [...rows].sort((a, b) => stateLabel(a).localeCompare(stateLabel(b)));
    fillSelect(byId('state-picker'), byName.map((row) => [row.state, stateLabel(row)]), view.state);
    const total = rows.reduce((sum, row) => sum + row.arrivals, 0);
    byId('month-summary').textContent = `${total.toLocaleString('en-US')} arrivals to ${rows.length} states in ${monthName(view.month)}`;
    await showState(mine);
  } catch (error) {
    if (mine === ticket) showFailure(error);
  }
}

async function showState(mine = ++ticket) {
  const row = view.rows.find((r) => r.state === view.state);
  const oldest = view.months[view.months.length - 1];
  const trend = await api.trend(view.state, oldest, view.months[0]);
  if (mine !== ticket) return;
  byId('state-picker').value = view.state;
  renderTopStates(view.rows, view.month, view.state, selectState);
  renderTable(view.rows, view.state, selectState);
  renderMix(row, view.month);
  renderProfile(row, view.month);
  renderTrend(trend, row, view.month);
  setStatus('ready', `Showing ${stateLabel(row)} in ${monthName(view.month)}.`);
}

function selectState(state) {
  view.state = state;
  showState().catch(showFailure);
}

function setUpKey() {
  const input = byId('api-key');
  const note = byId('key-note');
  const remembered = storedKey();
  const local = isLocalPage();
  input.value = remembered ?? (local ? LOCAL_READER_KEY : '');
  const showNote = () => {
    note.hidden = !(local && input.value === LOCAL_READER_KEY);
    note.textContent = `Prefilled with the local development reader key (${LOCAL_READER_KEY}) because this page is served from ${window.location.hostname}. Anywhere else, enter your own reader key.`;
  };
  showNote();
  input.addEventListener('input', showNote);
  byId('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    rememberKey(input.value.trim());
    loadMonths();
  });
  byId('forget-key').addEventListener('click', () => {
    rememberKey('');
    input.value = '';
    showNote();
    input.focus();
  });
  return input.value.trim() !== '';
}

function start() {
  byId('month-picker').addEventListener('change', (event) => {
    view.month = event.target.value;
    setStatus('loading', `Loading ${monthName(view.month)}…`);
    loadMonth();
  });
  byId('state-picker').addEventListener('change', (event) => selectState(event.target.value));
  if (setUpKey()) loadMonths();
  else setStatus('idle', 'Enter a reader API key to load the aggregates.');
}

start();
