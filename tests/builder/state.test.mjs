// The builder's pure modules in Node (builder/state.ts, persist.ts, translations.ts,
// preview-content.ts): each user action is a function from work to new work.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadTs } from './load-ts.mjs';

let S, P, T, V, R;
before(async () => {
  [S, P, T, V, R] = await loadTs(['builder/state.ts', 'builder/persist.ts', 'builder/translations.ts', 'builder/preview-content.ts', 'src/elements.ts']);
});

/** A value of `info` that is not its default (what a person would pick to change it). */
function otherValue(info) {
  if (info.type === 'boolean') return true;
  if (info.values) return String(info.values.find((v) => v !== info.default));
  if (info.type === 'date') return '2030-01-02';
  return `it's "ours" & <more>`;
}

describe('builder state: the attributes come from the registry', () => {
  it('has a control for every attribute of every element but the content sources and lang, group-by included', () => {
    for (const element of R.ELEMENTS) {
      const names = S.attributeControls(element.tag).map((a) => a.name);
      const expected = R.attributesOf(element).map((a) => a.name).filter((n) => !['data', 'src', 'lang'].includes(n));
      assert.deepEqual(names, expected, element.tag);
    }
    assert.ok(S.attributeControls('jitco-timeline').some((a) => a.name === 'group-by'));
  });

  it('writes each attribute into the code only when it is not the default, and reads it back from a pasted code', () => {
    for (const element of R.ELEMENTS) {
      for (const info of S.attributeControls(element.tag)) {
        const start = S.setTag(S.initialWork(), element.tag);
        const untouched = S.embedAttributes(start)[info.name];
        assert.ok(untouched === undefined || untouched === false, `${element.tag} ${info.name}: left out by default`);
        const work = S.setAttribute(start, info.name, otherValue(info));
        const written = S.previewAttributes(work)[info.name];
        assert.equal(written, otherValue(info), `${element.tag} ${info.name}: written`);
        // The pasted code's attributes, as the loader reads them (strings; '' for a bare attribute).
        const attributes = Object.fromEntries(
          Object.entries(S.previewAttributes(work))
            .filter(([, v]) => v !== undefined && v !== false && v !== '')
            .map(([k, v]) => [k, v === true ? '' : v]),
        );
        const { work: loaded } = S.loadPasted(S.initialWork(), { tag: element.tag, attributes });
        assert.deepEqual(S.previewAttributes(loaded), S.previewAttributes(work), `${element.tag} ${info.name}: read back`);
      }
    }
  });

  it('leaves out values the element would not take, and says why for dates', () => {
    let work = S.setAttribute(S.setTag(S.initialWork(), 'jitco-name-change-notice'), 'hide-after', '2030-13-01');
    work = S.setAttribute(work, 'heading-level', '9');
    assert.equal(S.embedAttributes(work)['hide-after'], undefined);
    assert.equal(S.embedAttributes(work)['heading-level'], undefined);
    const info = S.attributeControls('jitco-name-change-notice').find((a) => a.name === 'hide-after');
    assert.equal(S.attributeProblem(work, info), '“2030-13-01” is not YYYY, YYYY-MM or YYYY-MM-DD; the embed code leaves hide-after out.');
    assert.equal(S.embedAttributes(S.set(work, 'lang', 'other')).lang, '');
    assert.equal(S.embedAttributes({ ...work, lang: 'other', langOther: 'ja-JP-u-ca-japanese' }).lang, 'ja-JP-u-ca-japanese');
  });
});

describe('builder state: actions', () => {
  it('never changes the work it is given', () => {
    const work = Object.freeze(S.initialWork());
    S.setTag(work, 'jitco-greeting');
    S.change(work, ['heading'], 'x');
    S.typeJson(work, '{');
    S.applyRows(work, [{ date: '1993', title: 'x' }]);
    assert.deepEqual(work, S.initialWork());
  });

  it('keeps each element’s content while switching, and ignores a tag that is not ours', () => {
    let work = S.setTag(S.initialWork(), 'jitco-greeting');
    work = S.change(work, ['heading'], 'Willkommen');
    work = S.setTag(S.setTag(work, 'jitco-timeline'), 'jitco-greeting');
    assert.equal(S.draftOf(work).heading, 'Willkommen');
    assert.equal(S.setTag(work, 'jitco-evil'), work);
  });

  it('makes content without problems the good content; with problems, the good content stays', () => {
    const start = S.initialWork();
    const bad = S.change(start, ['events', 0, 'date'], '2019-13-40');
    assert.equal(S.draftOf(bad).events[0].date, '2019-13-40');
    assert.equal(S.goodOf(bad), S.goodOf(start));
    assert.deepEqual([...S.issuesOf(bad).keys()], ['events[0].date']);
    const fixed = S.change(bad, ['events', 0, 'date'], '2019-12-31');
    assert.equal(S.goodOf(fixed).events[0].date, '2019-12-31');
    assert.equal(S.issuesOf(fixed).size, 0);
  });

  it('keeps Content JSON as typed until it is JSON, and drops it on request', () => {
    const typed = S.typeJson(S.initialWork(), '{"events": [');
    assert.equal(S.jsonText(typed).text, '{"events": [');
    assert.match(S.jsonText(typed).error, /JSON/);
    assert.equal(S.draftOf(typed), S.draftOf(S.initialWork()));
    const json = S.typeJson(typed, '{"events": []}');
    assert.deepEqual(S.goodOf(json), { events: [] });
    assert.equal(S.jsonText(S.discardJson(typed)).text, undefined);
    // An edit in the form: the JSON field follows the form again.
    assert.equal(S.jsonText(S.change(typed, ['heading'], 'H')).text, undefined);
  });

  it('puts spreadsheet events in place of the events, or after them', () => {
    const rows = [{ date: '2020', title: 'New' }];
    assert.deepEqual(S.draftOf(S.applyRows(S.initialWork(), rows)).events, rows);
    const append = S.applyRows(S.set(S.initialWork(), 'rowsMode', 'append'), rows);
    const events = S.draftOf(append).events;
    assert.equal(events.length, S.draftOf(S.initialWork()).events.length + 1);
    assert.deepEqual(events.at(-1), rows[0]);
    const start = S.initialWork();
    assert.equal(S.applyRows(start, []), start);
  });

  it('loads a pasted code: element, language, attributes, content, and says what it did', () => {
    const { work, status } = S.loadPasted(S.initialWork(), {
      tag: 'jitco-greeting',
      attributes: { lang: 'ja-JP-u-ca-japanese', collapsed: '' },
      content: { heading: 'H', paragraphs: [], signature: { organization: 'o', role: 'r', name: 'n' } },
      form: 'script',
    });
    assert.equal(work.tag, 'jitco-greeting');
    assert.deepEqual([work.lang, work.langOther], ['other', 'ja-JP-u-ca-japanese']);
    assert.equal(S.embedAttributes(work).collapsed, true);
    assert.equal(work.form, 'script');
    assert.deepEqual(status, { text: 'Loaded <jitco-greeting> with its content.', kind: 'ok' });
    const bad = S.loadPasted(S.initialWork(), { tag: 'jitco-timeline', attributes: {}, content: { events: [{ date: 'x', title: 'y' }] } });
    assert.equal(bad.status.text, 'Loaded <jitco-timeline> with its content. 1 problem is shown at the fields.');
    const none = S.loadPasted(S.initialWork(), { tag: 'jitco-timeline', attributes: {} });
    assert.equal(none.status.text, 'Loaded <jitco-timeline> without content: it shows the built-in default.');
  });
});

describe('builder state: the work kept across a reload', () => {
  const store = () => {
    const items = new Map();
    return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
  };

  it('restores what was saved, and only values of the right kind', () => {
    const storage = store();
    const work = S.setAttribute(S.change(S.setTag(S.initialWork(), 'jitco-greeting'), ['heading'], 'Hallo'), 'collapsed', true);
    assert.equal(P.save(storage, work), true);
    assert.deepEqual(P.restore(storage), JSON.parse(JSON.stringify(work)));
    storage.setItem(P.STORAGE_KEY, JSON.stringify({ tag: 'jitco-evil', attributes: { onclick: 'x', order: 5, 'group-by': 'year' }, width: 'wide', drafts: [] }));
    const odd = P.restore(storage);
    assert.equal(odd.tag, 'jitco-timeline');
    assert.deepEqual(odd.attributes, { 'group-by': 'year' });
    assert.equal(odd.width, 'desktop');
    assert.deepEqual(odd.drafts, {});
    storage.setItem(P.STORAGE_KEY, '{not json');
    assert.deepEqual(P.restore(storage), S.initialWork());
  });

  it('says when storage refuses the work', () => {
    assert.equal(P.save({ setItem: () => { throw new Error('full'); } }, S.initialWork()), false);
    assert.deepEqual(P.restore({ getItem: () => { throw new Error('denied'); } }), S.initialWork());
  });
});

describe('builder state: translations', () => {
  it('adds a row in the element’s language and keeps the text’s own language', () => {
    assert.deepEqual(T.addTranslation('Program founded', { plainLanguage: 'en', wanted: 'ja' }), { en: 'Program founded', ja: '' });
    // No language chosen, or the chosen one there already: the first interface language missing.
    assert.deepEqual(T.addTranslation('Program founded', { plainLanguage: 'en' }), { en: 'Program founded', ja: '' });
    assert.deepEqual(T.addTranslation({ en: 'a', ja: 'b' }, { plainLanguage: 'en', wanted: 'ja' }), { en: 'a', ja: 'b', vi: '' });
    assert.deepEqual(T.addTranslation({ en: 'a' }, { plainLanguage: 'en', wanted: 'vi' }), { en: 'a', vi: '' });
  });

  it('renames a row in place, refusing a tag that is there or is not BCP 47', () => {
    const value = { en: 'a', ja: 'b', vi: '' };
    assert.equal(T.renameProblem(value, 2, 'EN'), 'EN is there already');
    assert.equal(T.renameProblem(value, 2, 'not a tag'), '“not a tag” is not a language tag (BCP 47, e.g. ja or zh-Hans)');
    assert.equal(T.renameProblem(value, 2, 'id'), undefined);
    assert.equal(T.renameProblem(value, 1, 'ja'), undefined);
    assert.deepEqual(Object.entries(T.renameTranslation(value, 0, ' en-GB ')), [['en-GB', 'a'], ['ja', 'b'], ['vi', '']]);
    assert.deepEqual(T.removeTranslation(value, 1), { en: 'a', vi: '' });
    assert.equal(T.removeTranslation({ en: 'a' }, 0), undefined);
  });
});

describe('builder state: the preview', () => {
  it('reads relative URLs against the page address, leaving absolute ones and the code alone', () => {
    const greeting = R.ELEMENTS.find((e) => e.tag === 'jitco-greeting');
    const content = { ...greeting.defaults, photo: { src: 'president.png', alt: 'The president' } };
    const page = 'https://partner.example/about/greeting.html';
    assert.equal(V.resolveUrls(greeting.schema, content, page).photo.src, 'https://partner.example/about/president.png');
    assert.equal(content.photo.src, 'president.png');
    assert.equal(V.resolveUrls(greeting.schema, content, ''), content);
    assert.equal(V.resolveUrls(greeting.schema, content, 'partner.example'), content);
    const absolute = { ...content, photo: { src: 'https://cdn.example/p.png', alt: 'x' } };
    assert.equal(V.resolveUrls(greeting.schema, absolute, page).photo.src, 'https://cdn.example/p.png');
    const timeline = R.ELEMENTS.find((e) => e.tag === 'jitco-timeline');
    const events = { events: [{ date: '1993', title: 't', link: { href: '../history/', label: 'History' } }] };
    assert.equal(V.resolveUrls(timeline.schema, events, page).events[0].link.href, 'https://partner.example/history/');
    assert.equal(V.pageProblem({ page: 'partner.example' }), '“partner.example” is not an http: or https: address; the preview reads relative addresses from this builder’s page.');
    assert.equal(V.pageProblem({ page: page }), undefined);
  });

  it('shows the first 200 events of a long list', () => {
    const long = { events: Array.from({ length: 250 }, (_, i) => ({ date: '2000', title: `E${i}` })) };
    assert.equal(V.previewContent(long).events.length, V.PREVIEW_EVENTS);
    const short = { events: [] };
    assert.equal(V.previewContent(short), short);
  });
});
