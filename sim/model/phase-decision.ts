// 3. Decision: intrinsic hazard (social proof) plus mandate, incentive and programme,
// competing with rejection; rejecting units reconsider after a while.
import { drawClock } from './clock.js';
import { socialProof } from './hazards.js';
import type { KernelContext } from './kernel.js';
import { AWARE, IMPLEMENTING, REASON_INCENTIVE, REASON_MANDATE, REJECTED } from './states.js';

/** Aware units (those that heard this step included) adopt or reject. Returns the adoptions. */
export function decide(k: KernelContext, t: number): number {
  const { p, population: pop, units: u, exposure: x, effects, random, lists } = k;
  const { dt, friction, instant, adoptionBase, advantage, hierarchyBlunting, imitation, meanField } = p;
  const { rejection, reconsiderSteps, symbolicCompliance } = p;
  const { state, clock, capacity, fatigue, fit, fidelity, ownership, embeddedness, progress, tally } = u;
  const { receptiveness, leadership, threshold } = pop;
  const n = u.n;
  const f = effects.fields;
  // Idle effect fields are all zero: skip reading them.
  const mandateOn = effects.isActive('mandate');
  const paidOn = mandateOn || effects.isActive('incentive') || effects.isActive('programme');
  const advantageOn = effects.isActive('advantageBoost');
  const peerOn = effects.isActive('peerBoost');
  const fitBoostOn = effects.isActive('fitBoost');
  const ownershipBoostOn = effects.isActive('ownershipBoost');
  const { mandate, incentive, programme, advantageBoost, peerBoost, fitBoost, ownershipBoost } = f;
  const strongInUse = x.strongInUse;
  const strongTotal = x.strongTotal;
  const meanExposure = n > 1 ? x.inUseTotal / (n - 1) : 0;
  const thresholdScale = p.thresholdScale;
  const tau = p.thresholdWidth;
  const capacityNeedInverse = p.capacityNeed > 0 ? 1 / p.capacityNeed : Infinity;
  const initialFit = k.initialFit;
  const newAdopters = k.newAdopters;
  let adoptions = 0;

  const list = lists.index;
  // Units that read capacity and fatigue again (phase 6), counted locally.
  const recovering = lists.recovering;
  let recovered = lists.recoveringCount;
  const from = AWARE * n;
  const to = from + lists.count[AWARE];
  let kept = from;
  for (let q = from; q < to; q++) {
    const i = list[q];
    if (state[i] !== AWARE) {
      // Put in use by a lever since the last step.
      lists.add(state[i], i);
      continue;
    }
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
    const peer = (1 - hierarchyBlunting * (1 - leadership[i])) * (peerOn ? 1 + peerBoost[i] : 1);
    const perceived = advantageOn ? advantage + advantageBoost[i] : advantage;
    const intrinsic = (adoptionBase + imitation * exposure * peer) * receptive * perceived * proof * capacityOk;
    const mandated = mandateOn ? mandate[i] : 0;
    const paid = paidOn ? incentive[i] : 0;
    const adopt = paidOn ? intrinsic + mandated + paid + programme[i] : intrinsic;
    const reject = friction && mandated === 0 ? rejection * (1 - receptive) : 0;
    const hazard = adopt + reject;
    let fires = false;
    if (hazard > 0) {
      fires = instant && adopt > 0;
      if (!fires) {
        const left = clock[i] - hazard * dt;
        clock[i] = left;
        fires = left <= 0;
      }
    }
    if (!fires) {
      list[kept++] = i;
      recovering[recovered++] = i;
    } else if (adopt < hazard && random() * hazard >= adopt) {
      state[i] = REJECTED;
      tally.move(i, AWARE, REJECTED);
      u.reconsiderAt[i] = t + reconsiderSteps;
      // Phase 6 comes with the other rejecting units (reconsider).
      lists.add(REJECTED, i);
    } else {
      // Adopt: who chose it (competing risks) sets ownership; mandates on
      // unreceptive units buy symbolic compliance at the cost of fidelity.
      state[i] = IMPLEMENTING;
      tally.move(i, AWARE, IMPLEMENTING);
      tally.adopted(i);
      u.tStart[i] = t;
      progress[i] = 0;
      const g0 = initialFit[i];
      fit[i] = fitBoostOn ? g0 + fitBoost[i] * (1 - g0) : g0;
      fidelity[i] = 1 - symbolicCompliance * (mandated / adopt) * (1 - receptive);
      const own = intrinsic / adopt + (ownershipBoostOn ? ownershipBoost[i] : 0);
      ownership[i] = own > 1 ? 1 : own;
      embeddedness[i] = 0;
      u.reasons[i] = (mandated > 0 ? REASON_MANDATE : 0) | (paid > 0 ? REASON_INCENTIVE : 0);
      clock[i] = drawClock(random);
      newAdopters[adoptions++] = i;
      x.noteInUse(i, 1);
      // It starts implementing in this step too (phase 4).
      lists.add(IMPLEMENTING, i);
    }
  }
  lists.recoveringCount = recovered;
  lists.count[AWARE] = kept - from;
  return adoptions;
}

/**
 * Rejecting units (those that rejected this step included) whose wait is over
 * become aware again, and decide from the next step.
 */
export function reconsider(k: KernelContext, t: number): void {
  const { units: u, random, lists } = k;
  const { state, clock, tally, reconsiderAt } = u;
  const list = lists.index;
  // Units that read capacity and fatigue again (phase 6), counted locally.
  const recovering = lists.recovering;
  let recovered = lists.recoveringCount;
  const from = REJECTED * lists.n;
  const to = from + lists.count[REJECTED];
  let kept = from;
  for (let q = from; q < to; q++) {
    const i = list[q];
    if (state[i] !== REJECTED) {
      // Put in use by a lever since the last step.
      lists.add(state[i], i);
      continue;
    }
    if (t >= reconsiderAt[i]) {
      state[i] = AWARE;
      tally.move(i, REJECTED, AWARE);
      clock[i] = drawClock(random);
      lists.add(AWARE, i);
    } else {
      list[kept++] = i;
    }
    recovering[recovered++] = i;
  }
  lists.recoveringCount = recovered;
  lists.count[REJECTED] = kept - from;
}
