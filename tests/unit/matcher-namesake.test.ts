/**
 * The namesake rule, the reference rule for short forms, whole organisation spans (one test per
 * rule of docs/MATCHING.md "Who a name refers to"), and bad input for them.
 */
import { describe, expect, it } from 'vitest';
import { dict, marks } from './matcher-helpers';
import { findCandidates } from '../../lib/match/find';
import { resolveDocument } from '../../lib/match/resolve';

const native = (hans: string) => ({ hans, citation: { source: 's', quote: hans } });
const rel = (target: string) => ({
  type: 'works_at' as const,
  target,
  citation: { source: 's', quote: 'q' },
});

const d = dict(
  [
    {
      id: 'wu-fei',
      name: 'Wu Fei',
      native: native('吴飞'),
      aliases: [{ text: 'Fei Wu' }, { text: 'Wu', match: 'short' }],
      relations: [rel('zju')],
    },
    {
      id: 'zhu',
      name: 'Song-Chun Zhu',
      native: native('朱松纯'),
      aliases: [{ text: 'Zhu Songchun' }, { text: 'Zhu', match: 'short' }],
    },
    {
      id: 'yunji',
      name: 'Yunji Chen',
      native: native('陈云霁'),
      aliases: [{ text: 'Chen Yunji' }, { text: 'Chen', match: 'short' }],
    },
    {
      id: 'tianshi',
      name: 'Chen Tianshi',
      native: native('陈天石'),
      aliases: [{ text: 'Tianshi Chen' }, { text: 'Chen', match: 'short' }],
      relations: [rel('yunji')],
    },
    {
      id: 'lee',
      name: 'Kai-Fu Lee',
      native: native('李开复'),
      aliases: [{ text: 'Lee', match: 'short' }],
    },
    {
      id: 'flagged',
      name: 'Ling Shao',
      aliases: [{ text: 'Shao', match: 'short' }],
      namesake: true,
    },
    { id: 'zju', category: 'organisation', name: 'Zhejiang University', aliases: [] },
    {
      id: 'baai',
      category: 'organisation',
      name: 'Beijing Academy of Artificial Intelligence',
      native: native('北京智源人工智能研究院'),
      aliases: [{ text: '智源研究院' }, { text: '北京智源' }],
    },
    {
      id: 'hf',
      category: 'organisation',
      name: 'High-Flyer',
      native: native('幻方量化'),
      aliases: [{ text: '幻方', match: 'context' }],
    },
    {
      id: 'minimax',
      category: 'organisation',
      name: 'MiniMax',
      native: native('稀宇科技'),
      aliases: [{ text: 'Xiyu Technology' }, { text: 'MiniMax', match: 'case' }],
    },
  ],
  [{ text: 'Zhu Rongji', note: 'premier', blocks: ['zhu'] }],
  {
    namesakes: true,
    fieldTerms: [
      { text: 'AI', match: 'case' },
      { text: 'computer science' },
      { text: 'machine learning' },
      { text: '人工智能' },
    ],
  },
);
const ids = (text: string) => marks(d, text).map(([id, t]) => `${id}:${t}`);

describe('the namesake rule', () => {
  it('marks nothing of a shared name on a page about a namesake', () => {
    expect(
      ids(
        'Wu Fei plays the guzheng. Wu composes for choir and orchestra. Wu Fei lives in Nashville.',
      ),
    ).toEqual([]);
  });

  it('marks a shared name with a word of the field near it, and its short forms after it', () => {
    expect(ids('The machine learning professor Wu Fei spoke. Wu said models need data.')).toEqual([
      'wu-fei:Wu Fei',
      'wu-fei:Wu',
    ]);
  });

  it('takes a related entity on the page as evidence', () => {
    expect(ids('Wu Fei of Zhejiang University gave the keynote.')).toEqual([
      'wu-fei:Wu Fei',
      'zju:Zhejiang University',
    ]);
  });

  it('takes the person’s Chinese name on the page as evidence for the Latin name', () => {
    expect(ids('Wu Fei (吴飞) gave the keynote.')).toEqual(['wu-fei:Wu Fei', 'wu-fei:吴飞']);
    // The Chinese name alone is as shared as the Latin one.
    expect(ids('吴飞演奏古筝。')).toEqual([]);
    expect(ids('吴飞是人工智能研究者。')).toEqual(['wu-fei:吴飞']);
  });

  it('does not take a word like "computer" alone for the field', () => {
    expect(ids('Computer manipulations are used by Wu Fei in her paintings.')).toEqual([]);
  });

  it('applies to names the data flags, and not to names that are not pinyin', () => {
    expect(ids('Ling Shao painted the harbour. Kai-Fu Lee wrote a book.')).toEqual([
      'lee:Kai-Fu Lee',
    ]);
    expect(ids('The AI researcher Ling Shao spoke.')).toEqual(['flagged:Ling Shao']);
  });

  it('gives each their own card when a namesake and our person are on one page', () => {
    const filler = ' The concert hall was full and the audience stayed late.'.repeat(60);
    const text =
      'The guzheng player Wu Fei opened the festival. Wu played two songs.' +
      filler +
      ' Later, the AI scientist Wu Fei of Zhejiang University spoke. Wu said models matter.';
    expect(ids(text)).toEqual(['wu-fei:Wu Fei', 'zju:Zhejiang University', 'wu-fei:Wu']);
    const first = marks(d, text)[0]!;
    expect(first[0]).toBe('wu-fei');
  });
});

describe('short forms by reference', () => {
  it('lets another person’s full name take a short form only until ours is named again', () => {
    const text =
      'The AI scientist Song-Chun Zhu spoke. His daughter Zhu Yi skates. Zhu won a medal. ' +
      'Song-Chun Zhu returned to Beijing. Zhu leads an AI institute.';
    expect(ids(text)).toEqual(['zhu:Song-Chun Zhu', 'zhu:Song-Chun Zhu', 'zhu:Zhu']);
  });

  it('never takes a short form inside another person’s name', () => {
    expect(ids('The AI scientist Song-Chun Zhu and Beverly Zhu met.')).toEqual([
      'zhu:Song-Chun Zhu',
    ]);
  });

  it('refers a short form to the nearest full name it can belong to, given names too', () => {
    const text =
      'Yunji Chen designs AI chips. Chen is at ICT. ' +
      'He has worked there for many years, and his processors are used in phones and servers. ' +
      'Much later his brother Tianshi Chen, an AI entrepreneur, founded a company. ' +
      'Chen runs it, while Yunji stays in research.';
    expect(ids(text)).toEqual([
      'yunji:Yunji Chen',
      'yunji:Chen',
      'tianshi:Tianshi Chen',
      'tianshi:Chen',
      'yunji:Yunji',
    ]);
  });

  it('leaves a short form shared by two people named together ambiguous', () => {
    expect(ids('The AI chip brothers Chen Tianshi and Chen Yunji. Both are called Chen.')).toEqual([
      'tianshi:Chen Tianshi',
      'yunji:Chen Yunji',
    ]);
  });

  it('marks no short form before any full name', () => {
    expect(ids('Chen said so. Later the AI scientist Yunji Chen spoke.')).toEqual([
      'yunji:Yunji Chen',
    ]);
  });

  it('keeps a famous namesake (a confusable) blocking the short form on the whole page', () => {
    expect(ids('Zhu Rongji reformed. The AI scientist Song-Chun Zhu spoke. Zhu said.')).toEqual([
      'zhu:Song-Chun Zhu',
    ]);
  });
});

describe('whole organisation spans', () => {
  it('takes the place prefix and the suffixes the page writes around a Chinese name', () => {
    expect(ids('北京智源研究院成立。')).toEqual(['baai:北京智源研究院']);
    expect(ids('又创立杭州幻方科技有限公司。')).toEqual(['hf:杭州幻方科技有限公司']);
  });

  it('takes the city before a Latin company name', () => {
    expect(ids('Shanghai Xiyu Technology filed its prospectus.')).toEqual([
      'minimax:Shanghai Xiyu Technology',
    ]);
  });

  it('sends a bare doubtful alias to the judge, without a suffix', () => {
    const r = resolveDocument(d, findCandidates(d, '他研究幻方。'));
    expect(r.marks).toEqual([]);
    expect(r.questions.map((q) => q.entityId)).toEqual(['hf']);
  });
});

describe('bad input', () => {
  it('resolves thousands of same-surname mentions, each one once', () => {
    // Whether the time stays linear is bench:namesake's to say (a ratio of time per candidate
    // in one run): a timed assertion here would fail on a busy machine and prove nothing.
    const unit = 'The AI scientist Song-Chun Zhu spoke. Zhu said. Zhu Yi skated. Zhu left. ';
    const text = unit.repeat(4000);
    const r = resolveDocument(d, findCandidates(d, text));
    expect(r.marks.length).toBe(4000 * 2);
    expect(new Set(r.marks.map((m) => m.candidate.start)).size).toBe(r.marks.length);
    const texts = new Set(r.marks.map((m) => text.slice(m.candidate.start, m.candidate.end)));
    expect([...texts].sort()).toEqual(['Song-Chun Zhu', 'Zhu']);
    expect(new Set(r.marks.map((m) => m.entityId)).size).toBe(1);
  });

  it('finds a shared name split across a line break and keeps its evidence', () => {
    expect(ids('The machine learning researcher Wu\n   Fei spoke. Wu said.')).toEqual([
      'wu-fei:Wu\n   Fei',
      'wu-fei:Wu',
    ]);
  });
});

describe('bad input in a page', () => {
  it('follows a shared name split across inline elements and a line break, with evidence', async () => {
    const { Window } = await import('happy-dom');
    const { runPage } = await import('../../scripts/lib/match-eval/run-page');
    const window = new Window();
    (globalThis as { NodeFilter?: unknown }).NodeFilter ??= window.NodeFilter;
    const doc = new window.DOMParser().parseFromString(
      `<p>The guzheng player <b>Wu</b>
         <i>Fei</i> opened the festival. <em>Wu</em> sang.</p>
       <p>${'The hall was full. '.repeat(120)}</p>
       <p>The <a href="#">machine learning</a> professor <span>Wu</span><span> Fei</span> spoke. Wu said.</p>`,
      'text/html',
    );
    const got = await runPage(
      doc.body as unknown as Node,
      d,
      () => true,
      (cases) => cases.map(() => false),
    );
    await window.happyDOM.close();
    expect(got.map((m) => `${m.entity}:${m.text.replace(/\s+/g, ' ')}`)).toEqual([
      'wu-fei:Wu Fei',
      'wu-fei:Wu',
    ]);
    // The marks are the second paragraph's (the professor), not the guzheng player's.
    expect(got[0]!.blockText).toContain('professor');
  });
});

describe('article regions', () => {
  it('does not carry a short form from one article into the next, but from a headline into its article', async () => {
    const { Window } = await import('happy-dom');
    const { runPage } = await import('../../scripts/lib/match-eval/run-page');
    const window = new Window();
    (globalThis as { NodeFilter?: unknown }).NodeFilter ??= window.NodeFilter;
    const doc = new window.DOMParser().parseFromString(
      `<h1>AI scientist Song-Chun Zhu returns</h1>
       <article><p>Zhu said the institute will grow.</p></article>
       <article><p>A second story. Zhu won the regional chess title.</p></article>`,
      'text/html',
    );
    const got = await runPage(
      doc.body as unknown as Node,
      d,
      () => true,
      (cases) => cases.map(() => false),
    );
    await window.happyDOM.close();
    expect(got.map((m) => `${m.entity}:${m.text}`)).toEqual(['zhu:Song-Chun Zhu', 'zhu:Zhu']);
    expect(got[1]!.blockText).toContain('institute');
  });
});
