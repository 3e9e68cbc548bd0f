#!/usr/bin/env node
// `jitco-elements prerender …`: the package's command line (`npx jitco-elements --help`). It
// reads HTML, prerenders every jitco element with `jitco-elements/prerender` and writes the
// result. Errors of use or input end it with one line on stderr and a non-zero exit code
// (2: usage, 1: input or output); warnings about content go to stderr and do not fail it.
import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `Usage: jitco-elements prerender [options] <input>...

Prerenders the jitco elements of HTML pages: each <jitco-greeting>, <jitco-timeline> and
<jitco-name-change-notice> gets its shadow root as declarative shadow DOM, so it shows
without JavaScript and the page does not shift when the script runs.

Input: an HTML file (a whole page or a fragment), or - for standard input.

Options:
  -o, --output <file>   write to <file> instead of standard output (one input)
      --in-place        rewrite each input file; an input folder means every .html file
                        under it (the last step of a static site build)
      --now <date>      ISO date (YYYY-MM-DD) used as "today" by elements without their
                        own now attribute (default: the real date)
      --base-url <url>  what relative src attributes resolve against (default: the input
                        file itself, so src files are read from disk; standard input: the
                        current folder); an http(s) URL fetches them from a server
      --root <folder>   local src files are read only inside this folder (default: the
                        input file's folder, or the folder given to --in-place)
      --allow-private-network
                        let a src (or its redirect) reach loopback, private, link-local
                        or metadata addresses (default: refused)
  -h, --help            show this help
  -v, --version         show the version

Examples:
  npx jitco-elements prerender page.html > page.prerendered.html
  npx jitco-elements prerender page.html -o out.html --now 2026-04-01
  cat fragment.html | npx jitco-elements prerender - > out.html
  npx jitco-elements prerender --in-place dist/
`;

class UsageError extends Error {}

const fail = (message, code) => {
  process.stderr.write(`jitco-elements: ${message}\n`);
  process.exitCode = code;
};

/** Every .html file under a folder (dot-folders and node_modules left out), sorted. */
function htmlFilesUnder(folder) {
  const files = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...htmlFilesUnder(path));
    else if (entry.isFile() && /\.html?$/i.test(entry.name)) files.push(path);
  }
  return files.sort();
}

function readInput(input) {
  let bytes;
  try {
    bytes = input === '-' ? readFileSync(0) : readFileSync(input);
  } catch (error) {
    const name = input === '-' ? 'standard input' : input;
    if (error.code === 'ENOENT') throw new Error(`${name}: no such file`);
    if (error.code === 'EISDIR') throw new Error(`${name} is a folder (use --in-place to prerender the .html files under it)`);
    throw new Error(`${name}: cannot read (${error.code ?? error.message})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${input === '-' ? 'standard input' : input}: not UTF-8 text (convert the page to UTF-8 first)`);
  }
}

/** Runs `prerender` with content warnings prefixed by the file they come from. */
async function prerenderFile(prerender, html, name, options) {
  const warn = console.warn;
  console.warn = (...args) => warn(`${name}: ${args.join(' ')}`);
  try {
    return await prerender(html, options);
  } finally {
    console.warn = warn;
  }
}

/**
 * Replaces `file` with `text` in one step: a temporary file with an unpredictable name, created
 * exclusively (a file or symlink planted there makes it fail, never followed) in the same folder
 * with the page's mode, then renamed over the page. A page that is a symlink is refused: writing
 * through it would change a file elsewhere.
 */
function writeAtomically(file, text) {
  const stat = lstatSync(file);
  if (stat.isSymbolicLink()) throw Object.assign(new Error('is a symbolic link (not rewritten in place)'), { code: 'ESYMLINK' });
  const temporary = join(dirname(file), `.${randomBytes(12).toString('hex')}.jitco-prerender.tmp`);
  const fd = openSync(temporary, 'wx', stat.mode & 0o777);
  try {
    writeFileSync(fd, text);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temporary);
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, file);
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        'in-place': { type: 'boolean' },
        now: { type: 'string' },
        'base-url': { type: 'string' },
        root: { type: 'string' },
        'allow-private-network': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // Node's words, on one line ("Unknown option '--x'"), then where help is.
    throw new UsageError(`${error.message.split('\n')[0].replace(/\. To specify a positional.*$/, '')} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return void process.stdout.write(USAGE);
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return void process.stdout.write(`${pkg.version}\n`);
  }
  const [command, ...inputs] = positionals;
  if (command === undefined) throw new UsageError('no command (see --help)');
  if (command !== 'prerender') throw new UsageError(`unknown command "${command}" (see --help)`);
  if (!inputs.length) throw new UsageError('no input file (use - for standard input; see --help)');
  if (values['in-place'] && values.output) throw new UsageError('--in-place and --output cannot go together');
  if (values['in-place'] && inputs.includes('-')) throw new UsageError('--in-place needs files, not standard input');
  if (!values['in-place'] && inputs.length > 1) throw new UsageError('several inputs need --in-place');
  if (values.now !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(values.now))
    throw new UsageError(`--now "${values.now}" is not an ISO date (YYYY-MM-DD)`);
  let baseUrl = values['base-url'];
  if (baseUrl !== undefined) {
    if (!URL.canParse(baseUrl)) throw new UsageError(`--base-url "${baseUrl}" is not an absolute URL`);
  }
  const { prerender } = await import('../dist/prerender/index.js');
  if (values.root !== undefined) {
    try {
      if (!statSync(values.root).isDirectory()) throw new Error();
    } catch {
      throw new UsageError(`--root "${values.root}" is not a folder`);
    }
  }
  // Local src files stay inside the site: --root, else the --in-place folder, else the page's folder.
  const options = (file, folder) => ({
    ...(values.now ? { now: values.now } : {}),
    root: resolve(values.root ?? folder ?? (file ? dirname(file) : process.cwd())),
    allowPrivateNetwork: values['allow-private-network'] === true,
    baseUrl: baseUrl ?? (file ? pathToFileURL(resolve(file)).href : pathToFileURL(process.cwd() + '/').href),
  });

  if (!values['in-place']) {
    const [input] = inputs;
    const html = readInput(input);
    const out = await prerenderFile(prerender, html, input === '-' ? 'standard input' : input, options(input === '-' ? undefined : input));
    if (values.output) {
      try {
        writeFileSync(values.output, out);
      } catch (error) {
        throw new Error(`${values.output}: cannot write (${error.code ?? error.message})`);
      }
    } else process.stdout.write(out);
    return;
  }

  const files = [];
  const folderOf = new Map();
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new Error(`${input}: no such file or folder`);
    }
    if (!stat.isDirectory()) {
      files.push(input);
      continue;
    }
    for (const file of htmlFilesUnder(input)) {
      folderOf.set(file, input);
      files.push(file);
    }
  }
  let changed = 0;
  for (const file of files) {
    const html = readInput(file);
    const out = await prerenderFile(prerender, html, file, options(file, folderOf.get(file)));
    if (out === html) continue;
    try {
      writeAtomically(file, out);
    } catch (error) {
      throw new Error(`${file}: cannot write (${error.code ?? error.message})`);
    }
    changed++;
  }
  process.stderr.write(`jitco-elements: prerendered ${changed} of ${files.length} HTML file${files.length === 1 ? '' : 's'}\n`);
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
main(process.argv.slice(2)).catch((error) => fail(error.message, error instanceof UsageError ? 2 : 1));
