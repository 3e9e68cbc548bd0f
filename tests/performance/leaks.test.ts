/**
 * Leaks: 2,000 mount/unmount cycles of each element leave the heap flat. Chromium only: the
 * `heap-usage` command (scripts/heap-plugin.mjs) forces a full garbage collection over the DevTools
 * Protocol and reads V8's used heap and Blink's live DOM node and JS listener counts.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { elements, type JitcoElementLike } from '../elements.js';
import { contentModels } from '../fuzz/model.js';

interface Usage {
  heap: number;
  nodes: number;
  listeners: number;
}

const CYCLES = 2000;
const WARM_UP = 200;
/**
 * Allowed growth of V8's used heap over 2,000 cycles: 512 KiB, i.e. 262 bytes a cycle. Measured
 * with Chromium 156: a flat run of the greeting moves by 7–21 KiB (code compiled and optimised
 * late, inline caches), while one leaked greeting keeps ~4 KiB of V8 heap (its Lit template
 * instance, parts, loader and node wrappers; the self-check below leaks 2,000: +8 MiB and
 * +130,000 DOM nodes). The tolerance sits 25× above the noise and still catches one element
 * leaked every 16 cycles.
 */
const HEAP_TOLERANCE = 512 * 1024;
/** DOM nodes and listeners are counted exactly; a few may belong to the test page in between. */
const COUNT_TOLERANCE = 50;

const usage = () => executeServerCommand<Usage | 'unsupported', undefined>('heap-usage');

async function cycles(count: number, create: () => JitcoElementLike, keep?: JitcoElementLike[]) {
  const container = document.createElement('div');
  document.body.append(container);
  for (let i = 0; i < count; i++) {
    const element = create();
    container.append(element);
    await element.updateComplete;
    element.remove();
    keep?.push(element);
  }
  container.remove();
}

async function growth(create: () => JitcoElementLike, keep?: JitcoElementLike[]) {
  await cycles(WARM_UP, create);
  const before = (await usage()) as Usage;
  await cycles(CYCLES, create, keep);
  const after = (await usage()) as Usage;
  return { heap: after.heap - before.heap, nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners };
}

function expectFlat(delta: Usage) {
  expect(delta.heap, `heap grew by ${delta.heap} bytes`).to.be.below(HEAP_TOLERANCE);
  expect(delta.nodes, 'live DOM nodes').to.be.below(COUNT_TOLERANCE);
  expect(delta.listeners, 'JS event listeners').to.be.below(COUNT_TOLERANCE);
}

describe('leaks', function () {
  this.timeout(180_000);

  before(async function () {
    // Firefox (BiDi) and WebKit (WebDriver) have no DevTools Protocol to force GC and read the heap.
    if ((await usage()) === 'unsupported') this.skip();
  });

  for (const { tag } of elements) {
    it(`<${tag}>: ${CYCLES} mount/unmount cycles with its default content leave the heap flat`, async () => {
      expectFlat(await growth(() => document.createElement(tag) as JitcoElementLike));
    });

    it(`<${tag}>: ${CYCLES} mount/unmount cycles with content in data leave the heap flat`, async () => {
      const [{ value: content }] = fc.sample(contentModels[tag]({}), { seed: 8, numRuns: 1 });
      expectFlat(
        await growth(() => {
          const element = document.createElement(tag) as JitcoElementLike;
          // A new object each time, as a page re-rendering its own template would pass.
          element.data = structuredClone(content);
          return element;
        }),
      );
    });
  }

  it('detects a leak (self-check: 2,000 elements kept alive exceed the tolerance)', async () => {
    const kept: JitcoElementLike[] = [];
    const delta = await growth(() => document.createElement(elements[0].tag) as JitcoElementLike, kept);
    expect(kept).to.have.length(CYCLES);
    expect(() => expectFlat(delta)).to.throw();
  });
});
