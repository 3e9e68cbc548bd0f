/**
 * The `src` request as the contract states it: refused above 512 KiB (counted in bytes, whether
 * or not the server sends a Content-Length, a body of exactly 512 KiB still accepted), and sent
 * without credentials. The bodies come from tests/server.mjs (`/test-api/sized`, `/test-api/cookie`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/greeting/define.js';
import type { JitcoErrorDetail } from '../../src/core/errors.js';
import type { JitcoGreeting } from '../../src/greeting/greeting.js';
import { captureWarnings, one, textOf } from '../helpers.js';

const KIB = 1024;
const LIMIT = 512 * KIB;

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => (warnings = captureWarnings()));
afterEach(() => warnings.restore());

/** Loads `src` into a greeting; resolves with the outcome (`loaded` or the error), or rejects after 8 s. */
async function load(src: string): Promise<{ el: JitcoGreeting; loaded: boolean; error?: JitcoErrorDetail }> {
  const el = await fixture<JitcoGreeting>(html`<jitco-greeting></jitco-greeting>`);
  const outcome = new Promise<{ loaded: boolean; error?: JitcoErrorDetail }>((resolve, reject) => {
    el.addEventListener('jitco-load', () => resolve({ loaded: true }));
    el.addEventListener('jitco-error', (event) => resolve({ loaded: false, error: event.detail }));
    setTimeout(() => reject(new Error(`neither jitco-load nor jitco-error within 8 s for ${src}`)), 8000);
  });
  el.src = src;
  return { el, ...(await outcome) };
}

const sized = (bytes: number, { chunked = false, fill = '' } = {}) =>
  `/test-api/sized?bytes=${bytes}${chunked ? '&chunked' : ''}${fill ? `&fill=${fill}` : ''}`;

describe('src size limit (512 KiB)', () => {
  for (const chunked of [false, true]) {
    const how = chunked ? 'without a Content-Length' : 'with a Content-Length';

    it(`loads a valid body of about 500 KiB sent ${how}`, async () => {
      const { el, loaded, error } = await load(sized(500 * KIB, { chunked }));
      expect(error?.message, 'jitco-error').to.equal(undefined);
      expect(loaded).to.be.true;
      expect(textOf(one(el, '[part="heading"]'))).to.equal(`${500 * KIB} bytes`);
    });

    it(`loads a body of exactly 512 KiB sent ${how}`, async () => {
      const { el, loaded, error } = await load(sized(LIMIT, { chunked }));
      expect(error?.message, 'jitco-error').to.equal(undefined);
      expect(loaded).to.be.true;
      expect(textOf(one(el, '[part="heading"]'))).to.equal(`${LIMIT} bytes`);
    });

    it(`refuses a body of 512 KiB + 1 byte sent ${how}, keeping the default`, async () => {
      const { el, loaded, error } = await load(sized(LIMIT + 1, { chunked }));
      expect(loaded).to.be.false;
      expect(error).to.deep.equal({ source: 'src', message: 'response is larger than 512 KiB' });
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Greeting');
      expect(warnings.warnings).to.have.length(1);
    });
  }

  it('counts bytes, not characters: 512 KiB + 1 byte of mostly three-byte characters is refused', async () => {
    // About 175,000 characters: a limit counted in UTF-16 units would let it in.
    const { loaded, error } = await load(sized(LIMIT + 1, { chunked: true, fill: 'ja' }));
    expect(loaded).to.be.false;
    expect(error?.message).to.equal('response is larger than 512 KiB');
    const exact = await load(sized(LIMIT, { chunked: true, fill: 'ja' }));
    expect(exact.error?.message, 'jitco-error').to.equal(undefined);
    expect(exact.loaded).to.be.true;
  });
});

describe('src credentials', () => {
  const COOKIE = 'jitco-credentials-probe';
  beforeEach(() => void (document.cookie = `${COOKIE}=1; path=/`));
  afterEach(() => void (document.cookie = `${COOKIE}=; path=/; max-age=0`));

  it('fetches src without credentials: the page server’s cookie is not sent', async () => {
    // The probe itself: an ordinary same-origin fetch does send the cookie.
    const probe = await (await fetch('/test-api/cookie')).json();
    expect(probe.heading, 'the cookie reaches the server by default').to.contain(`${COOKIE}=1`);
    const { el, loaded } = await load('/test-api/cookie');
    expect(loaded).to.be.true;
    expect(textOf(one(el, '[part="heading"]'))).to.equal('no cookies');
  });

  it('asks fetch for credentials: "omit"', async () => {
    const original = window.fetch;
    const seen: (RequestCredentials | undefined)[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init?.credentials ?? (input instanceof Request ? input.credentials : undefined));
      return original(input, init);
    };
    try {
      const { loaded } = await load('/test-api/greeting.json');
      expect(loaded).to.be.true;
    } finally {
      window.fetch = original;
    }
    expect(seen).to.deep.equal(['omit']);
  });
});
