// 4. Implementation and adaptation, 5. sustainment: the units in use. Units still
// in use at the end add to the step's sums for the recorded row (Tally; record.ts),
// over values as stored (single precision), so the sums equal a pass over the arrays.
import { drawClock } from './clock.js';
import type { KernelContext } from './kernel.js';
import { DISCONTINUED, EMBEDDED, IMPLEMENTING } from './states.js';

/** Sums over the units in use after the step: fidelity, fit, size-weighted benefit. */
export interface UseTotals {
  sumFidelity: number;
  sumFit: number;
  sumBenefit: number;
}

/** Per-step constants and arrays of adaptation (phase 4), shared by implementing and embedded units. */
interface Adaptation {
  readonly allowance: number;
  readonly fitRate: number;
  readonly driftRate: number;
  readonly ownRate: number;
  readonly dt: number;
  readonly forcingOn: boolean;
  readonly sharingOn: boolean;
  readonly fit: Float32Array;
  readonly fidelity: Float32Array;
  readonly ownership: Float32Array;
  readonly capability: Float32Array;
  readonly leadership: Float32Array;
  readonly ceiling: Float32Array;
  readonly formatForcing: Float32Array;
  readonly fitTarget: Float32Array;
  readonly fitSharing: Float32Array;
}

function adaptation(k: KernelContext): Adaptation {
  const { p, effects, units: u } = k;
  const f = effects.fields;
  return {
    allowance: p.adaptation * p.adaptability,
    fitRate: p.dt * p.fitLearning,
    driftRate: p.dt * p.fidelityDrift * (1 - p.coreSpecified),
    ownRate: p.dt * p.ownershipGrowth,
    dt: p.dt,
    forcingOn: effects.isActive('formatForcing'),
    sharingOn: effects.isActive('fitSharing'),
    fit: u.fit,
    fidelity: u.fidelity,
    ownership: u.ownership,
    capability: u.capability,
    leadership: k.population.leadership,
    ceiling: k.fitCeiling,
    formatForcing: f.formatForcing,
    fitTarget: f.fitTarget,
    fitSharing: f.fitSharing,
  };
}

/**
 * Adaptation of unit i in use: fit learnt by doing up to the periphery's ceiling,
 * and from similar peers; fidelity drifts where the core is unclear and capability
 * low; shaping it builds ownership. Updates fit, fidelity and ownership in place.
 */
function adapt(c: Adaptation, i: number): void {
  const forcing = c.forcingOn ? c.formatForcing[i] : 0;
  const a = c.allowance * (forcing < 1 ? 1 - forcing : 0);
  const ceiling = c.ceiling[i];
  let g = c.fit[i];
  if (a > 0) {
    const cap = c.capability[i];
    const lead = c.leadership[i];
    if (g < ceiling) g += c.fitRate * a * cap * lead * (ceiling - g);
    c.fidelity[i] *= 1 - c.driftRate * a * (1 - cap);
    const own = c.ownership[i];
    c.ownership[i] = own + c.ownRate * a * lead * (1 - own);
  }
  if (c.sharingOn) {
    // Peers' adaptations help only as far as this unit's periphery can adapt.
    const target = c.fitTarget[i];
    const offered = target < ceiling ? target : ceiling;
    if (offered > g) g += c.dt * c.fitSharing[i] * (offered - g);
  }
  c.fit[i] = g;
}

/** Benefit weight of a unit in use: size * f^alpha * g^beta. */
function benefitOf(k: KernelContext, i: number, f: number, g: number): number {
  const { benefitAlpha: alpha, benefitBeta: beta } = k.p;
  const w = k.population.size[i];
  return alpha === 1 && beta === 1 ? w * f * g : w * Math.pow(f, alpha) * Math.pow(g, beta);
}

/**
 * Implementing units: progress from allocated capacity and capability; failure
 * hazard rises with complexity, low capacity and low fit.
 */
export function implement(k: KernelContext, t: number, totals: UseTotals): void {
  const { p, units: u, exposure: x, effects, random, lists } = k;
  const { dt, allocation, failureRate, failureCapacityWeight, failureFitWeight, fatigueFailure } = p;
  const { state, clock, capacity, fatigue, fit, fidelity, ownership, progress, capability, tally } = u;
  const c = adaptation(k);
  const shockOn = effects.isActive('shock');
  const shock = effects.fields.shock;
  const implementInstantly = p.effort <= 0;
  const progressScale = implementInstantly ? 0 : dt / (p.effort * p.allocation);
  const use = dt * p.capacityUse;
  let { sumFidelity, sumFit, sumBenefit } = totals;
  const list = lists.index;
  const from = IMPLEMENTING * lists.n;
  const to = from + lists.count[IMPLEMENTING];
  let kept = from;
  for (let q = from; q < to; q++) {
    const i = list[q];
    adapt(c, i);
    const g = fit[i];
    const withdrawal = shockOn ? shock[i] * (1 - ownership[i]) : 0;
    const cap0 = capacity[i];
    const allocated = cap0 < allocation ? cap0 : allocation;
    capacity[i] = cap0 - use * allocated;
    const done = implementInstantly ? 1 : progress[i] + progressScale * (0.25 + 0.75 * capability[i]) * allocated;
    progress[i] = done;
    const failure = failureRate * (1 + failureCapacityWeight * (1 - cap0) + failureFitWeight * (1 - g)) + withdrawal;
    const left = clock[i] - failure * dt;
    clock[i] = left;
    if (left <= 0) {
      state[i] = DISCONTINUED;
      tally.move(i, IMPLEMENTING, DISCONTINUED);
      u.tEnd[i] = t;
      const z = fatigue[i] + fatigueFailure;
      fatigue[i] = z > 1 ? 1 : z;
      x.noteInUse(i, -1);
      continue;
    }
    if (done >= 1) {
      state[i] = EMBEDDED;
      tally.move(i, IMPLEMENTING, EMBEDDED);
      tally.everEmbedded++;
      progress[i] = 1;
      u.tEmbedded[i] = t;
      clock[i] = drawClock(random);
      // Sustainment has run for this step: it starts in the next.
      lists.add(EMBEDDED, i);
    } else {
      list[kept++] = i;
      lists.recover(i);
    }
    const fid = fidelity[i];
    sumFidelity += fid;
    sumFit += g;
    sumBenefit += benefitOf(k, i, fid, g);
  }
  lists.count[IMPLEMENTING] = kept - from;
  totals.sumFidelity = sumFidelity;
  totals.sumFit = sumFit;
  totals.sumBenefit = sumBenefit;
}

/**
 * Embedded units (embedded before this step: run before implement): embeddedness grows with ownership
 * and fit; use ends at a hazard that embeddedness, benefit seen and assurance hold down.
 */
export function sustain(k: KernelContext, t: number, totals: UseTotals): void {
  const { p, units: u, exposure: x, effects, lists } = k;
  const { dt, advantage, benefitProtection, discontinuation, embeddedProtection } = p;
  const { state, clock, fit, fidelity, ownership, embeddedness, tally } = u;
  const c = adaptation(k);
  const embedRate = dt * p.embedding;
  const shockOn = effects.isActive('shock');
  const advantageOn = effects.isActive('advantageBoost');
  const assuranceOn = effects.isActive('assurance');
  const { shock, advantageBoost, assurance } = effects.fields;
  let { sumFidelity, sumFit, sumBenefit } = totals;
  const list = lists.index;
  const from = EMBEDDED * lists.n;
  const to = from + lists.count[EMBEDDED];
  let kept = from;
  for (let q = from; q < to; q++) {
    const i = list[q];
    adapt(c, i);
    const g = fit[i];
    const fid = fidelity[i];
    const own = ownership[i];
    const withdrawal = shockOn ? shock[i] * (1 - own) : 0;
    const e = embeddedness[i];
    embeddedness[i] = e + embedRate * own * g * (1 - e);
    const worth = (advantageOn ? advantage + advantageBoost[i] : advantage) * fid * g;
    const seen = worth / (1 + worth);
    const exposed = 1 - embeddedProtection * e;
    // Assurance holds units to use whatever the reason they might stop, the end
    // of an extrinsic reason included.
    const assured = assuranceOn ? 1 - (assurance[i] < 0.99 ? assurance[i] : 0.99) : 1;
    const hazard = (discontinuation * (1 - benefitProtection * seen) + withdrawal) * exposed * assured;
    const left = clock[i] - hazard * dt;
    clock[i] = left;
    if (left <= 0) {
      state[i] = DISCONTINUED;
      tally.move(i, EMBEDDED, DISCONTINUED);
      u.tEnd[i] = t;
      x.noteInUse(i, -1);
      continue;
    }
    list[kept++] = i;
    sumFidelity += fid;
    sumFit += g;
    sumBenefit += benefitOf(k, i, fid, g);
  }
  lists.count[EMBEDDED] = kept - from;
  totals.sumFidelity = sumFidelity;
  totals.sumFit = sumFit;
  totals.sumBenefit = sumBenefit;
}

/** Friction off (textbook reductions): adoption is instant and permanent. */
export function holdInUse(k: KernelContext, t: number, totals: UseTotals): void {
  const { units: u, lists } = k;
  const { state, fit, fidelity, progress, embeddedness, tally } = u;
  let { sumFidelity, sumFit, sumBenefit } = totals;
  const list = lists.index;
  // Embedded first, so units embedded below are counted once.
  for (const s of [EMBEDDED, IMPLEMENTING]) {
    const from = s * lists.n;
    const to = from + lists.count[s];
    for (let q = from; q < to; q++) {
      const i = list[q];
      if (s === IMPLEMENTING) {
        state[i] = EMBEDDED;
        tally.move(i, IMPLEMENTING, EMBEDDED);
        tally.everEmbedded++;
        progress[i] = 1;
        embeddedness[i] = 1;
        u.tEmbedded[i] = t;
        lists.add(EMBEDDED, i);
      }
      const fid = fidelity[i];
      const g = fit[i];
      sumFidelity += fid;
      sumFit += g;
      sumBenefit += benefitOf(k, i, fid, g);
    }
  }
  lists.count[IMPLEMENTING] = 0;
  totals.sumFidelity = sumFidelity;
  totals.sumFit = sumFit;
  totals.sumBenefit = sumBenefit;
}
