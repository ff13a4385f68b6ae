// 2. Awareness: external news, then aware neighbours (log-survival counter).
import { drawClock } from './clock.js';
import type { KernelContext } from './kernel.js';
import { RECOVERING } from './unit-lists.js';
import { F64 } from './run-state.js';
import { AWARE, UNAWARE } from './states.js';

/** Units still unaware hear at the external hazard, plus lever news, plus their aware neighbours'. */
export function hearNews(k: KernelContext, t: number): void {
  const { p, units: u, exposure: x, effects, random, lists } = k;
  const { dt, externalHazard } = p;
  // A known boolean in the loop (phase-use.ts says why).
  const externalCertain = p.externalCertain === true;
  const { state, tally, tAware } = u;
  const externalOn = effects.isActive('external');
  // One array per number type, indexed by slot (run-state.ts: F64): the clock and,
  // as a view of the same array, the exposure counter awareHazard.
  const f64 = u.f64;
  const CLOCK = F64.clock * u.n;
  const HAZARD = F64.awareHazard * u.n;
  const external = effects.fields.external;
  const list = lists.index;
  // Units that read capacity and fatigue again (phase 6), counted locally, after the
  // state lists in the same array.
  let recovered = lists.recoveringCount;
  const REC = RECOVERING * lists.n;
  const from = UNAWARE * lists.n;
  const to = from + lists.count[UNAWARE];
  let kept = from;
  for (let q = from; q < to; q++) {
    const i = list[q];
    if (state[i] !== UNAWARE) {
      // Put in use by a lever since the last step.
      lists.add(state[i], i);
      continue;
    }
    const extra = externalOn ? external[i] : 0;
    let hears = externalCertain || extra >= 1;
    if (!hears) {
      const hazard = externalHazard + f64[HAZARD + i] - (extra > 0 ? Math.log(1 - extra) : 0);
      if (hazard > 0) {
        const left = f64[CLOCK + i] - hazard * dt;
        f64[CLOCK + i] = left;
        hears = left <= 0;
      }
    }
    if (hears) {
      state[i] = AWARE;
      tally.move(i, UNAWARE, AWARE);
      tAware[i] = t;
      f64[CLOCK + i] = drawClock(random);
      x.noteAware(i);
      // It decides in this step too (phase 3).
      lists.add(AWARE, i);
    } else {
      list[kept++] = i;
      list[REC + recovered++] = i;
    }
  }
  lists.recoveringCount = recovered;
  lists.count[UNAWARE] = kept - from;
}
