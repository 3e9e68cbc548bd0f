// Loads builder TypeScript modules in Node for the state tests: esbuild bundles the entry (with
// the src/ modules it imports) into one ES module in a temporary folder, then Node imports it.
// The builder's pure modules (state.ts, persist.ts, translations.ts, preview-content.ts) import
// no DOM and no Lit, so they run here as they run in the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The exports of `files` (paths from the repository root), bundled together. */
export async function loadTs(files) {
  const dir = mkdtempSync(join(tmpdir(), 'jitco-builder-state-'));
  try {
    const entry = files.map((file, i) => `export * as m${i} from ${JSON.stringify(join(root, file))};`).join('\n');
    const outfile = join(dir, 'bundle.mjs');
    await build({
      stdin: { contents: entry, resolveDir: root, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'error',
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    });
    const bundle = await import(pathToFileURL(outfile).href);
    return files.map((_, i) => bundle[`m${i}`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
