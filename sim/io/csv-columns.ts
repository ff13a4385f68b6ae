// Finds the columns a mapping names in a CSV header: a named column must exist; a
// default name (source, kind, region...) is used only when the header has it.
import { InputError } from '../scenario/errors.js';

export class CsvColumns {
  private readonly at = new Map<string, number>();

  constructor(
    readonly header: readonly string[],
    private readonly source: string,
    private readonly line: number,
  ) {
    header.forEach((name, i) => {
      const key = name.trim();
      if (this.at.has(key)) {
        throw new InputError(source, [{ path: `line ${line}`, message: `column ${JSON.stringify(key)} appears twice in the header` }]);
      }
      this.at.set(key, i);
    });
  }

  /** Index of a column the mapping names (`named`) or, failing that, of `fallback` if present. */
  find(named: string | undefined, fallback: string | undefined, field: string): number {
    if (named !== undefined) {
      const i = this.at.get(named);
      if (i === undefined) {
        throw new InputError(this.source, [
          {
            path: `line ${this.line}`,
            message: `no column ${JSON.stringify(named)} (mapping.${field}); the columns are ${this.header.map((h) => JSON.stringify(h)).join(', ')}`,
          },
        ]);
      }
      return i;
    }
    return fallback === undefined ? -1 : (this.at.get(fallback) ?? -1);
  }
}
