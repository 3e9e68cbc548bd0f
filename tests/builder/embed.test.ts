import { expect } from '@open-wc/testing';
import {
  contentFile,
  elementCode,
  embedCode,
  loadBack,
  loaderTag,
  scriptJson,
  type Release,
} from '../../builder/embed.js';

/** This build's release, as the build writes it into the builder page. */
async function release(): Promise<Release> {
  const [pkg, integrity] = await Promise.all([
    fetch('/package.json').then((r) => r.json()),
    fetch('/dist/cdn/integrity.json').then((r) => r.json()),
  ]);
  return { name: pkg.name, version: pkg.version, integrity };
}

/** The document a browser makes of `html` (inert: no script runs). */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const HOSTILE = {
  heading: `Tom's "best" & <b>bold</b> </script><script>alert(1)</script> <!-- <script> -->`,
  events: [{ date: '1993', title: '</SCRIPT ><img src=x onerror=alert(2)>', description: 'It’s “quoted” &amp; \u2028' }],
};

describe('embed code (builder/embed.ts)', () => {
  it('writes content in a data attribute that the browser reads back exactly, on one line', () => {
    const code = elementCode('jitco-timeline', { lang: 'ja' }, HOSTILE, 'data');
    expect(code).not.to.include('\n');
    const element = parse(code).querySelector('jitco-timeline')!;
    expect(JSON.parse(element.getAttribute('data')!)).to.deep.equal(HOSTILE);
    expect(element.getAttribute('lang')).to.equal('ja');
    // Nothing in the content became an element.
    expect(parse(code).body.querySelectorAll('*')).to.have.length(1);
  });

  it('writes content in a JSON script that neither </script nor <!-- can end', () => {
    const code = elementCode('jitco-timeline', {}, HOSTILE, 'script');
    const doc = parse(code);
    const scripts = doc.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(doc.body.querySelectorAll('*')).to.have.length(2);
    expect(JSON.parse(scripts[0].textContent!)).to.deep.equal(HOSTILE);
    expect(scriptJson('</script><!--')).to.equal('"\\u003c/script>\\u003c!--"');
  });

  it('escapes quotes in every attribute and writes booleans bare', () => {
    const code = elementCode('jitco-name-change-notice', { 'notice-id': `a"b'c&d`, dismissible: true, collapsed: false, lang: '' }, {}, 'src', 'x".json');
    const element = parse(code).querySelector('jitco-name-change-notice')!;
    expect(element.getAttribute('notice-id')).to.equal(`a"b'c&d`);
    expect(element.getAttribute('src')).to.equal('x".json');
    expect(element.hasAttribute('dismissible')).to.equal(true);
    expect(element.hasAttribute('collapsed')).to.equal(false);
    expect(element.hasAttribute('lang')).to.equal(false);
    expect(element.hasAttribute('data')).to.equal(false);
  });

  it('starts with the README’s CDN tag of this version, integrity and crossorigin included', async () => {
    const r = await release();
    const code = embedCode(r, 'module', 'jitco-greeting', {}, {}, 'data');
    const script = parse(code).querySelector('script')!;
    expect(script.getAttribute('src')).to.equal(`https://cdn.jsdelivr.net/npm/${r.name}@${r.version}/dist/cdn/jitco-elements.js`);
    expect(script.getAttribute('integrity')).to.equal(r.integrity['jitco-elements.js']);
    expect(script.getAttribute('integrity')).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(script.type).to.equal('module');
    // The same text partners copy from the README (scripts/sync-integrity.mjs writes both).
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.include(loaderTag(r));
  });

  it('starts with the classic script of this version when asked, deferred, as the README has it', async () => {
    const r = await release();
    const script = parse(embedCode(r, 'classic', 'jitco-greeting', {}, {}, 'data')).querySelector('script')!;
    expect(script.getAttribute('src')).to.equal(`https://cdn.jsdelivr.net/npm/${r.name}@${r.version}/dist/cdn/jitco-elements.classic.js`);
    expect(script.getAttribute('integrity')).to.equal(r.integrity['jitco-elements.classic.js']);
    expect(script.getAttribute('integrity')).not.to.equal(r.integrity['jitco-elements.js']);
    expect([script.hasAttribute('type'), script.defer, script.getAttribute('crossorigin')]).to.deep.equal([false, true, 'anonymous']);
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.include(loaderTag(r, 'classic'));
  });

  it('writes a content file for src that names its published schema', async () => {
    const r = await release();
    const file = JSON.parse(contentFile(r, 'jitco-timeline', { events: [] }));
    expect(file).to.deep.equal({
      $schema: `https://cdn.jsdelivr.net/npm/${r.name}@${r.version}/dist/schemas/timeline.schema.json`,
      events: [],
    });
    // The published schema exists under that name in this build.
    expect((await fetch('/dist/schemas/timeline.schema.json')).ok).to.equal(true);
  });
});

describe('load back (builder/embed.ts)', () => {
  it('reads an embed code back: element, attributes and content, from data or a script', () => {
    for (const form of ['data', 'script'] as const) {
      const code = `<script type="module" src="x.js"></script>\n${elementCode(
        'jitco-timeline',
        { lang: 'ja-JP-u-ca-japanese', order: 'desc', 'heading-level': '3' },
        HOSTILE,
        form,
      )}`;
      expect(loadBack(code)).to.deep.equal({
        tag: 'jitco-timeline',
        attributes: { lang: 'ja-JP-u-ca-japanese', 'heading-level': '3', order: 'desc' },
        content: HOSTILE,
        form,
      });
    }
  });

  it('says which of our scripts a pasted code loads, if any', () => {
    const tag = '<jitco-greeting collapsed></jitco-greeting>';
    const cdn = 'https://cdn.jsdelivr.net/npm/jitco-elements@0.1.0/dist/cdn/';
    expect(loadBack(`<script defer src="${cdn}jitco-elements.classic.js"></script>${tag}`).loader).to.equal('classic');
    expect(loadBack(`<script type="module" src="${cdn}jitco-elements.js"></script>${tag}`).loader).to.equal('module');
    expect(loadBack(`<script src="https://example.com/other.js"></script>${tag}`)).not.to.have.property('loader');
  });

  it('reads a tag with src, and one without content', () => {
    expect(loadBack('<jitco-greeting src="g.json" collapsed></jitco-greeting>')).to.deep.equal({
      tag: 'jitco-greeting',
      attributes: { collapsed: '' },
      form: 'src',
      src: 'g.json',
    });
    expect(loadBack('<jitco-name-change-notice dismissible>')).to.deep.equal({
      tag: 'jitco-name-change-notice',
      attributes: { dismissible: '' },
    });
  });

  it('reads a JSON document, its element from its $schema, which it leaves out', () => {
    const loaded = loadBack(JSON.stringify({ $schema: 'https://x/dist/schemas/name-change-notice.schema.json', newName: 'N' }));
    expect(loaded).to.deep.equal({ tag: 'jitco-name-change-notice', attributes: {}, content: { newName: 'N' } });
    expect(loadBack('{"heading": "H"}')).to.deep.equal({ tag: undefined, attributes: {}, content: { heading: 'H' } });
  });

  it('says what is wrong with a paste it cannot load, and runs nothing', async () => {
    const message = (text: string) => {
      try {
        loadBack(text);
      } catch (error) {
        return (error as Error).message;
      }
      return 'loaded';
    };
    expect(message('<div data="{}"></div>')).to.equal(
      '<div> is not one of ours: paste a tag <jitco-greeting>, <jitco-timeline>, <jitco-name-change-notice>, or a JSON document.',
    );
    expect(message('<script src="x.js"></script>')).to.match(/^No element found/);
    expect(message('   ')).to.equal('Paste an embed code or a JSON document first.');
    expect(message('{"heading": ')).to.match(/^invalid JSON: /);
    expect(message(`<jitco-timeline data='{"events": ['></jitco-timeline>`)).to.match(/^invalid JSON: /);
    (window as unknown as { pwned?: boolean }).pwned = false;
    message('<img src=x onerror="window.pwned = true"><jitco-greeting></jitco-greeting><script>window.pwned = true</script>');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });
});
