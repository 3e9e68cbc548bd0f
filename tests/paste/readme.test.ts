// The README's "Pasting into a CMS" gives the settings the paste tests give the real editors and
// sanitizers (builder/destinations.ts), each in a ```js block, byte for byte.
import { expect } from '@open-wc/testing';
import { SETTINGS } from '../../builder/destinations.js';

describe('README: Pasting into a CMS', () => {
  it('has each destination’s setting as the tests use it', async () => {
    const readme = await (await fetch('/README.md')).text();
    const start = readme.indexOf('## Pasting into a CMS');
    expect(start, 'the section').to.be.greaterThan(0);
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    for (const [name, text] of Object.entries(SETTINGS)) expect(section, `${name}'s recipe`).to.include('```js\n' + text + '\n```');
  });

  it('no longer says the data attribute survives editors as they come', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme).not.to.include('survives CMS editors best');
  });
});
