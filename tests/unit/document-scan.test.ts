// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DocumentScan } from '../../lib/page/document-scan';
import { scanBlocks } from '../../lib/page/scan';
import { dict } from './matcher-helpers';
import { matchDocument } from '../../lib/match/match-document';
import { textBlocks } from '../../lib/page/text-blocks';

const d = dict([
  { id: 'lee', name: 'Kai-Fu Lee', aliases: [] },
  { id: 'baai', name: 'BAAI', aliases: [] },
]);

/** What the worker would mark in the blocks the scan holds (the same path as the extension). */
async function names(s: DocumentScan): Promise<string[]> {
  const blocks = s.blocks();
  const marks = await matchDocument(d, textBlocks(blocks), {
    isPerson: () => false,
    judge: (cases) => cases.map(() => false),
  });
  return marks.map((m) => blocks[m.block]!.text.slice(m.start, m.end));
}

describe('scanning blocks', () => {
  it('joins inline runs into one block and skips scripts, editors and form fields', () => {
    document.body.innerHTML =
      '<p>Kai-Fu <b>Lee</b> and <a href="#">BAAI</a></p><script>BAAI</script><div contenteditable="true">BAAI</div><textarea>BAAI</textarea>';
    const blocks = scanBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['Kai-Fu Lee and BAAI']);
  });
});

describe('document scan', () => {
  it('re-reads only what a mutation touched and drops removed text', async () => {
    document.body.innerHTML = '<p id="a">Kai-Fu Lee</p><p id="b">BAAI</p>';
    const scan = new DocumentScan({});
    await scan.full(document.body);
    expect(await names(scan)).toEqual(['Kai-Fu Lee', 'BAAI']);

    const records: MutationRecord[] = [];
    const mo = new MutationObserver((r) => records.push(...r));
    mo.observe(document.body, { childList: true, characterData: true, subtree: true });
    const p = document.createElement('p');
    p.textContent = 'More on Kai-Fu Lee';
    document.body.append(p);
    document.getElementById('b')!.remove();
    (document.getElementById('a')!.firstChild as Text).data = 'BAAI again';
    await new Promise((r) => setTimeout(r, 0));
    records.push(...mo.takeRecords());
    expect(scan.update(records)).toBe(true);
    expect(await names(scan)).toEqual(['BAAI', 'Kai-Fu Lee']);
    mo.disconnect();
  });

  it('asks for a full rescan when a batch is huge', () => {
    const scan = new DocumentScan({});
    const fake = Array.from(
      { length: 1001 },
      () => ({ type: 'childList' }) as unknown as MutationRecord,
    );
    expect(scan.update(fake)).toBe(false);
  });
});

describe('document scan in slices', () => {
  const page = (n: number, prefix = 'para') =>
    Array.from({ length: n }, (_, i) => `<p>${prefix} ${i} on Kai-Fu Lee</p>`).join('');
  const texts = (s: DocumentScan) => s.blocks().map((b) => b.text);

  it('yields to the page while it walks a long page, and reads every block', async () => {
    document.body.innerHTML = page(2000);
    const scan = new DocumentScan({});
    let yields = 0;
    await scan.full(document.body, {
      yieldNow: async () => void yields++,
      sliceMs: 0,
    });
    // 2000 paragraphs are 4000 nodes: one pause every WALK_STEP (128) nodes.
    expect(yields).toBeGreaterThanOrEqual(30);
    expect(texts(scan)).toEqual(scanBlocks(document.body).map((b) => b.text));
    expect(texts(scan)).toHaveLength(2000);
  });

  it('hands over the blocks read so far once the walk is past the screen', async () => {
    document.body.innerHTML = page(2000);
    const scan = new DocumentScan({});
    const row = (b: { text: string }) => Number(/para (\d+)/.exec(b.text)![1]);
    let seenAtVisible: string[] = [];
    await scan.full(document.body, {
      yieldNow: async () => undefined,
      sliceMs: 0,
      // Rows 0–19 are on screen.
      isVisible: (b) => (row(b) < 20 ? 0 : 1),
      onVisible: () => void (seenAtVisible = texts(scan)),
    });
    expect(seenAtVisible.length).toBeGreaterThanOrEqual(20);
    expect(seenAtVisible.length).toBeLessThan(2000);
    expect(seenAtVisible[0]).toBe('para 0 on Kai-Fu Lee');
    expect(texts(scan)).toHaveLength(2000);
  });

  it('gives the visible blocks first on a page scrolled past what a slice reads', async () => {
    document.body.innerHTML = page(300);
    const scan = new DocumentScan({});
    const row = (b: { text: string }) => Number(/para (\d+)/.exec(b.text)![1]);
    let seenAtVisible: string[] = [];
    await scan.full(document.body, {
      // No yields: the walk finishes in one go, then the screen (rows 200–209) comes first.
      isVisible: (b) => (row(b) < 200 ? -1 : row(b) < 210 ? 0 : 1),
      onVisible: () => void (seenAtVisible = texts(scan)),
    });
    expect(seenAtVisible.map((t) => row({ text: t }))).toEqual(
      Array.from({ length: 10 }, (_, i) => 200 + i),
    );
    expect(texts(scan)).toHaveLength(300);
  });

  it('reads the page again when it removed the paused walk’s place', async () => {
    document.body.innerHTML = `<div id="a">${page(1000, 'gone')}</div><div id="b">${page(1000)}</div>`;
    const scan = new DocumentScan({});
    let first = true;
    await scan.full(document.body, {
      yieldNow: async () => {
        if (first) document.getElementById('a')!.remove();
        first = false;
      },
      sliceMs: 0,
    });
    expect(texts(scan)).toHaveLength(1000);
    expect(texts(scan).every((t) => t.startsWith('para '))).toBe(true);
  });

  it('stops when the scan is superseded', async () => {
    document.body.innerHTML = page(2000);
    const scan = new DocumentScan({});
    let yields = 0;
    await scan.full(document.body, {
      yieldNow: async () => void yields++,
      sliceMs: 0,
      cancelled: () => yields >= 3,
    });
    expect(yields).toBe(3);
  });
});
