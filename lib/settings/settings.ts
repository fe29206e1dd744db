/**
 * User settings: one storage item, typed, versioned, validated on every read. Stored data is
 * untrusted (another version, a sync conflict, a hand edit), so reads go through
 * `sanitizeSettings`, which keeps valid fields and falls back to defaults for the rest.
 */
import * as v from 'valibot';
import { Categories, type Category } from '../dataset/categories';

export const MarkStyles = ['underline', 'background', 'first', 'off'] as const;
export type MarkStyle = (typeof MarkStyles)[number];
export const HoldKeys = ['none', 'Alt', 'Shift', 'Control'] as const;
export type HoldKey = (typeof HoldKeys)[number];

export interface Settings {
  categories: Record<Category, boolean>;
  /** 'except': everywhere except `sites`; 'only': only on `sites`. */
  siteMode: 'except' | 'only';
  sites: string[];
  markStyle: MarkStyle;
  /** Show marks only while this key is held ('none': always). Since settings version 2. */
  holdKey: HoldKey;
  hoverDelayMs: number;
  theme: 'auto' | 'light' | 'dark';
  language: 'auto' | 'en' | 'zh';
}

/** A change to the settings: the fields to set, or a function of the current settings giving them. */
export type SettingsChange = Partial<Settings> | ((current: Settings) => Partial<Settings>);

export const defaultSettings: Settings = {
  categories: Object.fromEntries(Categories.map((c) => [c, true])) as Record<Category, boolean>,
  siteMode: 'except',
  sites: [],
  markStyle: 'underline',
  holdKey: 'none',
  hoverDelayMs: 150,
  theme: 'auto',
  language: 'auto',
};

const host = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^[a-z0-9.-]{1,253}$/),
  v.maxLength(253),
);
const fields = {
  categories: v.record(v.picklist(Categories), v.boolean()),
  siteMode: v.picklist(['except', 'only']),
  sites: v.pipe(v.array(host), v.maxLength(500)),
  markStyle: v.picklist(MarkStyles),
  holdKey: v.picklist(HoldKeys),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  theme: v.picklist(['auto', 'light', 'dark']),
  language: v.picklist(['auto', 'en', 'zh']),
} as const;

/** Keeps every valid field of `raw`, takes the default for every missing or invalid one. */
export function sanitizeSettings(raw: unknown): Settings {
  const out: Settings = structuredClone(defaultSettings);
  if (typeof raw !== 'object' || raw === null) return out;
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(fields) as (keyof Settings)[]) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    const r = v.safeParse(fields[key], obj[key]);
    if (!r.success) continue;
    if (key === 'categories')
      out.categories = { ...defaultSettings.categories, ...(r.output as Settings['categories']) };
    else (out as unknown as Record<string, unknown>)[key] = r.output;
  }
  return out;
}

/** Does the listed `site` cover `hostname`? A site covers itself and its subdomains. */
const covers = (site: string, hostname: string) =>
  hostname === site || hostname.endsWith(`.${site}`);

/**
 * Is Inkling on for this host under these settings? The one host rule: the content script and
 * the popup's site switch both ask it.
 */
export function enabledForHost(settings: Settings, hostname: string): boolean {
  const h = hostname.toLowerCase();
  const listed = settings.sites.some((s) => covers(s, h));
  return settings.siteMode === 'except' ? !listed : listed;
}

/**
 * The sites list that turns Inkling on or off for `hostname`, by the same rule: where the host
 * must be unlisted, every site that covers it is removed (a parent domain too — the list cannot
 * say "example.com but not news.example.com"); where it must be listed, it is added unless a
 * site already covers it.
 */
export function sitesWithHost(settings: Settings, hostname: string, enabled: boolean): string[] {
  const h = hostname.toLowerCase();
  const listed = settings.siteMode === 'except' ? !enabled : enabled;
  if (!listed) return settings.sites.filter((s) => !covers(s, h));
  return settings.sites.some((s) => covers(s, h)) ? settings.sites : [...settings.sites, h];
}
