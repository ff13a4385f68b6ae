// The network module's public face: re-exports only.
// Generators live in ./generators; the engine needs build, compile and the Csr helpers.
export * from './csr.js';
export { buildNetwork, LARGE_BA, type BuiltNetwork } from './build-network.js';
export { compileGraph } from './compile.js';
export { csrFromEdgeArrays, directedCsrFromEdgeArrays } from './edge-arrays.js';
export { barabasiAlbertCsr } from './barabasi-albert-csr.js';
export { withExtraTies } from './with-extra-ties.js';
export { labelWeakShare } from './weak-share.js';
export { blockLabels, namedLabels } from './labels.js';
export { completeCsr } from './complete-csr.js';
