// Whom a lever acts on: everyone, some regions, some unit types, a seeding rule
// (random, top degree, bridging...), one cluster, or a list of unit ids.
import { formatPath } from '../../sim/scenario/errors.js';
import type { JsonPath } from '../scenario/json-path.js';
import type { GroupNames } from './group-names.js';
import { RULE_LABELS, RULES, targetsMode, targetsTemplate, type Mode, type Targets } from './targets-mode.js';

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

export function renderTargetsEditor(
  value: Targets,
  path: JsonPath,
  groups: GroupNames,
  edit: (path: JsonPath, value: unknown) => void,
): HTMLElement {
  const fs = document.createElement('fieldset');
  fs.className = 'field-group targets';
  fs.dataset.path = formatPath(path);
  const mode = targetsMode(value);
  const id = `targets-${formatPath(path).replace(/[^A-Za-z0-9]+/g, '-')}`;
  fs.innerHTML = `<legend>Targets: whom it acts on</legend>
    <div class="field"><label for="${id}">Acts on</label><div class="field-row"><select id="${id}">
      <option value="all">every unit</option>
      <option value="region">units in some regions</option>
      <option value="type">units of some types</option>
      <option value="rule">units picked by a rule</option>
      <option value="cluster">one cluster (a region's units)</option>
      <option value="units">a list of unit ids</option>
      <option value="other" hidden>other (edit as JSON)</option>
    </select></div></div>`;
  const select = fs.querySelector('select')!;
  select.value = mode;
  select.addEventListener('change', () => edit(path, targetsTemplate(select.value as Mode, groups)));
  const o = (value ?? {}) as Record<string, unknown>;

  const checks = (key: 'region' | 'type', names: readonly string[]) => {
    const chosen = new Set(asList(o[key]));
    const box = document.createElement('div');
    box.className = 'checks';
    for (const name of names) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.checked = chosen.has(name);
      input.addEventListener('change', () => {
        const next = names.filter((n) => (n === name ? input.checked : chosen.has(n)));
        edit(path, { [key]: next });
      });
      label.append(input, ` ${name}`);
      box.append(label);
    }
    fs.append(box);
  };

  if (mode === 'region') checks('region', groups.regions);
  if (mode === 'type') checks('type', groups.types);
  if (mode === 'rule') {
    const row = document.createElement('div');
    row.className = 'field field-row rule-row';
    const rule = document.createElement('select');
    rule.setAttribute('aria-label', 'Rule');
    for (const r of RULES) rule.add(new Option(RULE_LABELS[r], r));
    rule.value = String(o.rule);
    const k = document.createElement('input');
    k.type = 'number';
    k.min = '1';
    k.step = '1';
    k.value = String(o.k ?? 5);
    k.setAttribute('aria-label', 'k: how many units the rule picks');
    const kLabel = document.createElement('label');
    kLabel.append('k = ', k);
    rule.addEventListener('change', () => edit(path, { ...o, rule: rule.value }));
    k.addEventListener('change', () => edit(path, { ...o, k: Number(k.value) }));
    row.append(rule, kLabel);
    fs.append(row);
  }
  if (mode === 'cluster') {
    const row = document.createElement('div');
    row.className = 'field field-row';
    const region = document.createElement('select');
    region.setAttribute('aria-label', 'Region of the cluster');
    region.add(new Option('a random region', ''));
    for (const r of groups.regions) region.add(new Option(r, r));
    region.value = typeof o.region === 'string' ? o.region : '';
    region.addEventListener('change', () => edit(path, region.value ? { rule: 'cluster', region: region.value } : { rule: 'cluster' }));
    row.append(region);
    fs.append(row);
  }
  if (mode === 'units' || mode === 'other') {
    const area = document.createElement('textarea');
    area.rows = 2;
    area.setAttribute('aria-label', 'Targets as JSON');
    area.value = JSON.stringify(value);
    area.addEventListener('change', () => {
      try {
        edit(path, JSON.parse(area.value));
      } catch {
        area.setAttribute('aria-invalid', 'true');
      }
    });
    fs.append(area);
  }
  const err = document.createElement('p');
  err.className = 'field-error';
  err.hidden = true;
  fs.append(err);
  return fs;
}
