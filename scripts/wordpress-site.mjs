// A real WordPress for the plugin's tests (tests/wordpress/), on 127.0.0.1 only: Debian's
// `wordpress` (6.1), `mariadb-server`, `php-cli` and `php-mysql`, installed here when missing and
// possible (root with apt-get). Everything lives in one temporary folder: MariaDB's data and its
// socket (no TCP port), a copy of WordPress with its own wp-config.php, and WordPress's debug log.
// startSite() installs WordPress, the built plugin (dist/wordpress/jitco-elements.zip, unpacked
// as the Plugins › Upload screen does) and one user per role with an application password;
// stopSite() stops both servers by their process ids and removes the folder.
//
// By hand: `node scripts/wordpress-site.mjs` starts one and prints its address and users
// (Ctrl-C stops it).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { root } from './elements.mjs';
import { freePort } from './static-server.mjs';

const WORDPRESS = '/usr/share/wordpress';
// Twenty Twenty-Three is a block theme, Twenty Twenty-One a classic one: the tests use both.
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'wordpress-theme-twentytwentyone', 'mariadb-server', 'php-cli', 'php-mysql'];
export const ROLES = ['administrator', 'editor', 'author', 'contributor'];
export const PLUGIN_ZIP = join(root, 'dist', 'wordpress', 'jitco-elements.zip');

const has = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const ready = () =>
  existsSync(join(WORDPRESS, 'wp-load.php')) &&
  existsSync(join(WORDPRESS, 'wp-content', 'themes', 'twentytwentyone')) && has('php') && (has('mariadbd') || has('mysqld')) && has('mariadb-install-db');

/**
 * Installs the Debian packages when they are missing and this machine can; the reason it cannot
 * otherwise (the tests then skip with that one line).
 */
export function ensurePackages() {
  if (ready()) return undefined;
  if (process.getuid?.() !== 0 || !has('apt-get')) return `WordPress tests skipped: Debian packages ${PACKAGES.join(', ')} are missing and this user cannot install them (root with apt-get can)`;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', ...PACKAGES], { stdio: ['ignore', 'ignore', 'inherit'], env });
  // The package starts its own MariaDB service; the tests run their own, so stop that one.
  try {
    execFileSync('sh', ['-c', 'command -v service >/dev/null && service mariadb stop'], { stdio: 'ignore' });
  } catch {
    // not running
  }
  return ready() ? undefined : 'WordPress tests skipped: the Debian packages did not install';
}

async function waitFor(check, what, timeout = 60_000) {
  const start = Date.now();
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() - start > timeout) throw new Error(`WordPress site: ${what} did not start within ${timeout / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The files of a zip (stored or deflated entries), by name. */
export function unzip(buffer) {
  const files = new Map();
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip: bad central directory entry ${i}`);
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const offset = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = offset + 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
    const data = buffer.subarray(dataStart, dataStart + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/** Runs PHP code with WordPress loaded (as WP-CLI would); its JSON output. */
export function wpEval(site, code, { installing = false } = {}) {
  const script = join(site.dir, `eval-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
  // Installing: defined before WordPress loads, or it stops at "not installed".
  const before = installing ? "define( 'WP_INSTALLING', true );\n" : '';
  writeFileSync(script, `<?php\n$_SERVER['HTTP_HOST'] = '127.0.0.1:${site.port}';\n${before}require ${JSON.stringify(join(site.root, 'wp-load.php'))};\n${code}\n`);
  try {
    const out = execFileSync('php', [script], { encoding: 'utf8', cwd: site.root });
    const last = out.trim().split('\n').at(-1) ?? '';
    try {
      return JSON.parse(last);
    } catch {
      throw new Error(`WordPress site: PHP printed no JSON as its last line:\n${out.slice(-2000)}`);
    }
  } finally {
    rmSync(script, { force: true });
  }
}

/**
 * Starts MariaDB and `php -S`, installs WordPress with the built plugin active, Twenty
 * Twenty-Three, and one user per role. `{ url, users: {role: {login, password, appPassword, id}} }`.
 */
export async function startSite({ locale = '' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'jitco-wordpress-'));
  const site = { dir, root: join(dir, 'site'), processes: [], port: await freePort() };
  try {
    // MariaDB: its own data folder and socket, no network.
    const data = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    execFileSync('mariadb-install-db', ['--user=root', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    const mariadbd = has('mariadbd') ? 'mariadbd' : 'mysqld';
    const db = spawn(mariadbd, ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mysql.pid')}`, '--user=root', `--log-error=${join(dir, 'mysql.log')}`], { stdio: 'ignore' });
    site.processes.push(db);
    await waitFor(() => existsSync(socket) && (execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'SELECT 1'], { stdio: 'ignore' }), true), 'MariaDB');
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"]);

    // WordPress: a copy with its own configuration (Debian's reads /etc/wordpress).
    cpSync(WORDPRESS, site.root, { recursive: true, dereference: true, filter: (path) => path !== join(WORDPRESS, 'wp-config.php') && !path.endsWith('.htaccess') });
    site.url = `http://127.0.0.1:${site.port}`;
    writeFileSync(
      join(site.root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', 'wordpress' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', '${site.url}' );
define( 'WP_SITEURL', '${site.url}' );
// 'local': application passwords over http (127.0.0.1 only).
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define( '${k}', '${k}-${Math.random().toString(36).slice(2)}' );`).join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // The plugin, as Plugins › Add New › Upload unpacks it.
    for (const [name, content] of unzip(readFileSync(PLUGIN_ZIP))) {
      const path = join(site.root, 'wp-content', 'plugins', name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }

    const php = spawn('php', ['-S', `127.0.0.1:${site.port}`, '-t', site.root], {
      cwd: site.root,
      stdio: ['ignore', 'ignore', 'ignore'],
      // Several requests at once: the block editor loads many. The workers are the server's
      // children: its own process group, stopped as one.
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      detached: true,
    });
    site.processes.push(php);
    await waitFor(async () => (await fetch(`${site.url}/wp-login.php`)).status > 0, 'php -S');

    const installed = wpEval(
      site,
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
// No mail server here: the welcome e-mail goes nowhere.
add_filter( 'pre_wp_mail', '__return_false' );
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install( 'JITCO partner', 'admin', 'admin@example.test', true, '', 'admin-password' );
update_option( 'permalink_structure', '' );
${locale ? `update_option( 'WPLANG', '${locale}' );` : ''}
switch_theme( 'twentytwentythree' );
$activated = activate_plugin( 'jitco-elements/jitco-elements.php' );
if ( is_wp_error( $activated ) ) { fwrite( STDERR, $activated->get_error_message() ); exit( 1 ); }
$users = array();
foreach ( ${JSON.stringify(ROLES).replace('[', 'array(').replace(']', ')')} as $role ) {
  $login = 'administrator' === $role ? 'admin' : $role;
  $id = 'administrator' === $role ? 1 : wp_insert_user( array( 'user_login' => $login, 'user_pass' => $role . '-password', 'user_email' => $role . '@example.test', 'role' => $role ) );
  list( $app ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'tests' ) );
  $users[ $role ] = array( 'id' => $id, 'login' => $login, 'password' => 'administrator' === $role ? 'admin-password' : $role . '-password', 'appPassword' => $app );
}
echo wp_json_encode( array( 'users' => $users ) );`,
      { installing: true },
    );
    site.users = installed.users;
    return site;
  } catch (error) {
    await stopSite(site);
    throw error;
  }
}

/** Stops the site's servers (by their process ids) and removes its folder. */
export async function stopSite(site) {
  for (const child of site.processes.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((r) => child.once('exit', r));
    // A detached server leads its process group: the group (its workers too) is stopped.
    const target = child.spawnargs[0] === 'php' ? -child.pid : child.pid;
    process.kill(target, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) process.kill(target, 'SIGKILL');
  }
  rmSync(site.dir, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const reason = ensurePackages();
  if (reason) {
    console.error(reason);
    process.exit(1);
  }
  const site = await startSite({ locale: process.argv[2] ?? '' });
  console.log(`WordPress at ${site.url}/wp-admin/ (Ctrl-C stops it)`);
  for (const [role, user] of Object.entries(site.users)) console.log(`  ${role}: ${user.login} / ${user.password}`);
  process.on('SIGINT', async () => {
    await stopSite(site);
    process.exit(0);
  });
}
