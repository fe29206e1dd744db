/**
 * Settings migrations, one per version step; WXT runs them in order when it finds an older
 * stored version. Version 1 is the first shape, so there is nothing to migrate yet. When the
 * shape changes: bump SETTINGS_VERSION, add `N: (old) => new`, and add a fixture of version N-1
 * to tests/unit/settings.test.ts. Whatever a migration returns is still sanitised on read.
 */
export const SETTINGS_VERSION = 1;

export const migrations: Record<number, (old: unknown) => unknown> = {};
