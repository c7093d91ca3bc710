// Number and month formatting, fixed to en-US so every browser shows the same figures.

export const MISSING = '—';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const known = (value) => typeof value === 'number' && Number.isFinite(value);

export const formatInt = (value) => (known(value) ? integer.format(value) : MISSING);
export const formatDecimal = (value) => (known(value) ? oneDecimal.format(value) : MISSING);
/** A share given as a fraction (0.25) shown as a percentage (25.0%). */
export const formatShare = (value) => (known(value) ? percent.format(value) : MISSING);
export const formatCelsius = (value) => (known(value) ? `${oneDecimal.format(value)} °C` : MISSING);
export const formatDays = (value) => (known(value) ? `${oneDecimal.format(value)} days` : MISSING);
export const formatYears = (value) => (known(value) ? `${oneDecimal.format(value)} years` : MISSING);

/** '2016-04' → 'April 2016'. */
export const monthName = (month) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** '2016-04' → 'Apr'. */
export const shortMonth = (month) => MONTH_NAMES[Number(month.slice(5, 7)) - 1].slice(0, 3);

/** 'New York (NY)', or the bare code when the state has no name (e.g. an unlisted code). */
export const stateLabel = (row) => (row.stateName ? `${row.stateName} (${row.state})` : row.state);

/** Arrivals per 1,000 people of the state's cities, or null when the population is unknown. */
export const perThousand = (arrivals, population) => (known(population) && population > 0 ? (arrivals * 1000) / population : null);
