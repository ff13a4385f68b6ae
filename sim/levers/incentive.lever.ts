// Investing and incentivising: payment for adopting and for sustained use, and
// funded capacity, while the money lasts; a cliff when it is withdrawn.
import { z } from 'zod';
import { REASON_INCENTIVE } from '../model/states.js';
import { param, rate, share } from '../scenario/params.js';
import { defineLever, leverBase, type Lever, type LeverStep } from './lever.js';
import { WindowedLever } from './lever-window.js';

const schema = z.strictObject({
  type: z.literal('incentive'),
  ...leverBase,
  intensity: rate(0.02, 'Adoption hazard added to aware targets while funded'),
  capacitySupport: share(0.1, 'Capacity added to the level targets recover toward while funded'),
  paymentPerAdoption: param(0, 1e12, 0, 'Paid to each target when it starts implementing', 'currency'),
  paymentPerPeriod: param(0, 1e12, 0, 'Paid to each target in use, per time unit', 'currency'),
  withdrawalShock: param(0, 100, 1, 'When payments stop, a unit in use because of them stops with probability 1 - exp(-shock (1 - ownership))'),
});

type IncentiveSpec = z.output<typeof schema>;

export const lever = defineLever({
  type: 'incentive',
  logics: ['mechanical'],
  summary: 'Incentive: pays per adoption and per period of use, funds capacity; ownership stays extrinsic',
  schema,
  create: (spec, setup) => new Incentive(spec, setup.targets(spec.targets), setup.system.population.n),
});

class Incentive extends WindowedLever<IncentiveSpec> implements Lever {
  private readonly member: Uint8Array;

  constructor(
    spec: IncentiveSpec,
    private readonly units: Int32Array,
    n: number,
  ) {
    super(spec, 'incentive');
    this.member = new Uint8Array(n);
    for (let j = 0; j < units.length; j++) this.member[units[j]] = 1;
  }

  apply(step: LeverStep): void {
    const { spec, units, member, window } = this;
    const phase = window.phase(step.time);
    if (phase === 'before' || phase === 'after') return;
    let owed = 0;
    if (spec.paymentPerAdoption > 0) {
      // Pays last step's adopters that adopted under this incentive, including
      // those of its final step, before the withdrawal clears their reason.
      const fresh = step.newAdopters;
      const reasons = step.units.reasons;
      for (let j = 0; j < fresh.length; j++) {
        const i = fresh[j];
        if (member[i] && reasons[i] & REASON_INCENTIVE) owed += spec.paymentPerAdoption;
      }
    }
    if (phase === 'ending') {
      window.charge(step, owed);
      step.withdraw(units, REASON_INCENTIVE, spec.withdrawalShock);
      return;
    }
    step.effects.add('incentive', units, spec.intensity);
    if (spec.capacitySupport > 0) step.effects.add('capacitySupport', units, spec.capacitySupport);
    if (spec.paymentPerPeriod > 0) {
      owed += spec.paymentPerPeriod * step.units.countInUse(units) * step.dt;
    }
    window.charge(step, owed);
  }
}
