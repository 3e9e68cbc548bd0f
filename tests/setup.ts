/**
 * Loaded before every browser test file (web-test-runner.config.mjs, `testRunnerHtml`).
 *
 * A failing `expect(node).to.equal(otherNode)` must fail, not hang. The runner sends each
 * failure's `actual` and `expected` values from the page to Node, and on a DOM node that
 * serialization walks the whole document and never ends in practice: the test file then stalls
 * until the runner's timeout with 0 passed, 0 failed and no message (seen with focus after the
 * notice's dismissal broken). Chai's message already names the nodes, so a failure about nodes
 * carries them as short descriptions instead, without a diff.
 */
// Chai itself, the very module @open-wc/testing re-exports: importing @open-wc/testing here,
// before Mocha exists, would skip its fixture cleanup (registered only where `afterEach` is defined).
import * as chai from '@esm-bundle/chai';

/** `<button#close part="button">`: enough to tell nodes apart in a failure message. */
function describeNode(node: Node): string {
  if (!(node instanceof Element)) return node.nodeName;
  const id = node.id ? `#${node.id}` : '';
  const part = node.getAttribute('part');
  return `<${node.localName}${id}${part ? ` part="${part}"` : ''}>`;
}

/** `value` with every DOM node (up to two levels down) replaced by its description; `found` tells whether there was one. */
function withoutNodes(value: unknown, depth = 0): { value: unknown; found: boolean } {
  if (value instanceof Node) return { value: describeNode(value), found: true };
  if (depth >= 2 || typeof value !== 'object' || value === null) return { value, found: false };
  let found = false;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([] as unknown as Record<string, unknown>) : {};
  for (const [key, item] of Object.entries(value)) {
    const replaced = withoutNodes(item, depth + 1);
    found ||= replaced.found;
    copy[key] = replaced.value;
  }
  return found ? { value: copy, found } : { value, found: false };
}

const { assert } = chai.Assertion.prototype;
chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    const failure = error as { actual?: unknown; expected?: unknown; showDiff?: boolean };
    const actual = withoutNodes(failure.actual);
    const expected = withoutNodes(failure.expected);
    if (actual.found || expected.found) {
      failure.actual = actual.value;
      failure.expected = expected.value;
      failure.showDiff = false;
    }
    throw error;
  }
} as typeof assert;
