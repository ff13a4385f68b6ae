// What every benchmark workload is and returns: an async function producing one metrics
// record, so the harness can run them in order and print them side by side.
/** One workload's figures; the first seven keys are reported for every workload. */
export interface WorkloadMetrics {
  /** Seconds to load or generate the network (and seeds). */
  build_s: number;
  /** Seconds of simulation only (median of the timed repetitions). */
  wall_s: number;
  /** Units times steps simulated per second. */
  unit_steps_per_s: number;
  /** CSR entries the kernel read per second. */
  edge_visits_per_s: number;
  /** Largest resident set size sampled during the workload, MB. */
  peak_rss_mb: number;
  /** Units adopted at the end. */
  final_adopted: number;
  /** edge_visits_per_s over the rate of a plain loop summing the same CSR arrays. */
  scan_ratio: number;
  /** Anything else worth printing (n, steps, targets met, reference checks). */
  [extra: string]: number | string | boolean;
}

export interface Workload {
  /** Key in the final JSON object, e.g. "threshold_100k". */
  readonly name: string;
  run(): Promise<WorkloadMetrics>;
}
