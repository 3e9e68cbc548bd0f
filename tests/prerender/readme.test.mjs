// The README's prerender section states what the code does: the CSP hash of the dismissal
// script, and the CLI's options (run after `npm run build`).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
// The script is the notice's (its server hook writes it), no longer the prerenderer's.
import { DISMISSED_SCRIPT } from '../../dist/name-change-notice/dismissal.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Prerendering'), readme.indexOf('\n## ', readme.indexOf('## Prerendering') + 1));

it('gives the CSP hash of the notice’s dismissal script', () => {
  const hash = `'sha256-${createHash('sha256').update(DISMISSED_SCRIPT).digest('base64')}'`;
  assert.ok(section.includes(hash), `README must allow ${hash}`);
});

it('documents every option of the command', () => {
  const usage = readFileSync(new URL('../../bin/jitco-elements.mjs', import.meta.url), 'utf8');
  const options = [...usage.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1]).filter((o) => !['--help', '--version'].includes(o));
  assert.ok(options.length >= 4);
  for (const option of options) assert.ok(section.includes(option), option);
});
