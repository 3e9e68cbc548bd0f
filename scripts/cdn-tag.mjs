// The copy-paste CDN script tag, shared by the README's generated block (scripts/sync-integrity.mjs)
// and the embed builder (builder/embed.ts): one place says what partners paste. No Node APIs.

/** The pinned jsDelivr URL of a file of this package. */
export const cdnUrl = (name, version, path) => `https://cdn.jsdelivr.net/npm/${name}@${version}/${path}`;

/**
 * `<script type="module" …>` (or `<script defer …>` for the classic file) for `dist/cdn/<file>`,
 * with its Subresource Integrity value and `crossorigin`, on three lines.
 */
export function cdnScriptTag({ name, version, file, integrity, module = true }) {
  if (!integrity) throw new Error(`no integrity value for ${file}`);
  return [
    module ? '<script type="module"' : '<script defer',
    `  src="${cdnUrl(name, version, `dist/cdn/${file}`)}"`,
    `  integrity="${integrity}" crossorigin="anonymous"></script>`,
  ].join('\n');
}
