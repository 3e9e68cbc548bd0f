// The WordPress plugin against the real thing (`npm run test:wordpress`): Debian's WordPress 6.1,
// MariaDB and PHP 8.2 (scripts/wordpress-site.mjs), the built plugin zip, one user per role,
// posts saved through the REST API by each role and through the block editor in Chromium by an
// Author, and the front end opened in Chromium. Skips with one line where the machine cannot
// install the Debian packages.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright';
import { CHROMIUM_FLAGS, findChromium } from '../../scripts/browsers.mjs';
import { ensurePackages, PLUGIN_ZIP, ROLES, startSite, stopSite, unzip, wpEval } from '../../scripts/wordpress-site.mjs';

const skip = ensurePackages();
if (skip) console.log(skip);

// What partners put in, with the characters WordPress's filters re-escape or eat: quotes, `&`,
// `<`, `>`, brackets (shortcodes), `--` (block comments), non-ASCII and a line break.
const GREETING = {
  heading: 'Tom & Jerry’s "best" <b>greeting</b> -- [vi]',
  paragraphs: ['Xin chào từ JITCO.', 'Second\nline & <i>not markup</i> 1 < 2.'],
  signature: { organization: 'Partner Org', role: 'President', name: 'A. Person' },
};
const TIMELINE = {
  heading: 'Lịch sử',
  events: [
    { date: '1991-10-01', title: 'JITCO "founded" [1991]' },
    { date: '2020-04-01', title: 'Renamed & reorganised' },
  ],
};

/** JSON with `<`, `>`, `&` escaped, as the block editor saves `data` and `fallback` (builder/embed.ts). */
const escapedJson = (value) => JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);

/** A block as the block editor writes it (its JSON's `--`, `<`, `>`, `&` as escapes). */
const block = (name, attributes) =>
  `<!-- wp:jitco/${name} ${escapedJson(attributes).replace(/--/g, '\\u002d\\u002d')} /-->`;

const THREE_BLOCKS = [
  block('greeting', { lang: 'en', collapsed: true, data: escapedJson(GREETING) }),
  block('timeline', { lang: 'vi', order: 'desc', data: escapedJson(TIMELINE) }),
  block('name-change-notice', { dismissible: true, noticeId: 'wp-test' }),
].join('\n\n');

// `WORDPRESS_SCREENSHOTS=docs npm run test:wordpress` writes the README's two screenshots.
const SCREENSHOTS = process.env.WORDPRESS_SCREENSHOTS;
let site;
let browser;

/** The REST API as `role` (Basic auth with the role's application password). */
async function rest(role, method, route, body) {
  const user = site.users[role];
  const [path, query] = route.split('?');
  const response = await fetch(`${site.url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
    method,
    headers: { authorization: `Basic ${Buffer.from(`${user.login}:${user.appPassword}`).toString('base64')}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  const json = await response.json();
  assert.ok(response.ok, `${method} ${route} as ${role}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

/** A post saved by `role` (a Contributor's submitted for review, then published by the Administrator). */
async function savePost(role, content, title = `Post by ${role}`) {
  const post = await rest(role, 'POST', '/wp/v2/posts', { title, content, status: role === 'contributor' ? 'pending' : 'publish' });
  if (role === 'contributor') await rest('administrator', 'POST', `/wp/v2/posts/${post.id}`, { status: 'publish' });
  return post.id;
}

const pageHtml = async (id) => (await fetch(`${site.url}/?p=${id}`)).text();
/** The elements' markup in a page, in order. */
const elementsIn = (html) => html.match(/<(jitco-[a-z-]+)[\s>][\s\S]*?<\/\1>/g) ?? [];

/** Opens `path` in Chromium; what a visitor sees, and what went wrong. */
async function visit(path, { width = 1280, javaScript = true, cls = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const errors = [];
  const dialogs = [];
  const scripts = [];
  // A failed request is named by its address (the console's message does not say which).
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => (dialogs.push(dialog.message()), dialog.dismiss()));
  page.on('request', (request) => /jitco-elements.*\.js/.test(request.url()) && scripts.push(request.url()));
  if (cls)
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  return { context, page, errors, dialogs, scripts };
}

/** Each element's tag, whether it is defined, and the text of its shadow root (or its light DOM without script). */
const readElements = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('jitco-greeting, jitco-timeline, jitco-name-change-notice')].map((element) => {
      const root = element.shadowRoot;
      // Without the script, what the page shows of the tag's own HTML (its JSON script is not shown).
      const text = (root ? root.textContent : element.innerText).replace(/\s+/g, ' ').trim();
      return { tag: element.localName, defined: !!customElements.get(element.localName), text, shadow: !!root };
    }),
  );

describe('the WordPress plugin', { skip }, () => {
  before(async () => {
    site = await startSite();
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  });
  after(async () => {
    await browser?.close();
    if (site) await stopSite(site);
  });

  it('is a standard plugin zip: one folder, a main file with the plugin header, PHP that parses', () => {
    const files = unzip(readFileSync(PLUGIN_ZIP));
    const names = [...files.keys()];
    assert.ok(names.every((name) => name.startsWith('jitco-elements/')), names.join(', '));
    assert.match(files.get('jitco-elements/jitco-elements.php').toString(), /^\s*\* Plugin Name:\s+JITCO elements$/m);
    assert.match(files.get('jitco-elements/jitco-elements.php').toString(), /^\s*\* Version:\s+\d+\.\d+\.\d+/m);
    const php = names.filter((name) => name.endsWith('.php'));
    assert.ok(php.length >= 7, php.join(', '));
    for (const name of php) execFileSync('php', ['-l', `${site.root}/wp-content/plugins/${name}`], { stdio: 'pipe' });
    for (const name of ['greeting', 'timeline', 'name-change-notice'])
      assert.equal(JSON.parse(files.get(`jitco-elements/blocks/${name}/block.json`)).name, `jitco/${name}`);
  });

  it('registers the three blocks with their titles, and the three shortcodes', () => {
    const registered = wpEval(
      site,
      `$out = array();
foreach ( WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $type ) if ( 0 === strpos( $name, 'jitco/' ) ) $out[ $name ] = $type->title;
echo wp_json_encode( array( 'blocks' => $out, 'shortcodes' => array_values( array_filter( array_keys( $GLOBALS['shortcode_tags'] ), fn( $s ) => 0 === strpos( $s, 'jitco_' ) ) ) ) );`,
    );
    assert.deepEqual(registered.blocks, { 'jitco/greeting': 'JITCO greeting', 'jitco/timeline': 'JITCO timeline', 'jitco/name-change-notice': 'JITCO name change notice' });
    assert.deepEqual(registered.shortcodes.sort(), ['jitco_greeting', 'jitco_name_change_notice', 'jitco_timeline']);
  });

  it('renders a post saved by an Author or a Contributor exactly like one saved by an Administrator or an Editor', async () => {
    const ids = {};
    for (const role of ROLES) ids[role] = await savePost(role, THREE_BLOCKS);
    const admin = elementsIn(await pageHtml(ids.administrator));
    assert.equal(admin.length, 3, `the Administrator's post has three elements:\n${admin.join('\n')}`);
    for (const role of ROLES) assert.deepEqual(elementsIn(await pageHtml(ids[role])), admin, `${role}'s post`);
    // And the content arrives as written: every character, in the element.
    const { context, page, errors, scripts } = await visit(`/?p=${ids.contributor}`);
    try {
      await page.waitForFunction(() => document.querySelector('jitco-greeting')?.shadowRoot?.querySelector('[part="heading"]'));
      const elements = await readElements(page);
      assert.deepEqual(elements.map((e) => [e.tag, e.defined, e.shadow]), [
        ['jitco-greeting', true, true],
        ['jitco-timeline', true, true],
        ['jitco-name-change-notice', true, true],
      ]);
      const heading = await page.evaluate(() => document.querySelector('jitco-greeting').shadowRoot.querySelector('[part="heading"]').textContent.trim());
      assert.equal(heading, GREETING.heading);
      assert.ok(elements[1].text.includes('JITCO "founded" [1991]') && elements[1].text.includes('Renamed & reorganised'), elements[1].text);
      assert.ok(elements[2].text.includes('JITCO'), elements[2].text);
      assert.deepEqual(errors, []);
      assert.equal(scripts.length, 1, `one script request: ${scripts.join(', ')}`);
    } finally {
      await context.close();
    }
  });

  it('lets a Contributor put nothing but content into the page', async () => {
    const hostile = '"><script>alert(1)</script></script><img src=x onerror=alert(2)>';
    const content = [
      block('greeting', {
        lang: '"><script>alert(3)</script>',
        headingLevel: 9,
        className: '" onmouseover="alert(4)',
        data: escapedJson({ ...GREETING, heading: hostile, paragraphs: ['<a href="javascript:alert(5)">link</a>'] }),
        fallback: escapedJson('<h2 onclick="alert(6)">Hi</h2><img src=x onerror=alert(7)><a href="javascript:alert(8)">x</a><script>alert(9)</script><style>body{display:none}</style>'),
      }),
      block('name-change-notice', { noticeId: '" autofocus onfocus="alert(10)', src: 'javascript:alert(11)', hideAfter: '"><svg onload=alert(12)>' }),
      '[jitco_timeline lang=\'"><script>alert(13)</script>\' order="desc" onload="alert(14)"]{"events": [{"date": "2020-01-01", "title": "</script><script>alert(15)</script>"}]}[/jitco_timeline]',
    ].join('\n');
    const id = await savePost('contributor', content, 'Hostile');
    const html = await pageHtml(id);
    const elements = elementsIn(html);
    assert.equal(elements.length, 3, html.slice(0, 2000));
    for (const markup of elements) {
      const scripts = markup.match(/<script[^>]*>/g) ?? [];
      assert.ok(scripts.every((tag) => tag === '<script type="application/json">'), `only JSON scripts: ${scripts.join(' ')}\n${markup}`);
      // The JSON may hold any text, but no `<` that could end its script.
      const json = [...markup.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
      for (const text of json) assert.doesNotMatch(text, /</, text);
    }
    const { context, page, dialogs } = await visit(`/?p=${id}`);
    try {
      // What the browser built from it: no event handler, no `javascript:` address, no other element that runs or styles.
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('jitco-greeting, jitco-timeline, jitco-name-change-notice')].flatMap((host) =>
          [host, ...host.querySelectorAll('*')].flatMap((node) => [
            ...(['svg', 'style', 'iframe', 'object', 'embed'].includes(node.localName) || (node.localName === 'script' && node.type !== 'application/json') ? [`<${node.localName}>`] : []),
            ...[...node.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${node.localName} ${a.name}="${a.value}"`),
          ]),
        ),
      );
      assert.deepEqual(found, []);
      await page.waitForFunction(() => document.querySelector('jitco-timeline')?.shadowRoot?.textContent.includes('alert(15)'));
      await page.mouse.move(200, 200);
      await page.keyboard.press('Tab');
      assert.deepEqual(dialogs, [], 'no script of the Contributor ran');
      // Their text is shown as text (in a shortcode, kses took the raw tags out as the post was saved).
      const [greeting, , timeline] = await readElements(page);
      assert.ok(greeting.text.includes('"><script>alert(1)</script></script><img src=x onerror=alert(2)>'), greeting.text);
      assert.ok(timeline.text.includes('alert(15)'), timeline.text);
    } finally {
      await context.close();
    }
  });

  it('runs shortcodes with the JSON between the tags unchanged: no curly quotes, no <p>, no <br>', async () => {
    const json = JSON.stringify(TIMELINE, null, 2);
    const content = `An introduction with "quotes" -- and a dash.\n\n[jitco_timeline lang="vi" order="desc" heading_level="3"]\n${json}\n[/jitco_timeline]\n\n[jitco_name_change_notice dismissible notice-id="sc"]\n\nThe end.`;
    const id = await savePost('author', content, 'Shortcodes');
    const html = await pageHtml(id);
    const [timeline, notice] = elementsIn(html);
    assert.ok(timeline && notice, html.slice(0, 3000));
    assert.match(timeline, /^<jitco-timeline lang="vi" heading-level="3" order="desc"><script type="application\/json">/);
    assert.match(notice, /^<jitco-name-change-notice dismissible notice-id="sc">/);
    const script = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(timeline)[1];
    assert.deepEqual(JSON.parse(script), TIMELINE);
    assert.doesNotMatch(html.slice(html.indexOf('<jitco-timeline'), html.indexOf('</jitco-name-change-notice>')), /<p>|<br|&#8221;|&#8220;|”/);
    // The rest of the post is still WordPress's: its paragraphs and curly quotes.
    assert.match(html, /<p>An introduction with &#8220;quotes&#8221; &#8212; and a dash.<\/p>/);
    const { context, page, errors } = await visit(`/?p=${id}`);
    try {
      await page.waitForFunction(() => document.querySelector('jitco-timeline')?.shadowRoot?.textContent.includes('Renamed'));
      const [shown] = await readElements(page);
      assert.ok(shown.text.includes('JITCO "founded" [1991]'), shown.text);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('adds nothing to a page without an element, and the CDN script when the admin chooses it', async () => {
    const plain = await savePost('author', '<!-- wp:paragraph --><p>No elements here.</p><!-- /wp:paragraph -->', 'Plain');
    assert.doesNotMatch(await pageHtml(plain), /jitco-elements/);
    const withElement = await savePost('author', block('greeting', {}), 'Default greeting');
    const local = await pageHtml(withElement);
    const integrity = JSON.parse(readFileSync(new URL('../../dist/cdn/integrity.json', import.meta.url)))['jitco-elements.js'];
    const tags = local.match(/<script[^>]*jitco-elements[^>]*>/g) ?? [];
    assert.deepEqual(tags, [`<script type="module" src="${site.url}/wp-content/plugins/jitco-elements/assets/jitco-elements.js" integrity="${integrity}" crossorigin="anonymous" id="jitco-elements-js">`]);
    // Twenty Twenty-Three renders the blocks before <head> is written: the script is in <head>.
    assert.ok(local.indexOf(tags[0]) < local.indexOf('</head>'), 'in <head>');
    wpEval(site, `update_option( 'jitco_elements_script_source', 'cdn' ); echo '{}';`);
    try {
      const cdn = (await pageHtml(withElement)).match(/<script[^>]*jitco-elements[^>]*>/g) ?? [];
      const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url)));
      assert.deepEqual(cdn, [`<script type="module" src="https://cdn.jsdelivr.net/npm/jitco-elements@${version}/dist/cdn/jitco-elements.js" integrity="${integrity}" crossorigin="anonymous" id="jitco-elements-js">`]);
    } finally {
      wpEval(site, `delete_option( 'jitco_elements_script_source' ); echo '{}';`);
    }
  });

  describe('in the block editor, as an Author', () => {
    let postId;
    const editorErrors = [];
    const TYPED = 'Chào mừng đối tác & "bạn bè" <3';

    before(async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      page.on('pageerror', (error) => editorErrors.push(String(error)));
      // WordPress's own requests that fail here (no network: avatars; an Author may not read
      // some settings) are not ours: errors of scripts, and failed requests for the plugin's files.
      page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && editorErrors.push(message.text()));
      page.on('response', (response) => response.status() >= 400 && response.url().includes('jitco') && editorErrors.push(`${response.status()} ${response.url()}`));
      try {
        await page.goto(`${site.url}/wp-login.php`);
        await page.fill('#user_login', site.users.author.login);
        await page.fill('#user_pass', site.users.author.password);
        await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
        await page.goto(`${site.url}/wp-admin/post-new.php`);
        await page.waitForFunction(() => window.wp?.data?.select('core/edit-post'));
        // The welcome guide opens on a first visit: closed as a person would.
        const guide = page.getByRole('dialog').getByRole('button', { name: 'Close' });
        if (await guide.isVisible({ timeout: 5000 }).catch(() => false)) await guide.click();
        await page.getByRole('textbox', { name: 'Add title' }).fill('Our partners');
        for (const title of ['JITCO greeting', 'JITCO timeline', 'JITCO name change notice']) {
          // The inserter stays open after an insertion in WordPress 6.1.
          const search = page.getByRole('searchbox', { name: 'Search for blocks and patterns' });
          if (!(await search.isVisible())) await page.getByRole('button', { name: 'Toggle block inserter' }).click();
          await search.fill(title);
          await page.getByRole('listbox', { name: 'Blocks' }).getByRole('option', { name: title }).click();
          await page.waitForSelector(`.wp-block-jitco-${title.slice(6).replaceAll(' ', '-')} jitco-${title.slice(6).replaceAll(' ', '-')}`);
        }
        // The greeting: selected, its content edited in the form.
        await page.locator('.wp-block-jitco-greeting').click();
        const sidebar = page.getByRole('region', { name: 'Editor settings' });
        const settings = page.getByRole('button', { name: 'Settings', exact: true });
        if ((await settings.getAttribute('aria-expanded')) !== 'true') await settings.click();
        await sidebar.getByRole('button', { name: 'Start from the element’s own content' }).click();
        await sidebar.getByLabel('Heading', { exact: true }).fill(TYPED);
        await page.waitForFunction(
          (typed) => document.querySelector('.wp-block-jitco-greeting jitco-greeting')?.shadowRoot?.querySelector('[part="heading"]')?.textContent.includes(typed),
          TYPED,
        );
        if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/wordpress-editor.png` });
        await page.getByRole('button', { name: 'Publish', exact: true }).click();
        await page.getByRole('region', { name: 'Editor publish' }).getByRole('button', { name: 'Publish', exact: true }).click();
        await page.waitForFunction(() => window.wp.data.select('core/editor').isCurrentPostPublished());
        postId = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
      } catch (error) {
        const shot = join(tmpdir(), 'jitco-wordpress-editor-failure.png');
        await page.screenshot({ path: shot }).catch(() => {});
        throw new Error(`${error.message}\n(the editor at that moment: ${shot})`);
      } finally {
        await context.close();
      }
    });

    it('inserts the blocks, edits the content in the form, publishes, with no error in the editor', async () => {
      assert.ok(postId, 'published');
      assert.deepEqual(editorErrors, []);
      const saved = await rest('author', 'GET', `/wp/v2/posts/${postId}?context=edit`, undefined);
      assert.match(saved.content.raw ?? '', /wp:jitco\/greeting/);
    });

    it('shows the content with JavaScript off, from the element’s own render', async () => {
      const { context, page } = await visit(`/?p=${postId}`, { javaScript: false });
      try {
        const elements = await readElements(page);
        assert.deepEqual(elements.map((e) => [e.tag, e.defined]), [['jitco-greeting', false], ['jitco-timeline', false], ['jitco-name-change-notice', false]]);
        assert.ok(elements[0].text.includes(TYPED), elements[0].text);
        assert.ok(elements[1].text.length > 200, elements[1].text);
        assert.ok(elements[2].text.includes('JITCO'), elements[2].text);
      } finally {
        await context.close();
      }
    });

    for (const width of [390, 1280])
      it(`shifts the page by at most 0.05 as the elements upgrade (Twenty Twenty-Three, ${width} px)`, async () => {
        const { context, page, errors } = await visit(`/?p=${postId}`, { width, cls: true });
        try {
          await page.waitForFunction(() => ['jitco-greeting', 'jitco-timeline', 'jitco-name-change-notice'].every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount));
          await page.waitForTimeout(1000);
          const shift = await page.evaluate(() => window.__shift);
          console.log(`layout shift, three blocks, ${width} px: ${shift.toFixed(3)}`);
          assert.ok(shift <= 0.05, `layout shift ${shift.toFixed(3)} > 0.05`);
          assert.deepEqual(errors, []);
          if (SCREENSHOTS && width === 390) await page.screenshot({ path: `${SCREENSHOTS}/wordpress-front-end.png` });
        } finally {
          await context.close();
        }
      });

    it('works in a classic theme too (Twenty Twenty-One): the script before </body>, the elements upgraded, little shift', async () => {
      wpEval(site, `switch_theme( 'twentytwentyone' ); echo '{}';`);
      try {
        const html = await pageHtml(postId);
        const script = html.indexOf('id="jitco-elements-js"');
        assert.ok(script > html.indexOf('</main>') && script < html.indexOf('</body>'), 'the script after the content, before </body>');
        const { context, page, errors } = await visit(`/?p=${postId}`, { width: 390, cls: true });
        try {
          await page.waitForFunction(() => ['jitco-greeting', 'jitco-timeline', 'jitco-name-change-notice'].every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount));
          await page.waitForTimeout(1000);
          const shift = await page.evaluate(() => window.__shift);
          console.log(`layout shift, three blocks, Twenty Twenty-One, 390 px: ${shift.toFixed(3)}`);
          assert.ok(shift <= 0.05, `layout shift ${shift.toFixed(3)} > 0.05`);
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      } finally {
        wpEval(site, `switch_theme( 'twentytwentythree' ); echo '{}';`);
      }
    });
  });

  it('speaks Japanese on a Japanese site: block titles and the settings page', () => {
    wpEval(site, `update_option( 'WPLANG', 'ja' ); echo '{}';`);
    let ja;
    try {
      // A new request: WordPress reads the site's language as it starts.
      ja = wpEval(
        site,
        `$titles = array();
foreach ( array( 'greeting', 'timeline', 'name-change-notice' ) as $name ) $titles[] = WP_Block_Type_Registry::get_instance()->get_registered( 'jitco/' . $name )->title;
echo wp_json_encode( array( 'titles' => $titles, 'words' => jitco_elements_editor_settings()['words']['lang'], 'page' => __( 'JITCO elements', 'jitco-elements' ) ) );`,
      );
    } finally {
      wpEval(site, `delete_option( 'WPLANG' ); echo '{}';`);
    }
    assert.deepEqual(ja, { titles: ['JITCO ごあいさつ', 'JITCO 沿革', 'JITCO 名称変更のお知らせ'], words: '言語', page: 'JITCO エレメント' });
  });

  it('logged no PHP error, warning or notice from the plugin in all of the above', () => {
    const log = existsSync(join(site.dir, 'debug.log')) ? readFileSync(join(site.dir, 'debug.log'), 'utf8') : '';
    const ours = log.split('\n').filter((line) => line.includes('plugins/jitco-elements'));
    assert.deepEqual(ours, []);
  });

  it('leaves nothing behind when it is deleted', () => {
    const left = wpEval(
      site,
      `update_option( 'jitco_elements_script_source', 'cdn' );
define( 'WP_UNINSTALL_PLUGIN', 'jitco-elements/jitco-elements.php' );
include WP_PLUGIN_DIR . '/jitco-elements/uninstall.php';
global $wpdb;
echo wp_json_encode( array( 'options' => $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%jitco%'" ) ) );`,
    );
    assert.deepEqual(left.options, []);
  });
});
