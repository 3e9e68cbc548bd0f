import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/greeting/define.js';
import type { JitcoGreeting } from '../../src/greeting/greeting.js';
import { all, captureWarnings, errorLog, isShown, nextEvent, one, textOf, until } from '../helpers.js';

const custom = {
  heading: 'Hello partners',
  paragraphs: ['First paragraph.', 'Second paragraph.', 'Third paragraph.'],
  signature: { organization: 'Partner Org', role: 'Director', name: 'A. Person' },
};
const json = (value: unknown) => JSON.stringify(value);
const paragraphs = (el: Element) => all(el, '[part="paragraph"]').filter(isShown).map(textOf);
const heading = (el: Element) => one(el, '[part="heading"]');

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

describe('<jitco-greeting> default content', () => {
  it('renders the seed greeting verbatim: heading, every paragraph and the signature', async () => {
    const seed = (await (await fetch('/seed/greeting-page.txt')).text()).split('\n\n').map((p) => p.trim());
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting></jitco-greeting>`);
    expect(heading(el).localName).to.equal('h2');
    expect(textOf(heading(el))).to.equal('Greeting');
    expect(paragraphs(el)).to.deep.equal(seed.slice(2, 7).map((p) => p.replace(/\s+/g, ' ')));
    const [organization, signature] = seed[7].split('\n');
    expect(textOf(one(el, '[part="organization"]'))).to.equal(organization);
    expect(`${textOf(one(el, '[part="role"]'))} ${textOf(one(el, '[part="name"]'))}`).to.equal(signature);
    expect(all(el, 'img')).to.have.length(0);
  });

  it('is an article named by its heading, and axe-clean', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting></jitco-greeting>`);
    const article = one(el, 'article');
    expect(article.getAttribute('aria-labelledby')).to.equal(heading(el).id);
    await expect(el).to.be.accessible();
  });

  it('follows heading-level, and falls back to 2 with an error for a bad one', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting heading-level="4"></jitco-greeting>`);
    expect(heading(el).localName).to.equal('h4');
    const errors = errorLog();
    el.addEventListener('jitco-error', errors.listener);
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(heading(el).localName).to.equal('h2');
    expect(errors.details).to.deep.equal([{ source: 'attribute', path: 'heading-level', message: '"9" is not 1–6; using 2' }]);
    el.setAttribute('heading-level', 'three');
    await el.updateComplete;
    expect(heading(el).localName).to.equal('h2');
    expect(errors.details).to.have.length(2);
    // Removing the attribute is the default, not an error; a framework may pass a string.
    el.setAttribute('heading-level', '5');
    await el.updateComplete;
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(heading(el).localName).to.equal('h2');
    (el as unknown as { headingLevel: string }).headingLevel = '3';
    await el.updateComplete;
    expect(heading(el).localName).to.equal('h3');
    expect(errors.details).to.have.length(2);
  });

  it('marks the English default with lang="en" on a page in another language', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting lang="ja" collapsed></jitco-greeting>`);
    expect(heading(el).getAttribute('lang')).to.equal('en');
    expect(all(el, '[part="paragraph"]').every((p) => p.getAttribute('lang') === 'en')).to.be.true;
    // The interface itself speaks Japanese.
    expect(textOf(one(el, 'button'))).to.equal('続きを読む');
    await expect(el).to.be.accessible();
  });
});

describe('<jitco-greeting> content sources', () => {
  it('renders custom content from the data attribute and fires jitco-load', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting data=${json(custom)}></jitco-greeting>`);
    expect(textOf(heading(el))).to.equal('Hello partners');
    expect(paragraphs(el)).to.deep.equal(custom.paragraphs);
    expect(textOf(one(el, '[part="signature"]'))).to.equal('Partner Org Director A. Person');
    const loaded = nextEvent(el, 'jitco-load');
    el.data = { ...custom, heading: 'Changed' };
    expect((await loaded).detail).to.deep.equal({ source: 'data' });
    expect(textOf(heading(el))).to.equal('Changed');
  });

  it('reads a child JSON script, never showing it as text, and follows edits to it', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting><script type="application/json">${json(custom)}</script></jitco-greeting>`);
    expect(textOf(heading(el))).to.equal('Hello partners');
    // Nothing of the JSON text shows: not in the rendered tree, and the script stays unrendered.
    expect(textOf(el.shadowRoot!.querySelector('article')!)).not.to.contain('"paragraphs"');
    expect(el.shadowRoot!.querySelector('slot'), 'a slot would render light DOM').to.be.null;
    expect(isShown(el.querySelector('script')!)).to.be.false;
    el.querySelector('script')!.textContent = json({ ...custom, heading: 'Edited' });
    await until(() => textOf(heading(el)) === 'Edited', 2000, 'script edit');
  });

  it('reads a JSON script appended after the element upgraded', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting></jitco-greeting>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json(custom);
    el.append(script);
    await until(() => textOf(heading(el)) === 'Hello partners', 2000, 'appended script');
  });

  it('prefers data over the script and the script over src', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting data=${json({ ...custom, heading: 'From data' })} src="/test-api/greeting.json"
      ><script type="application/json">${json({ ...custom, heading: 'From script' })}</script></jitco-greeting>`);
    expect(textOf(heading(el))).to.equal('From data');
    el.removeAttribute('data');
    await el.updateComplete;
    expect(textOf(heading(el))).to.equal('From script');
    el.querySelector('script')!.remove();
    await until(() => textOf(heading(el)) === 'Welcome', 3000, 'content from src');
    el.removeAttribute('src');
    await el.updateComplete;
    expect(textOf(heading(el))).to.equal('Greeting');
  });

  it('loads src, busy while loading, then fires jitco-load', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting src="/test-api/greeting.json?delay=300"></jitco-greeting>`);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(heading(el))).to.equal('Greeting');
    // What a listener sees when the event fires: the new content, already rendered.
    let seenByListener = '';
    el.addEventListener('jitco-load', () => (seenByListener = textOf(heading(el))), { once: true });
    const { detail } = await nextEvent(el, 'jitco-load');
    expect(detail).to.deep.equal({ source: 'src' });
    expect(seenByListener).to.equal('Welcome');
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(textOf(heading(el))).to.equal('Welcome');
    expect(paragraphs(el)).to.deep.equal(['From src, first.', 'From src, second.']);
  });

  it('accepts a JSON body whatever its content type', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting src="/test-api/plain-json"></jitco-greeting>`);
    await nextEvent(el, 'jitco-load');
    expect(textOf(heading(el))).to.equal('Welcome');
  });

  it('picks the localized text for its lang, and marks a fallback with its language', async () => {
    const content = { ...custom, heading: { en: 'Greeting', ja: 'ごあいさつ', vi: 'Lời chào' }, paragraphs: [{ en: 'Only English.' }] };
    const ja = await fixture<JitcoGreeting>(html`<jitco-greeting lang="ja-JP" data=${json(content)}></jitco-greeting>`);
    expect(textOf(heading(ja))).to.equal('ごあいさつ');
    expect(heading(ja).hasAttribute('lang')).to.be.false;
    expect(one(ja, '[part="paragraph"]').getAttribute('lang')).to.equal('en');
    const page = await fixture<HTMLElement>(html`<div lang="vi"><jitco-greeting data=${json(content)}></jitco-greeting></div>`);
    expect(textOf(heading(page.firstElementChild!))).to.equal('Lời chào');
  });

  it('re-renders in the new language when an ancestor lang changes, without reloading', async () => {
    const content = { ...custom, heading: { en: 'Greeting', ja: 'ごあいさつ' } };
    const page = await fixture<HTMLElement>(html`<div lang="en"><jitco-greeting data=${json(content)}></jitco-greeting></div>`);
    const el = page.firstElementChild as JitcoGreeting;
    page.setAttribute('lang', 'ja');
    await until(() => textOf(heading(el)) === 'ごあいさつ', 2000, 'language switch');
    el.lang = 'en';
    await until(() => textOf(heading(el)) === 'Greeting', 2000, 'own lang');
  });
});

describe('<jitco-greeting> collapsed', () => {
  it('shows the first paragraph and a Read more button that expands and collapses', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting collapsed data=${json(custom)}></jitco-greeting>`);
    const button = one(el, 'button');
    expect(paragraphs(el)).to.deep.equal(['First paragraph.']);
    expect(textOf(button)).to.equal('Read more');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const controlled = button.getAttribute('aria-controls')!.split(' ').map((id) => el.shadowRoot!.getElementById(id));
    expect(controlled.every(Boolean), 'every controlled element exists').to.be.true;
    button.click();
    await el.updateComplete;
    expect(paragraphs(el)).to.deep.equal(custom.paragraphs);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(button)).to.equal('Show less');
    expect(el.collapsed).to.be.false;
    expect(el.hasAttribute('collapsed'), 'collapsed attribute after expanding').to.be.false;
    await expect(el).to.be.accessible();
  });

  it('reflects collapsed to the attribute when the reader toggles, so page CSS can follow it', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting collapsed data=${json(custom)}></jitco-greeting>`);
    const button = one(el, 'button');
    button.click();
    await el.updateComplete;
    expect(el.hasAttribute('collapsed'), 'after expanding').to.be.false;
    button.click();
    await el.updateComplete;
    expect(el.getAttribute('collapsed'), 'after collapsing again').to.equal('');
    expect(paragraphs(el)).to.deep.equal(['First paragraph.']);
  });

  it('collapses when the page sets the property, reflected to the attribute', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting data=${json(custom)}></jitco-greeting>`);
    el.collapsed = true;
    await el.updateComplete;
    expect(el.hasAttribute('collapsed')).to.be.true;
    expect(paragraphs(el)).to.deep.equal(['First paragraph.']);
    await expect(el).to.be.accessible();
  });

  it('works from the keyboard: Tab to the button, Enter and Space toggle it', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting collapsed data=${json(custom)}></jitco-greeting>`);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(one(el, 'button'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(paragraphs(el)).to.have.length(3);
    // ' ' rather than 'Space': Puppeteer's Firefox (WebDriver BiDi) keyboard knows no 'Space' key name.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(paragraphs(el)).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(one(el, 'button'));
  });

  it('has no button when there is only one paragraph', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting collapsed data=${json({ ...custom, paragraphs: ['Only.'] })}></jitco-greeting>`);
    expect(all(el, 'button')).to.have.length(0);
    expect(paragraphs(el)).to.deep.equal(['Only.']);
  });
});

describe('<jitco-greeting> photo', () => {
  it('shows a safe photo lazily, with its alt text', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting data=${json({ ...custom, photo: { src: '/president.jpg', alt: 'The president' } })}></jitco-greeting>`);
    const img = one(el, 'img') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal('/president.jpg');
    expect(img.alt).to.equal('The president');
    expect(img.loading).to.equal('lazy');
  });

  it('floats the photo to the inline end: right, or left with dir="rtl"', async () => {
    const data = json({ ...custom, photo: { src: '/president.jpg', alt: 'The president' } });
    const page = await fixture<HTMLElement>(html`<div style="inline-size: 600px">
      <jitco-greeting data=${data}></jitco-greeting>
      <div dir="rtl"><jitco-greeting data=${data}></jitco-greeting></div>
    </div>`);
    const [ltr, rtl] = page.querySelectorAll('jitco-greeting');
    await rtl.updateComplete;
    const side = (el: Element) => {
      const photo = one(el, '[part="photo"]').getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return photo.left - box.left < box.right - photo.right ? 'left' : 'right';
    };
    expect([side(ltr), side(rtl)]).to.deep.equal(['right', 'left']);
  });

  it('drops a javascript: photo with an error and still shows the greeting', async () => {
    const errors = errorLog();
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting @jitco-error=${errors.listener}
      data=${json({ ...custom, photo: { src: 'javascript:alert(1)', alt: 'x' } })}></jitco-greeting>`);
    expect(all(el, 'img')).to.have.length(0);
    expect(textOf(heading(el))).to.equal('Hello partners');
    expect(errors.details).to.have.length(1);
    expect(errors.details[0]).to.include({ source: 'data', path: 'photo.src' });
    expect(warnings.warnings[0]).to.match(/^<jitco-greeting> data at photo\.src: unsafe or invalid URL/);
  });
});

describe('<jitco-greeting> bad input', () => {
  async function withBadData(data: string) {
    const errors = errorLog();
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting @jitco-error=${errors.listener} data=${data}></jitco-greeting>`);
    return { el, errors: errors.details };
  }

  it('keeps the default for invalid JSON, warning with the position where the engine gives one', async () => {
    const bad = '{"heading": "x",}';
    const { el, errors } = await withBadData(bad);
    expect(textOf(heading(el))).to.equal('Greeting');
    expect(paragraphs(el)).to.have.length(5);
    expect(errors).to.have.length(1);
    expect(errors[0].source).to.equal('data');
    expect(errors[0].message).to.match(/^invalid JSON/);
    expect(warnings.warnings).to.have.length(1);
    // Chromium and Firefox name a position or line and column; WebKit's message has neither.
    let engineMessage = '';
    try {
      JSON.parse(bad);
    } catch (error) {
      engineMessage = (error as Error).message;
    }
    expect(errors[0].message).to.equal(`invalid JSON: ${engineMessage}`);
    if (/position \d+|line \d+ column \d+/.test(engineMessage)) {
      expect(errors[0].path).to.match(/position \d+|line \d+ column \d+/);
      expect(warnings.warnings[0]).to.match(/^<jitco-greeting> data at (position|line)/);
    } else {
      expect(errors[0].path).to.equal(undefined);
      expect(warnings.warnings[0]).to.match(/^<jitco-greeting> data: invalid JSON/);
    }
  });

  it('keeps the default for content of the wrong shape, naming each path', async () => {
    for (const [data, paths] of [
      [json({ ...custom, heading: 42 }), ['heading']],
      [json({ ...custom, paragraphs: 'x' }), ['paragraphs']],
      ['null', ['(root)']],
      ['[1,2]', ['(root)']],
      [json({ heading: 'x' }), ['paragraphs', 'signature']],
    ] as const) {
      const { el, errors } = await withBadData(data);
      expect(textOf(heading(el)), data).to.equal('Greeting');
      expect(errors.map((e) => e.path), data).to.deep.equal(paths);
    }
  });

  it('leaves out a bad paragraph and renders the rest', async () => {
    const { el, errors } = await withBadData(json({ ...custom, paragraphs: ['One.', 5, 'Three.'] }));
    expect(paragraphs(el)).to.deep.equal(['One.', 'Three.']);
    expect(errors.map((e) => e.path)).to.deep.equal(['paragraphs[1]']);
  });

  it('never interprets markup in content', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const markup = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script><b>bold</b>';
    const { el, errors } = await withBadData(json({ ...custom, heading: markup, paragraphs: [markup] }));
    await aTimeout(50);
    expect(errors).to.have.length(0);
    expect(textOf(heading(el))).to.equal(markup);
    expect(all(el, 'img, script, b')).to.have.length(0);
    expect((window as unknown as { pwned?: boolean }).pwned).to.be.false;
  });

  it('keeps the last good content when data becomes invalid', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting data=${json(custom)}></jitco-greeting>`);
    const errors = errorLog();
    el.addEventListener('jitco-error', errors.listener);
    el.setAttribute('data', '{oops');
    await el.updateComplete;
    expect(textOf(heading(el))).to.equal('Hello partners');
    (el as { data: unknown }).data = { heading: 1 }; // wrong shape on purpose
    await el.updateComplete;
    expect(textOf(heading(el))).to.equal('Hello partners');
    expect(errors.details.map((e) => e.source)).to.deep.equal(['data', 'data', 'data', 'data']);
  });

  it('survives a page listener that throws, without reporting that error as its own', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting></jitco-greeting>`);
    // A partner's broken listener is the page's problem, never ours: nothing escapes update().
    const errors = errorLog();
    el.addEventListener('jitco-error', () => {
      throw new Error('listener bug');
    });
    el.addEventListener('jitco-error', errors.listener);
    const uncaught: string[] = [];
    const onerror = window.onerror;
    window.onerror = (message) => (uncaught.push(String(message)), true);
    try {
      el.setAttribute('data', 'bad');
      await el.updateComplete;
    } finally {
      window.onerror = onerror;
    }
    // The listener's error went to the page's error handler, as any listener's does; the element
    // reported the bad data once and nothing else, and still renders.
    expect(uncaught).to.have.length(1);
    expect(uncaught[0]).to.contain('listener bug');
    expect(errors.details.map((e) => e.source)).to.deep.equal(['data']);
    expect(textOf(heading(el))).to.equal('Greeting');
    el.setAttribute('data', json(custom));
    await el.updateComplete;
    expect(textOf(heading(el))).to.equal('Hello partners');
  });
});

describe('<jitco-greeting> bad src', () => {
  async function failingSrc(src: string) {
    const errors = errorLog();
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting @jitco-error=${errors.listener} src=${src}></jitco-greeting>`);
    await until(() => errors.details.length > 0, 12_000, `error from ${src}`);
    expect(el.hasAttribute('aria-busy'), 'aria-busy after failure').to.be.false;
    expect(textOf(heading(el))).to.equal('Greeting');
    expect(errors.details).to.have.length(1);
    expect(errors.details[0].source).to.equal('src');
    return errors.details[0];
  }

  it('reports a 404', async () => {
    expect((await failingSrc('/test-api/missing')).message).to.match(/^HTTP 404/);
  });
  it('reports an answer without a body (204)', async () => {
    expect((await failingSrc('/test-api/no-content')).message).to.equal('empty response (HTTP 204)');
  });
  it('reports an HTML body as not JSON', async () => {
    expect((await failingSrc('/test-api/html')).message).to.match(/^invalid JSON/);
  });
  it('refuses a body over 512 KiB by its Content-Length', async () => {
    expect((await failingSrc('/test-api/big')).message).to.equal('response is larger than 512 KiB');
  });
  it('refuses a body over 512 KiB sent without a Content-Length', async () => {
    expect((await failingSrc('/test-api/big-chunked')).message).to.equal('response is larger than 512 KiB');
  });
  it('reports content of the wrong shape with its paths', async () => {
    const errors = errorLog();
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting @jitco-error=${errors.listener} src="/test-api/wrong-shape"></jitco-greeting>`);
    await until(() => errors.details.length >= 2, 5000, 'shape errors');
    expect(errors.details.map((e) => e.path)).to.deep.equal(['heading', 'paragraphs', 'signature']);
    expect(textOf(heading(el))).to.equal('Greeting');
  });
  it('reports an unreachable server', async () => {
    expect((await failingSrc('http://127.0.0.1:9/greeting.json')).message).to.match(/^could not load/);
  });
  it('refuses a javascript: or data: src without fetching', async () => {
    expect((await failingSrc('javascript:alert(1)')).message).to.match(/^refused URL/);
    expect((await failingSrc('data:application/json,{}')).message).to.match(/^refused URL/);
  });
  it('gives up on a src that never answers after 10 s', async function () {
    this.timeout(20_000);
    const started = performance.now();
    expect((await failingSrc('/test-api/hang')).message).to.equal('no answer after 10 s');
    expect(performance.now() - started).to.be.within(9_500, 12_500);
  });

  it('ignores a src response that arrives after data was set', async () => {
    const errors = errorLog();
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting @jitco-error=${errors.listener} src="/test-api/greeting.json?delay=300"></jitco-greeting>`);
    el.data = custom;
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    await aTimeout(600);
    expect(textOf(heading(el))).to.equal('Hello partners');
    expect(errors.details).to.have.length(0);
  });

  it('follows a src change while the first one loads', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting src="/test-api/wrong-shape?delay=400"></jitco-greeting>`);
    const errors = errorLog();
    el.addEventListener('jitco-error', errors.listener);
    el.src = '/test-api/greeting.json';
    await nextEvent(el, 'jitco-load');
    await aTimeout(600);
    expect(textOf(heading(el))).to.equal('Welcome');
    expect(errors.details).to.have.length(0);
  });

  it('aborts quietly when removed while loading, and loads again when put back', async () => {
    const el = await fixture<JitcoGreeting>(html`<jitco-greeting src="/test-api/greeting.json?delay=300"></jitco-greeting>`);
    const errors = errorLog();
    el.addEventListener('jitco-error', errors.listener);
    const parent = el.parentElement!;
    el.remove();
    await aTimeout(500);
    expect(errors.details).to.have.length(0);
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(warnings.warnings).to.have.length(0);
    parent.append(el);
    await nextEvent(el, 'jitco-load');
    expect(textOf(heading(el))).to.equal('Welcome');
  });
});
