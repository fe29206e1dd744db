/**
 * Nothing a reader sees names how Inkling was made (issue 14): no "seed texts", no "seed
 * article", no "the dataset says". Checked over every interface string in both languages and
 * over every summary, fact and contested value of the bundled data.
 */
import { describe, expect, it } from 'vitest';
import bundle from '../../lib/generated/dataset.json';
import type { Bundle } from '../../lib/dataset/runtime';
import { strings } from '../../lib/i18n/strings';
import { hasInternalWords } from '../../lib/dataset/policy';

/** The project's own words. "Seed" alone is a real name (ByteDance Seed, Seedance, a seed round). */
const PROJECT_WORDS =
  /\bseed[- ](?:texts?|articles?|documents?|files?|sources?|coverage|entit(?:y|ies)|stories|pages?|quotes?)\b|\bthe seeds\b|种子文本|种子文章|种子来源/i;
/** "The dataset" as a thing the reader is meant to know about: Inkling's data is not named so. */
const DATASET_AS_OURS = /\b(?:in|from|by|the|our|this|Inkling[’']s) dataset\b|数据集中|本数据集/i;
/** Interface strings are all ours: neither word at all. */
const INTERFACE_WORDS = /\bseeds?\b|\bdataset\b|数据集|种子/i;

const internal = (s: string) =>
  PROJECT_WORDS.test(s) || DATASET_AS_OURS.test(s) || hasInternalWords(s);

describe('reader-facing words', () => {
  it('the interface strings never name the seed texts or the dataset', () => {
    const bad: string[] = [];
    for (const lang of ['en', 'zh'] as const)
      for (const [key, value] of Object.entries(strings[lang]))
        if (INTERFACE_WORDS.test(value)) bad.push(`${lang}.${key}: ${value}`);
    expect(bad).toEqual([]);
  });

  it('no summary, fact or contested value of the data uses the project’s own words', () => {
    const data = bundle as unknown as Bundle;
    const bad: string[] = [];
    for (const e of data.entities) {
      const texts: [string, string | undefined][] = [
        ['summary', e.summary],
        ['summaryZh', e.summaryZh],
      ];
      e.facts.forEach((f, i) => {
        texts.push([`facts[${i}].text`, f.text], [`facts[${i}].textZh`, f.textZh]);
        f.contested?.forEach((c, j) => texts.push([`facts[${i}].contested[${j}]`, c.value]));
      });
      for (const [where, s] of texts) if (s && internal(s)) bad.push(`${e.id}.${where}: ${s}`);
    }
    expect(bad).toEqual([]);
  });

  it('catches the phrases readers were shown before', () => {
    for (const s of [
      'the seed texts compare him with Qian Xuesen',
      'the seed article calls him its former president',
      'Is cited in the seed coverage as a precedent',
      'Not in the dataset',
      'the dataset says 2020',
    ])
      expect(internal(s), s).toBe(true);
    for (const s of [
      'ByteDance Seed released Seedance 1.0',
      'Created the Fashion-MNIST dataset',
      'raised a seed round in 2023',
    ])
      expect(internal(s), s).toBe(false);
  });
});
