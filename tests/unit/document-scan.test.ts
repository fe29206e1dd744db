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
