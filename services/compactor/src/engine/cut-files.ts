/** Kept copies of one (state, arrival date), in file order. */
export interface DayCount {
  state: string;
  day: string | null;
  n: number;
}

/**
 * Cuts the month, in file order, into files of at most `rowsPerFile` rows along (state, arrival
 * date) boundaries, so each file is a range of the order and can be sorted alone. A single day
 * of a state with more rows than that is one file by itself.
 */
export function cutFiles(days: readonly DayCount[], rowsPerFile: number): { state: string; day: string | null; file: number; n: number }[] {
  let file = 0;
  let rows = 0;
  return days.map((d) => {
    if (rows > 0 && rows + d.n > rowsPerFile) {
      file += 1;
      rows = 0;
    }
    rows += d.n;
    return { ...d, file };
  });
}
