// The controllers state their server side in code (`isServer`), not by relying on the server
// skipping `connectedCallback`: under @lit-labs/ssr told to call it (LitElementRenderer's
// `connectedCallback` render option), every element still renders, in the language given, and
// the notice hides nothing (the server cannot read the visitor's storage). Run after `npm run build`.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../dist/index.js';

it('renders every element under Lit SSR that calls connectedCallback, touching no browser API', async () => {
  LitElementRenderer.renderOptions.push(() => ({ connectedCallback: true }));
  const out = await collectResult(
    render(html`<div lang="ja"><jitco-greeting lang="ja" collapsed></jitco-greeting><jitco-name-change-notice dismissible lang="ja" now="2025-01-01"></jitco-name-change-notice><jitco-timeline lang="ja"></jitco-timeline></div>`),
  );
  assert.match(out, /続きを読む/, 'the greeting in Japanese');
  assert.match(out, /名称変更のお知らせ/, 'the notice shown, in Japanese');
  assert.match(out, /制度の沿革/, 'the timeline in Japanese');
  assert.doesNotMatch(out, /<jitco-name-change-notice[^>]*hidden/, 'the notice not hidden on the server');
});
