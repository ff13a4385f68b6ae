// The strategies side by side: each a card with its name, adaptation allowance and
// core specification, its levers as bars on a timeline, and the selected lever's
// settings (targets, intensity, budget...) generated from that lever's schema.
import { z } from 'zod';
import { formatPath } from '../../sim/scenario/errors.js';
import { LEVERS } from '../../sim/levers/registry.js';
import type { Actions } from '../app/actions.js';
import type { AppState, AppStore } from '../app/state.js';
import { strategyColour, strategyDash } from '../charts/palette.js';
import { leverTypeLabel } from '../data/lever-periods.js';
import { getAt } from '../scenario/json-path.js';
import { fieldFor, schemaAt, type FieldSpec, type JsonSchema } from './field-specs.js';
import { FieldRegistry, renderField } from './field-view.js';
import { groupNames } from './group-names.js';
import { renderTimeline } from './lever-timeline.js';
import { SCENARIO_JSON_SCHEMA } from './scenario-json-schema.js';
import { fieldContext, showProblems } from './settings-panel.js';
import { renderTargetsEditor } from './targets-editor.js';

const LEVER_SCHEMAS = new Map(LEVERS.map((l) => [l.type, z.toJSONSchema(l.schema, { io: 'input' }) as JsonSchema]));
const INSTANT = new Set(['seed']);

type RawStrategy = { name?: string; description?: string; adaptationAllowance?: number; coreSpecified?: number; levers?: RawLever[] };
type RawLever = { type: string; label?: string; start?: number; end?: number | null; targets?: unknown };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A name not used by another strategy: "Copy of X", "Copy of X (2)"... */
export function uniqueName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let k = 2; ; k++) if (!taken.includes(`${base} (${k})`)) return `${base} (${k})`;
}

export function createStrategyEditor(store: AppStore, actions: Actions): HTMLElement {
  const panel = document.createElement('section');
  panel.className = 'strategy-editor';
  panel.setAttribute('aria-label', 'Strategy editor');
  const ctx = fieldContext(store, actions);
  const selected = new Map<number, number>();
  let registry = new FieldRegistry();
  const problems = document.createElement('div');
  problems.className = 'problem-list';
  problems.setAttribute('role', 'alert');
  const cards = document.createElement('div');
  cards.className = 'strategy-cards';
  const intro = document.createElement('p');
  intro.className = 'hint';
  intro.textContent =
    'Each strategy is a set of levers over time. Drag a bar to move a lever, drag its ends to change when it starts and stops; or focus it and use the arrow keys (Alt+arrows move the end). Select a lever to set whom it targets and how hard it pushes.';
  const add = document.createElement('button');
  add.type = 'button';
  add.textContent = 'Add a strategy';
  add.addEventListener('click', () => {
    const raw = store.get().raw;
    const list = ((raw.strategies as RawStrategy[]) ?? []).slice();
    const names = list.map((s) => s.name ?? '');
    list.push({ name: uniqueName('New strategy', names), levers: [{ type: 'seed', label: 'champions', targets: { rule: 'random', k: 6 } }] });
    ctx.edit(['strategies'], list);
  });
  panel.append(intro, problems, cards, add);

  const render = (state: AppState, previous?: AppState) => {
    if (previous && previous.raw === state.raw && previous.problems === state.problems) return;
    const strategies = (state.raw.strategies as RawStrategy[] | undefined) ?? [];
    const step = Number(getAt(state.raw, ['time', 'dt']) ?? 1);
    const horizon = Number(getAt(state.raw, ['time', 'steps']) ?? 260) * step;
    const timeUnit = String(getAt(state.raw, ['time', 'unit']) ?? 'week');
    const groups = groupNames(getAt(state.raw, ['system', 'network']));
    const focused = document.activeElement as HTMLElement | null;
    const focusKey = focused && cards.contains(focused) ? focused.dataset.focusKey : undefined;
    const focusPath = focused && cards.contains(focused) ? focused.closest<HTMLElement>('[data-path]')?.dataset.path : undefined;
    registry = new FieldRegistry();
    const attached: (() => void)[] = [];
    cards.replaceChildren(
      ...strategies.map((s, i) => drawCard(s, i, cardSpecs(state.raw, i, s, selected.get(i) ?? -1), { horizon, step, timeUnit, groups, strategies }, attached)),
    );
    for (const f of attached) f();
    // Keep the keyboard where it was across the redraw.
    const again =
      (focusKey && cards.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusKey)}"]`)) ||
      (focusPath && cards.querySelector<HTMLElement>(`[data-path="${CSS.escape(focusPath)}"] input, [data-path="${CSS.escape(focusPath)}"] select`));
    if (again && again !== document.activeElement) again.focus();
    showProblems(state.problems, registry, problems, (path) => path.startsWith('strategies'));
  };

  function cardSpecs(raw: Record<string, unknown>, i: number, s: RawStrategy, sel: number) {
    const base = ['strategies', i] as const;
    const top = ['adaptationAllowance', 'coreSpecified'].map((k) => fieldFor(schemaAt(SCENARIO_JSON_SCHEMA, raw, [...base, k]) ?? {}, raw, [...base, k]));
    const lever = s.levers?.[sel];
    const leverFields: FieldSpec[] = [];
    const schema = lever ? LEVER_SCHEMAS.get(lever.type) : undefined;
    for (const [key, child] of Object.entries(schema?.properties ?? {})) {
      if (key === 'type' || key === 'targets') continue;
      leverFields.push(fieldFor(child, raw, [...base, 'levers', sel, key]));
    }
    return { top, leverFields };
  }

  function drawCard(
    s: RawStrategy,
    i: number,
    spec: ReturnType<typeof cardSpecs>,
    env: { horizon: number; step: number; timeUnit: string; groups: ReturnType<typeof groupNames>; strategies: RawStrategy[] },
    attached: (() => void)[],
  ): HTMLElement {
    const card = document.createElement('section');
    card.className = 'strategy-card';
    card.style.setProperty('--colour', strategyColour(i));
    card.dataset.path = formatPath(['strategies', i]);
    const nameId = `strategy-name-${i}`;
    card.innerHTML = `
      <div class="card-head">
        <svg width="34" height="12" aria-hidden="true"><line x1="1" y1="6" x2="33" y2="6" stroke="${strategyColour(i)}" stroke-width="4" stroke-dasharray="${strategyDash(i)}"/></svg>
        <label class="visually-hidden" for="${nameId}">Name of strategy ${i + 1}</label>
        <input type="text" id="${nameId}" class="strategy-name" data-focus-key="name-${i}" value="${escape(s.name ?? '')}" />
        <span class="spacer"></span>
        <button type="button" class="small" data-act="duplicate" data-focus-key="dup-${i}">Duplicate</button>
        <button type="button" class="small" data-act="remove" data-focus-key="rm-${i}" ${env.strategies.length <= 1 ? 'disabled' : ''}>Remove</button>
      </div>
      <p class="field-error strategy-error" hidden></p>`;
    registry.errorSlots.set(formatPath(['strategies', i]), card.querySelector('.strategy-error')!);
    registry.errorSlots.set(formatPath(['strategies', i, 'name']), card.querySelector('.strategy-error')!);
    const nameInput = card.querySelector<HTMLInputElement>('.strategy-name')!;
    nameInput.addEventListener('change', () => ctx.edit(['strategies', i, 'name'], nameInput.value));
    card.querySelector('[data-act="duplicate"]')!.addEventListener('click', () => {
      const list = env.strategies.slice();
      const copy = structuredClone(s);
      copy.name = uniqueName(`Copy of ${s.name ?? ''}`, list.map((x) => x.name ?? ''));
      list.splice(i + 1, 0, copy);
      ctx.edit(['strategies'], list);
    });
    card.querySelector('[data-act="remove"]')!.addEventListener('click', () => {
      selected.delete(i);
      ctx.edit(['strategies'], env.strategies.filter((_, k) => k !== i));
    });

    const top = document.createElement('div');
    top.className = 'card-top';
    for (const f of spec.top) top.append(renderField(f, ctx, registry));
    card.append(top);

    const levers = s.levers ?? [];
    const timeline = document.createElement('div');
    timeline.className = 'timeline-box';
    card.append(timeline);
    const sel = selected.get(i) ?? -1;
    // Drawn once the card is in the page, at its width.
    attached.push(() =>
      renderTimeline(
        timeline,
        {
          levers: levers.map((l) => ({
            label: l.label ?? leverTypeLabel(l.type),
            start: l.start ?? 0,
            end: l.end ?? null,
            instant: INSTANT.has(l.type),
          })),
          horizon: env.horizon,
          step: env.step,
          timeUnit: env.timeUnit,
          colour: strategyColour(i),
          selected: sel,
          strategyName: s.name ?? `strategy ${i + 1}`,
          focusKey: `lever-${i}`,
        },
        {
          select: (j) => {
            selected.set(i, selected.get(i) === j ? -1 : j);
            render(store.get());
          },
          commit: (j, times) => {
            const lever = { ...levers[j], start: times.start, end: times.end };
            selected.set(i, j);
            ctx.edit(['strategies', i, 'levers', j], lever);
          },
          remove: (j) => {
            selected.delete(i);
            ctx.edit(['strategies', i, 'levers'], levers.filter((_, k) => k !== j));
          },
        },
      ),
    );

    const addRow = document.createElement('div');
    addRow.className = 'add-lever';
    const addId = `add-lever-${i}`;
    addRow.innerHTML = `<label for="${addId}">Add a lever</label> <select id="${addId}" data-focus-key="add-${i}"><option value="">choose\u2026</option>${LEVERS.map(
      (l) => `<option value="${l.type}">${escape(leverTypeLabel(l.type))} (${l.logics.join(', ')})</option>`,
    ).join('')}</select>`;
    const addSelect = addRow.querySelector('select')!;
    addSelect.addEventListener('change', () => {
      const type = addSelect.value;
      if (!type) return;
      const lever: RawLever = INSTANT.has(type) ? { type } : { type, start: 0, end: Math.round(env.horizon / 2) };
      selected.set(i, levers.length);
      ctx.edit(['strategies', i, 'levers'], [...levers, lever]);
    });
    card.append(addRow);

    const lever = levers[sel];
    if (lever) {
      const form = document.createElement('div');
      form.className = 'lever-form';
      const def = LEVERS.find((l) => l.type === lever.type);
      const kind = lever.label ? `${leverTypeLabel(lever.type)}; ` : '';
      form.innerHTML = `<h3>${escape(lever.label ?? leverTypeLabel(lever.type))} <span class="lever-type">(${escape(kind)}logic: ${escape(
        def?.logics.join(', ') ?? '',
      )})</span></h3><p class="help">${escape(def?.summary ?? '')}</p>`;
      const removeLever = document.createElement('button');
      removeLever.type = 'button';
      removeLever.className = 'small';
      removeLever.textContent = 'Remove this lever';
      removeLever.addEventListener('click', () => {
        selected.delete(i);
        ctx.edit(['strategies', i, 'levers'], levers.filter((_, k) => k !== sel));
      });
      form.append(removeLever);
      const targetsSchema = LEVER_SCHEMAS.get(lever.type)?.properties?.targets;
      const targetsPath = ['strategies', i, 'levers', sel, 'targets'];
      const targets = lever.targets ?? targetsSchema?.default ?? 'all';
      const targetsBox = renderTargetsEditor(targets, targetsPath, env.groups, (p, v) => ctx.edit(p, v));
      registry.errorSlots.set(formatPath(targetsPath), targetsBox.querySelector('.field-error')!);
      const grid = document.createElement('div');
      grid.className = 'lever-fields';
      for (const f of spec.leverFields) grid.append(renderField(f, ctx, registry));
      form.append(targetsBox, grid);
      card.append(form);
    }
    return card;
  }

  store.subscribe(render);
  render(store.get());
  return panel;
}
