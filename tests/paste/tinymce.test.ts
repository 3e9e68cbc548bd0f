// The TinyMCE destination with the real TinyMCE 8 (the npm package, its default schema plus the
// builder's once-per-site options): the builder's code set and pasted, saved, opened and saved
// again, then shown on a page with the script, as the builder's own code shows it.
import { expect } from '@open-wc/testing';
import { TINYMCE_OPTIONS } from '../../builder/destinations.js';
import { CASES, expectSurvives, recipeFor } from './paste-helpers.js';

interface Editor {
  setContent(html: string): void;
  getContent(): string;
  getBody(): HTMLElement;
  remove(): void;
}
declare const tinymce: { init(options: object): Promise<Editor[]> };

before(async () => {
  if ('tinymce' in window) return;
  const script = Object.assign(document.createElement('script'), { src: '/node_modules/tinymce/tinymce.min.js' });
  const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
  document.head.append(script);
  await loaded;
});

let count = 0;
/** Opens an editor (a textarea, as a CMS has), with the given extra options. */
async function open(options: object): Promise<Editor> {
  const textarea = Object.assign(document.createElement('textarea'), { id: `tinymce-${++count}` });
  document.body.append(textarea);
  const [editor] = await tinymce.init({
    target: textarea,
    license_key: 'gpl',
    base_url: '/node_modules/tinymce',
    suffix: '.min',
    skin: false,
    content_css: false,
    menubar: false,
    plugins: [],
    ...options,
  });
  return editor;
}
const close = (editor: Editor) => {
  const target = document.getElementById(`tinymce-${count}`);
  editor.remove();
  target?.remove();
};

/** Open, set the code, save; open again with the saved text, save again. */
async function twiceRound(code: string, options: object, enter: (editor: Editor, html: string) => void | Promise<void>) {
  let html = code;
  for (let round = 0; round < 2; round++) {
    const editor = await open(options);
    await enter(editor, html);
    html = editor.getContent();
    close(editor);
  }
  return html;
}

/** A paste as the browser delivers it: a `paste` event with text/html on the editable body. */
function paste(editor: Editor, html: string) {
  editor.setContent('');
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', html);
  editor.getBody().dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

describe('pasting into TinyMCE 8', function () {
  this.timeout(30_000);
  for (const c of CASES) {
    it(`keeps <${c.tag}> and its data with the builder's options (setContent, twice round)`, async () => {
      const { code } = await recipeFor('tinymce', c);
      await expectSurvives('TinyMCE setContent', await twiceRound(code, TINYMCE_OPTIONS, (e, html) => e.setContent(html)), c);
    });
  }

  it('keeps the element pasted into the editor (a paste event), then saved and opened again', async function () {
    // Firefox ESR gives the editor nothing from a synthetic paste event's clipboardData (measured:
    // no element in the output, with or without the setting); set-and-get covers Firefox above.
    if (navigator.userAgent.includes('Firefox/')) this.skip();
    const c = CASES[0];
    const { code } = await recipeFor('tinymce', c);
    let first = true;
    const out = await twiceRound(code, TINYMCE_OPTIONS, (e, html) => (first ? ((first = false), paste(e, html)) : e.setContent(html)));
    await expectSurvives('TinyMCE paste', out, c);
  });

  it('with its defaults, removes the element (why the setting is needed)', async () => {
    const { code } = await recipeFor('tinymce', CASES[0]);
    const out = await twiceRound(code, {}, (e, html) => e.setContent(html));
    expect(out).not.to.include('jitco-greeting');
  });

  it('removes a script tag an editor user adds, even with the options: the builder puts the script in the template', async () => {
    const recipe = await recipeFor('page', CASES[0]);
    const out = await twiceRound(recipe.code, TINYMCE_OPTIONS, (e, html) => e.setContent(html));
    expect(out).not.to.include('<script');
  });
});
