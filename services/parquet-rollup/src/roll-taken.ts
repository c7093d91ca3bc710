/** What is recorded at a roll's start offset: where the roll ends and its ingest hour. */
export interface RecordedRoll {
  endOffset: number;
  ingestHour: string;
}

/** Another member recorded a different roll at this start offset first; this one must roll the same. */
export class RollTakenError extends Error {
  constructor(readonly recorded: RecordedRoll) {
    super(`a roll ending at ${recorded.endOffset} is already recorded at this start offset`);
    this.name = 'RollTakenError';
  }
}
