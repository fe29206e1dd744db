import { describe, expect, it } from 'vitest';
import { resolveLang, strings, t, tf } from '../../lib/i18n/strings';

const placeholders = (s: string) => [...s.matchAll(/\{\w+\}|%s/g)].map((m) => m[0]).sort();

describe('interface strings', () => {
  it('has every English string in Chinese, none empty', () => {
    expect(Object.keys(strings.zh).sort()).toEqual(Object.keys(strings.en).sort());
    for (const [key, value] of Object.entries(strings.zh)) expect(value.trim(), key).not.toBe('');
  });

  it('keeps the same placeholders in both languages', () => {
    for (const key of Object.keys(strings.en) as (keyof typeof strings.en)[])
      expect(placeholders(strings.zh[key]), key).toEqual(placeholders(strings.en[key]));
  });

  it('fills placeholders with text and leaves unknown ones', () => {
    expect(tf('en', 'packEntities', { n: 3 })).toBe('3 entities');
    expect(tf('zh', 'packEntities', { n: 3 })).toBe('3 个条目');
    expect(tf('en', 'lookupNone', {})).toContain('{q}');
    expect(tf('en', 'lookupNone', { q: '<b>x</b>' })).toContain('<b>x</b>');
  });

  it('follows the browser language when set to auto', () => {
    expect(resolveLang('auto', 'zh-CN')).toBe('zh');
    expect(resolveLang('auto', 'en-GB')).toBe('en');
    expect(resolveLang('zh', 'en-GB')).toBe('zh');
    expect(t('zh', 'packs')).toBe('数据包');
  });
});
