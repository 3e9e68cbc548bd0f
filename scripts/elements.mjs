// The build's view of the element registry (src/elements.ts), for the Node scripts that run
// before anything is built (rollup, size, the artifact tests): each folder of src/ with a
// `define.ts` is an element (`src/timeline/define.ts` → `<jitco-timeline>`, entry
// `timeline/define`, CDN build `dist/cdn/timeline.js`). It cannot import the TypeScript registry,
// so tests/artifacts/manifest.test.mjs fails when the two lists differ.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

/** `[{ name: 'greeting', tag: 'jitco-greeting', define: 'src/greeting/define.ts', content }]` */
export const elements = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'core' && existsSync(join(root, 'src', entry.name, 'define.ts')))
  .map(({ name }) => ({
    name,
    tag: `jitco-${name}`,
    define: `src/${name}/define.ts`,
    /** The class module (importable without defining), by the `<folder>/<folder>.ts` convention. */
    element: `src/${name}/${name}.ts`,
    content: `src/${name}/${name}.content.ts`,
  }))
  .sort((a, b) => a.name.localeCompare(b.name));
