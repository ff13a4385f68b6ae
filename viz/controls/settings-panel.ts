// The settings panel: controls for the system, the units, the intervention, time and
// the model's dynamics, generated from the scenario schema; problems appear beside
// their field (and, when no field shows that path, in a list at the top).
import { formatPath, type Problem } from '../../sim/scenario/errors.js';
import type { Actions } from '../app/actions.js';
import type { AppState, AppStore } from '../app/state.js';
import { getAt, type JsonPath } from '../scenario/json-path.js';
import {
  distributionTemplate,
  editAt,
  fieldFor,
  layoutSignature,
  schemaAt,
  starterValue,
  type FieldSpec,
} from './field-specs.js';
import { FieldRegistry, renderField, type FieldContext } from './field-view.js';
import { networkStarter } from './network-starter.js';
import { SCENARIO_JSON_SCHEMA } from './scenario-json-schema.js';


interface Section {
  readonly title: string;
  readonly paths: readonly JsonPath[];
  readonly open: boolean;
}

const SECTIONS: readonly Section[] = [
  { title: 'System and network', paths: [['system', 'network']], open: true },
  {
    title: 'Units: attributes',
    paths: ['capacity', 'capability', 'receptiveness', 'leadership', 'threshold', 'fatigue', 'context', 'contextDims', 'byType', 'byRegion'].map(
      (k) => ['system', 'population', k],
    ),
    open: false,
  },
  { title: 'Intervention', paths: [['intervention']], open: true },
  { title: 'Runs and time', paths: [['name'], ['replicates'], ['seed'], ['time'], ['outputs']], open: false },
  { title: 'Dynamics (advanced)', paths: [['dynamics']], open: false },
];

function fieldsOf(section: Section, raw: unknown): FieldSpec[] {
  return section.paths.map((path) => {
    const node = schemaAt(SCENARIO_JSON_SCHEMA, raw, path) ?? {};
    return fieldFor(node, raw, path);
  });
}

/** Nearest shown path for a problem: the field itself or its closest ancestor. */
function slotFor(path: string, slots: ReadonlyMap<string, HTMLElement>): HTMLElement | undefined {
  let p = path;
  for (;;) {
    const slot = slots.get(p);
    if (slot) return slot;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return undefined;
    p = p.slice(0, cut);
  }
}

export function showProblems(problems: readonly Problem[], registry: FieldRegistry, list: HTMLElement, scope: (path: string) => boolean): void {
  for (const slot of registry.errorSlots.values()) {
    slot.hidden = true;
    slot.textContent = '';
    const box = slot.closest('.field, .field-group');
    box?.classList.remove('has-error');
    box?.querySelectorAll(':scope > .field-row > input, :scope > .field-row > select, :scope > textarea').forEach((c) => c.removeAttribute('aria-invalid'));
  }
  const unplaced: Problem[] = [];
  for (const p of problems) {
    if (!scope(p.path)) continue;
    const slot = p.path ? slotFor(p.path, registry.errorSlots) : undefined;
    if (!slot) {
      unplaced.push(p);
      continue;
    }
    slot.hidden = false;
    // A problem deeper than any field shown names its own path.
    const exact = registry.errorSlots.get(p.path) === slot;
    slot.textContent = `${slot.textContent ? `${slot.textContent}; ` : ''}${exact ? '' : `${p.path}: `}${p.message}`;
    const box = slot.closest('.field, .field-group');
    box?.classList.add('has-error');
    box?.querySelectorAll(':scope > .field-row > input, :scope > .field-row > select, :scope > textarea').forEach((c) => c.setAttribute('aria-invalid', 'true'));
  }
  list.hidden = unplaced.length === 0;
  list.innerHTML = unplaced.length
    ? `<p><b>${unplaced.length} problem${unplaced.length === 1 ? '' : 's'} in this scenario:</b></p><ul>${unplaced
        .map((p) => `<li><code>${escape(p.path || '(top level)')}</code>: ${escape(p.message)}</li>`)
        .join('')}</ul>`
    : '';
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function fieldContext(store: AppStore, actions: Actions): FieldContext {
  return {
    edit: (path, value) => actions.setRaw(editAt(SCENARIO_JSON_SCHEMA, store.get().raw, path, value) as Record<string, unknown>),
    reset: (path) => actions.reset(path),
    retag: (field, tag) => {
      const raw = store.get().raw;
      const current = getAt(raw, field.path) ?? (schemaAt(SCENARIO_JSON_SCHEMA, raw, field.path)?.default as unknown);
      let next: unknown;
      if (field.tag === 'dist') next = distributionTemplate(tag, current);
      else if (field.tag === 'kind' && formatPath(field.path) === 'system.network') next = networkStarter(tag, current);
      else {
        const node = schemaAt(SCENARIO_JSON_SCHEMA, raw, field.path);
        const branch = (node?.oneOf ?? node?.anyOf ?? []).find((o) => o.properties?.[field.tag]?.const === tag);
        next = branch ? starterValue(branch, current as Record<string, unknown>) : { [field.tag]: tag };
      }
      actions.setRaw(editAt(SCENARIO_JSON_SCHEMA, raw, field.path, next) as Record<string, unknown>);
    },
  };
}

export function createSettingsPanel(store: AppStore, actions: Actions): HTMLElement {
  const panel = document.createElement('section');
  panel.className = 'settings-panel';
  panel.setAttribute('aria-label', 'Scenario settings');
  const intro = document.createElement('p');
  intro.className = 'hint';
  intro.textContent = 'Every setting shows its range, unit and meaning. Changes apply to the next run; a greyed field uses its default.';
  const problems = document.createElement('div');
  problems.className = 'problem-list';
  problems.setAttribute('role', 'alert');
  problems.hidden = true;
  const body = document.createElement('div');
  panel.append(intro, problems, body);
  const ctx = fieldContext(store, actions);
  let registry = new FieldRegistry();
  let signature = '';
  const openSections = new Set(SECTIONS.filter((s) => s.open).map((s) => s.title));

  const render = (state: AppState, previous?: AppState) => {
    if (previous && previous.raw === state.raw && previous.problems === state.problems) return;
    const sections = SECTIONS.map((s) => ({ section: s, fields: fieldsOf(s, state.raw) }));
    const sig = sections.map((s) => layoutSignature(s.fields)).join('#');
    if (sig !== signature) {
      // The layout changed (a new network kind, an added item): draw again, keeping focus.
      const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-path]')?.dataset.path;
      signature = sig;
      registry = new FieldRegistry();
      body.replaceChildren(
        ...sections.map(({ section, fields }) => {
          const details = document.createElement('details');
          details.className = 'settings-section';
          details.open = openSections.has(section.title);
          details.addEventListener('toggle', () => (details.open ? openSections.add(section.title) : openSections.delete(section.title)));
          const summary = document.createElement('summary');
          summary.textContent = section.title;
          details.append(summary, ...fields.map((f) => renderField(f, ctx, registry)));
          return details;
        }),
      );
      if (focused) body.querySelector<HTMLElement>(`[data-path="${CSS.escape(focused)}"] select, [data-path="${CSS.escape(focused)}"] input`)?.focus();
    } else {
      const visit = (f: FieldSpec) => {
        registry.updaters.get(formatPath(f.path))?.(f);
        if (f.kind === 'group' || f.kind === 'tagged') f.children.forEach(visit);
        if (f.kind === 'list') f.items.forEach(visit);
      };
      sections.forEach((s) => s.fields.forEach(visit));
    }
    // Strategies have their own editor; their problems are listed there.
    showProblems(state.problems, registry, problems, (path) => !path.startsWith('strategies'));
  };
  store.subscribe(render);
  render(store.get());
  return panel;
}
