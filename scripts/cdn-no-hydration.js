// `src/core/hydration.ts` for the CDN builds: no server root is Lit's to hydrate. A CDN file
// carries its own Lit with its `_$` names mangled (rollup.config.mjs), so
// `@lit-labs/ssr-client`'s hydrate support, another copy of Lit, can hydrate none of its
// elements; the check would cost 64 B gzip of dead code (measured on dist/cdn/jitco-elements.js).
export const litHydrates = () => false;
