// Per-unit effects the levers write in phase 1 and the kernel reads in phases 2-6.
// Levers add to a field (several levers may target one unit); a field a lever
// touched is cleared before the next step, so idle fields cost nothing. Clearing is
// lazy: a field is zeroed when first written again, or at the end of phase 1 if no
// lever wrote it, and a lever refilling every unit with last step's value costs nothing.
import { listsEveryUnit } from './every-unit.js';

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
  /** Every field in one array, in the order of EFFECT_FIELDS (the fields are views of it); part of the run's block (run-state.ts: F32_EFFECT). */
  readonly block: Float32Array;
  /** Fields written this step: the kernel reads only these. */
  private touched = new Set<EffectField>();
  /** Fields written last step and not yet this one: zeroed before first use or by settle(). */
  private stale = new Set<EffectField>();
  /** Fields that hold one value at every unit (one fill), so the same fill next step is free. */
  private uniform = new Map<EffectField, number>();

  /** `block`, when given, is where the fields live (a run's, RunState.effectsBlock); zero-filled. */
  constructor(
    readonly n: number,
    block: Float32Array = new Float32Array(EFFECT_FIELDS.length * n),
  ) {
    if (block.length !== EFFECT_FIELDS.length * n) throw new Error(`Effects: a block of ${EFFECT_FIELDS.length * n} values is needed, not ${block.length}`);
    this.block = block;
    this.fields = Object.fromEntries(EFFECT_FIELDS.map((f, slot) => [f, this.block.subarray(slot * n, slot * n + n)])) as Effects['fields'];
  }

  /** The array for a field, marked to be cleared before the next step. */
  write(field: EffectField): Float32Array {
    const a = this.fields[field];
    if (this.stale.delete(field)) a.fill(0);
    this.uniform.delete(field);
    this.touched.add(field);
    return a;
  }

  /** Add `value` to `field` for each unit in `units`. */
  add(field: EffectField, units: ArrayLike<number>, value: number): void {
    // A lever over every unit, first to write the field this step: one fill, not a
    // scatter, and none at all when the field already holds that value from last step.
    if (!this.touched.has(field) && listsEveryUnit(units, this.n)) {
      const same = this.stale.delete(field) && this.uniform.get(field) === value;
      if (!same) this.fields[field].fill(value);
      this.uniform.set(field, value);
      this.touched.add(field);
      return;
    }
    const a = this.write(field);
    for (let j = 0; j < units.length; j++) a[units[j]] += value;
  }

  isActive(field: EffectField): boolean {
    return this.touched.has(field);
  }

  /** Start of phase 1: what the last step wrote no longer holds (cleared lazily). */
  clear(): void {
    for (const f of this.touched) this.stale.add(f);
    this.touched.clear();
  }

  /** End of phase 1: fields no lever wrote this step are zero again. */
  settle(): void {
    for (const f of this.stale) {
      this.fields[f].fill(0);
      this.uniform.delete(f);
    }
    this.stale.clear();
  }
}
