/** Where and when a record entered the platform, carried beside the record itself. */
export interface IngestMetadata {
  /** Correlation id of the feed batch the record came in. */
  batchId: string;
  /** Date of the feed, YYYY-MM-DD. */
  feedDate: string;
  sourceFile: string | null;
  /** Physical 1-based line in the source file (the header is line 1). */
  sourceLine: number | null;
  /** QualityFlag codes raised while validating the record. */
  qualityFlags: string[];
}
