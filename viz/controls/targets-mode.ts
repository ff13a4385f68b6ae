// Kinds of targets spec (everyone, regions, types, a seeding rule, a cluster, unit ids)
// and a valid new spec of each kind, for the targets editor.
import type { GroupNames } from './group-names.js';

export type Targets = unknown;
export type Mode = 'all' | 'region' | 'type' | 'rule' | 'cluster' | 'units' | 'other';

export const RULES = ['random', 'topDegree', 'topBetweenness', 'bridging', 'mostReceptive'] as const;
export const RULE_LABELS: Record<string, string> = {
  random: 'k units at random',
  topDegree: 'the k best connected units',
  topBetweenness: 'the k units most between others',
  bridging: 'the k units bridging most regions',
  mostReceptive: 'the k most receptive units',
};

export function targetsMode(t: Targets): Mode {
  if (t === 'all') return 'all';
  if (!t || typeof t !== 'object') return 'other';
  const o = t as Record<string, unknown>;
  if (o.rule === 'cluster') return 'cluster';
  if (typeof o.rule === 'string') return 'rule';
  if ('units' in o) return 'units';
  if ('region' in o && 'type' in o) return 'other';
  if ('region' in o) return 'region';
  if ('type' in o) return 'type';
  return 'other';
}

export function targetsTemplate(mode: Mode, groups: GroupNames): Targets {
  switch (mode) {
    case 'region':
      return { region: groups.regions.slice(0, 1) };
    case 'type':
      return { type: groups.types.slice(0, 1) };
    case 'rule':
      return { rule: 'random', k: 5 };
    case 'cluster':
      return { rule: 'cluster' };
    case 'units':
      return { units: [0] };
    default:
      return 'all';
  }
}
