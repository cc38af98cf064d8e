import { core } from './core';
import { panels } from './panels';

export const STRINGS = { ...core, ...panels };
export type StringKey = keyof typeof STRINGS;
