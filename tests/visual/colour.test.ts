/**
 * Colours on any page: the element cannot know the page's background, so text, accent, markers
 * and focus ring must hold 4.5:1 (text) and 3:1 (interface) on light and dark pages alike,
 * without configuration.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { mount, type JitcoElementLike } from '../elements.js';
import { all, one } from '../helpers.js';

const PAGES = [
  { name: 'white page, near-black text', background: '#ffffff', color: '#222222' },
  { name: 'dark page (#111)', background: '#111111', color: '#eeeeee' },
  { name: 'Bootstrap dark page (#212529)', background: '#212529', color: '#eeeeee' },
];

/** Any CSS colour as sRGB 0–255, read back from a canvas (serializations differ per engine). */
function rgb(color: string): [number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = rgb(color).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

async function page(background: string, color: string) {
  const container = await fixture<HTMLElement>(html`<div style="background: ${background}; color: ${color}; padding: 8px">
    <button id="start">Start</button>
  </div>`);
  const elements: JitcoElementLike[] = [];
  elements.push(await mount('jitco-name-change-notice', container, (el) => {
    el.setAttribute('dismissible', '');
    el.setAttribute('notice-id', `colour-${Math.random()}`);
    el.data = { formerName: 'Old', newName: 'New', effectiveDate: '2020-04-01', link: { href: 'https://example.com/', label: 'Read more about it' } };
  }));
  elements.push(await mount('jitco-greeting', container, (el) => el.setAttribute('collapsed', '')));
  elements.push(await mount('jitco-timeline', container, (el) => {
    el.setAttribute('now', '2019-05-01');
    el.data = { events: [
      { date: '2010', title: 'Past', link: { href: 'https://example.com/', label: 'A link' } },
      { date: '2019', title: 'Current' },
      { date: '2030', title: 'Upcoming' },
    ] };
  }));
  return { container, elements };
}

/** The colour of one border side, the part of a marker, toggle or frame that carries it. */
const border = (element: Element) => getComputedStyle(element).borderTopColor;

for (const { name, background, color } of PAGES) {
  describe(`colours on a ${name}`, () => {
    it('is axe-clean, colour contrast included, with no configuration', async () => {
      const { elements } = await page(background, color);
      for (const el of elements) await expect(el).to.be.accessible();
    });

    it('gives the toggle text 4.5:1 and markers, toggle border and notice frame 3:1 against the page', async () => {
      const { elements } = await page(background, color);
      const [notice, greeting, timeline] = elements;
      const toggle = one(greeting, '[part="toggle"]');
      expect(contrast(getComputedStyle(toggle).color, background), 'toggle text').to.be.at.least(4.5);
      expect(contrast(border(toggle), background), 'toggle border').to.be.at.least(3);
      expect(contrast(border(one(notice, '[part="container"]')), background), 'notice frame').to.be.at.least(3);
      const markers = all(timeline, '[part="marker"]');
      expect(markers).to.have.length(3);
      for (const marker of markers) expect(contrast(border(marker), background), `marker of ${marker.closest('li')!.textContent!.trim()}`).to.be.at.least(3);
      for (const link of [...all(timeline, 'a'), ...all(notice, 'a')])
        expect(contrast(getComputedStyle(link).color, background), `link ${link.textContent}`).to.be.at.least(4.5);
    });

    it('draws a two-tone focus ring whose outer tone holds 3:1 against the page', async () => {
      const { container, elements } = await page(background, color);
      const toggle = one(elements[1], '[part="toggle"]');
      // From the keyboard, so that :focus-visible applies in every engine: start, close button, notice link, toggle.
      container.querySelector<HTMLElement>('#start')!.focus();
      for (let i = 0; i < 3 && elements[1].shadowRoot!.activeElement !== toggle; i++) await sendKeys({ press: 'Tab' });
      expect(elements[1].shadowRoot!.activeElement, 'toggle focused').to.equal(toggle);
      const style = getComputedStyle(toggle);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth), 'ring width').to.be.at.least(2);
      expect(contrast(style.outlineColor, background), 'outer ring').to.be.at.least(3);
      expect(style.boxShadow, 'inner tone').to.not.equal('none');
    });
  });
}

describe('colours set by a partner', () => {
  it('take --jitco-accent, --jitco-link-color and --jitco-focus-color over the defaults', async () => {
    const { container, elements } = await page('#fff', '#222');
    container.style.setProperty('--jitco-accent', 'rgb(138, 21, 56)');
    container.style.setProperty('--jitco-link-color', 'rgb(0, 80, 0)');
    const [notice, greeting, timeline] = elements;
    expect(rgb(getComputedStyle(one(greeting, '[part="toggle"]')).color)).to.deep.equal([138, 21, 56]);
    expect(rgb(border(one(timeline, '[part="marker"]')))).to.deep.equal([138, 21, 56]);
    expect(rgb(border(one(notice, '[part="container"]')))).to.deep.equal([138, 21, 56]);
    expect(rgb(getComputedStyle(one(notice, 'a')).color)).to.deep.equal([0, 80, 0]);
  });
});
