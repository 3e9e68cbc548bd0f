// The sanitizer destination with the real DOMPurify 3 (in the browser) and sanitize-html 2 (in
// Node, through the test server): the builder's code, cleaned twice, still shows every element
// as the builder's own code does; with the defaults, the elements are removed (the measured reason).
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { dompurifyOptions, SANITIZE_HTML_ADDED } from '../../builder/destinations.js';
import { CASES, expectSurvives, recipeFor } from './paste-helpers.js';

const sanitizeHtml = async (html: string, added?: typeof SANITIZE_HTML_ADDED) => {
  const response = await fetch('/test-api/sanitize-html', { method: 'POST', body: JSON.stringify({ html, added }) });
  return response.text();
};

describe('pasting into a site that cleans HTML', () => {
  for (const c of CASES) {
    it(`DOMPurify with the builder's options keeps <${c.tag}> and its data, cleaned twice`, async () => {
      const { code } = await recipeFor('sanitizer', c);
      const once = DOMPurify.sanitize(code, dompurifyOptions());
      const twice = DOMPurify.sanitize(once, dompurifyOptions());
      await expectSurvives('DOMPurify', twice, c);
    });

    it(`sanitize-html with the builder's options keeps <${c.tag}> and its data, cleaned twice`, async () => {
      const { code } = await recipeFor('sanitizer', c);
      const twice = await sanitizeHtml(await sanitizeHtml(code, SANITIZE_HTML_ADDED), SANITIZE_HTML_ADDED);
      await expectSurvives('sanitize-html', twice, c);
    });
  }

  it('with their defaults, both remove the elements (why the setting is needed)', async () => {
    const { code } = await recipeFor('sanitizer', CASES[0]);
    expect(DOMPurify.sanitize(code)).not.to.include('jitco-greeting');
    expect(await sanitizeHtml(code)).not.to.include('jitco-greeting');
  });

  it('the code for a sanitizer has no script tag: it goes in the site template, and the builder says so', async () => {
    const recipe = await recipeFor('sanitizer', CASES[0]);
    expect(recipe.code).not.to.include('<script');
    expect(recipe.script).to.match(/^Once per site, in the site's page template \(not in the editor\): <script type="module"/);
  });
});
