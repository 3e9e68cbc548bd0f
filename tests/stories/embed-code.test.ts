import { expect } from '@open-wc/testing';
import { attribute, embedCode } from '../../stories/embed-code.js';

/** The attributes a browser reads from `markup`'s first element. */
function parse(markup: string): Record<string, string> {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const element = template.content.firstElementChild!;
  return Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
}

describe('embed code (the HTML a story shows partners)', () => {
  it('reads back JSON data with quotes, apostrophes, ampersands and markup exactly', () => {
    const data = { heading: `Tom's "best" <b>&amp;</b> & more`, paragraphs: ['It’s “quoted”'] };
    const read = parse(embedCode('jitco-greeting', { lang: 'ja', data }));
    expect(JSON.parse(read.data)).to.deep.equal(data);
    expect(read.lang).to.equal('ja');
  });

  it('reads back raw text that holds both kinds of quote', () => {
    const text = `{"a": 'b' & "c"`;
    expect(parse(`<x-y${attribute('data', text)}></x-y>`).data).to.equal(text);
  });

  it('writes true as a bare attribute and leaves out false, empty and missing values', () => {
    expect(embedCode('jitco-greeting', { collapsed: true, src: '', now: undefined, dismissible: false })).to.equal(
      '<jitco-greeting collapsed></jitco-greeting>',
    );
  });

  it('puts JSON in single quotes, one attribute a line, so it reads as JSON', () => {
    const code = embedCode('jitco-greeting', { 'heading-level': 3, data: { heading: 'Hi' } });
    expect(code).to.equal(`<jitco-greeting\n  heading-level="3"\n  data='{\n    "heading": "Hi"\n  }'\n></jitco-greeting>`);
  });
});
