import { type CodeLists } from '@i94/domain';
import { codeListsFrom } from './code-lists-from';
import { type DimensionCache } from './dimension-cache';

const CODED = ['countries', 'ports', 'states', 'modes', 'visas'] as const;

/**
 * The code lists of a cache that the dimension topics keep current, rebuilt only when a coded
 * dimension's version or size changed. A dimension with no records yet (never loaded) gives no
 * list, so its codes go unchecked rather than all flagged unknown.
 */
export class LiveCodeLists {
  private key = '';
  private lists: CodeLists = {};

  constructor(private readonly cache: DimensionCache) {}

  /** The lists as of now; the same object while nothing changed. */
  current(): CodeLists {
    const key = CODED.map((d) => `${this.cache.version(d)}:${this.cache.size(d)}`).join('|');
    if (key !== this.key) {
      const all = codeListsFrom(this.cache);
      this.lists = Object.fromEntries(CODED.filter((d) => this.cache.size(d) > 0).map((d) => [d, all[d]]));
      this.key = key;
    }
    return this.lists;
  }
}
