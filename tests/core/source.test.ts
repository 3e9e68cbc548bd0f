/** The content-source rule of the contract: data › child JSON script › src › default. */
import { expect } from '@open-wc/testing';
import { contentSource } from '../../src/core/source.js';

describe('contentSource', () => {
  it('takes data first, over a script and src', () => {
    expect(contentSource({ data: '{"a":1}', script: '{}', src: 'a.json' })).to.equal('data');
    expect(contentSource({ data: { heading: 'x' }, script: null, src: '' })).to.equal('data');
  });

  it('counts unset, null and empty data as no data', () => {
    for (const data of [undefined, null, '']) expect(contentSource({ data, script: '{}' }), String(data)).to.equal('script');
  });

  it('takes a script over src, even an empty script (which then reports bad JSON)', () => {
    expect(contentSource({ script: '{}', src: 'a.json' })).to.equal('script');
    expect(contentSource({ script: '', src: 'a.json' })).to.equal('script');
  });

  it('takes src without data or script, and the default without any source', () => {
    expect(contentSource({ script: null, src: 'a.json' })).to.equal('src');
    expect(contentSource({ src: '' })).to.equal('default');
    expect(contentSource({})).to.equal('default');
    expect(contentSource({ data: 0 as unknown })).to.equal('data');
  });
});
