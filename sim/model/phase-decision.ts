// 3. Decision: intrinsic hazard (social proof) plus mandate, incentive and programme,
// competing with rejection; rejecting units reconsider after a while.
import { drawClock } from './clock.js';
import { socialProof } from './hazards.js';
import type { KernelContext } from './kernel.js';
import type { Recovery } from './phase-recovery.js';
import { RECOVERING } from './unit-lists.js';
import { F32, F32_EFFECT, F64 } from './run-state.js';
import { AWARE, IMPLEMENTING, REASON_INCENTIVE, REASON_MANDATE, REJECTED } from './states.js';

/**
 * Aware units (those that heard this step included) adopt or reject; with friction on,
 * those still deciding recover (phase 6). Returns the adoptions.
 */
export function decide(k: KernelContext, t: number, recovery: Recovery): number {
  const { p, units: u, exposure: x, effects, random, lists } = k;
  const { dt, adoptionBase, advantage, hierarchyBlunting, imitation } = p;
  // `=== true` makes these known booleans in the loop (phase-use.ts says why).
  const friction = p.friction === true;
  const instant = p.instant === true;
  const meanField = p.meanField === true;
  const { rejection, reconsiderSteps } = p;
  const { state, tally } = u;
  const n = u.n;
  // Idle effect fields are all zero: skip reading them.
  const mandateOn = effects.isActive('mandate');
  const paidOn = mandateOn || effects.isActive('incentive') || effects.isActive('programme');
  const advantageOn = effects.isActive('advantageBoost');
  const peerOn = effects.isActive('peerBoost');
  const meanExposure = n > 1 ? x.inUseTotal / (n - 1) : 0;
  const thresholdScale = p.thresholdScale;
  const tau = p.thresholdWidth;
  const capacityNeedInverse = p.capacityNeed > 0 ? 1 / p.capacityNeed : Infinity;
  const newAdopters = k.newAdopters;
  let adoptions = 0;
  // One array per number type, indexed by slot (run-state.ts: F32, F64); the
  // exposure counters are views of f64 (RunState.exposureArrays).
  const f = u.f32;
  const f64 = u.f64;
  const RECEPTIVE = F32.receptiveness * n;
  const LEAD = F32.leadership * n;
  const FATIGUE = F32.fatigue * n;
  const CAPACITY = F32.capacity * n;
  const CLOCK = F64.clock * n;
  const THRESHOLD = F64.threshold * n;
  const IN_USE = F64.strongInUse * n;
  const TOTAL = F64.strongTotal * n;
  const MANDATE = F32_EFFECT.mandate * n;
  const INCENTIVE = F32_EFFECT.incentive * n;
  const PROGRAMME = F32_EFFECT.programme * n;
  const BOOST = F32_EFFECT.advantageBoost * n;
  const PEER = F32_EFFECT.peerBoost * n;
  // Phase 6 for the units still deciding, written out (phase-recovery.ts: recover):
  // see phase-use.ts on V8's inlining budget.
  const { relax, fatigueKeep, imposed } = recovery;
  const supportOn = recovery.supportOn === true;
  const demandOn = recovery.demandOn === true;
  const loadOn = recovery.loadOn === true;
  const fatigueOn = recovery.fatigueOn === true;
  const BASE = F32.baseCapacity * n;
  const SUPPORT = F32_EFFECT.capacitySupport * n;
  const DEMAND = F32_EFFECT.demand * n;
  const LOAD = F32_EFFECT.fatigueLoad * n;

  const list = lists.index;
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
    const total = f64[TOTAL + i];
    // A division, not a stored inverse, so shares such as 2/10 meet theta = 0.2 exactly.
    const exposure = meanField ? meanExposure : total > 0 ? f64[IN_USE + i] / total : 0;
    const theta = f64[THRESHOLD + i] * thresholdScale;
    const proof = exposure >= theta ? 1 : socialProof(exposure, theta, tau);
    let receptive = 1;
    let capacityOk = 1;
    if (friction) {
      receptive = f[RECEPTIVE + i] * (1 - f[FATIGUE + i]);
      const c = f[CAPACITY + i] * capacityNeedInverse;
      capacityOk = c < 1 ? c : 1;
    }
    const peer = (1 - hierarchyBlunting * (1 - f[LEAD + i])) * (peerOn ? 1 + f[PEER + i] : 1);
    const perceived = advantageOn ? advantage + f[BOOST + i] : advantage;
    const intrinsic = (adoptionBase + imitation * exposure * peer) * receptive * perceived * proof * capacityOk;
    const mandated = mandateOn ? f[MANDATE + i] : 0;
    const paid = paidOn ? f[INCENTIVE + i] : 0;
    const adopt = paidOn ? intrinsic + mandated + paid + f[PROGRAMME + i] : intrinsic;
    const reject = friction && mandated === 0 ? rejection * (1 - receptive) : 0;
    const hazard = adopt + reject;
    let fires = false;
    if (hazard > 0) {
      fires = instant && adopt > 0;
      if (!fires) {
        const left = f64[CLOCK + i] - hazard * dt;
        f64[CLOCK + i] = left;
        fires = left <= 0;
      }
    }
    if (!fires) {
      list[kept++] = i;
      if (friction) {
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
    } else if (adopt < hazard && random() * hazard >= adopt) {
      state[i] = REJECTED;
      tally.move(i, AWARE, REJECTED);
      u.reconsiderAt[i] = t + reconsiderSteps;
      // Phase 6 comes with the other rejecting units (reconsider).
      lists.add(REJECTED, i);
    } else {
      startImplementing(k, i, t, { intrinsic, adopt, mandated, paid, receptive });
      newAdopters[adoptions++] = i;
      // It starts implementing in this step too (phase 4).
      lists.add(IMPLEMENTING, i);
    }
  }
  lists.count[AWARE] = kept - from;
  return adoptions;
}

/** The hazards behind one adoption: intrinsic (the unit's own choice) and extrinsic. */
interface Adoption {
  readonly intrinsic: number;
  /** Total adoption hazard. */
  readonly adopt: number;
  readonly mandated: number;
  readonly paid: number;
  readonly receptive: number;
}

/**
 * Unit i adopts and starts implementing: who chose it (competing risks) sets
 * ownership; mandates on unreceptive units buy symbolic compliance at the cost of
 * fidelity. Out of decide's loop, which runs every aware unit every step, because
 * each unit adopts at most once per stage.
 */
function startImplementing(k: KernelContext, i: number, t: number, a: Adoption): void {
  const { units: u, effects, exposure: x, random, p } = k;
  const { fitBoost, ownershipBoost } = effects.fields;
  u.state[i] = IMPLEMENTING;
  u.tally.move(i, AWARE, IMPLEMENTING);
  u.tally.adopted(i);
  u.tStart[i] = t;
  u.progress[i] = 0;
  const g0 = u.f32[F32.initialFit * u.n + i];
  u.fit[i] = effects.isActive('fitBoost') ? g0 + fitBoost[i] * (1 - g0) : g0;
  u.fidelity[i] = 1 - p.symbolicCompliance * (a.mandated / a.adopt) * (1 - a.receptive);
  const own = a.intrinsic / a.adopt + (effects.isActive('ownershipBoost') ? ownershipBoost[i] : 0);
  u.ownership[i] = own > 1 ? 1 : own;
  u.embeddedness[i] = 0;
  u.reasons[i] = (a.mandated > 0 ? REASON_MANDATE : 0) | (a.paid > 0 ? REASON_INCENTIVE : 0);
  u.clock[i] = drawClock(random);
  x.noteInUse(i, 1);
}

/**
 * Rejecting units (those that rejected this step included) whose wait is over
 * become aware again, and decide from the next step.
 */
export function reconsider(k: KernelContext, t: number): void {
  const { units: u, random, lists } = k;
  const { state, clock, tally, reconsiderAt } = u;
  const list = lists.index;
  // Units that read capacity and fatigue again (phase 6), counted locally, after the
  // state lists in the same array.
  let recovered = lists.recoveringCount;
  const REC = RECOVERING * lists.n;
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
    list[REC + recovered++] = i;
  }
  lists.recoveringCount = recovered;
  lists.count[REJECTED] = kept - from;
}
