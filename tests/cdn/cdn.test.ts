// The built CDN files (dist/cdn/) on pages like partners' (tests/cdn/pages/), each in an iframe.
// Every element of custom-elements.json is checked; run after `npm run build`.
import { expect } from '@open-wc/testing';

interface Recorded {
  infos: string[];
  errors: string[];
  violations: string[];
}
type PageWindow = Window & typeof globalThis & { record: Recorded };

/** Content per element for the upgrade tests; an element without one is checked with its default. */
const SAMPLES: Record<string, { data: unknown; text: string }> = {
  'jitco-greeting': {
    data: { heading: 'Set before upgrade', paragraphs: ['P1'], signature: { organization: 'O', role: 'R', name: 'N' } },
    text: 'Set before upgrade',
  },
};

const manifest = await (await fetch('/custom-elements.json')).json();
const tags: string[] = manifest.modules
  .flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
  .map((d: { tagName?: string }) => d.tagName)
  .filter(Boolean);

async function openPage(name: string, width = 800): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:2000px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/tests/cdn/pages/${name}`;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow };
}

async function defined(win: PageWindow): Promise<void> {
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
}

/** Adds one of each element (default content) and waits for their first render. */
async function addElements(win: PageWindow, attributes: string[] = []): Promise<HTMLElement[]> {
  // Built with DOM calls: the strict-CSP page refuses HTML strings (Trusted Types).
  const elements = tags.map((tag) => {
    const el = win.document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    el.setAttribute('now', '2024-01-01');
    for (const name of attributes) el.setAttribute(name, '');
    return win.document.body.appendChild(el);
  });
  await defined(win);
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

/** What a person sees of an element: each shadow part's box (relative to the host) and visibility. */
function layout(host: HTMLElement): string[] {
  const origin = host.getBoundingClientRect();
  return [...host.shadowRoot!.querySelectorAll('[part]')].map((part) => {
    const box = part.getBoundingClientRect();
    const shown = part.getClientRects().length > 0;
    const round = (n: number) => Math.round(n);
    return `${part.getAttribute('part')} ${shown} ${round(box.x - origin.x)},${round(box.y - origin.y)} ${round(box.width)}x${round(box.height)}`;
  });
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('CDN build (dist/cdn/jitco-elements.js)', () => {
  it('has elements to check', () => {
    expect(tags).to.include('jitco-greeting');
  });

  it('looks and behaves the same under hostile global CSS (Bootstrap reboot, p{display:none!important}, all:unset, …)', async () => {
    const plain = await openPage('blank.html');
    const hostile = await openPage('hostile.html');
    const plainElements = await addElements(plain.win, ['collapsed']);
    const hostileElements = await addElements(hostile.win, ['collapsed']);
    hostileElements.forEach((el, i) => {
      expect(layout(el), el.localName).to.deep.equal(layout(plainElements[i]));
      expect(el.shadowRoot!.textContent).to.equal(plainElements[i].shadowRoot!.textContent);
    });
    // Buttons stay visible and clickable where the page hides or unsets every button.
    for (const el of hostileElements) {
      for (const button of el.shadowRoot!.querySelectorAll('button')) {
        const box = button.getBoundingClientRect();
        expect(box.width, `${el.localName} button`).to.be.greaterThan(0);
        const hit = el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        expect(button.contains(hit), `${el.localName} button is on top`).to.equal(true);
      }
    }
    const greeting = hostileElements.find((el) => el.localName === 'jitco-greeting')!;
    const toggle = greeting.shadowRoot!.querySelector('button')!;
    toggle.click();
    await (greeting as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(hostile.win.record.errors).to.deep.equal([]);
  });

  it('renders under a strict Content-Security-Policy with Trusted Types, without a violation', async () => {
    const { win } = await openPage('csp.html');
    const elements = await addElements(win);
    for (const el of elements) expect(el.shadowRoot!.textContent!.trim(), el.localName).not.to.equal('');
    // The policy is enforced on this page: an unsafe sink is refused and reported.
    expect(() => win.document.body.insertAdjacentHTML('beforeend', '<b>x</b>')).to.throw();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.record.violations.filter((v) => !v.startsWith('require-trusted-types-for')).length).to.equal(0);
    expect(win.record.violations.length, 'only the test\'s own probe').to.equal(1);
    expect(win.record.errors).to.deep.equal([]);
  });

  it('both builds on one page: no error, one console.info, the elements work', async () => {
    const { win } = await openPage('both-builds.html');
    const elements = await addElements(win);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.record.errors).to.deep.equal([]);
    expect(win.record.infos).to.have.length(1);
    expect(win.record.infos[0]).to.contain('already defined');
    for (const el of elements) expect(el.shadowRoot!.textContent!.trim(), el.localName).not.to.equal('');
  });

  it('upgrades elements created before the definition, with properties set before upgrade (classic script at the end)', async () => {
    const { win } = await openPage('no-script.html');
    const elements = tags.map((tag) => {
      const el = win.document.createElement(tag) as HTMLElement & Record<string, unknown>;
      el.headingLevel = 4;
      if (SAMPLES[tag]) el.data = SAMPLES[tag].data;
      win.document.body.append(el);
      return el;
    });
    const script = win.document.createElement('script');
    script.src = '/dist/cdn/jitco-elements.classic.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    win.document.body.append(script);
    await loaded;
    await defined(win);
    for (const el of elements) {
      await (el.updateComplete as Promise<unknown>);
      if (SAMPLES[el.localName]) expect(el.shadowRoot!.textContent).to.contain(SAMPLES[el.localName].text);
      const heading = el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6');
      if (heading) expect(heading.localName, el.localName).to.equal('h4');
    }
    expect(win.record.errors).to.deep.equal([]);
  });
});
