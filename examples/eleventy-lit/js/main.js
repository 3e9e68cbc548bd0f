// The page's script (bundled by esbuild into _site/main.js). Lit's hydrate support comes first:
// it must run before LitElement's module, so Lit hydrates the server roots instead of rendering
// them again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './elements.js';
