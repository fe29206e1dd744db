// @vitest-environment happy-dom
/**
 * Issue 15 (heap): a marked block lets go of its node list, and reads the same list again from
 * the page when a new mark needs it — or refuses when the page's text there changed.
 */
import { describe, expect, it } from 'vitest';
import { releaseNodes, restoreNodes, scanBlocks, locate, type Block } from '../../lib/page/scan';

const pages = {
  'inline markup':
    '<p>Song-Chun <b>Zhu</b> and <a href="#">BIGAI</a> in <i><b>Beijing</b></i>.</p>',
  'skipped inside the run':
    '<p>Kai-Fu Lee <button>Follow</button> said <script>var x = 1;</script>so in <code>2019</code>.</p>',
  'white space and comments': '<p>Tiejun <!-- c -->Huang\n  <em> </em> of   BAAI</p>',
  'a block splits its parent':
    '<div>Before <b>the</b> list <ul><li>BAAI <i>lab</i></li></ul> after <b>the</b> list</div>',
  'an empty text node': '<p>Kai-Fu</p>',
};

const copy = (b: Block) => ({ nodes: [...b.nodes], starts: [...b.starts], text: b.text });

describe('releasing and restoring a block’s node list', () => {
  it.each(Object.entries(pages))('reads the same nodes again: %s', (_name, html) => {
    document.body.innerHTML = html;
    if (html === pages['an empty text node'])
      document.querySelector('p')!.append(document.createTextNode(''), ' Lee');
    const blocks = scanBlocks(document.body);
    expect(blocks.length).toBeGreaterThan(0);
    const before = blocks.map(copy);
    for (const b of blocks) releaseNodes(b);
    const multi = blocks.filter((b, i) => before[i]!.nodes.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const b of multi) {
      expect(b.nodes).toHaveLength(1);
      expect(b.last).toBeDefined();
    }
    blocks.forEach((b, i) => {
      expect(restoreNodes(b)).toBe(true);
      expect(copy(b)).toEqual(before[i]);
      expect(b.last).toBeUndefined();
    });
  });

  it('maps offsets exactly as before after a restore', () => {
    document.body.innerHTML = pages['inline markup'];
    const [block] = scanBlocks(document.body);
    const want = [0, 10, 13, 18, 21, 26].map((o) => locate(block!, o));
    releaseNodes(block!);
    restoreNodes(block!);
    expect([0, 10, 13, 18, 21, 26].map((o) => locate(block!, o))).toEqual(want);
  });

  it('refuses when the page changed the text inside the block', () => {
    document.body.innerHTML = pages['inline markup'];
    const [block] = scanBlocks(document.body);
    releaseNodes(block!);
    document.querySelector('b')!.firstChild!.nodeValue = 'Zhou';
    expect(restoreNodes(block!)).toBe(false);
    expect(block!.nodes).toHaveLength(1);
  });

  it('refuses when the page added text of the block or removed its last node', () => {
    document.body.innerHTML = pages['inline markup'];
    let [block] = scanBlocks(document.body);
    releaseNodes(block!);
    document.querySelector('a')!.append(' (the institute)');
    expect(restoreNodes(block!)).toBe(false);

    document.body.innerHTML = pages['inline markup'];
    [block] = scanBlocks(document.body);
    releaseNodes(block!);
    document.querySelector('p')!.lastChild!.remove();
    expect(restoreNodes(block!)).toBe(false);
  });

  it('leaves a one-node block as it is', () => {
    document.body.innerHTML = '<p>BAAI</p>';
    const [block] = scanBlocks(document.body);
    releaseNodes(block!);
    expect(block!.last).toBeUndefined();
    expect(restoreNodes(block!)).toBe(true);
    expect(block!.nodes).toHaveLength(1);
  });
});
