// Two kinds of build:
// - the npm package (dist/*.js, .d.ts): one module per source file, `lit` left as a dependency;
// - the CDN files (dist/cdn/): one self-contained, minified file each, Lit's production build inside.
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** The package's entry points: `import 'jitco-elements'` and one per element. */
const entries = {
  index: 'src/index.ts',
  'greeting/define': 'src/greeting/define.ts',
  'name-change-notice/define': 'src/name-change-notice/define.ts',
};

const minify = terser({
  ecma: 2021,
  module: true,
  compress: { passes: 2 },
  // Lit's private fields start with `__` and are safe to mangle; ours are never read by name.
  mangle: { properties: { regex: /^__/ } },
  format: { comments: false },
});

const cdnPlugins = () => [
  resolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/cdn', sourceMap: true }),
  minify,
];

export default [
  {
    input: entries,
    external: [/^lit(\/|$)/],
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declarationDir: 'dist' })],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  {
    input: 'src/index.ts',
    plugins: cdnPlugins(),
    output: { file: 'dist/cdn/jitco-elements.js', format: 'es', sourcemap: true },
  },
  {
    input: 'src/index.ts',
    plugins: cdnPlugins(),
    output: { file: 'dist/cdn/jitco-elements.classic.js', format: 'iife', sourcemap: true },
  },
];
