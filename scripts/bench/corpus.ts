/**
 * Deterministic inputs for the benchmarks: realistic English and Chinese text that mentions
 * dictionary names at about the density of a news page, the real dictionary from the compiled
 * dataset, and a synthetic dictionary of any size with romanised and Chinese names, acronyms
 * and short forms, built the way the real one is (buildEntries).
 *
 * Seeded, so every child process of a run (and every run) measures the same bytes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildEntries, type CompiledData } from '../../lib/dataset/compile';
import type { Entity } from '../../lib/dataset/schema';
import type { DictEntry } from '../../lib/match/dictionary';

export const root = resolve(import.meta.dirname, '../..');

/** Mulberry32: small, fast, good enough to vary filler text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export function loadDataset(): CompiledData {
  const path = resolve(root, 'lib/generated/dataset.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CompiledData;
  } catch {
    throw new Error(`${path} missing: run npm run data:build first`);
  }
}

export function realEntries(): DictEntry[] {
  return loadDataset().dictionary;
}

// Pinyin syllables and surnames: synthetic names look like real romanised Chinese names, so the
// vocabulary has the same shape (many short tokens, heavy reuse) as a real 50k pack would.
const SYLLABLES =
  'an ang ao ba bai ban bang bao bei ben bi bian biao bin bo bu cai can cang cao ce cen chang chao chen cheng chi chong chu chuan chun ci cong cui cun da dai dan dang dao de deng di dian diao ding dong dou du duan dun duo e en er fa fan fang fei fen feng fu gai gan gang gao ge gen geng gong gu gua guan guang gui guo hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun kai kan kang kao ke ken kong kou ku kuan kuang kun kuo lai lan lang lao le lei leng li lian liang liao lin ling liu long lou lu luan lun luo ma mai man mang mao mei men meng mi mian miao min ming mo mou mu na nai nan nang nao nei neng ni nian niang niao nie nin ning niu nong nu nuan nuo ou pan pang pei peng pi pian piao pin ping po pu qi qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sai san sang sao se sen seng shan shang shao she shen sheng shi shou shu shuai shuang shui shun shuo si song sou su suan sui sun suo tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'.split(
    ' ',
  );
const SURNAMES =
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Tan Shi Qian Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Lei Qian Tang Yin Yi Chang Wu Qiao He Lai Gong Wen'.split(
    ' ',
  );
const HAN_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏卢丁任沈姚金付谭石钱孔白崔康毛邱秦顾侯邵孟龙万段雷';
const HAN_GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红志宇浩然子轩欣怡梓涵晨阳一诺博文思远嘉豪俊杰天佑雨泽铭宏松纯铁军开复飞晓东振海立新永胜德才学智慧源清北大科技研究院所';
const WESTERN_FIRST =
  'Maria Anna Laura Sophie Emma Julia Elena Sara Clara Lucia Peter Jan Thomas Martin David Michael Paul Pierre Jean Luca Marco Andreas Stefan Lars Erik Johan Miguel Carlos Pablo Yann Yoshua Geoffrey Demis Fei-Fei Andrew Ilya'.split(
    ' ',
  );
const WESTERN_LAST =
  'Schmidt Müller Dubois Martin Rossi Bianchi Garcia Fernández Novak Kowalski Jensen Nielsen Johansson Andersson Bernard Moreau Lefèvre Weber Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf Schröder Neumann Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Köhler'.split(
    ' ',
  );
const PLACES =
  'Beijing Shanghai Shenzhen Hangzhou Nanjing Wuhan Chengdu Xian Tianjin Suzhou Hefei Guangzhou Harbin Changsha Jinan Qingdao Xiamen Dalian Kunming Zhengzhou Munich Paris Zurich Cambridge Oxford Toronto Montreal Boston Seattle Berkeley Edinburgh Amsterdam Helsinki Vienna Milan Madrid Lyon'.split(
    ' ',
  );
const FIELDS =
  'Artificial Intelligence|Intelligent Computing|Machine Learning|Robotics|Data Science|Computer Vision|Language Technology|Brain-Inspired Computing|Autonomous Systems|Information Science|Quantum Computing|Computational Biology'.split(
    '|',
  );
const KINDS = 'Institute|Laboratory|Academy|Research Center|University|Lab|Foundation'.split('|');
const HAN_PLACES = '北京上海深圳杭州南京武汉成都西安天津苏州合肥广州哈尔滨长沙济南青岛厦门大连';
const HAN_FIELDS = [
  '人工智能',
  '智能计算',
  '机器学习',
  '机器人',
  '数据科学',
  '计算机视觉',
  '类脑智能',
];
const HAN_KINDS = ['研究院', '实验室', '研究所', '大学', '研究中心'];

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * A synthetic pack of `n` entities, about four names each (so 50,000 entities ≈ 200,000
 * aliases): people with romanised and Chinese names, initials and surname short forms;
 * organisations with English and Chinese names and an acronym.
 */
export function syntheticEntities(n: number, seed = 7): Entity[] {
  const r = rng(seed);
  const out: Entity[] = [];
  const seen = new Set<string>();
  for (let i = 0; out.length < n; i++) {
    const id = `syn-${i}`;
    const kind = r();
    let e: Partial<Entity>;
    if (kind < 0.55) {
      // Chinese researcher: "Given Surname" with a hyphenated or joined two-syllable given name.
      const sur = pick(r, SURNAMES);
      const g1 = cap(pick(r, SYLLABLES));
      const two = r() < 0.75;
      const g2 = pick(r, SYLLABLES);
      const given = two ? (r() < 0.5 ? `${g1}-${cap(g2)}` : `${g1}${g2}`) : g1;
      const name = `${given} ${sur}`;
      if (seen.has(name)) continue;
      seen.add(name);
      let hans = pick(r, HAN_SURNAMES.split(''));
      for (let k = 0; k < (two ? 2 : 1); k++) hans += pick(r, HAN_GIVEN.split(''));
      e = {
        category: 'person',
        name,
        native: { hans, citation: { source: 'x', quote: hans } },
        aliases: [{ text: `${g1[0]}. ${sur}` }, { text: sur, match: 'short' }],
      };
    } else if (kind < 0.7) {
      const name = `${pick(r, WESTERN_FIRST)} ${pick(r, WESTERN_LAST)} ${cap(pick(r, SYLLABLES))}`;
      if (seen.has(name)) continue;
      seen.add(name);
      const parts = name.split(' ');
      e = {
        category: 'person',
        name,
        aliases: [
          { text: `${parts[0]![0]}. ${parts[1]} ${parts[2]}` },
          { text: `${parts[1]}-${parts[2]}` },
          { text: parts[2]!, match: 'short' },
        ],
      };
    } else {
      const place = pick(r, PLACES);
      const field = pick(r, FIELDS);
      const k = pick(r, KINDS);
      const tag = cap(pick(r, SYLLABLES)) + pick(r, SYLLABLES);
      const name = `${place} ${tag} ${k} of ${field}`;
      if (seen.has(name)) continue;
      seen.add(name);
      const acronym = [place, tag, k, field]
        .flatMap((w) => w.split(/[\s-]/))
        .map((w) => w[0]!.toUpperCase())
        .join('');
      const hp = pick(r, [...HAN_PLACES]) + pick(r, [...HAN_PLACES]);
      const hans = `${hp}${pick(r, HAN_FIELDS)}${pick(r, HAN_KINDS)}`;
      e = {
        category: 'organisation',
        kind: 'institute',
        name,
        native: { hans, citation: { source: 'x', quote: hans } },
        aliases: [{ text: acronym, match: 'case' }, { text: `${tag} ${k}` }],
      };
    }
    out.push({ id, summary: '', facts: [], ...e } as Entity);
  }
  return out;
}

export function syntheticDictionary(n: number): DictEntry[] {
  return buildEntries(syntheticEntities(n), []).dictionary;
}

const EN_FILLER = [
  'The laboratory announced a new model for multimodal reasoning on Tuesday',
  'Researchers said the results were preliminary and had not been peer reviewed',
  'Funding for the programme rose sharply after the national plan was published',
  'Several graduate students moved between universities in the past decade',
  'The benchmark compares systems on translation, coding and mathematics',
  'Critics argued that export controls would slow the training of large models',
  "According to the company's annual report, compute spending doubled",
  'A spokesperson declined to comment on the collaboration',
  'The paper, posted to arXiv, lists more than forty authors',
  'Talent programmes have drawn scientists back from overseas',
  'Officials in the city promised subsidies for chip design start-ups',
  'The team open-sourced the weights under a permissive licence',
];
const ZH_FILLER = [
  '该实验室周二发布了一个新的多模态推理模型',
  '研究人员表示这些结果仍属初步且尚未经过同行评审',
  '国家规划公布后该项目的经费大幅增加',
  '过去十年中有多名研究生在高校之间流动',
  '该基准在翻译编程和数学任务上比较各个系统',
  '批评者认为出口管制会减缓大模型的训练',
  '据公司年报显示算力支出翻了一番',
  '发言人拒绝就此次合作发表评论',
];

/** Names to sprinkle into text: English-looking and Chinese names of the dictionary. */
export function mentionPool(entries: DictEntry[]): { en: string[]; zh: string[] } {
  const en: string[] = [];
  const zh: string[] = [];
  for (const e of entries) {
    if (e.confusable || e.mode === 'short' || e.mode === 'context') continue;
    if (/\p{Script=Han}/u.test(e.text)) zh.push(e.text);
    else en.push(e.text);
  }
  return { en, zh };
}

/**
 * Paragraphs of news-style text, English with one Chinese paragraph in five, about one mention
 * per 280 characters (≈3,700 a megabyte, as on the page the issue measured). Possessives and
 * surname-only follow-ups appear as on real pages.
 */
export function paragraphs(
  pool: { en: string[]; zh: string[] },
  count: number,
  seed = 11,
): string[] {
  const r = rng(seed);
  const { en, zh } = pool;
  const out: string[] = [];
  for (let p = 0; p < count; p++) {
    const chinese = zh.length > 0 && r() < 0.2;
    const parts: string[] = [];
    const sentences = 1 + Math.floor(r() * 2);
    for (let s = 0; s < sentences; s++) {
      if (chinese) {
        parts.push(`${pick(r, zh)}${pick(r, ZH_FILLER)}，${pick(r, ZH_FILLER)}。`);
      } else {
        const name = pick(r, en);
        const tail = r() < 0.15 ? "'s" : '';
        parts.push(
          `${name}${tail}: ${pick(r, EN_FILLER)}, and ${pick(r, EN_FILLER).toLowerCase()}.`,
        );
      }
    }
    out.push(parts.join(' '));
  }
  return out;
}

/** At least `chars` UTF-16 code units of text, paragraphs separated by blank lines. */
export function textOfSize(entries: DictEntry[], chars: number, seed = 11): string {
  const pool = mentionPool(entries);
  const parts: string[] = [];
  let total = 0;
  let s = seed;
  while (total < chars) {
    for (const p of paragraphs(pool, 500, s++)) {
      parts.push(p);
      total += p.length + 2;
      if (total >= chars) break;
    }
  }
  return parts.join('\n\n').slice(0, chars);
}
