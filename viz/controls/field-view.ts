// Draws a field tree (field-specs.ts) as labelled form controls: numbers with their
// range, unit and help, choices, on/off switches, lists and JSON text for the rest.
// Every field carries its path, so validation problems appear beside it.
import { formatPath } from '../../sim/scenario/errors.js';
import type { JsonPath } from '../scenario/json-path.js';
import { humanise, type FieldSpec, type NumberField } from './field-specs.js';

export interface FieldContext {
  edit(path: JsonPath, value: unknown): void;
  reset(path: JsonPath): void;
  /** A new value for a tagged union's tag (e.g. another network kind). */
  retag(field: Extract<FieldSpec, { kind: 'tagged' }>, tag: string): void;
}

/** Updates a drawn field in place with a new spec of the same layout. */
type Updater = (spec: FieldSpec) => void;

export class FieldRegistry {
  readonly updaters = new Map<string, Updater>();
  readonly errorSlots = new Map<string, HTMLElement>();
}

let uid = 0;
const nextId = () => `f${++uid}`;

const SLIDER_SPAN = 100;

function help(spec: FieldSpec): HTMLElement | null {
  if (!spec.description) return null;
  const p = document.createElement('p');
  p.className = 'help';
  p.id = nextId();
  p.textContent = spec.description;
  return p;
}

function errorSlot(spec: FieldSpec, registry: FieldRegistry): HTMLElement {
  const p = document.createElement('p');
  p.className = 'field-error';
  p.id = nextId();
  p.hidden = true;
  registry.errorSlots.set(formatPath(spec.path), p);
  return p;
}

function resetButton(spec: FieldSpec, ctx: FieldContext): HTMLElement {
  if (!spec.resettable) return document.createElement('span');
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'reset small';
  b.textContent = 'Default';
  b.title = 'Use the default value';
  b.setAttribute('aria-label', `Reset ${spec.label} to its default`);
  b.addEventListener('click', () => ctx.reset(spec.path));
  return b;
}

function shell(spec: FieldSpec, registry: FieldRegistry, className: string): HTMLDivElement {
  const div = document.createElement('div');
  div.className = `field ${className}`;
  div.dataset.path = formatPath(spec.path);
  div.classList.toggle('is-default', spec.isDefault);
  void registry;
  return div;
}

function numberText(x: number | null | undefined): string {
  return typeof x === 'number' && Number.isFinite(x) ? String(x) : '';
}

function renderNumber(spec: NumberField, ctx: FieldContext, registry: FieldRegistry): HTMLElement {
  const div = shell(spec, registry, 'field-number');
  const id = nextId();
  const label = document.createElement('label');
  label.htmlFor = id;
  label.innerHTML = `<span class="label-text"></span>`;
  label.querySelector('.label-text')!.textContent = spec.label;
  if (spec.unit) {
    const unit = document.createElement('span');
    unit.className = 'unit';
    unit.textContent = spec.unit;
    label.append(' ', unit);
  }
  const row = document.createElement('div');
  row.className = 'field-row';
  const input = document.createElement('input');
  input.type = 'number';
  input.id = id;
  if (spec.min !== undefined) input.min = String(spec.min);
  if (spec.max !== undefined) input.max = String(spec.max);
  const span = spec.min !== undefined && spec.max !== undefined ? spec.max - spec.min : Infinity;
  input.step = spec.integer ? '1' : span <= 1 ? '0.01' : 'any';
  let slider: HTMLInputElement | undefined;
  if (span <= SLIDER_SPAN && span > 0) {
    slider = document.createElement('input');
    slider.type = 'range';
    slider.min = String(spec.min);
    slider.max = String(spec.max);
    slider.step = spec.integer ? '1' : String(span / 100);
    slider.setAttribute('aria-label', `${spec.label} slider`);
    row.append(slider);
  }
  row.append(input);
  let never: HTMLInputElement | undefined;
  if (spec.nullable) {
    const lab = document.createElement('label');
    lab.className = 'never';
    never = document.createElement('input');
    never.type = 'checkbox';
    lab.append(never, ` ${spec.nullLabel ?? 'none'}`);
    row.append(lab);
  }
  const h = help(spec);
  const err = errorSlot(spec, registry);
  input.setAttribute('aria-describedby', [h?.id, err.id].filter(Boolean).join(' '));
  div.append(label, row, resetButton(spec, ctx));
  if (h) div.append(h);
  div.append(err);

  const commit = (text: string) => {
    if (text.trim() === '') return ctx.reset(spec.path);
    const x = Number(text);
    // A number the browser cannot parse is still kept, so validation names it.
    ctx.edit(spec.path, Number.isFinite(x) ? x : text);
  };
  input.addEventListener('change', () => commit(input.value));
  slider?.addEventListener('input', () => (input.value = slider!.value));
  slider?.addEventListener('change', () => commit(slider!.value));
  never?.addEventListener('change', () => ctx.edit(spec.path, never!.checked ? null : Number(input.value) || spec.min || 0));

  const update = (s: FieldSpec) => {
    const n = s as NumberField;
    div.classList.toggle('is-default', n.isDefault);
    if (document.activeElement !== input) input.value = numberText(n.value);
    // No value and no default: the engine works one out (a preset); say so.
    input.placeholder = n.value === undefined ? 'auto' : '';
    if (slider && document.activeElement !== slider && typeof n.value === 'number') slider.value = String(n.value);
    slider?.classList.toggle('unset', n.value === undefined);
    if (never) {
      never.checked = n.value === null;
      input.disabled = n.value === null;
      if (slider) slider.disabled = n.value === null;
    }
  };
  update(spec);
  registry.updaters.set(formatPath(spec.path), update);
  return div;
}

function renderChoice(spec: Extract<FieldSpec, { kind: 'enum' | 'boolean' | 'text' }>, ctx: FieldContext, registry: FieldRegistry): HTMLElement {
  const div = shell(spec, registry, `field-${spec.kind}`);
  const id = nextId();
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = spec.label;
  let control: HTMLInputElement | HTMLSelectElement;
  if (spec.kind === 'enum') {
    const select = document.createElement('select');
    for (const o of spec.options) select.add(new Option(humanise(o), o));
    select.addEventListener('change', () => ctx.edit(spec.path, select.value));
    control = select;
  } else if (spec.kind === 'boolean') {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.addEventListener('change', () => ctx.edit(spec.path, box.checked));
    control = box;
  } else {
    const text = document.createElement('input');
    text.type = 'text';
    text.addEventListener('change', () => ctx.edit(spec.path, text.value));
    control = text;
  }
  control.id = id;
  const h = help(spec);
  const err = errorSlot(spec, registry);
  control.setAttribute('aria-describedby', [h?.id, err.id].filter(Boolean).join(' '));
  const row = document.createElement('div');
  row.className = 'field-row';
  row.append(control);
  div.append(label, row, resetButton(spec, ctx));
  if (h) div.append(h);
  div.append(err);
  const update = (s: FieldSpec) => {
    div.classList.toggle('is-default', s.isDefault);
    if (document.activeElement === control) return;
    if (s.kind === 'boolean') (control as HTMLInputElement).checked = s.value;
    else if (s.kind === 'enum' || s.kind === 'text') control.value = s.value;
  };
  update(spec);
  registry.updaters.set(formatPath(spec.path), update);
  return div;
}

function renderJson(spec: Extract<FieldSpec, { kind: 'json' }>, ctx: FieldContext, registry: FieldRegistry): HTMLElement {
  const div = shell(spec, registry, 'field-json');
  const id = nextId();
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = `${spec.label} (JSON)`;
  const area = document.createElement('textarea');
  area.id = id;
  area.rows = 2;
  area.spellcheck = false;
  const h = help(spec);
  const err = errorSlot(spec, registry);
  const local = document.createElement('p');
  local.className = 'field-error';
  local.hidden = true;
  area.setAttribute('aria-describedby', [h?.id, err.id].filter(Boolean).join(' '));
  area.addEventListener('change', () => {
    if (area.value.trim() === '') return ctx.reset(spec.path);
    try {
      const value = JSON.parse(area.value);
      local.hidden = true;
      ctx.edit(spec.path, value);
    } catch (e) {
      local.hidden = false;
      local.textContent = `not valid JSON: ${(e as Error).message}`;
    }
  });
  div.append(label, area, resetButton(spec, ctx));
  if (h) div.append(h);
  div.append(local, err);
  const update = (s: FieldSpec) => {
    div.classList.toggle('is-default', s.isDefault);
    if (document.activeElement !== area && s.kind === 'json') area.value = s.value === undefined ? '' : JSON.stringify(s.value);
  };
  update(spec);
  registry.updaters.set(formatPath(spec.path), update);
  return div;
}

/** A fieldset with the field's path, its legend and its help text. */
function groupBox(spec: FieldSpec, className: string): HTMLFieldSetElement {
  const fs = document.createElement('fieldset');
  fs.className = `field-group ${className}`.trim();
  fs.dataset.path = formatPath(spec.path);
  const legend = document.createElement('legend');
  legend.textContent = spec.label;
  fs.append(legend);
  const h = help(spec);
  if (h) fs.append(h);
  return fs;
}

export function renderField(spec: FieldSpec, ctx: FieldContext, registry: FieldRegistry): HTMLElement {
  switch (spec.kind) {
    case 'number':
      return renderNumber(spec, ctx, registry);
    case 'enum':
    case 'boolean':
    case 'text':
      return renderChoice(spec, ctx, registry);
    case 'json':
      return renderJson(spec, ctx, registry);
    case 'group': {
      const fs = groupBox(spec, '');
      for (const c of spec.children) fs.append(renderField(c, ctx, registry));
      fs.append(errorSlot(spec, registry));
      return fs;
    }
    case 'tagged': {
      const fs = groupBox(spec, 'tagged');
      const id = nextId();
      const row = document.createElement('div');
      row.className = 'field tag-row';
      row.dataset.path = formatPath([...spec.path, spec.tag]);
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = spec.tag === 'dist' ? 'Distribution' : humanise(spec.tag);
      const select = document.createElement('select');
      select.id = id;
      for (const o of spec.options) select.add(new Option(humanise(o), o));
      select.value = spec.value;
      select.addEventListener('change', () => ctx.retag(spec, select.value));
      row.append(label, select);
      // The choice comes first, under the legend.
      fs.querySelector('legend')!.after(row);
      for (const c of spec.children) fs.append(renderField(c, ctx, registry));
      fs.append(errorSlot(spec, registry));
      return fs;
    }
    case 'list': {
      const fs = groupBox(spec, 'list');
      spec.items.forEach((item, i) => {
        const box = renderField(item, ctx, registry);
        box.classList.add('list-item');
        // Items of a few plain fields (a region's name and size) sit on one line.
        const plain = (f: FieldSpec) => f.kind === 'number' || f.kind === 'text' || f.kind === 'enum' || f.kind === 'boolean';
        if (item.kind === 'group' && item.children.every(plain)) box.classList.add('inline');
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'small remove';
        remove.textContent = 'Remove';
        remove.setAttribute('aria-label', `Remove ${spec.label} ${i + 1}`);
        remove.disabled = spec.items.length <= spec.minItems;
        remove.addEventListener('click', () => ctx.edit(spec.path, spec.value.filter((_, k) => k !== i)));
        box.append(remove);
        fs.append(box);
      });
      const add = document.createElement('button');
      add.type = 'button';
      add.className = 'small';
      add.textContent = `Add ${spec.label.toLowerCase().replace(/s$/, '')}`;
      add.addEventListener('click', () => ctx.edit(spec.path, [...spec.value, structuredClone(spec.template)]));
      fs.append(add, errorSlot(spec, registry));
      return fs;
    }
  }
}

