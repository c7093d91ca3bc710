/** The body size limit, as an injectable value. */
export class MaxBodyBytes {
  constructor(readonly value: number) {}
}
