// Running totals of a run's outputs, kept as units change state (counts) and as the
// kernel updates units in use (sums), so a recorded row needs no pass over the units.
// `scanRow` in record.ts computes the same row from the state alone; tests hold the
// two equal at every step.
import { EMBEDDED, IMPLEMENTING, STATE_COUNT, UNAWARE } from '../model/states.js';
import type { Population } from '../model/system.js';

export class Tally {
  /** Units per state. */
  readonly counts = new Float64Array(STATE_COUNT);
  everAdopted = 0;
  everEmbedded = 0;
  /** Per group (regions, then types): units in use, units ever adopted. */
  readonly groupInUse: Float64Array;
  readonly groupAdopted: Float64Array;
  /** Over units in use after this step's unit pass and levers: f, g, w f^alpha g^beta. */
  sumFidelity = 0;
  sumFit = 0;
  sumBenefit = 0;
  private readonly regions: number;

  constructor(
    private readonly pop: Population,
    private readonly alpha: number,
    private readonly beta: number,
  ) {
    const groups = pop.regionNames.length + pop.typeNames.length;
    this.regions = pop.regionNames.length;
    this.groupInUse = new Float64Array(groups);
    this.groupAdopted = new Float64Array(groups);
    this.counts[UNAWARE] = pop.n;
  }

  /** Unit i moves between states (any path the model allows). */
  move(i: number, from: number, to: number): void {
    this.counts[from]--;
    this.counts[to]++;
    const wasUsing = from === IMPLEMENTING || from === EMBEDDED;
    const using = to === IMPLEMENTING || to === EMBEDDED;
    if (wasUsing !== using) {
      const sign = using ? 1 : -1;
      this.groupInUse[this.pop.region[i]] += sign;
      this.groupInUse[this.regions + this.pop.type[i]] += sign;
    }
  }

  /** Unit i started using the intervention for the first time. */
  adopted(i: number): void {
    this.everAdopted++;
    this.groupAdopted[this.pop.region[i]]++;
    this.groupAdopted[this.regions + this.pop.type[i]]++;
  }

  /** Add a unit in use with fidelity f and fit g. */
  addInUse(i: number, f: number, g: number): void {
    this.sumFidelity += f;
    this.sumFit += g;
    this.sumBenefit += benefitWeight(this.pop.size[i], f, g, this.alpha, this.beta);
  }
}

/** Benefit weight of a unit in use: size * f^alpha * g^beta. */
export function benefitWeight(w: number, f: number, g: number, alpha: number, beta: number): number {
  return alpha === 1 && beta === 1 ? w * f * g : w * Math.pow(f, alpha) * Math.pow(g, beta);
}
