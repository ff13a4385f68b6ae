// The scenarios shipped in scenarios/, bundled into the app at build time (no request
// at run time): the default first, then the others by name, validation cases last.
export interface BundledScenario {
  /** Path under scenarios/, e.g. `default.json`, `validation/bass.json`. */
  readonly id: string;
  readonly label: string;
  readonly raw: Record<string, unknown>;
}

const files = import.meta.glob<Record<string, unknown>>(['../../scenarios/*.json', '../../scenarios/validation/*.json', '!**/*schema.json'], {
  eager: true,
  import: 'default',
});

function rank(id: string): number {
  if (id === 'default.json') return 0;
  return id.startsWith('validation/') ? 2 : 1;
}

export const BUNDLED: readonly BundledScenario[] = Object.entries(files)
  .map(([path, raw]) => {
    const id = path.replace(/^.*\/scenarios\//, '');
    const name = typeof raw.name === 'string' ? raw.name : id;
    const label = id.startsWith('validation/') ? `Validation: ${name}` : name;
    return { id, label, raw };
  })
  .filter((s) => Array.isArray(s.raw.strategies))
  // A `file` network's data is read by the command line (node:fs); the app cannot yet.
  .filter((s) => (s.raw.system as { network?: { kind?: string } } | undefined)?.network?.kind !== 'file')
  .sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
