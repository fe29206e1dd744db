// @vitest-environment happy-dom
/**
 * H1 at unit level: a single huge text node is left unmarked. Chromium repaints a custom
 * highlight on a text node in time that grows with the node's length and the number of
 * highlighted ranges in it (measured here: one mark on a 5 MB node, ~0.9 s a frame; 500 marks,
 * ~56 s), so marking one would freeze the tab (tests/e2e/hostile.e2e.ts shows the page stays
 * responsive and the rest of it is marked).
 */
import { describe, expect, it } from 'vitest';
import { DocumentScan } from '../../lib/page/document-scan';
import { scanBlocks } from '../../lib/page/scan';
import { MAX_NODE_CHARS } from '../../lib/page/limits';
import { dict } from './matcher-helpers';
import { matchDocument } from '../../lib/match/match-document';
import { textBlocks } from '../../lib/page/text-blocks';

const d = dict([
  { id: 'lee', name: 'Kai-Fu Lee', aliases: [] },
  { id: 'zhu', name: 'Song-Chun Zhu', aliases: [] },
]);

function page(hugeLength: number): void {
  const filler = 'lorem ipsum dolor sit amet Song-Chun Zhu ';
  document.body.innerHTML = '<p>Kai-Fu <b>Lee</b> spoke.</p><pre></pre><p>Then Song-Chun Zhu.</p>';
  document.querySelector('pre')!.textContent = filler
    .repeat(Math.ceil(hugeLength / filler.length))
    .slice(0, hugeLength);
}

describe('huge text nodes', () => {
  it('are skipped, while the text around them is read as before', async () => {
    page(MAX_NODE_CHARS + 1);
    const blocks = scanBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['Kai-Fu Lee spoke.', 'Then Song-Chun Zhu.']);
    const scan = new DocumentScan({});
    await scan.full(document.body);
    const read = scan.blocks();
    const marks = await matchDocument(d, textBlocks(read), {
      isPerson: () => false,
      judge: (cases) => cases.map(() => false),
    });
    expect(marks.map((m) => read[m.block]!.text.slice(m.start, m.end))).toEqual([
      'Kai-Fu Lee',
      'Song-Chun Zhu',
    ]);
  });

  it('up to the limit are read whole', () => {
    page(MAX_NODE_CHARS);
    const blocks = scanBlocks(document.body);
    expect(blocks.map((b) => b.text.length)).toEqual([17, MAX_NODE_CHARS, 19]);
  });

  it('are never joined with the inline text on either side', () => {
    document.body.innerHTML = '<p>Kai-Fu <span></span> Lee</p>';
    document.querySelector('span')!.textContent = 'x'.repeat(MAX_NODE_CHARS + 1);
    const blocks = scanBlocks(document.body, { maxNodeChars: MAX_NODE_CHARS });
    expect(blocks.map((b) => b.text)).toEqual(['Kai-Fu ', ' Lee']);
  });

  it('(H3, nearby) leave a document in designMode unread altogether', () => {
    document.body.innerHTML = '<p>Kai-Fu Lee</p>';
    document.designMode = 'on';
    try {
      expect(scanBlocks(document.body)).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
    expect(scanBlocks(document.body).map((b) => b.text)).toEqual(['Kai-Fu Lee']);
  });
});
