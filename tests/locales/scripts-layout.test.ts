// Scripts that stack marks above and below the line (Myanmar, Khmer, Thai) and Japanese, at the
// narrowest width the elements support: no line's glyph box overlaps the next line's, and the
// timeline's status label holds its text inside its border. Firefox measures text with the fonts it
// really uses (Noto Sans Myanmar is 2.2 em tall); Chromium and WebKit with the first font only,
// so Firefox is the engine that sees a collision.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/name-change-notice/define.js';
import '../../src/timeline/define.js';
import { all } from '../helpers.js';

interface Box {
  top: number;
  bottom: number;
  what: string;
}

/** The glyph boxes of the text in `node`, one per line (the union of its fragments on that line). */
function lineBoxes(node: Element, what: string): Box[] {
  // Text nodes only: a range over an element also returns the element's own border boxes.
  const rects: DOMRect[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(walker.currentNode);
    rects.push(...range.getClientRects());
  }
  const lines: Box[] = [];
  for (const rect of rects.filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top)) {
    // Fragments of one line share most of their height; a new line starts below the middle of the last.
    const line = lines.find((l) => rect.top < (l.top + l.bottom) / 2 && rect.bottom > (l.top + l.bottom) / 2);
    if (line) {
      line.top = Math.min(line.top, rect.top);
      line.bottom = Math.max(line.bottom, rect.bottom);
    } else lines.push({ top: rect.top, bottom: rect.bottom, what: `${what} line ${lines.length + 1}` });
  }
  return lines;
}

/** Pairs of boxes on different lines that overlap by more than half a pixel. */
function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlap > 0.5) found.push(`${a.what} / ${b.what}: ${overlap.toFixed(1)} px`);
    }),
  );
  return found;
}

const blocks = (el: Element) => all(el, '.heading, .event, p');

for (const lang of ['my', 'km', 'th', 'ja']) {
  describe(`${lang} at 280 px`, () => {
    it('notice: wrapped heading and sentence lines do not collide', async () => {
      const page = await fixture<HTMLElement>(html`<div style="width: 280px"><jitco-name-change-notice lang=${lang} now="2019-01-01" dismissible notice-id="layout"></jitco-name-change-notice></div>`);
      const el = page.firstElementChild!;
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      for (const block of blocks(el)) {
        const lines = lineBoxes(block, block.getAttribute('part') ?? block.localName);
        expect(overlaps(lines), `${lang} ${block.getAttribute('part')}`).to.deep.equal([]);
      }
      // The heading wraps at this width in these scripts: the check above saw more than one line.
      expect(lineBoxes(all(el, '.heading')[0], 'heading').length, 'heading lines').to.be.at.least(lang === 'ja' ? 1 : 2);
    });

    it('timeline: headings, dates, titles and status labels do not collide', async () => {
      const page = await fixture<HTMLElement>(html`<div style="width: 280px"><jitco-timeline lang=${lang} now="2019-07-01"></jitco-timeline></div>`);
      const el = page.firstElementChild!;
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      for (const block of blocks(el)) {
        const lines = lineBoxes(block, block.className || block.localName);
        // A status label's border box sits on its line: it may not reach into the line above or below.
        const statuses = [...block.querySelectorAll('.status')].map((status) => {
          const { top, bottom } = status.getBoundingClientRect();
          return { top, bottom, what: 'status label' };
        });
        const others = lines.filter((line) => !statuses.some((s) => line.top < s.bottom && line.bottom > s.top));
        expect(overlaps([...lines, ...statuses].filter((b) => others.includes(b) || statuses.includes(b))), `${lang} ${block.className}`).to.deep.equal([]);
        expect(overlaps(lines), `${lang} ${block.className}`).to.deep.equal([]);
      }
      for (const status of all(el, '.status:not(.sr)')) {
        // One box, never split over two lines with a border on each piece.
        expect(status.getClientRects().length, `${lang} status boxes`).to.equal(1);
        const border = status.getBoundingClientRect();
        expect(lineBoxes(status, 'status')).to.have.length(1);
        for (const line of lineBoxes(status, 'status')) {
          expect(line.top, `${lang} status text top`).to.be.at.least(border.top + 0.5);
          expect(line.bottom, `${lang} status text bottom`).to.be.at.most(border.bottom - 0.5);
        }
      }
    });
  });
}
