import { core } from './core';
import { exportStrings } from './export';
import { panels } from './panels';
import { review } from './review';
import { storage } from './storage';

export const STRINGS = { ...core, ...exportStrings, ...panels, ...storage, ...review };
export type StringKey = keyof typeof STRINGS;
