import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { nothing as nothingAttr } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/greeting/define.js';
import '../../src/name-change-notice/define.js';
import type { JitcoNameChangeNotice } from '../../src/name-change-notice/name-change-notice.js';
import { toIsoDay } from '../../src/core/values.js';
import { all, errorLog, isolateStorageAndWarnings, isShown, nextEvent, one, textOf, until } from '../helpers.js';

const json = (value: unknown) => JSON.stringify(value);
const custom = {
  formerName: 'Old Partner Name',
  newName: 'New Partner Name',
  effectiveDate: '2030-06-15',
  message: 'Nothing else changes.',
  link: { href: 'https://example.com/name', label: 'Read the announcement' },
};
const heading = (el: Element) => one(el, '[part="heading"]');
const sentence = (el: Element) => textOf(one(el, '[part="text"]'));
const region = (el: Element) => one(el, '[part="container"]');
const closeButton = (el: Element) => one(el, 'button');
/** Every test dismisses under its own id or content: dismissals are remembered for the page's life. */
let unique = 0;
const uniqueId = () => `test-${Date.now()}-${unique++}`;

const warnings = isolateStorageAndWarnings();

describe('<jitco-name-change-notice> default content', () => {
  it('says the name changed, from the seed, in a region named by its heading', async () => {
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice now="2024-05-01"></jitco-name-change-notice>`);
    expect(heading(el).localName).to.equal('h2');
    expect(textOf(heading(el))).to.equal('Notice of name change');
    expect(sentence(el)).to.equal(
      'On April 1, 2020, Japan International Training Cooperation Organization became Japan International Trainee & Skilled Worker Cooperation Organization (JITCO).',
    );
    expect(one(el, 'time').getAttribute('datetime')).to.equal('2020-04-01');
    expect(region(el).getAttribute('role')).to.equal('region');
    expect(region(el).getAttribute('aria-labelledby')).to.equal(heading(el).id);
    expect(all(el, 'button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is never an alert or live region', async () => {
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible></jitco-name-change-notice>`);
    expect(all(el, '[role="alert"], [role="status"], [aria-live]')).to.have.length(0);
    expect(el.getAttribute('role')).to.be.null;
  });

  it('follows heading-level', async () => {
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice heading-level="4"></jitco-name-change-notice>`);
    expect(heading(el).localName).to.equal('h4');
  });
});

describe('<jitco-name-change-notice> effective date', () => {
  it('says the name will change before the date, and that it changed from that day on', async () => {
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice now="2020-03-31"></jitco-name-change-notice>`);
    expect(textOf(heading(el))).to.equal('Upcoming name change');
    expect(sentence(el)).to.match(/^On April 1, 2020, Japan International Training Cooperation Organization will become Japan International Trainee/);
    el.now = '2020-04-01';
    await el.updateComplete;
    expect(textOf(heading(el))).to.equal('Notice of name change');
    expect(sentence(el)).to.match(/Organization became Japan International Trainee/);
  });

  it('compares with the real date when now is not set, and moves on when the day changes', async () => {
    const day = (offset: number) => toIsoDay(new Date(Date.now() + offset * 86_400_000));
    const today = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice
      data=${json({ ...custom, effectiveDate: day(0) })}></jitco-name-change-notice>`);
    expect(sentence(today)).to.contain(' became ');
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice
      data=${json({ ...custom, effectiveDate: day(1) })}></jitco-name-change-notice>`);
    expect(sentence(el)).to.contain('will become');
    // The page stays open past midnight: the next render reads the new day.
    const RealDate = Date;
    const tomorrow = RealDate.now() + 86_400_000;
    window.Date = class extends RealDate {
      constructor(...args: []) {
        super(...((args.length ? args : [tomorrow]) as []));
      }
    } as DateConstructor;
    try {
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      window.Date = RealDate;
    }
    expect(sentence(el)).to.contain(' became ');
  });

  it('formats the date for the locale, Japanese era included, with the Japanese names', async () => {
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice lang="ja" now="2024-01-01" dismissible></jitco-name-change-notice>`);
    expect(textOf(one(el, 'time'))).to.equal('2020年4月1日');
    expect(textOf(heading(el))).to.equal('名称変更のお知らせ');
    expect(sentence(el)).to.equal(
      '2020年4月1日、公益財団法人 国際研修協力機構は公益財団法人 国際人材協力機構（JITCO）に名称を変更しました。',
    );
    // Only the abbreviation of the English name is marked English.
    expect(all(el, '[part="text"] span[lang="en"]').map(textOf)).to.deep.equal(['JITCO']);
    expect(closeButton(el).getAttribute('aria-label')).to.equal('お知らせを閉じる');
    await expect(el).to.be.accessible();
    el.lang = 'ja-JP-u-ca-japanese';
    await el.updateComplete;
    expect(textOf(one(el, 'time'))).to.equal('令和2年4月1日');
  });

  it('renders custom content with its message and a safe link', async () => {
    const content = { ...custom, newName: { en: 'New Partner Name', ja: '新しい名前' }, abbreviation: 'NPN' };
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice now="2030-06-15" data=${json(content)}></jitco-name-change-notice>`);
    expect(sentence(el)).to.equal('On June 15, 2030, Old Partner Name became New Partner Name (NPN).');
    expect(textOf(one(el, '[part="message"]'))).to.equal('Nothing else changes.');
    const link = one(el, '[part="link"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://example.com/name');
    expect(textOf(link)).to.equal('Read the announcement');
    await expect(el).to.be.accessible();
  });
});

describe('<jitco-name-change-notice> message language', () => {
  it('marks a message in another language than the notice with its lang', async () => {
    const content = { ...custom, message: { ja: '変更はありません。' } };
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice lang="en" data=${json(content)}></jitco-name-change-notice>`);
    const marked = one(el, '[part="message"] [lang]');
    expect(marked.getAttribute('lang')).to.equal('ja');
    expect(textOf(marked)).to.equal('変更はありません。');
  });

  it('leaves a message in the notice’s own language unmarked', async () => {
    const content = { ...custom, message: { en: 'Nothing else changes.', ja: '変更はありません。' } };
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice lang="ja" data=${json(content)}></jitco-name-change-notice>`);
    expect(textOf(one(el, '[part="message"]'))).to.equal('変更はありません。');
    expect(all(el, '[part="message"] [lang]')).to.have.length(0);
    expect(one(el, '[part="message"]').hasAttribute('lang')).to.be.false;
  });
});

describe('<jitco-name-change-notice> direction', () => {
  it('mirrors with dir="rtl": the close button moves to the other side, in an even frame', async () => {
    const page = await fixture<HTMLElement>(html`<div style="inline-size: 500px">
      <jitco-name-change-notice dismissible notice-id=${uniqueId()}></jitco-name-change-notice>
      <div dir="rtl"><jitco-name-change-notice dismissible notice-id=${uniqueId()}></jitco-name-change-notice></div>
    </div>`);
    const [ltr, rtl] = page.querySelectorAll('jitco-name-change-notice');
    await rtl.updateComplete;
    const box = (el: Element) => getComputedStyle(one(el, '[part="container"]'));
    expect([box(ltr).borderLeftWidth, box(ltr).borderRightWidth]).to.deep.equal(['5px', '5px']);
    expect([box(rtl).borderLeftWidth, box(rtl).borderRightWidth]).to.deep.equal(['5px', '5px']);
    const side = (el: Element) => {
      const container = one(el, '[part="container"]').getBoundingClientRect();
      const button = closeButton(el).getBoundingClientRect();
      return button.left - container.left < container.right - button.right ? 'left' : 'right';
    };
    expect([side(ltr), side(rtl)]).to.deep.equal(['right', 'left']);
  });
});

describe('<jitco-name-change-notice> hide-after', () => {
  it('renders nothing and takes no space from that day on', async () => {
    const page = await fixture<HTMLElement>(html`<div><jitco-name-change-notice style="margin: 2rem; padding: 1rem; border: 2px solid"
      hide-after="2021-01-01" now="2020-12-31"></jitco-name-change-notice></div>`);
    const el = page.firstElementChild as JitcoNameChangeNotice;
    expect(isShown(el)).to.be.true;
    el.now = '2021-01-01';
    await el.updateComplete;
    expect(isShown(el)).to.be.false;
    expect(page.getBoundingClientRect().height).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part]')).to.be.null;
    el.removeAttribute('hide-after');
    await el.updateComplete;
    expect(isShown(el)).to.be.true;
  });

  it('leaves a hidden attribute set by the page alone', async () => {
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice hidden hide-after="2000-01-01"></jitco-name-change-notice>`);
    el.removeAttribute('hide-after');
    await el.updateComplete;
    expect(el.hidden).to.be.true;
  });

  it('reports a bad hide-after and does not hide', async () => {
    const errors = errorLog();
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice @jitco-error=${errors.listener} hide-after="yesterday"></jitco-name-change-notice>`);
    expect(isShown(el)).to.be.true;
    expect(errors.details).to.deep.equal([{ source: 'attribute', path: 'hide-after', message: '"yesterday" is not an ISO date; not hiding' }]);
    expect(warnings.warnings[0]).to.match(/^<jitco-name-change-notice> attribute at hide-after/);
  });
});

describe('<jitco-name-change-notice> dismissal', () => {
  it('has a real, named close button that fires jitco-dismiss and hides the notice', async () => {
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible notice-id=${uniqueId()}></jitco-name-change-notice>`);
    const button = closeButton(el) as HTMLButtonElement;
    expect(button.type).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('Close notice');
    const fired = nextEvent(el, 'jitco-dismiss');
    button.click();
    const event = await fired;
    expect(event.cancelable && event.bubbles && event.composed).to.be.true;
    expect(event.detail.key).to.equal(`jitco-notice-dismissed:${el.noticeId}`);
    await el.updateComplete;
    expect(isShown(el)).to.be.false;
    expect(localStorage.getItem(event.detail.key)).to.not.be.null;
    await expect(el).to.be.accessible();
  });

  it('stays open when a listener cancels jitco-dismiss', async () => {
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible
      @jitco-dismiss=${(event: Event) => event.preventDefault()}></jitco-name-change-notice>`);
    closeButton(el).focus();
    closeButton(el).click();
    await el.updateComplete;
    expect(isShown(el)).to.be.true;
    expect(localStorage.length).to.equal(0);
    expect(el.shadowRoot!.activeElement === closeButton(el), 'focus stays on the button').to.be.true;
  });

  it('stays dismissed after a reload, hidden before its first paint, and shows again when changed', async () => {
    const content = { ...custom, message: uniqueId() };
    const first = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible data=${json(content)}></jitco-name-change-notice>`);
    const key = first.storageKey;
    expect(key).to.match(/^jitco-notice-dismissed:[0-9a-z]+$/);
    closeButton(first).click();
    await first.updateComplete;
    expect(localStorage.getItem(key)).to.equal('1');
    const container = first.parentElement!;

    // A "reload": a fresh element with the same content, looked at in its first frame.
    const attach = (data: unknown) => {
      const el = document.createElement('jitco-name-change-notice');
      el.dismissible = true;
      el.setAttribute('data', json(data));
      container.append(el);
      return new Promise<{ el: JitcoNameChangeNotice; height: number; rendered: boolean }>((resolve) =>
        requestAnimationFrame(() =>
          resolve({ el, height: el.getBoundingClientRect().height, rendered: !!el.shadowRoot?.querySelector('[part]') }),
        ),
      );
    };
    const again = await attach(content);
    expect(again.height).to.equal(0);
    expect(again.rendered).to.be.false;
    expect(again.el.hidden).to.be.true;

    // A dismissal stored by an earlier visit (not in this page's memory) hides it just as early.
    const earlier = { ...custom, message: uniqueId() };
    const probe = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice data=${json(earlier)}></jitco-name-change-notice>`);
    localStorage.setItem(probe.storageKey, '1');
    const fromStorage = await attach(earlier);
    expect(fromStorage.height).to.equal(0);
    expect(fromStorage.rendered).to.be.false;

    // The same check sees a notice whose content changed.
    const changed = await attach({ ...content, message: 'A new message.' });
    expect(changed.height).to.be.greaterThan(0);
    expect(changed.rendered).to.be.true;
  });

  /** Dismisses a notice with `content`, then attaches fresh notices and tells which show. */
  async function dismissThenShow(content: object, others: object[], attributes: { noticeId?: string } = {}) {
    const first = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible
      notice-id=${attributes.noticeId ?? nothingAttr} data=${json(content)}></jitco-name-change-notice>`);
    closeButton(first).click();
    await first.updateComplete;
    expect(isShown(first), 'dismissed notice').to.be.false;
    const shown: boolean[] = [];
    for (const other of others) {
      const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible
        notice-id=${attributes.noticeId ?? nothingAttr} data=${json(other)}></jitco-name-change-notice>`);
      shown.push(isShown(el));
    }
    return shown;
  }

  for (const [field, changed] of [
    ['formerName', 'Another Former Name'],
    ['newName', { en: 'Another New Name', ja: '別の名前' }],
    ['effectiveDate', '2031-01-01'],
    ['message', 'A different message.'],
  ] as const) {
    it(`shows a dismissed notice again when its ${field} changes`, async () => {
      const content = { ...custom, message: `Message ${uniqueId()}` };
      // The same content stays dismissed; the content with this one field changed shows.
      const shown = await dismissThenShow(content, [{ ...content }, { ...content, [field]: changed }]);
      expect(shown, `[same content, ${field} changed]`).to.deep.equal([false, true]);
    });
  }

  it('keeps a dismissed notice dismissed when only its link, abbreviation or heading changes', async () => {
    const content = { ...custom, message: `Message ${uniqueId()}` };
    const shown = await dismissThenShow(content, [
      { ...content, link: { href: '/other', label: 'Other' } },
      { ...content, abbreviation: 'OPN' },
      { ...content, heading: 'Another heading' },
    ]);
    expect(shown).to.deep.equal([false, false, false]);
  });

  it('keys the dismissal by notice-id instead of the content when it is set', async () => {
    const noticeId = uniqueId();
    const content = { ...custom, message: `Message ${uniqueId()}` };
    const changedEverywhere = { formerName: 'A', newName: 'B', effectiveDate: '2040-01-01', message: 'C' };
    expect(await dismissThenShow(content, [changedEverywhere], { noticeId })).to.deep.equal([false]);
    // The same content without the id is another notice.
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible data=${json(content)}></jitco-name-change-notice>`);
    expect(isShown(el)).to.be.true;
  });

  it('remembers by notice-id when it is set, whatever the content', async () => {
    const id = uniqueId();
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible notice-id=${id}></jitco-name-change-notice>`);
    closeButton(el).click();
    expect(localStorage.getItem(`jitco-notice-dismissed:${id}`)).to.equal('1');
    const other = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible notice-id=${id} data=${json(custom)}></jitco-name-change-notice>`);
    expect(isShown(other)).to.be.false;
  });

  it('ignores a remembered dismissal when not dismissible', async () => {
    const id = uniqueId();
    localStorage.setItem(`jitco-notice-dismissed:${id}`, '1');
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice notice-id=${id}></jitco-name-change-notice>`);
    expect(isShown(el)).to.be.true;
  });

  it('waits for src content before showing a dismissible notice, so a dismissed one never flashes', async () => {
    const src = '/tests/name-change-notice/notice.json';
    const shown: boolean[] = [];
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible src=${src}></jitco-name-change-notice>`);
    await until(() => (shown.push(isShown(el)), textOf(el.shadowRoot!.querySelector('[part="text"]') ?? el).includes('Old Partner Name')), 3000, 'src');
    // It never showed the default content while loading.
    expect(shown.slice(0, -1).every((s) => !s)).to.be.true;
    closeButton(el).click();
    await el.updateComplete;

    const seen: boolean[] = [];
    const again = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible src=${src}></jitco-name-change-notice>`);
    const loaded = nextEvent(again, 'jitco-load');
    seen.push(isShown(again));
    await loaded;
    await again.updateComplete;
    seen.push(isShown(again));
    expect(seen).to.deep.equal([false, false]);
  });

  it('shows the default when a dismissible src fails', async () => {
    const errors = errorLog();
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible @jitco-error=${errors.listener} src="/test-api/missing?delay=100"></jitco-name-change-notice>`);
    expect(isShown(el)).to.be.false;
    await until(() => isShown(el), 3000, 'default after failure');
    expect(textOf(heading(el))).to.equal('Notice of name change');
    expect(errors.details[0].source).to.equal('src');
  });
});

describe('<jitco-name-change-notice> storage that throws', () => {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => void uncaught.push(event.error);
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => window.removeEventListener('error', onError));

  async function dismissAndReattach() {
    const id = uniqueId();
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible notice-id=${id}></jitco-name-change-notice>`);
    expect(isShown(el)).to.be.true;
    closeButton(el).click();
    await el.updateComplete;
    expect(isShown(el)).to.be.false;
    // Within the page's life the dismissal holds.
    const again = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice dismissible notice-id=${id}></jitco-name-change-notice>`);
    expect(isShown(again)).to.be.false;
    await aTimeout(0);
    expect(uncaught).to.deep.equal([]);
  }

  it('works when getItem and setItem throw', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await dismissAndReattach();
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });

  for (const [what, descriptor] of [
    ['the localStorage getter throws', { get: () => { throw new DOMException('denied', 'SecurityError'); } }],
    ['localStorage is absent', { value: undefined }],
  ] as const) {
    it(`works when ${what}`, async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', { ...descriptor, configurable: true });
      try {
        await dismissAndReattach();
      } finally {
        Object.defineProperty(window, 'localStorage', original);
      }
    });
  }
});

describe('<jitco-name-change-notice> keyboard and focus', () => {
  it('is reached with Tab, closed with Enter, and focus moves to the element that followed it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button id="before">Before</button>
      <jitco-name-change-notice dismissible notice-id=${uniqueId()}></jitco-name-change-notice>
      <script type="application/json"></script>
      <p id="next" hidden>Hidden</p>
      <h2 id="following">What the reader reads next</h2>
      <a id="after" href="#after">After</a>
    </div>`);
    const el = page.querySelector('jitco-name-change-notice')!;
    const following = page.querySelector<HTMLElement>('#following')!;
    page.querySelector<HTMLElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const button = closeButton(el);
    expect(el.shadowRoot!.activeElement === button, 'button focused').to.be.true;
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(isShown(el)).to.be.false;
    // Not the next control (#after), but the next shown element, made focusable for the while.
    expect(document.activeElement?.id, 'focused element').to.equal('following');
    expect(following.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id, 'Tab goes on from there').to.equal('after');
    expect(following.hasAttribute('tabindex'), 'tabindex removed on blur').to.be.false;
  });

  it('focuses a following element that is focusable as it is, without adding tabindex', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <jitco-name-change-notice dismissible notice-id=${uniqueId()}></jitco-name-change-notice>
      <a id="after" href="#after">After</a>
    </div>`);
    const el = page.querySelector('jitco-name-change-notice')!;
    closeButton(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id).to.equal('after');
    expect(page.querySelector('#after')!.hasAttribute('tabindex')).to.be.false;
  });

  it('goes up to the parent’s next sibling when the notice is last in its container, never to a control pages away', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <header><jitco-name-change-notice dismissible notice-id=${uniqueId()}></jitco-name-change-notice></header>
      <main id="main"><p>Article text.</p></main>
      <aside><a id="far" href="#far">A sidebar link</a></aside>
    </div>`);
    const el = page.querySelector('jitco-name-change-notice')!;
    closeButton(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id).to.equal('main');
  });

  it('focuses another component that follows it as a whole, not a button inside it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <a id="before" href="#before">Before</a>
      <jitco-name-change-notice dismissible notice-id=${uniqueId()}></jitco-name-change-notice>
      <jitco-greeting collapsed></jitco-greeting>
    </div>`);
    const el = page.querySelector('jitco-name-change-notice')!;
    const greeting = page.querySelector('jitco-greeting')!;
    await greeting.updateComplete;
    closeButton(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(greeting);
    expect(greeting.shadowRoot!.activeElement).to.equal(null);
  });

  it('moves focus to the element before it when nothing follows', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p id="before">Before</p>
      <jitco-name-change-notice dismissible notice-id=${uniqueId()}></jitco-name-change-notice>
    </div>`);
    const el = page.querySelector('jitco-name-change-notice')!;
    closeButton(el).focus();
    // ' ' rather than 'Space': Puppeteer's Firefox (WebDriver BiDi) keyboard knows no 'Space' key name.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(document.activeElement?.id).to.equal('before');
  });

  it('moves focus to the parent when the notice is alone on the page, never to body', async () => {
    const page = await fixture<HTMLElement>(html`<section aria-label="Notices"><jitco-name-change-notice dismissible notice-id=${uniqueId()}></jitco-name-change-notice></section>`);
    const el = page.querySelector('jitco-name-change-notice')!;
    const others = [...document.body.children].filter((child) => !child.contains(page));
    // The test page may hold other nodes; hide them so nothing precedes or follows the notice.
    const shown = others.map((other) => [other, (other as HTMLElement).style.display] as const);
    for (const [other] of shown) (other as HTMLElement).style.display = 'none';
    try {
      closeButton(el).focus();
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement?.localName, 'focused element').to.equal('section');
      expect(page.getAttribute('tabindex')).to.equal('-1');
      page.blur();
      expect(page.hasAttribute('tabindex')).to.be.false;
    } finally {
      for (const [other, display] of shown) (other as HTMLElement).style.display = display;
    }
  });

  it('leaves focus alone when it was not in the notice', async () => {
    const page = await fixture<HTMLElement>(html`<div><input id="field" /><jitco-name-change-notice dismissible notice-id=${uniqueId()}></jitco-name-change-notice><a href="#a">A</a></div>`);
    const field = page.querySelector('input')!;
    field.focus();
    closeButton(page.querySelector('jitco-name-change-notice')!).click();
    expect(document.activeElement?.id).to.equal('field');
  });
});

describe('<jitco-name-change-notice> bad input', () => {
  async function withBadData(data: unknown) {
    const errors = errorLog();
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice now="2024-01-01" @jitco-error=${errors.listener}
      data=${typeof data === 'string' ? data : json(data)}></jitco-name-change-notice>`);
    return { el, errors: errors.details };
  }
  const isDefault = (el: Element) => expect(sentence(el)).to.contain('On April 1, 2020, Japan International Training Cooperation Organization became');

  it('keeps the default content for an effectiveDate that is not a date', async () => {
    const { el, errors } = await withBadData({ ...custom, effectiveDate: 'soon' });
    isDefault(el);
    expect(one(el, 'time').getAttribute('datetime')).to.equal('2020-04-01');
    expect(errors).to.deep.equal([{ source: 'data', path: 'effectiveDate', message: '"soon" is not a day as YYYY-MM-DD' }]);
    expect(warnings.warnings).to.have.length(1);
    expect(warnings.warnings[0]).to.match(/^<jitco-name-change-notice> data at effectiveDate/);
  });

  it('refuses names that are not text', async () => {
    for (const [data, path] of [
      [{ ...custom, formerName: 42 }, 'formerName'],
      [{ ...custom, newName: ['a'] }, 'newName'],
      [{ ...custom, newName: { en: 1 } }, 'newName'],
      [{ ...custom, formerName: {} }, 'formerName'],
      [{ ...custom, abbreviation: true }, 'abbreviation'],
      [{ newName: 'Only this' }, 'formerName'],
    ] as const) {
      const { el, errors } = await withBadData(data);
      isDefault(el);
      expect(errors[0].path, json(data)).to.equal(path);
    }
  });

  it('drops an unsafe link with an error and still shows the notice', async () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', ' JavaScript:alert(1)']) {
      const { el, errors } = await withBadData({ ...custom, link: { href, label: 'Click' } });
      expect(all(el, 'a')).to.have.length(0);
      expect(sentence(el)).to.contain('Old Partner Name');
      expect(errors.map((e) => e.path)).to.deep.equal(['link.href']);
    }
  });

  it('keeps the default for invalid JSON and for content that is not an object', async () => {
    for (const data of ['{"formerName":', 'null', '"text"']) {
      const { el, errors } = await withBadData(data);
      isDefault(el);
      expect(errors).to.have.length(1);
    }
  });

  it('never interprets markup in content', async () => {
    const markup = '<img src=x onerror="window.pwned=true"><b>bold</b>';
    const { el, errors } = await withBadData({ ...custom, formerName: markup, message: markup, link: { href: '/x', label: markup } });
    await aTimeout(50);
    expect(errors).to.have.length(0);
    expect(sentence(el)).to.contain(markup);
    expect(all(el, 'img, b')).to.have.length(0);
    expect((window as unknown as { pwned?: boolean }).pwned).to.be.undefined;
  });

  it('reports a bad now and uses the real date', async () => {
    const errors = errorLog();
    const el = await fixture<JitcoNameChangeNotice>(html`<jitco-name-change-notice @jitco-error=${errors.listener} now="tomorrow"></jitco-name-change-notice>`);
    expect(textOf(heading(el))).to.equal('Notice of name change');
    expect(errors.details[0]).to.include({ source: 'attribute', path: 'now' });
  });
});
