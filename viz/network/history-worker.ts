// The network view's worker: simulates one replicate with unit histories recorded, off
// the main thread, and hands the arrays back by transfer.
import * as Comlink from 'comlink';
import type { Scenario } from '../../sim/scenario/schema.js';
import { historyBuffers, systemView, unitHistories, type SystemView, type UnitHistories } from './unit-histories.js';

export interface HistoryWorkerApi {
  histories(scenario: Scenario, rep: number): { system: SystemView; histories: UnitHistories };
}

const api: HistoryWorkerApi = {
  histories(scenario, rep) {
    const system = systemView(scenario, rep);
    const histories = unitHistories(scenario, rep, system.n);
    return Comlink.transfer({ system, histories }, historyBuffers(histories, system));
  },
};

Comlink.expose(api);
