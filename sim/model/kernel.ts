// Phases 2-6 of one synchronous step: every unit reads its neighbours' exposure as
// it stood at the end of the last step and updates only itself. Numbered sections
// follow docs/model.md (Details, submodels).
import type { Random } from '../random/rng.js';
import type { Effects } from './effects.js';
import type { Exposure } from './exposure.js';
import type { KernelParams } from './kernel-params.js';
import { socialProof } from './hazards.js';
import type { RunState } from './run-state.js';
import {
  AWARE,
  DISCONTINUED,
  EMBEDDED,
  IMPLEMENTING,
  REASON_INCENTIVE,
  REASON_MANDATE,
  REJECTED,
  UNAWARE,
} from './states.js';
import type { Population } from './system.js';

export interface KernelContext {
  readonly p: KernelParams;
  readonly population: Population;
  readonly units: RunState;
  readonly exposure: Exposure;
  readonly effects: Effects;
  readonly random: Random;
  /** Fit at adoption, g0, per unit. */
  readonly initialFit: Float32Array;
  /** Highest fit adaptation can reach: only the periphery adapts. */
  readonly fitCeiling: Float32Array;
  /** Filled with the units that started implementing this step. */
  readonly newAdopters: Int32Array;
}

export interface StepOutcome {
  adoptions: number;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Advance every unit through phases 2-6 of step t. Returns the number of adoptions. */
export function advanceUnits(k: KernelContext, t: number): number {
  const { p, population: pop, units: u, exposure: x, effects, random } = k;
  const { dt, friction } = p;
  const n = u.n;
  const state = u.state;
  const f = effects.fields;
  const external = f.external;
  const mandate = f.mandate;
  const incentive = f.incentive;
  const peerBoost = f.peerBoost;
  const formatForcing = f.formatForcing;
  const assurance = f.assurance;
  const ownershipBoost = f.ownershipBoost;
  const fitSharing = f.fitSharing;
  const fitTarget = f.fitTarget;
  const shock = f.shock;
  const capacitySupport = f.capacitySupport;
  const externalOn = effects.isActive('external');
  const sharingOn = effects.isActive('fitSharing');
  const meanShare = n > 1 ? 1 / (n - 1) : 0;
  const implementInstantly = !friction || p.effort <= 0;
  let adoptions = 0;

  for (let i = 0; i < n; i++) {
    let s = state[i];

    // 2. Awareness: external news, then aware neighbours (log-survival counter).
    if (s === UNAWARE) {
      const extra = externalOn ? external[i] : 0;
      if (extra >= 1) {
        s = AWARE;
      } else {
        const hazard = p.externalHazard + x.awareHazard[i] - (extra > 0 ? Math.log(1 - extra) : 0);
        if (hazard <= 0 || random() >= 1 - Math.exp(-hazard * dt)) continue;
        s = AWARE;
      }
      state[i] = AWARE;
      u.tAware[i] = t;
      x.noteAware(i);
    }

    // 3. Decision: intrinsic hazard (social proof) plus mandate and incentive.
    if (s === AWARE) {
      const exposure = p.meanField ? x.inUseTotal * meanShare : x.strongInUse[i] * x.strongInverse[i];
      const receptive = friction ? pop.receptiveness[i] * (1 - u.fatigue[i]) : 1;
      const capacityOk = friction && p.capacityNeed > 0 ? Math.min(1, u.capacity[i] / p.capacityNeed) : 1;
      const peer = (1 - p.hierarchyBlunting * (1 - pop.leadership[i])) * (1 + peerBoost[i]);
      const proof = socialProof(exposure, pop.threshold[i], p.thresholdWidth);
      const intrinsic = (p.adoptionBase + p.imitation * exposure * peer) * receptive * p.advantage * proof * capacityOk;
      const mandated = mandate[i];
      const paid = incentive[i];
      const adopt = intrinsic + mandated + paid;
      const reject = friction && mandated === 0 ? p.rejection * (1 - receptive) : 0;
      const total = adopt + reject;
      if (total <= 0) continue;
      const chance = p.instant && adopt > 0 ? 1 : 1 - Math.exp(-total * dt);
      const draw = random();
      if (draw >= chance) continue;
      if (adopt < total && draw >= (chance * adopt) / total) {
        state[i] = REJECTED;
        u.reconsiderAt[i] = t + p.reconsiderSteps;
        continue;
      }
      // Adopt: who chose it (competing risks) sets ownership; mandates on
      // unreceptive units buy symbolic compliance at the cost of fidelity.
      s = IMPLEMENTING;
      state[i] = IMPLEMENTING;
      u.tStart[i] = t;
      u.progress[i] = 0;
      u.fit[i] = k.initialFit[i];
      u.fidelity[i] = 1 - p.symbolicCompliance * (mandated / adopt) * (1 - receptive);
      u.ownership[i] = clamp01(intrinsic / adopt + ownershipBoost[i]);
      u.embeddedness[i] = 0;
      u.reasons[i] = (mandated > 0 ? REASON_MANDATE : 0) | (paid > 0 ? REASON_INCENTIVE : 0);
      k.newAdopters[adoptions++] = i;
      x.noteInUse(i, 1);
    } else if (s === REJECTED) {
      if (t >= u.reconsiderAt[i]) state[i] = AWARE;
      continue;
    }

    if (s === IMPLEMENTING || s === EMBEDDED) {
      if (!friction) {
        // Textbook reductions: adoption is instant and permanent.
        if (s === IMPLEMENTING) {
          state[i] = EMBEDDED;
          u.progress[i] = 1;
          u.embeddedness[i] = 1;
          u.tEmbedded[i] = t;
        }
        continue;
      }
      // 4. Implementation and adaptation, for every unit in use.
      const a = p.adaptation * (1 - Math.min(1, formatForcing[i]));
      const cap = u.capability[i];
      const lead = pop.leadership[i];
      let fit = u.fit[i];
      fit += dt * p.fitLearning * a * cap * lead * (k.fitCeiling[i] - fit);
      if (sharingOn && fitTarget[i] > fit) fit += dt * fitSharing[i] * (fitTarget[i] - fit);
      u.fit[i] = fit;
      u.fidelity[i] -= dt * p.fidelityDrift * a * (1 - p.coreSpecified) * (1 - cap) * u.fidelity[i];
      const own = u.ownership[i];
      u.ownership[i] = own + dt * p.ownershipGrowth * a * lead * (1 - own);
      const withdrawal = shock[i] * (1 - u.ownership[i]);

      if (s === IMPLEMENTING) {
        const capacity = u.capacity[i];
        const allocated = Math.min(capacity, p.allocation);
        u.capacity[i] = capacity - dt * p.capacityUse * allocated;
        if (!implementInstantly) {
          u.progress[i] += (dt * (0.25 + 0.75 * cap) * (allocated / p.allocation)) / p.effort;
        } else {
          u.progress[i] = 1;
        }
        const failure =
          p.failureRate * (1 + p.failureCapacityWeight * (1 - capacity) + p.failureFitWeight * (1 - fit)) + withdrawal;
        if (failure > 0 && random() < 1 - Math.exp(-failure * dt)) {
          state[i] = DISCONTINUED;
          u.tEnd[i] = t;
          u.fatigue[i] = Math.min(1, u.fatigue[i] + p.fatigueFailure);
          x.noteInUse(i, -1);
        } else if (u.progress[i] >= 1) {
          state[i] = EMBEDDED;
          u.progress[i] = 1;
          u.tEmbedded[i] = t;
        }
      } else {
        // 5. Sustainment: embeddedness grows with ownership and fit; use ends at a
        // hazard that benefit seen, embeddedness and assurance hold down.
        const e = u.embeddedness[i];
        u.embeddedness[i] = e + dt * p.embedding * u.ownership[i] * fit * (1 - e);
        const seen = 1 - Math.exp(-p.advantage * u.fidelity[i] * fit);
        const protectedShare = 1 - p.embeddedProtection * e;
        const hazard =
          p.discontinuation * protectedShare * (1 - p.benefitProtection * seen) * (1 - assurance[i]) +
          withdrawal * protectedShare;
        if (hazard > 0 && random() < 1 - Math.exp(-hazard * dt)) {
          state[i] = DISCONTINUED;
          u.tEnd[i] = t;
          x.noteInUse(i, -1);
        }
      }
    }
  }

  // 6. Capacity relaxes toward baseline (plus funded support); fatigue decays and
  // grows under mandates in proportion to unreceptiveness.
  if (friction) relaxCapacityAndFatigue(k);
  return adoptions;
}

function relaxCapacityAndFatigue(k: KernelContext): void {
  const { p, population: pop, units: u, effects } = k;
  const dt = p.dt;
  const n = u.n;
  const support = effects.fields.capacitySupport;
  const mandate = effects.fields.mandate;
  const supportOn = effects.isActive('capacitySupport');
  const mandateOn = effects.isActive('mandate');
  const relax = dt * p.recovery;
  const decay = 1 - dt * p.fatigueDecay;
  const imposed = dt * p.fatigueImposed;
  for (let i = 0; i < n; i++) {
    const target = supportOn ? Math.min(1, pop.capacity[i] + support[i]) : pop.capacity[i];
    const c = u.capacity[i];
    u.capacity[i] = clamp01(c + relax * (target - c));
    let z = u.fatigue[i];
    if (z > 0 || mandateOn) {
      z *= decay;
      if (mandateOn && mandate[i] > 0) z += imposed * (1 - pop.receptiveness[i]);
      u.fatigue[i] = clamp01(z);
    }
  }
}
