/**
 * Settings migrations, one per version step; WXT runs them in order when it finds an older
 * stored version. Each has a fixture of the version it reads in tests/unit/settings.test.ts.
 * Whatever a migration returns is still sanitised on read, so a migration only has to carry
 * meaning across, not to validate.
 *
 *   1 → 2: "marks only while a key is held" arrives as `holdKey`; version 1 always showed marks.
 */
export const SETTINGS_VERSION = 2;

const asObject = (old: unknown): Record<string, unknown> =>
  typeof old === 'object' && old !== null && !Array.isArray(old)
    ? { ...(old as Record<string, unknown>) }
    : {};

export const migrations: Record<number, (old: unknown) => unknown> = {
  2: (old) => ({ ...asObject(old), holdKey: 'none' }),
};
