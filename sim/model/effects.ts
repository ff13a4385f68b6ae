// Per-unit effects the levers write in phase 1 and the kernel reads in phases 2-6.
// Levers add to a field (several levers may target one unit); a field a lever
// touched is cleared before the next step, so idle fields cost nothing.

export const EFFECT_FIELDS = [
  /** Extra chance per time unit of hearing from outside; 1 makes the unit aware now. */
  'external',
  /** Adoption hazard added by a mandate (per time unit). */
  'mandate',
  /** Adoption hazard added by an incentive (per time unit). */
  'incentive',
  /** Adoption hazard added by a supported programme, e.g. a rollout wave (per time unit). */
  'programme',
  /** Added to the intervention's perceived advantage (evidence from pilots). */
  'advantageBoost',
  /** Share of the gap to perfect fit closed at adoption (lessons from pilots). */
  'fitBoost',
  /** Fatigue per time unit, times unreceptiveness (inspection, imposed change). */
  'fatigueLoad',
  /** Capacity drawn by competing demands (other initiatives). */
  'demand',
  /** Added to the capacity a unit recovers toward (funded time). */
  'capacitySupport',
  /** Added to the peer-influence multiplier (1 + boost). */
  'peerBoost',
  /** Share of the adaptation allowance removed: 1 forces standardisation by format. */
  'formatForcing',
  /** Share of the discontinuation hazard removed by assurance, in [0, 1). */
  'assurance',
  /** Ownership added when a unit adopts (peer support, co-design). */
  'ownershipBoost',
  /** Rate at which fit moves toward `fitTarget` (adaptations shared by peers). */
  'fitSharing',
  /** Best fit on offer from similar peers. */
  'fitTarget',
  /** One-off discontinuation hazard this step (an extrinsic reason ended). */
  'shock',
] as const;
export type EffectField = (typeof EFFECT_FIELDS)[number];

export class Effects {
  readonly fields: { readonly [K in EffectField]: Float32Array };
  private touched = new Set<EffectField>();
  private readonly everyUnit = new WeakMap<object, boolean>();

  constructor(readonly n: number) {
    this.fields = Object.fromEntries(EFFECT_FIELDS.map((f) => [f, new Float32Array(n)])) as Effects['fields'];
  }

  /** The array for a field, marked to be cleared before the next step. */
  write(field: EffectField): Float32Array {
    this.touched.add(field);
    return this.fields[field];
  }

  /** Add `value` to `field` for each unit in `units`. */
  add(field: EffectField, units: ArrayLike<number>, value: number): void {
    const fresh = !this.touched.has(field);
    const a = this.write(field);
    // A lever over every unit, first to write the field this step: one fill, not a scatter.
    if (fresh && this.coversAll(units)) {
      a.fill(value);
      return;
    }
    for (let j = 0; j < units.length; j++) a[units[j]] += value;
  }

  /** Whether `units` lists every unit once (checked once per list: target lists never change). */
  private coversAll(units: ArrayLike<number>): boolean {
    if (units.length !== this.n) return false;
    let known = this.everyUnit.get(units);
    if (known === undefined) {
      const seen = new Uint8Array(this.n);
      let distinct = 0;
      for (let j = 0; j < units.length; j++) {
        const i = units[j];
        if (i >= 0 && i < this.n && seen[i] === 0) {
          seen[i] = 1;
          distinct++;
        }
      }
      known = distinct === this.n;
      this.everyUnit.set(units, known);
    }
    return known;
  }

  isActive(field: EffectField): boolean {
    return this.touched.has(field);
  }

  /** Clear what the last step wrote. */
  clear(): void {
    for (const f of this.touched) this.fields[f].fill(0);
    this.touched.clear();
  }
}
