// Lit's hydrate support first, as Lit's docs ask (it must run before LitElement's module), then
// the elements (tests/hydration.test.ts's pages with it).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/index.js';
