// Colours and line styles of the app: the Okabe-Ito palette (safe for the common kinds
// of colour blindness), with a dash pattern per strategy so lines differ without colour.
import type { Logic } from '../../sim/levers/lever.js';
import type { StateName } from '../../sim/model/states.js';

const STRATEGY_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const STRATEGY_DASHES = ['', '7 4', '2 3', '10 3 2 3', '4 4', '1 2', '12 4'];

export function strategyColour(index: number): string {
  return STRATEGY_COLOURS[index % STRATEGY_COLOURS.length];
}

export function strategyDash(index: number): string {
  return STRATEGY_DASHES[index % STRATEGY_DASHES.length];
}

/** Unit states in the network view: grey for not yet reached, warm for in progress, green for in use. */
export const STATE_COLOURS: { readonly [K in StateName]: string } = {
  unaware: '#C9CED6',
  aware: '#56B4E9',
  implementing: '#E69F00',
  embedded: '#009E73',
  discontinued: '#D55E00',
  rejected: '#CC79A7',
};

export const LOGIC_COLOURS: { readonly [K in Logic]: string } = {
  mechanical: '#0072B2',
  ecological: '#009E73',
  social: '#CC79A7',
};
