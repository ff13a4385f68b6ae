// The contagion kernels' public face: re-exports only.
// Each kernel steps over a Csr; the benchmark and the engine's validation call them.
export type { CascadeResult } from './cascade-result.js';
export { frontierBits, int32View, orderFrontier } from './frontier.js';
export { linearThreshold, needed, type ThresholdOptions } from './linear-threshold.js';
export { si, type SiOptions } from './si.js';
