// What every shipped locale shows for the default content: the notice's heading and sentence and
// the timeline's dates, exactly. Run with the browser's locale data (default-content.test.ts) and
// without it (default-content-no-intl.test.ts).
import { expect, fixture } from '@open-wc/testing';
import '../../src/name-change-notice/define.js';
import '../../src/timeline/define.js';
import { all, one, textOf } from '../helpers.js';
import { expected, intlOnly, NAMES, NEW } from './expected.js';

export function describeDefaultContent(intlData: boolean): void {
  for (const [lang, { heading, sentence, dates }] of Object.entries(expected)) {
    // Without the browser's data, a language without its own date pattern cannot write a date:
    // its sentence is English, with an English date (one language per sentence).
    const english = !intlData && intlOnly.includes(lang);
    describe(lang, () => {
      it(english ? 'says the change in English, with an English date' : 'says the change in the locale, with a date in the locale', async () => {
        const el = await fixture<HTMLElement>(`<jitco-name-change-notice lang="${lang}" now="2021-01-01"></jitco-name-change-notice>`);
        expect(textOf(one(el, '[part="heading"]'))).to.equal(heading);
        const text = one(el, '[part="text"]');
        expect(textOf(text)).to.equal(english ? expected.en.sentence : sentence);
        expect(text.getAttribute('lang')).to.equal(english ? 'en' : null);
        // The date is in the sentence's language; only English names in another sentence are marked.
        expect(one(el, 'time').hasAttribute('lang')).to.be.false;
        const marked = [...text.querySelectorAll('[lang]')].map((node) => `${node.textContent} ${node.getAttribute('lang')}`);
        // (JITCO, the abbreviation of the English name, stays marked English in Japanese too.)
        const englishNames = lang === 'en' || english ? [] : lang === 'ja' ? ['JITCO en'] : [`${NAMES} en`, `${NEW} en`, 'JITCO en'];
        expect(marked).to.deep.equal(englishNames);
      });

      it('dates the timeline in the locale, marked where it cannot be', async () => {
        const el = await fixture<HTMLElement>(`<jitco-timeline lang="${lang}" now="2021-01-01"></jitco-timeline>`);
        const times = all(el, 'time');
        expect(times.map(textOf)).to.deep.equal(english ? expected.en.dates : dates);
        // The period label is content (English on every page but ja); formatted dates are in
        // the page's language, or marked with the one they are really in.
        const formatted = times.slice(1).map((time) => time.getAttribute('lang'));
        expect(formatted).to.deep.equal(times.slice(1).map(() => (english ? 'en-US' : null)));
      });
    });
  }
}
