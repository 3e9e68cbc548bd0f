/**
 * Geometry, not pixels: at 280 px nothing leaves the element, markers and their line stay in its
 * box, labels keep to one line, the notice's text has the width, the greeting a reading measure,
 * and a hostile host stylesheet changes nothing inside. In every engine, by sizing a container
 * (the same in all three, unlike viewport emulation).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { uiLocales } from '../../src/locales/index.js';
import { mount, type JitcoElementLike } from '../elements.js';
import { all, one } from '../helpers.js';
import { ELEMENTS, HOSTILE_CSS } from './fixtures.js';

let id = 0;
const uniqueId = () => `visual-${Date.now()}-${id++}`;

async function mountAll(container: HTMLElement): Promise<JitcoElementLike[]> {
  const mounted: JitcoElementLike[] = [];
  for (const { tag, attributes, data } of ELEMENTS)
    mounted.push(
      await mount(tag, container, (el) => {
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        if (el.hasAttribute('notice-id')) el.setAttribute('notice-id', uniqueId());
        el.data = data;
      }),
    );
  // The photo's box does not depend on the image, but wait for fonts so the measure is the real one.
  await document.fonts.ready;
  return mounted;
}

/** The shadow elements whose box reaches outside the host's, as "tag.class: side by N px". */
function escapes(host: Element): string[] {
  const box = host.getBoundingClientRect();
  const out: string[] = [];
  for (const node of all(host, '*')) {
    const rect = node.getBoundingClientRect();
    if (!rect.width && !rect.height) continue;
    const name = `${node.localName}${node.className && typeof node.className === 'string' ? `.${node.className.trim().replace(/\s+/g, '.')}` : ''}`;
    if (rect.left < box.left - 0.5) out.push(`${name}: left by ${Math.round(box.left - rect.left)} px`);
    if (rect.right > box.right + 0.5) out.push(`${name}: right by ${Math.round(rect.right - box.right)} px`);
  }
  return out;
}

for (const dir of ['ltr', 'rtl']) {
  describe(`visual geometry at 280 px (${dir})`, () => {
    let container: HTMLElement;
    let elements: JitcoElementLike[];
    beforeEach(async () => {
      container = await fixture<HTMLElement>(html`<div dir=${dir} style="inline-size: 280px"></div>`);
      elements = await mountAll(container);
    });

    it('keeps every part of every element inside the element, with long words, URLs and addresses', () => {
      for (const el of elements) {
        expect(el.getBoundingClientRect().width, `${el.localName} width`).to.equal(280);
        expect(el.scrollWidth, `${el.localName} scrollWidth`).to.be.at.most(el.clientWidth);
        expect(escapes(el), el.localName).to.deep.equal([]);
      }
    });

    it('keeps the timeline markers, rings included, inside the element, centred on the line', () => {
      const timeline = elements[1];
      const box = timeline.getBoundingClientRect();
      const markers = all(timeline, '[part="marker"]');
      expect(markers).to.have.length(5);
      for (const [i, marker] of markers.entries()) {
        const style = getComputedStyle(marker);
        // getBoundingClientRect leaves the outline out: add the current stage's ring.
        const ring = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const rect = marker.getBoundingClientRect();
        expect(rect.width, `marker ${i} is drawn`).to.be.greaterThan(5);
        expect(rect.left - ring, `marker ${i} left`).to.be.at.least(box.left);
        expect(rect.right + ring, `marker ${i} right`).to.be.at.most(box.right);
        // The line's pieces (::before, ::after of the item) run through the marker's centre.
        const item = marker.closest('li')!;
        const itemBox = item.getBoundingClientRect();
        for (const piece of ['::before', '::after'] as const) {
          const line = getComputedStyle(item, piece);
          if (line.display === 'none') continue;
          const width = parseFloat(dir === 'ltr' ? line.borderLeftWidth : line.borderRightWidth);
          const x = dir === 'ltr' ? itemBox.left + parseFloat(line.left) + width / 2 : itemBox.right - parseFloat(line.right) - width / 2;
          expect(Math.abs(x - (rect.left + rect.right) / 2), `line ${piece} of item ${i} through its marker`).to.be.below(1);
        }
      }
    });

    it('keeps each status label on one line, in every interface language, at any width down to 150 px', async () => {
      const timeline = elements[1];
      for (const lang of Object.keys(uiLocales)) {
        timeline.setAttribute('lang', lang);
        await timeline.updateComplete;
        const labels = all(timeline, '[part="status"]:not(.sr)');
        expect(labels, lang).to.have.length(2);
        // Narrowing step by step puts the label at the end of a line at some width.
        for (let width = 280; width >= 150; width -= 6) {
          container.style.inlineSize = `${width}px`;
          for (const label of labels)
            expect(label.getClientRects().length, `${lang} at ${width} px: "${label.textContent}"`).to.equal(1);
        }
        container.style.inlineSize = '280px';
      }
    });

    it('gives the notice sentence at least 80% of the notice’s width', () => {
      const notice = elements[2];
      const sentence = one(notice, '[part="text"]').getBoundingClientRect().width;
      expect(sentence / notice.getBoundingClientRect().width).to.be.at.least(0.8);
    });

    it('stacks the greeting photo above the letter', () => {
      const greeting = elements[0];
      const photo = one(greeting, '[part="photo"]').getBoundingClientRect();
      const paragraph = one(greeting, '[part="paragraph"]').getBoundingClientRect();
      expect(photo.bottom).to.be.at.most(paragraph.top);
    });
  });
}

describe('visual geometry at 1280 px', () => {
  for (const font of ['serif', 'system-ui, sans-serif']) {
    it(`sets the greeting paragraphs at a reading measure of at most about 75 characters (${font}), photo beside them`, async () => {
      const container = await fixture<HTMLElement>(html`<div style="inline-size: 1280px; font-family: ${font}"></div>`);
      const greeting = await mount('jitco-greeting', container, (el) => {
        el.data = { ...ELEMENTS[0].data, heading: 'Greeting', paragraphs: [(ELEMENTS[0].data.paragraphs[2] + ' ').repeat(20)] };
      });
      await document.fonts.ready;
      const paragraph = one(greeting, '[part="paragraph"]');
      // The paragraph's text on one unbroken line, in the same font, gives the width of a character.
      const probe = document.createElement('span');
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = paragraph.textContent!.trim();
      container.append(probe);
      const perCharacter = probe.getBoundingClientRect().width / probe.textContent.length;
      const measure = paragraph.getBoundingClientRect().width / perCharacter;
      expect(measure, 'characters per line').to.be.at.most(75);
      expect(measure, 'characters per line').to.be.at.least(55);
      const photo = one(greeting, '[part="photo"]').getBoundingClientRect();
      expect(photo.top, 'photo beside the text').to.be.below(paragraph.getBoundingClientRect().bottom);
      expect(photo.width, 'photo has presence').to.be.at.least(200);
    });
  }
});

describe('line heights per script', () => {
  it('gives the timeline date line more room in Burmese and Khmer, so the marker stays centred on it', async () => {
    const container = await fixture<HTMLElement>(html`<div style="font: 16px/1 serif"></div>`);
    const measure = async (lang: string) => {
      const el = await mount('jitco-timeline', container, (e) => e.setAttribute('lang', lang));
      const meta = one(el, '.meta');
      const line = parseFloat(getComputedStyle(meta).lineHeight);
      const marker = one(el, '[part="marker"]').getBoundingClientRect();
      const box = meta.getBoundingClientRect();
      // The marker's centre is the middle of the date's first line.
      expect(Math.abs((marker.top + marker.bottom) / 2 - (box.top + line / 2)), `${lang} marker centred`).to.be.below(1);
      return line;
    };
    const latin = await measure('en');
    expect(latin, 'Latin').to.be.closeTo(14 * 1.5, 0.5);
    expect(await measure('my'), 'Burmese').to.be.above(latin * 1.2);
    expect(await measure('km'), 'Khmer').to.be.above(latin * 1.2);
    expect(await measure('ja'), 'Japanese').to.be.closeTo(latin, 0.5);
  });
});

describe('visual geometry under a hostile host stylesheet', () => {
  /** Every shadow box of every element, relative to its host, rounded to half pixels. */
  const layout = (elements: Element[]) =>
    elements.flatMap((el) => {
      const host = el.getBoundingClientRect();
      const round = (n: number) => Math.round(n * 2) / 2;
      return [`${el.localName} ${round(host.width)}x${round(host.height)}`, ...all(el, '*').map((node) => {
        const r = node.getBoundingClientRect();
        return `${el.localName} ${node.localName}.${node.getAttribute('part') ?? node.className} at ${round(r.left - host.left)},${round(r.top - host.top)} ${round(r.width)}x${round(r.height)}`;
      })];
    });

  for (const width of [280, 800]) {
    it(`lays out identically with * { box-sizing: content-box; line-height: 1 } and html { font-size: 62.5% } at ${width} px`, async () => {
      const container = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px"></div>`);
      const elements = await mountAll(container);
      for (const el of elements) el.removeAttribute('dismissible');
      await Promise.all(elements.map((el) => el.updateComplete));
      const before = layout(elements);
      const sheet = document.createElement('style');
      sheet.textContent = HOSTILE_CSS;
      document.head.append(sheet);
      try {
        expect(getComputedStyle(container).lineHeight, 'the hostile sheet applies').to.equal(getComputedStyle(container).fontSize);
        const after = layout(elements);
        expect(after.length).to.equal(before.length);
        const moved = before.flatMap((box, i) => (box === after[i] ? [] : [`${box} → ${after[i]}`]));
        expect(moved.slice(0, 5), 'boxes moved or resized').to.deep.equal([]);
      } finally {
        sheet.remove();
      }
    });
  }
});
