import { type ArrivalFacts, GENDER_BUCKETS, MODE_BUCKETS, VISA_BUCKETS } from './arrival-facts';

/** Ids of interned strings fit a Uint16Array; 0 stands for null. */
const MAX_INTERNED = 0xffff;
const NULL_ID = 0;
/** Stored for a null age or stay: both are whole numbers >= 0 when known. */
const NULL_NUMBER = -1;

/** Maps each distinct string to a small id (1..65535) and back, so rows store two bytes per text field. */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly values: (string | null)[] = [null];

  /** The id of a value, allocated on first sight; 0 for null. */
  id(value: string | null): number {
    if (value === null) return NULL_ID;
    let id = this.ids.get(value);
    if (id === undefined) {
      if (this.values.length > MAX_INTERNED) throw new RangeError(`more than ${MAX_INTERNED} distinct values to intern`);
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The value of an id; null for 0. */
  value(id: number): string | null {
    return this.values[id] ?? null;
  }
}

function grown<T extends Float64Array | Int32Array | Int16Array | Uint16Array | Uint8Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

/**
 * Arrival facts and Kafka positions in parallel typed arrays, one slot per cicid: about 27 bytes a
 * slot instead of a few hundred for an object, so a month of ~3 million arrivals stays small.
 */
export class FactColumns {
  private offsets: Float64Array;
  private partitions: Int32Array;
  private states: Uint16Array;
  private months: Uint16Array;
  /** gender | visa << 2 | mode << 4, each the index in its bucket list. */
  private buckets: Uint8Array;
  private ages: Int16Array;
  private stays: Int32Array;
  private countries: Uint16Array;
  private ports: Uint16Array;
  private readonly text = { state: new Interner(), month: new Interner(), country: new Interner(), port: new Interner() };

  constructor(private capacity = 1024) {
    this.offsets = new Float64Array(capacity);
    this.partitions = new Int32Array(capacity);
    this.states = new Uint16Array(capacity);
    this.months = new Uint16Array(capacity);
    this.buckets = new Uint8Array(capacity);
    this.ages = new Int16Array(capacity);
    this.stays = new Int32Array(capacity);
    this.countries = new Uint16Array(capacity);
    this.ports = new Uint16Array(capacity);
  }

  /** Makes room for slot indexes below `size`, doubling the arrays as needed. */
  ensure(size: number): void {
    if (size <= this.capacity) return;
    while (this.capacity < size) this.capacity *= 2;
    this.offsets = grown(this.offsets, this.capacity);
    this.partitions = grown(this.partitions, this.capacity);
    this.states = grown(this.states, this.capacity);
    this.months = grown(this.months, this.capacity);
    this.buckets = grown(this.buckets, this.capacity);
    this.ages = grown(this.ages, this.capacity);
    this.stays = grown(this.stays, this.capacity);
    this.countries = grown(this.countries, this.capacity);
    this.ports = grown(this.ports, this.capacity);
  }

  /** Stores a row's position and facts in a slot (made room for by `ensure`). */
  write(slot: number, partition: number, offset: number, facts: ArrivalFacts): void {
    this.offsets[slot] = offset;
    this.partitions[slot] = partition;
    this.states[slot] = this.text.state.id(facts.state);
    this.months[slot] = this.text.month.id(facts.month);
    this.buckets[slot] = GENDER_BUCKETS.indexOf(facts.gender) | (VISA_BUCKETS.indexOf(facts.visa) << 2) | (MODE_BUCKETS.indexOf(facts.mode) << 4);
    // Ages are 0..120 after enrichment; anything Int16 cannot hold is treated as unknown.
    this.ages[slot] = facts.age !== null && facts.age <= 0x7fff ? facts.age : NULL_NUMBER;
    this.stays[slot] = facts.stayDays !== null && facts.stayDays <= 0x7fffffff ? facts.stayDays : NULL_NUMBER;
    this.countries[slot] = this.text.country.id(facts.residenceCountry);
    this.ports[slot] = this.text.port.id(facts.port);
  }

  /** True when (offset, partition) is later than the slot's: the higher offset wins, then the higher partition. */
  /** True when the slot holds exactly this Kafka position. */
  isAt(slot: number, partition: number, offset: number): boolean {
    return this.offsets[slot] === offset && this.partitions[slot] === partition;
  }

  isLater(slot: number, partition: number, offset: number): boolean {
    const kept = this.offsets[slot];
    return offset > kept || (offset === kept && partition > this.partitions[slot]);
  }

  /** The facts stored in a slot. */
  read(slot: number): ArrivalFacts {
    const packed = this.buckets[slot];
    const age = this.ages[slot];
    const stay = this.stays[slot];
    return {
      state: this.text.state.value(this.states[slot]) as string,
      month: this.text.month.value(this.months[slot]) as string,
      gender: GENDER_BUCKETS[packed & 3],
      visa: VISA_BUCKETS[(packed >> 2) & 3],
      mode: MODE_BUCKETS[(packed >> 4) & 3],
      age: age === NULL_NUMBER ? null : age,
      stayDays: stay === NULL_NUMBER ? null : stay,
      residenceCountry: this.text.country.value(this.countries[slot]),
      port: this.text.port.value(this.ports[slot]),
    };
  }
}
