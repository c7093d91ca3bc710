import { type Measured, type StageName, type StageResult } from './bench-results';

/** Gathers each run's figures of one stage into its StageResult. */
export class StageCollector {
  private readonly result: StageResult;

  constructor(stage: StageName, measure: Omit<Measured, 'values'>) {
    this.result = { stage, records: 0, measure: { ...measure, values: [] }, references: [], peakRssMb: {}, notes: [] };
  }

  /** Adds one run of the stage itself. */
  add(run: { value: number; peakRssMb: Record<string, number>; notes?: string[] }, records: number): void {
    this.result.measure.values.push(run.value);
    this.result.records = records;
    for (const [name, mb] of Object.entries(run.peakRssMb)) this.result.peakRssMb[name] = Math.max(this.result.peakRssMb[name] ?? 0, Math.round(mb));
    for (const note of run.notes ?? []) if (!this.result.notes.includes(note)) this.result.notes.push(note);
  }

  /** Adds one run of a reference tool. */
  addReference(name: string, unit: Measured['unit'], value: number): void {
    let reference = this.result.references.find((r) => r.name === name);
    if (!reference) this.result.references.push((reference = { name, unit, values: [] }));
    reference.values.push(value);
  }

  note(text: string): void {
    if (!this.result.notes.includes(text)) this.result.notes.push(text);
  }

  /** The result, or null when no run was added. */
  get collected(): StageResult | null {
    return this.result.measure.values.length ? this.result : null;
  }
}
