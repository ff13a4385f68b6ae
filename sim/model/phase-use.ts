// 4. Implementation and adaptation, 5. sustainment: the units in use. Units still
// in use at the end add to the step's sums for the recorded row (Tally; record.ts),
// over values as stored (single precision), so the sums equal a pass over the arrays.
import { benefitWeight } from '../metrics/tally.js';
import { drawClock } from './clock.js';
import type { KernelContext } from './kernel.js';
import type { Recovery } from './phase-recovery.js';
import { F32, F32_EFFECT, F64 } from './run-state.js';
import { DISCONTINUED, EMBEDDED, IMPLEMENTING } from './states.js';

/** Sums over the units in use after the step: fidelity, fit, size-weighted benefit. */
export interface UseTotals {
  sumFidelity: number;
  sumFit: number;
  sumBenefit: number;
}

/** Per-step constants of adaptation (phase 4), shared by implementing and embedded units. */
interface Adaptation {
  readonly allowance: number;
  readonly fitRate: number;
  readonly driftRate: number;
  readonly ownRate: number;
  readonly forcingOn: boolean;
  readonly sharingOn: boolean;
}

function adaptation(k: KernelContext): Adaptation {
  const { p, effects } = k;
  return {
    allowance: p.adaptation * p.adaptability,
    fitRate: p.dt * p.fitLearning,
    driftRate: p.dt * p.fidelityDrift * (1 - p.coreSpecified),
    ownRate: p.dt * p.ownershipGrowth,
    forcingOn: effects.isActive('formatForcing'),
    sharingOn: effects.isActive('fitSharing'),
  };
}

// The loops below write out adaptation's equations (docs/model.md 3.3.4) and the
// benefit weight (metrics/tally.ts: benefitWeight) in both implement and sustain,
// and implement phase 6's (phase-recovery.ts), rather than call helpers: V8 inlines
// calls within a budget per function, and helpers on these hot loops pushed it over
// (adaptation: 9% more instructions per replicate, cachegrind; benefitWeight:
// sustain 17 -> 23 ns per unit in Chromium; phase 6: 5% more instructions per
// replicate than written out).
//
// Flags read from an object (KernelParams, Recovery, Adaptation) are compared with
// `=== true` before the loops. V8 does not know that a property holds a boolean, so a
// bare flag is tested for every kind of truthy value at each use in the loop: the
// comparison makes it a known boolean (2% fewer instructions per replicate, cachegrind).
// Likewise, without format forcing the allowance `a` is taken as it is (the same as
// allowance * (1 - 0)): V8 compiled `1 - forcing` on a constant 0 as integer arithmetic,
// with conversions to and from it for every unit (1% of instructions per replicate).

/**
 * Implementing units: progress from allocated capacity and capability; failure
 * hazard rises with complexity, low capacity and low fit. Those still implementing
 * recover (phase 6).
 */
export function implement(k: KernelContext, t: number, totals: UseTotals, recovery: Recovery): void {
  const { p, units: u, exposure: x, effects, random, lists } = k;
  const { dt, allocation, failureRate, failureCapacityWeight, failureFitWeight, fatigueFailure } = p;
  const { state, tally } = u;
  const c = adaptation(k);
  const shockOn = effects.isActive('shock');
  // `=== true`: see the note above implement.
  const forcingOn = c.forcingOn === true;
  const sharingOn = c.sharingOn === true;
  const allowance = c.allowance;
  const fitRate = c.fitRate;
  const driftRate = c.driftRate;
  const ownRate = c.ownRate;
  const { benefitAlpha: alpha, benefitBeta: beta } = p;
  const plainBenefit = alpha === 1 && beta === 1;
  const implementInstantly = p.effort <= 0;
  const progressScale = implementInstantly ? 0 : dt / (p.effort * p.allocation);
  const use = dt * p.capacityUse;
  // One array per number type, indexed by slot (run-state.ts: F32).
  const n = u.n;
  const f = u.f32;
  const clock = u.f64;
  const FIT = F32.fit * n;
  const FID = F32.fidelity * n;
  const OWN = F32.ownership * n;
  const CAP = F32.capability * n;
  const LEAD = F32.leadership * n;
  const SIZE = F32.size * n;
  const CEIL = F32.fitCeiling * n;
  const CAPACITY = F32.capacity * n;
  const PROGRESS = F32.progress * n;
  const FATIGUE = F32.fatigue * n;
  const CLOCK = F64.clock * n;
  const SHOCK = F32_EFFECT.shock * n;
  const FORCE = F32_EFFECT.formatForcing * n;
  const TARGET = F32_EFFECT.fitTarget * n;
  const SHARE = F32_EFFECT.fitSharing * n;
  // Phase 6 for the units still implementing, written out (phase-recovery.ts: recover).
  const { relax, fatigueKeep, imposed } = recovery;
  const supportOn = recovery.supportOn === true;
  const demandOn = recovery.demandOn === true;
  const mandateOn = recovery.mandateOn === true;
  const loadOn = recovery.loadOn === true;
  const fatigueOn = recovery.fatigueOn === true;
  const BASE = F32.baseCapacity * n;
  const RECEPTIVE = F32.receptiveness * n;
  const SUPPORT = F32_EFFECT.capacitySupport * n;
  const DEMAND = F32_EFFECT.demand * n;
  const MANDATE = F32_EFFECT.mandate * n;
  const LOAD = F32_EFFECT.fatigueLoad * n;
  let { sumFidelity, sumFit, sumBenefit } = totals;
  const list = lists.index;
  const from = IMPLEMENTING * n;
  const to = from + lists.count[IMPLEMENTING];
  let kept = from;
  for (let q = from; q < to; q++) {
    const i = list[q];
    let a = allowance;
    if (forcingOn) {
      const forcing = f[FORCE + i];
      a = allowance * (forcing < 1 ? 1 - forcing : 0);
    }
    const ceiling = f[CEIL + i];
    let g = f[FIT + i];
    let fid = f[FID + i];
    let own = f[OWN + i];
    const cap = f[CAP + i];
    if (a > 0) {
      const lead = f[LEAD + i];
      if (g < ceiling) g += fitRate * a * cap * lead * (ceiling - g);
      fid = Math.fround(fid * (1 - driftRate * a * (1 - cap)));
      f[FID + i] = fid;
      own = Math.fround(own + ownRate * a * lead * (1 - own));
      f[OWN + i] = own;
    }
    if (sharingOn) {
      // Peers' adaptations help only as far as this unit's periphery can adapt.
      const target = f[TARGET + i];
      const offered = target < ceiling ? target : ceiling;
      if (offered > g) g += dt * f[SHARE + i] * (offered - g);
    }
    g = Math.fround(g);
    f[FIT + i] = g;
    const withdrawal = shockOn ? f[SHOCK + i] * (1 - own) : 0;
    const cap0 = f[CAPACITY + i];
    const allocated = cap0 < allocation ? cap0 : allocation;
    f[CAPACITY + i] = cap0 - use * allocated;
    const done = implementInstantly ? 1 : f[PROGRESS + i] + progressScale * (0.25 + 0.75 * cap) * allocated;
    f[PROGRESS + i] = done;
    const failure = failureRate * (1 + failureCapacityWeight * (1 - cap0) + failureFitWeight * (1 - g)) + withdrawal;
    const left = clock[CLOCK + i] - failure * dt;
    clock[CLOCK + i] = left;
    if (left <= 0) {
      state[i] = DISCONTINUED;
      tally.move(i, IMPLEMENTING, DISCONTINUED);
      u.tEnd[i] = t;
      const z = f[FATIGUE + i] + fatigueFailure;
      f[FATIGUE + i] = z > 1 ? 1 : z;
      x.noteInUse(i, -1);
      continue;
    }
    if (done >= 1) {
      state[i] = EMBEDDED;
      tally.move(i, IMPLEMENTING, EMBEDDED);
      tally.everEmbedded++;
      f[PROGRESS + i] = 1;
      u.tEmbedded[i] = t;
      clock[CLOCK + i] = drawClock(random);
      // Sustainment has run for this step: it starts in the next.
      lists.add(EMBEDDED, i);
    } else {
      list[kept++] = i;
      let target = f[BASE + i];
      if (supportOn) target += f[SUPPORT + i];
      if (demandOn) target -= f[DEMAND + i];
      const level = f[CAPACITY + i];
      if (level !== target) {
        const next = level + relax * ((target < 0 ? 0 : target > 1 ? 1 : target) - level);
        f[CAPACITY + i] = next < 0 ? 0 : next > 1 ? 1 : next;
      }
      let z = f[FATIGUE + i];
      if (z > 0 || fatigueOn) {
        z *= fatigueKeep;
        if (fatigueOn) {
          const load = (mandateOn && f[MANDATE + i] > 0 ? imposed : 0) + (loadOn ? dt * f[LOAD + i] : 0);
          z += load * (1 - f[RECEPTIVE + i]);
        }
        f[FATIGUE + i] = z < 0 ? 0 : z > 1 ? 1 : z;
      }
    }
    sumFidelity += fid;
    sumFit += g;
    const w = f[SIZE + i];
    sumBenefit += plainBenefit ? w * fid * g : w * Math.pow(fid, alpha) * Math.pow(g, beta);
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
  const { state, tally } = u;
  const c = adaptation(k);
  const embedRate = dt * p.embedding;
  const shockOn = effects.isActive('shock');
  const advantageOn = effects.isActive('advantageBoost');
  const assuranceOn = effects.isActive('assurance');
  // `=== true`: see the note above implement.
  const forcingOn = c.forcingOn === true;
  const sharingOn = c.sharingOn === true;
  const allowance = c.allowance;
  const fitRate = c.fitRate;
  const driftRate = c.driftRate;
  const ownRate = c.ownRate;
  const { benefitAlpha: alpha, benefitBeta: beta } = p;
  const plainBenefit = alpha === 1 && beta === 1;
  // One array per number type, indexed by slot (run-state.ts: F32).
  const n = u.n;
  const f = u.f32;
  const clock = u.f64;
  const FIT = F32.fit * n;
  const FID = F32.fidelity * n;
  const OWN = F32.ownership * n;
  const EMB = F32.embeddedness * n;
  const CAP = F32.capability * n;
  const LEAD = F32.leadership * n;
  const SIZE = F32.size * n;
  const CEIL = F32.fitCeiling * n;
  const CLOCK = F64.clock * n;
  const SHOCK = F32_EFFECT.shock * n;
  const BOOST = F32_EFFECT.advantageBoost * n;
  const ASSURE = F32_EFFECT.assurance * n;
  const FORCE = F32_EFFECT.formatForcing * n;
  const TARGET = F32_EFFECT.fitTarget * n;
  const SHARE = F32_EFFECT.fitSharing * n;
  let { sumFidelity, sumFit, sumBenefit } = totals;
  const list = lists.index;
  const from = EMBEDDED * n;
  const to = from + lists.count[EMBEDDED];
  let kept = from;
  for (let q = from; q < to; q++) {
    const i = list[q];
    let a = allowance;
    if (forcingOn) {
      const forcing = f[FORCE + i];
      a = allowance * (forcing < 1 ? 1 - forcing : 0);
    }
    const ceiling = f[CEIL + i];
    let g = f[FIT + i];
    let fid = f[FID + i];
    let own = f[OWN + i];
    if (a > 0) {
      const cap = f[CAP + i];
      const lead = f[LEAD + i];
      if (g < ceiling) g += fitRate * a * cap * lead * (ceiling - g);
      fid = Math.fround(fid * (1 - driftRate * a * (1 - cap)));
      f[FID + i] = fid;
      own = Math.fround(own + ownRate * a * lead * (1 - own));
      f[OWN + i] = own;
    }
    if (sharingOn) {
      // Peers' adaptations help only as far as this unit's periphery can adapt.
      const target = f[TARGET + i];
      const offered = target < ceiling ? target : ceiling;
      if (offered > g) g += dt * f[SHARE + i] * (offered - g);
    }
    g = Math.fround(g);
    f[FIT + i] = g;
    const withdrawal = shockOn ? f[SHOCK + i] * (1 - own) : 0;
    const e = f[EMB + i];
    f[EMB + i] = e + embedRate * own * g * (1 - e);
    const worth = (advantageOn ? advantage + f[BOOST + i] : advantage) * fid * g;
    const seen = worth / (1 + worth);
    const exposed = 1 - embeddedProtection * e;
    const assurance = assuranceOn ? f[ASSURE + i] : 0;
    const assured = assuranceOn ? 1 - (assurance < 0.99 ? assurance : 0.99) : 1;
    const hazard = (discontinuation * (1 - benefitProtection * seen) + withdrawal) * exposed * assured;
    const left = clock[CLOCK + i] - hazard * dt;
    clock[CLOCK + i] = left;
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
    const w = f[SIZE + i];
    sumBenefit += plainBenefit ? w * fid * g : w * Math.pow(fid, alpha) * Math.pow(g, beta);
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
  const { benefitAlpha: alpha, benefitBeta: beta } = k.p;
  const size = k.population.size;
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
      sumBenefit += benefitWeight(size[i], fid, g, alpha, beta);
    }
  }
  lists.count[IMPLEMENTING] = 0;
  totals.sumFidelity = sumFidelity;
  totals.sumFit = sumFit;
  totals.sumBenefit = sumBenefit;
}
