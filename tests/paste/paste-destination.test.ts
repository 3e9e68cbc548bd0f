// <jitco-paste-destination>, the builder's "Where will you paste it?" view, as a person uses it:
// a labelled radio group, the keyboard, what it says for each destination; and in the builder,
// the embed code that follows the choice.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { recipes, type Destination } from '../../builder/destinations.js';
import '../../builder/views/paste-destination.js';
import type { JitcoPasteDestination } from '../../builder/views/paste-destination.js';
import { mountBuilder } from '../../builder/app.js';
import { CASES, release } from './paste-helpers.js';
import { until } from '../helpers.js';

async function view() {
  const r = recipes({ release: await release(), loader: 'module', tag: CASES[0].tag, attributes: CASES[0].attributes, content: CASES[0].content });
  const el = await fixture<JitcoPasteDestination>(html`<jitco-paste-destination .recipes=${r}></jitco-paste-destination>`);
  // The host's part: take the change (as <jitco-builder>, builder/views/code.ts, does).
  el.addEventListener('jitco-destination-change', (e) => Object.assign(el, e.detail));
  return el;
}

const radios = (el: Element) => [...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

describe('<jitco-paste-destination>', () => {
  it('is a radio group named "Where will you paste it?" with the five destinations, axe-clean', async () => {
    const el = await view();
    const fieldset = el.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Where will you paste it?');
    expect(radios(el).map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal([
      'A plain HTML page or a theme template',
      'WordPress (with the jitco-elements plugin: any role)',
      'A TinyMCE editor (Joomla and many CMSs)',
      'A CKEditor 5 editor (Drupal 10/11 and others)',
      'A site that cleans HTML with DOMPurify or sanitize-html',
    ]);
    expect(radios(el)[0].checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('moves with the arrow keys, and says what the site needs and what an editor user cannot do', async () => {
    const el = await view();
    const changes: Destination[] = [];
    el.addEventListener('jitco-destination-change', (e) => changes.push(e.detail.destination));
    radios(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(changes).to.deep.equal(['wordpress', 'tinymce']);
    expect(radios(el)[2].checked).to.equal(true);
    expect(document.activeElement).to.equal(radios(el)[2]);
    const setting = el.querySelector<HTMLTextAreaElement>('#destination-setting')!;
    expect(el.querySelector(`label[for="destination-setting"]`)!.textContent).to.equal('Once per site, for the site’s developer');
    expect(setting.value).to.include('extended_valid_elements');
    expect(el.querySelector('#destination-script')!.textContent).to.match(/in the site's page template \(not in the editor\): <script type="module"/);
    expect(el.querySelector('#destination-cannot')!.textContent).to.include('Add a <script>');
    await expect(el).to.be.accessible();
  });

  it('offers the prerendered code for a plain page only, saying what it resolves now', async () => {
    const el = await view();
    const box = el.querySelector<HTMLInputElement>('#prerendered')!;
    expect(box.closest('label')!.textContent).to.include('Prerendered code');
    expect(el.querySelector('#prerendered-help')!.textContent!.replace(/\s+/g, ' ')).to.match(/Resolved now, when you copy: the language and today’s date\. When its script runs, the element renders again/);
    box.focus();
    // ' ' rather than 'Space': Puppeteer's Firefox (WebDriver BiDi) keyboard knows no 'Space' key name.
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.prerendered).to.equal(true);
    radios(el)[3].click();
    await el.updateComplete;
    expect(el.querySelector('#prerendered')).to.equal(null);
    expect(el.prerendered).to.equal(false);
  });
});

describe('the builder with the destination choice', () => {
  it('gives the code for the chosen destination in "Embed code", and the prerendered code on request', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    try {
      // <jitco-builder> draws after it is connected, as Lit elements do.
      await mountBuilder(root, await release()).updateComplete;
      const code = () => root.querySelector<HTMLTextAreaElement>('#embed-code')!.value;
      const radio = (label: string) => [...root.querySelectorAll<HTMLInputElement>('input[name="destination"]')].find((r) => r.closest('label')!.textContent!.includes(label))!;
      await until(() => code().includes('<jitco-'), 5000, 'the code');
      expect(code()).to.match(/^<script type="module"/);
      radio('TinyMCE').click();
      await until(() => !code().includes('<script'), 5000, 'the TinyMCE code');
      expect(code()).to.match(/^<jitco-[a-z-]+[^>]*data='/);
      radio('plain HTML').click();
      await until(() => !!root.querySelector('#prerendered'), 5000, 'the prerendered choice');
      root.querySelector<HTMLInputElement>('#prerendered')!.click();
      await until(() => code().includes('<template shadowrootmode="open">'), 5000, 'the prerendered code');
    } finally {
      root.remove();
    }
  });
});
