// Phases 2-6 of one synchronous step: every unit reads its neighbours' exposure as
// it stood at the end of the last step and updates only itself. Numbered sections
// follow docs/model.md (Details, submodels).
//
// Waiting times: on entering a stage a unit draws a clock E ~ Exp(1); each step
// subtracts hazard * dt and the event fires when the clock runs out. With hazards
// constant within a step this is exactly a per-step chance 1 - exp(-h dt), but
// costs one draw per event instead of one per unit and step.
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
import type { Turnover } from './turnover.js';

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
  /** Champion turnover, when its rate is above zero. */
  readonly turnover?: Turnover;
}

/** A fresh waiting-time clock, Exp(1). */
export function drawClock(random: Random): number {
  return -Math.log(1 - random());
}

/** Advance every unit through phases 2-6 of step t. Returns the number of adoptions. */
export function advanceUnits(k: KernelContext, t: number): number {
  const { p, population: pop, units: u, exposure: x, effects, random } = k;
  const { dt, friction, instant, externalCertain } = p;
  const n = u.n;
  const { state, clock, capacity, fatigue, fit, fidelity, ownership, embeddedness, progress, capability } = u;
  const { receptiveness, leadership, threshold } = pop;
  const baseCapacity = pop.capacity;
  const f = effects.fields;
  const external = f.external;
  const mandate = f.mandate;
  const incentive = f.incentive;
  const programme = f.programme;
  const advantageBoost = f.advantageBoost;
  const fitBoost = f.fitBoost;
  const fatigueLoad = f.fatigueLoad;
  const demand = f.demand;
  const demandOn = effects.isActive('demand');
  const turnoverOn = k.turnover !== undefined;
  const thresholdScale = p.thresholdScale;
  const adaptability = p.adaptability;
  const peerBoost = f.peerBoost;
  const formatForcing = f.formatForcing;
  const assurance = f.assurance;
  const ownershipBoost = f.ownershipBoost;
  const fitSharing = f.fitSharing;
  const fitTarget = f.fitTarget;
  const shock = f.shock;
  const support = f.capacitySupport;
  const externalOn = effects.isActive('external');
  const sharingOn = effects.isActive('fitSharing');
  const mandateOn = effects.isActive('mandate');
  const fatigueOn = mandateOn || effects.isActive('fatigueLoad');
  const supportOn = effects.isActive('capacitySupport');
  const awareHazard = x.awareHazard;
  const strongInUse = x.strongInUse;
  const strongTotal = x.strongTotal;
  const meanExposure = n > 1 ? x.inUseTotal / (n - 1) : 0;
  const implementInstantly = p.effort <= 0;
  const progressScale = implementInstantly ? 0 : dt / (p.effort * p.allocation);
  const capacityNeedInverse = p.capacityNeed > 0 ? 1 / p.capacityNeed : Infinity;
  const tau = p.thresholdWidth;
  const fitRate = dt * p.fitLearning;
  const driftRate = dt * p.fidelityDrift * (1 - p.coreSpecified);
  const ownRate = dt * p.ownershipGrowth;
  const embedRate = dt * p.embedding;
  const relax = dt * p.recovery;
  const fatigueKeep = 1 - dt * p.fatigueDecay;
  const imposed = dt * p.fatigueImposed;
  const use = dt * p.capacityUse;
  let adoptions = 0;
  const tally = u.tally;
  const size = pop.size;
  const benefitAlpha = p.benefitAlpha;
  const benefitBeta = p.benefitBeta;
  const linearBenefit = benefitAlpha === 1 && benefitBeta === 1;
  let sumFidelity = 0;
  let sumFit = 0;
  let sumBenefit = 0;

  const { adaptation, adoptionBase, advantage, allocation, benefitProtection, discontinuation, embeddedProtection, externalHazard, failureCapacityWeight, failureFitWeight, failureRate, fatigueFailure, hierarchyBlunting, imitation, meanField, reconsiderSteps, rejection, symbolicCompliance } = p;
  for (let i = 0; i < n; i++) {
    let s = state[i];

    // 2. Awareness: external news, then aware neighbours (log-survival counter).
    if (s === UNAWARE) {
      const extra = externalOn ? external[i] : 0;
      let hears = externalCertain || extra >= 1;
      if (!hears) {
        const hazard = externalHazard + awareHazard[i] - (extra > 0 ? Math.log(1 - extra) : 0);
        if (hazard > 0) {
          const left = clock[i] - hazard * dt;
          clock[i] = left;
          hears = left <= 0;
        }
      }
      if (hears) {
        s = AWARE;
        state[i] = AWARE;
        tally.move(i, UNAWARE, AWARE);
        u.tAware[i] = t;
        clock[i] = drawClock(random);
        x.noteAware(i);
      }
    }

    // 3. Decision: intrinsic hazard (social proof) plus mandate and incentive,
    // competing with rejection.
    if (s === AWARE) {
      const total = strongTotal[i];
      // A division, not a stored inverse, so shares such as 2/10 meet theta = 0.2 exactly.
      const exposure = meanField ? meanExposure : total > 0 ? strongInUse[i] / total : 0;
      const theta = threshold[i] * thresholdScale;
      const proof = exposure >= theta ? 1 : socialProof(exposure, theta, tau);
      let receptive = 1;
      let capacityOk = 1;
      if (friction) {
        receptive = receptiveness[i] * (1 - fatigue[i]);
        const c = capacity[i] * capacityNeedInverse;
        capacityOk = c < 1 ? c : 1;
      }
      const peer = (1 - hierarchyBlunting * (1 - leadership[i])) * (1 + peerBoost[i]);
      const perceived = advantage + advantageBoost[i];
      const intrinsic =
        (adoptionBase + imitation * exposure * peer) * receptive * perceived * proof * capacityOk;
      const mandated = mandate[i];
      const paid = incentive[i];
      const adopt = intrinsic + mandated + paid + programme[i];
      const reject = friction && mandated === 0 ? rejection * (1 - receptive) : 0;
      const hazard = adopt + reject;
      if (hazard > 0) {
        let fires = instant && adopt > 0;
        if (!fires) {
          const left = clock[i] - hazard * dt;
          clock[i] = left;
          fires = left <= 0;
        }
        if (fires) {
          if (adopt < hazard && random() * hazard >= adopt) {
            state[i] = REJECTED;
            tally.move(i, AWARE, REJECTED);
            u.reconsiderAt[i] = t + reconsiderSteps;
          } else {
            // Adopt: who chose it (competing risks) sets ownership; mandates on
            // unreceptive units buy symbolic compliance at the cost of fidelity.
            s = IMPLEMENTING;
            state[i] = IMPLEMENTING;
            tally.move(i, AWARE, IMPLEMENTING);
            tally.adopted(i);
            u.tStart[i] = t;
            progress[i] = 0;
            const g0 = k.initialFit[i];
            fit[i] = g0 + fitBoost[i] * (1 - g0);
            fidelity[i] = 1 - symbolicCompliance * (mandated / adopt) * (1 - receptive);
            const own = intrinsic / adopt + ownershipBoost[i];
            ownership[i] = own > 1 ? 1 : own;
            embeddedness[i] = 0;
            u.reasons[i] = (mandated > 0 ? REASON_MANDATE : 0) | (paid > 0 ? REASON_INCENTIVE : 0);
            clock[i] = drawClock(random);
            k.newAdopters[adoptions++] = i;
            x.noteInUse(i, 1);
          }
        }
      }
    } else if (s === REJECTED) {
      if (t >= u.reconsiderAt[i]) {
        state[i] = AWARE;
        tally.move(i, REJECTED, AWARE);
        clock[i] = drawClock(random);
      }
    }

    if (s === IMPLEMENTING || s === EMBEDDED) {
      if (!friction) {
        // Textbook reductions: adoption is instant and permanent.
        if (s === IMPLEMENTING) {
          state[i] = EMBEDDED;
          tally.move(i, IMPLEMENTING, EMBEDDED);
          tally.everEmbedded++;
          progress[i] = 1;
          embeddedness[i] = 1;
          u.tEmbedded[i] = t;
        }
        const f1 = fidelity[i];
        const g1 = fit[i];
        sumFidelity += f1;
        sumFit += g1;
        sumBenefit += size[i] * (linearBenefit ? f1 * g1 : Math.pow(f1, benefitAlpha) * Math.pow(g1, benefitBeta));
        continue;
      }
      // 4. Adaptation, for every unit in use: fit learnt by doing up to the
      // periphery's ceiling, and from similar peers; fidelity drifts where the
      // core is unclear and capability low; shaping it builds ownership.
      const forcing = formatForcing[i];
      const a = adaptation * adaptability * (forcing < 1 ? 1 - forcing : 0);
      const cap = capability[i];
      const lead = leadership[i];
      let g = fit[i];
      let fid = fidelity[i];
      let own = ownership[i];
      const ceiling = k.fitCeiling[i];
      if (a > 0) {
        if (g < ceiling) g += fitRate * a * cap * lead * (ceiling - g);
        fid *= 1 - driftRate * a * (1 - cap);
        own += ownRate * a * lead * (1 - own);
        fidelity[i] = fid;
        ownership[i] = own;
      }
      if (sharingOn) {
        // Peers' adaptations help only as far as this unit's periphery can adapt.
        const offered = fitTarget[i] < ceiling ? fitTarget[i] : ceiling;
        if (offered > g) g += dt * fitSharing[i] * (offered - g);
      }
      fit[i] = g;
      const withdrawal = shock[i] * (1 - own);

      if (s === IMPLEMENTING) {
        // Implementation: progress from allocated capacity and capability;
        // failure hazard rises with complexity, low capacity and low fit.
        const c = capacity[i];
        const allocated = c < allocation ? c : allocation;
        capacity[i] = c - use * allocated;
        const done = implementInstantly ? 1 : progress[i] + progressScale * (0.25 + 0.75 * cap) * allocated;
        progress[i] = done;
        const failure =
          failureRate * (1 + failureCapacityWeight * (1 - c) + failureFitWeight * (1 - g)) + withdrawal;
        const left = clock[i] - failure * dt;
        clock[i] = left;
        if (left <= 0) {
          state[i] = DISCONTINUED;
          tally.move(i, IMPLEMENTING, DISCONTINUED);
          u.tEnd[i] = t;
          const z = fatigue[i] + fatigueFailure;
          fatigue[i] = z > 1 ? 1 : z;
          x.noteInUse(i, -1);
        } else if (done >= 1) {
          state[i] = EMBEDDED;
          tally.move(i, IMPLEMENTING, EMBEDDED);
          tally.everEmbedded++;
          progress[i] = 1;
          u.tEmbedded[i] = t;
          clock[i] = drawClock(random);
        }
      } else {
        // 5. Sustainment: embeddedness grows with ownership and fit; use ends at a
        // hazard that embeddedness, benefit seen and assurance hold down.
        const e = embeddedness[i];
        embeddedness[i] = e + embedRate * own * g * (1 - e);
        const worth = (advantage + advantageBoost[i]) * fid * g;
        const seen = worth / (1 + worth);
        const exposed = 1 - embeddedProtection * e;
        // Assurance holds units to use whatever the reason they might stop, the end
        // of an extrinsic reason included.
        const assured = 1 - (assurance[i] < 0.99 ? assurance[i] : 0.99);
        const hazard = (discontinuation * (1 - benefitProtection * seen) + withdrawal) * exposed * assured;
        const left = clock[i] - hazard * dt;
        clock[i] = left;
        if (left <= 0) {
          state[i] = DISCONTINUED;
          tally.move(i, EMBEDDED, DISCONTINUED);
          u.tEnd[i] = t;
          x.noteInUse(i, -1);
        }
      }
      // 7 (fused). Units still in use add to the row's sums (Tally; record.ts).
      if (state[i] !== DISCONTINUED) {
        // As stored (single precision), so the sums equal a pass over the arrays.
        const f32 = Math.fround(fid);
        const g32 = Math.fround(g);
        sumFidelity += f32;
        sumFit += g32;
        sumBenefit += size[i] * (linearBenefit ? f32 * g32 : Math.pow(f32, benefitAlpha) * Math.pow(g32, benefitBeta));
      }
    }

    // 6. Capacity relaxes toward baseline plus funded support less competing
    // demands; fatigue decays, and grows in proportion to unreceptiveness under
    // a mandate or another imposed load. Turnover: a champion leaves.
    if (friction) {
      let target = baseCapacity[i];
      if (supportOn) target += support[i];
      if (demandOn) target -= demand[i];
      const c = capacity[i];
      // Most units sit at their target: leave them be.
      if (c !== target) {
        const next = c + relax * ((target < 0 ? 0 : target > 1 ? 1 : target) - c);
        capacity[i] = next < 0 ? 0 : next > 1 ? 1 : next;
      }
      let z = fatigue[i];
      if (z > 0 || fatigueOn) {
        z *= fatigueKeep;
        if (fatigueOn) {
          const load = (mandateOn && mandate[i] > 0 ? imposed : 0) + dt * fatigueLoad[i];
          z += load * (1 - receptiveness[i]);
        }
        fatigue[i] = z < 0 ? 0 : z > 1 ? 1 : z;
      }
      if (turnoverOn && k.turnover!.next[i] === t) k.turnover!.leave(i, t, s);
    }
  }
  tally.resetSums();
  tally.sumFidelity = sumFidelity;
  tally.sumFit = sumFit;
  tally.sumBenefit = sumBenefit;
  return adoptions;
}
