/**
 * Property tests: arbitrary strings in every attribute an element observes (but `data`, fuzzed in
 * content.test.ts, and `src`, which fetches), a few at a time, set before and after the first
 * render. The element never throws, reports a bad `heading-level` or `now` (and only those it
 * knows to be bad) with `jitco-error`, and keeps showing its content under a heading.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { JitcoErrorDetail } from '../../src/core/errors.js';
import { elements, mount, shadowText, type JitcoElementLike } from '../elements.js';
import { captureWarnings } from '../helpers.js';
import { hostileString, isIsoDateModel } from './model.js';

const RUNS = 150;

/** Values worth trying in any attribute, besides random text. */
const interesting = fc.constantFrom(
  '', '0', '1', '2', '6', '7', '-1', '2.5', ' 3 ', '1e0', 'NaN', 'Infinity', 'true', 'false',
  '2020-04-01', '2019-02-29', '1993', '9999-12-31', '0000', 'today',
  'ja', 'ja-JP-u-ca-japanese', 'zh-Hans', 'en-US-x-twain', 'i-klingon', 'x', '--', 'ja_JP', 'und',
  'asc', 'desc', 'ASC', 'notice-1',
);
const attributeValue = fc.oneof(interesting, hostileString);

/** Which values the common attributes must reject with a jitco-error (source "attribute"). */
const rejects: Record<string, (value: string) => boolean> = {
  // Lit's Number converter: `heading-level` must read as an integer from 1 to 6.
  'heading-level': (value) => {
    const level = Number(value);
    return !(Number.isInteger(level) && level >= 1 && level <= 6);
  },
  // The model's own reading of the contract's date rule (tests/fuzz/model.ts), not the element's.
  now: (value) => value !== '' && !isIsoDateModel(value),
};

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

for (const under of elements) {
  const settings = fc.dictionary(fc.constantFrom(...under.attributes), attributeValue, { minKeys: 1, maxKeys: 3 });

  describe(`<${under.tag}> fuzzed attributes`, function () {
    this.timeout(120_000);

    it(`any value of ${under.attributes.join(', ')}: no throw, bad ones reported, content still shown`, async () => {
      await fc.assert(
        fc.asyncProperty(settings, fc.boolean(), async (attributes, afterFirstRender) => {
          container.replaceChildren();
          const errors: JitcoErrorDetail[] = [];
          const warnings = captureWarnings();
          let element: JitcoElementLike;
          try {
            element = await mount(under.tag, container, (element) => {
              element.addEventListener('jitco-error', (event) => errors.push(event.detail));
              if (!afterFirstRender) for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
            });
            if (afterFirstRender) {
              errors.length = 0;
              for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
              await element.updateComplete;
            }
          } finally {
            warnings.restore();
          }
          for (const error of errors) {
            expect(error.source).to.equal('attribute');
            expect(Object.keys(attributes)).to.include(error.path);
          }
          for (const [name, bad] of Object.entries(rejects)) {
            if (!(name in attributes)) continue;
            const reported = errors.some((error) => error.path === name);
            expect(reported, `${name}="${attributes[name]}" reported`).to.equal(bad(attributes[name]));
          }
          expect(warnings.warnings).to.have.length(errors.length);
          // Still the element's content (an element may choose to show nothing, e.g. a notice past
          // its `hide-after` date; then nothing at all).
          const heading = element.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6');
          if ('hide-after' in attributes && !heading) expect(shadowText(element)).to.equal('');
          else expect(heading?.textContent?.trim(), 'a heading with text').not.to.be.oneOf([undefined, '']);
          const given = attributes['heading-level'] ?? '2';
          const level = rejects['heading-level'](given) ? 2 : Number(given);
          if (heading) expect(heading.localName).to.equal(`h${level}`);
          // Removing them again is never an error: each attribute falls back to its default.
          const reportedBefore = errors.length;
          for (const name of Object.keys(attributes)) element.removeAttribute(name);
          await element.updateComplete;
          expect(errors.slice(reportedBefore), 'errors after removing the attributes').to.deep.equal([]);
          expect(element.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')?.localName).to.equal('h2');
        }),
        { numRuns: RUNS, includeErrorInReport: true },
      );
    });
  });
}
