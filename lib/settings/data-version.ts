/**
 * A counter the worker bumps whenever the data tabs match with changes (a pack imported,
 * enabled, disabled or removed). Content scripts watch it and fetch the new dictionary.
 */
import { storage } from '#imports';

export const dataVersionItem = storage.defineItem<number>('local:dataVersion', { fallback: 0 });
