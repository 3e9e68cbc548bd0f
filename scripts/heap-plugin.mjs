// A web-test-runner command for the leak tests: `executeServerCommand('heap-usage')` forces a full
// garbage collection through the Chrome DevTools Protocol (V8 and, with the unified heap, the DOM)
// and answers the JS heap's used bytes and the page's live DOM nodes and JS event listeners.
// Answers 'unsupported' where there is no CDP (Firefox over BiDi, WebKit over WebDriver): the leak tests
// are Chromium-only.

export function heapPlugin() {
  return {
    name: 'jitco-heap',
    async executeCommand({ command, session }) {
      if (command !== 'heap-usage') return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage?.(session.id) : undefined;
      if (!page || session.browser.name !== 'Chrome') return 'unsupported';
      const client = await page.createCDPSession();
      try {
        // Several passes: the first frees objects whose finalizers release more.
        for (let pass = 0; pass < 3; pass++) await client.send('HeapProfiler.collectGarbage');
        const { usedSize } = await client.send('Runtime.getHeapUsage');
        const { nodes, jsEventListeners } = await client.send('Memory.getDOMCounters');
        return { heap: usedSize, nodes, listeners: jsEventListeners };
      } finally {
        await client.detach();
      }
    },
  };
}
