// `custom-elements.json` from the JSDoc of src/ (`npm run build`). Paths point at the built
// JavaScript the package ships, not at the TypeScript sources.
const toDist = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/react.ts', 'src/core/json-schema.ts', 'src/**/*.test.ts', 'src/prerender/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'jitco-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        const fix = (node) => {
          if (!node || typeof node !== 'object') return;
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
            else fix(value);
          }
        };
        fix(customElementsManifest);
        const modules = customElementsManifest.modules;
        for (const module of modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.kind !== 'class') continue;
            // Partners see the public API only; the abstract base is not an element of its own.
            declaration.members = declaration.members?.filter((m) => !m.privacy || m.privacy === 'public');
            if (!declaration.tagName) delete declaration.customElement;
            if (!declaration.tagName) continue;
            // Registration lives in `<element>/define.js` (through `defineElements`, which the
            // analyzer cannot follow): record it there, as `customElements.define` would be.
            const define = modules.find((m) => m.path === module.path.replace(/[^/]+$/, 'define.js'));
            define?.exports?.push({
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: module.path },
            });
          }
        }
      },
    },
  ],
};
