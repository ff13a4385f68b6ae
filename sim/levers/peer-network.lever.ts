// Networking, peer learning and collaboration (social and ecological logics):
// members are linked by strong ties, weigh each other's example more, pass
// adaptations between similar contexts, and own what they adopt more.
import { z } from 'zod';
import { EMBEDDED, IMPLEMENTING } from '../model/states.js';
import { param, rate, share } from '../scenario/params.js';
import type { Csr } from '../network/csr.js';
import type { Population } from '../model/system.js';
import { defineLever, leverBase, type Lever, type LeverStep } from './lever.js';
import { acting, WindowedLever } from './lever-window.js';

const schema = z.strictObject({
  type: z.literal('peerNetwork'),
  ...leverBase,
  tiesPerMember: param(0, 1000, 4, 'Strong ties each member makes to random other members at the start', 'ties'),
  tieWeight: param(0.01, 100, 1, 'Weight of the ties the network adds'),
  influence: param(0, 100, 1, 'Peer influence on members is multiplied by 1 + influence', 'ratio'),
  fitSharing: rate(0.05, 'Rate at which a member in use takes up a better-fitting adaptation from a similar member', 10),
  similarity: param(0, 10, 0.3, 'Context distance within which adaptations transfer', 'context units'),
  ownershipBoost: share(0.2, 'Ownership added when a member adopts'),
  costPerMember: param(0, 1e12, 0, 'Cost per member per time unit (facilitation, meetings)', 'currency'),
});

type PeerNetworkSpec = z.output<typeof schema>;

export const lever = defineLever({
  type: 'peerNetwork',
  logics: ['social', 'ecological'],
  summary: 'Peer network: links members, multiplies peer influence, shares adaptations, raises ownership',
  schema,
  create(spec, setup) {
    const members = setup.targets(spec.targets);
    const pairs = drawPairs(members, spec.tiesPerMember, setup.random);
    return new PeerNetwork(spec, members, pairs, setup.system.population);
  },
});

class PeerNetwork extends WindowedLever<PeerNetworkSpec> implements Lever {
  private readonly peers: SimilarPeers;

  constructor(
    spec: PeerNetworkSpec,
    private readonly members: Int32Array,
    private readonly pairs: Int32Array,
    pop: Population,
  ) {
    super(spec, 'peer network');
    const member = new Uint8Array(pop.n);
    for (let j = 0; j < members.length; j++) member[members[j]] = 1;
    this.peers = new SimilarPeers(members, member, pop, spec.similarity);
  }

  apply(step: LeverStep): void {
    const { spec, members, pairs, window } = this;
    const phase = window.phase(step.time);
    if (!acting(phase)) return;
    if (phase === 'starting' && pairs.length > 0) step.addTies(pairs, spec.tieWeight);
    step.effects.add('peerBoost', members, spec.influence);
    step.effects.add('ownershipBoost', members, spec.ownershipBoost);
    if (spec.fitSharing > 0) shareAdaptations(step, members, this.peers.of(step.network), spec.fitSharing);
    window.charge(step, spec.costPerMember * members.length * step.dt);
  }
}

/** Each member in use learns toward the best fit among its similar member neighbours. */
function shareAdaptations(step: LeverStep, members: Int32Array, similar: PeerLists, rate: number): void {
  const { state, fit } = step.units;
  const { starts, peers } = similar;
  const target = step.effects.write('fitTarget');
  const rateField = step.effects.write('fitSharing');
  for (let q = 0; q < members.length; q++) {
    const i = members[q];
    const s = state[i];
    if (s !== IMPLEMENTING && s !== EMBEDDED) continue;
    let best = 0;
    for (let e = starts[q]; e < starts[q + 1]; e++) {
      const j = peers[e];
      const sj = state[j];
      if ((sj === IMPLEMENTING || sj === EMBEDDED) && fit[j] > best) best = fit[j];
    }
    if (best > target[i]) target[i] = best;
    if (rate > rateField[i]) rateField[i] = rate;
  }
}

/** Per member (rows in the order of `members`), its member neighbours within the similarity radius. */
interface PeerLists {
  readonly starts: Int32Array;
  readonly peers: Int32Array;
}

/** Similar member neighbours; contexts never change, so the lists are rebuilt only when ties are added. */
class SimilarPeers {
  private network?: Csr;
  private lists: PeerLists = { starts: new Int32Array(1), peers: new Int32Array(0) };

  constructor(
    private readonly members: Int32Array,
    private readonly member: Uint8Array,
    private readonly pop: Population,
    private readonly similarity: number,
  ) {}

  of(network: Csr): PeerLists {
    if (this.network !== network) {
      this.lists = this.build(network);
      this.network = network;
    }
    return this.lists;
  }

  private build(network: Csr): PeerLists {
    const { members, member, pop } = this;
    const d = pop.contextDims;
    const context = pop.context;
    const near2 = this.similarity * this.similarity;
    const starts = new Int32Array(members.length + 1);
    let bound = 0;
    for (let q = 0; q < members.length; q++) bound += network.starts[members[q] + 1] - network.starts[members[q]];
    const peers = new Int32Array(bound);
    let count = 0;
    for (let q = 0; q < members.length; q++) {
      const i = members[q];
      for (let e = network.starts[i]; e < network.starts[i + 1]; e++) {
        const j = network.neighbors[e];
        if (!member[j]) continue;
        let d2 = 0;
        for (let k = 0; k < d; k++) {
          const diff = context[i * d + k] - context[j * d + k];
          d2 += diff * diff;
        }
        if (d2 <= near2) peers[count++] = j;
      }
      starts[q + 1] = count;
    }
    return { starts, peers: peers.slice(0, count) };
  }
}

/** Random member pairs: each member proposes `perMember / 2` partners, so degree ~ perMember. */
function drawPairs(members: Int32Array, perMember: number, random: () => number): Int32Array {
  const m = members.length;
  if (m < 2 || perMember <= 0) return new Int32Array(0);
  const proposals = Math.max(1, Math.round(perMember / 2));
  const out = new Int32Array(2 * m * proposals);
  let q = 0;
  for (let a = 0; a < m; a++) {
    for (let r = 0; r < proposals; r++) {
      let b = Math.floor(random() * (m - 1));
      if (b >= a) b++;
      out[q++] = members[a];
      out[q++] = members[b];
    }
  }
  return out;
}
