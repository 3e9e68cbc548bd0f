import { expect } from '@open-wc/testing';
import { array, boolean, literal, number, object, string, text, union, validate } from '../../src/core/schema.js';

const item = object({ date: string('iso-date'), title: text(), count: number(), flag: boolean(), unit: literal('percent') }, ['count', 'flag', 'unit']);
const content = object(
  {
    heading: text(),
    items: array(item),
    link: object({ href: string('url'), label: text() }),
    when: union(string('iso-date'), object({ from: string('iso-date'), to: string('iso-date'), label: text() })),
  },
  ['link', 'when'],
  ['link'],
);

describe('validate', () => {
  it('returns valid content and ignores unknown fields', () => {
    const result = validate(content, { heading: { en: 'Hi', ja: 'やあ' }, items: [{ date: '1993', title: 'A', extra: 1 }], other: true });
    expect(result.issues).to.deep.equal([]);
    expect(result.value).to.deep.equal({ heading: { en: 'Hi', ja: 'やあ' }, items: [{ date: '1993', title: 'A' }] });
  });

  it('names the path of a wrong type and rejects the whole object', () => {
    const result = validate(content, { heading: 42, items: [] });
    expect(result.value).to.equal(undefined);
    expect(result.issues).to.deep.equal([{ path: 'heading', message: 'expected text, got number' }]);
  });

  it('rejects null, arrays and strings at the root', () => {
    for (const value of [null, [], 'x', 3]) {
      const result = validate(content, value);
      expect(result.value).to.equal(undefined);
      expect(result.issues[0].path).to.equal('(root)');
    }
  });

  it('reports a missing required field', () => {
    expect(validate(content, { heading: 'x' }).issues).to.deep.equal([{ path: 'items', message: 'is required' }]);
  });

  it('leaves out a bad list item, keeps the rest and names the item', () => {
    const result = validate(content, {
      heading: 'x',
      items: [{ date: '1993', title: 'ok' }, { date: '2019-13-40', title: 'bad' }, { date: '2010', title: 7 }, { date: '2017', title: 'ok too', unit: 'percent' }],
    });
    expect(result.value?.items.map((i) => i.title)).to.deep.equal(['ok', 'ok too']);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['items[1].date', 'items[2].title']);
  });

  it('drops a droppable optional field that is unsafe, keeping the object', () => {
    const result = validate(content, { heading: 'x', items: [], link: { href: 'javascript:alert(1)', label: 'x' } });
    expect(result.value).to.deep.equal({ heading: 'x', items: [] });
    expect(result.issues[0].path).to.equal('link.href');
  });

  it('checks localized text entry by entry', () => {
    expect(validate(text(), { en: 'a', ja: 5 }).issues[0].message).to.contain('"ja"');
    expect(validate(text(), {}).value).to.equal(undefined);
    expect(validate(text(), ['a']).value).to.equal(undefined);
  });

  it('refuses non-finite numbers and wrong literals', () => {
    expect(validate(number(), NaN).value).to.equal(undefined);
    expect(validate(number(), '3').value).to.equal(undefined);
    expect(validate(literal('percent'), 'percentage').value).to.equal(undefined);
  });

  it('matches union options and reports the option of the same shape', () => {
    const schema = object({ when: union(string('iso-date'), object({ from: string('iso-date'), to: string('iso-date'), label: text() })) });
    expect(validate(schema, { when: '1993' }).value).to.deep.equal({ when: '1993' });
    expect(validate(schema, { when: { from: '1965', to: '1969', label: 'Late 1960s' } }).issues).to.deep.equal([]);
    expect(validate(schema, { when: { from: '1965', to: 'later', label: 'x' } }).issues).to.deep.equal([
      { path: 'when.to', message: '"later" is not a date as YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
    expect(validate(schema, { when: 'soon' }).issues[0].path).to.equal('when');
  });
});
