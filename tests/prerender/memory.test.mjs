// The prerenderer's memory (README "Prerendering"): the largest supported page (1 MiB, with two
// timelines at the 512 KiB content limit) stays under 200 MB of peak resident memory, and a longer
// page is left as it is, not parsed (a 10 MB timeline once took 1.26 GB). Each
// page runs through the CLI in its own process; the peak is that process's maxRSS, printed by a
// preload, and a page of one default element, in the same run, is the baseline it is read against.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAX_SRC_BYTES } from '../../dist/core/content.js';
import { MAX_PAGE_CHARACTERS } from '../../dist/prerender/prerender.js';
import { prerendered, textOf } from './helpers.mjs';

const BIN = new URL('../../bin/jitco-elements.mjs', import.meta.url).pathname;
const PRELOAD = new URL('./rss-on-exit.mjs', import.meta.url).href;
const MB = 1024 * 1024;
const PEAK_LIMIT = 200 * MB;
let folder;

/** Timeline content of `events` events, each with English and Japanese text. */
const timeline = (events) => ({
  events: Array.from({ length: events }, (_, i) => ({
    date: `${1990 + (i % 30)}-0${1 + (i % 9)}-1${i % 9}`,
    title: { en: `Event ${i}, a title of ordinary length`, ja: `出来事 ${i} の見出し` },
    description: { en: 'What happened, in a sentence or two, as a description says it.', ja: '何が起きたかを一、二文で説明します。' },
  })),
});

/** The most events whose JSON stays within the content limit. */
function eventsAtLimit() {
  const perEvent = JSON.stringify(timeline(1000)).length / 1000;
  let events = Math.floor(MAX_SRC_BYTES / perEvent);
  while (JSON.stringify(timeline(events)).length > MAX_SRC_BYTES) events--;
  return events;
}

const attribute = (value) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
const page = (body) => `<!doctype html>\n<html lang="en">\n<body>\n${body}\n</body>\n</html>\n`;

/** Prerenders `file` with the CLI; resolves with its exit code, standard error and peak memory (bytes). */
function prerenderFile(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', PRELOAD, BIN, 'prerender', file, '-o', `${file}.out`]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const peak = Number(/maxRSS (\d+)\s*$/.exec(stderr)?.[1]) * 1024;
      resolve({ code, stderr, peak, out: readFileSync(`${file}.out`, 'utf8') });
    });
  });
}

const mb = (bytes) => `${(bytes / MB).toFixed(0)} MB`;

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'jitco-memory-'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe('prerender memory', () => {
  it('prerenders the largest supported page under 200 MB', async () => {
    // Two timelines as close to the content limit as the page limit allows.
    const largestPage = (events) =>
      page(`<jitco-timeline data='${attribute(timeline(events))}'></jitco-timeline>\n<jitco-greeting></jitco-greeting>\n<jitco-timeline data='${attribute(timeline(events))}'></jitco-timeline>\n<jitco-name-change-notice dismissible></jitco-name-change-notice>`);
    let events = eventsAtLimit();
    while (largestPage(events).length > MAX_PAGE_CHARACTERS) events--;
    const baselineFile = join(folder, 'baseline.html');
    writeFileSync(baselineFile, page('<jitco-greeting></jitco-greeting>'));
    const largestFile = join(folder, 'largest.html');
    writeFileSync(largestFile, largestPage(events));
    const baseline = await prerenderFile(baselineFile);
    const largest = await prerenderFile(largestFile);
    assert.equal(largest.code, 0, largest.stderr);
    for (const shown of prerendered(largest.out).filter(({ tag }) => tag === 'jitco-timeline')) {
      const items = [];
      (function walk(node) {
        if (node.tagName === 'li') items.push(node);
        for (const child of node.childNodes ?? []) walk(child);
      })(shown.root);
      assert.equal(items.length, events, `each timeline shows all ${events} events`);
      assert.ok(items.some((item) => textOf(item).includes(`Event ${events - 1},`)), 'the last event is shown');
    }
    console.log(
      `prerender peak memory: ${mb(largest.peak)} for a page of ${largestPage(events).length} characters (two timelines of ${events} events, ${JSON.stringify(timeline(events)).length} characters each); ${mb(baseline.peak)} for one default greeting`,
    );
    assert.ok(largest.peak > baseline.peak, `the peak is read (${mb(largest.peak)} vs baseline ${mb(baseline.peak)})`);
    assert.ok(largest.peak < PEAK_LIMIT, `peak memory ${mb(largest.peak)} (baseline ${mb(baseline.peak)}) is not under ${mb(PEAK_LIMIT)}`);
  });

  it('leaves a 10 MB page as it is, without parsing it, under 200 MB', async () => {
    const hugeFile = join(folder, 'huge.html');
    const content = timeline(60_000);
    assert.ok(JSON.stringify(content).length > 10 * 1000 * 1000, 'the content is over 10 MB');
    writeFileSync(hugeFile, page(`<jitco-timeline data='${attribute(content)}'></jitco-timeline>`));
    const huge = await prerenderFile(hugeFile);
    assert.equal(huge.code, 0, huge.stderr);
    assert.match(huge.stderr, /prerender: the page is larger than 1 MiB \(\d+ characters\); left as it is/);
    assert.equal(huge.out, readFileSync(hugeFile, 'utf8'), 'the page is written unchanged');
    assert.ok(huge.peak < PEAK_LIMIT, `peak memory ${mb(huge.peak)} is not under ${mb(PEAK_LIMIT)}`);
  });
});
