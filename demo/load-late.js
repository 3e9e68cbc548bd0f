// The demo pages' script loader: the elements' CDN module, now, `?delay=<ms>` later, or never
// (`?delay=never`: the page as without JavaScript). It also reports the page's layout shift
// (Chromium's `layout-shift` entries, summed as CLS counts them) to a parent page.
const delay = new URLSearchParams(location.search).get('delay') ?? '0';
let shift = 0;
const report = () => parent.postMessage({ jitcoDemo: location.pathname, shift, defined: !!customElements.get('jitco-greeting') }, location.origin);
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shift += entry.value;
    report();
  }).observe({ type: 'layout-shift', buffered: true });
} else shift = NaN;
report();
if (delay !== 'never') {
  setTimeout(async () => {
    await import('/dist/cdn/jitco-elements.js');
    await customElements.whenDefined('jitco-greeting');
    requestAnimationFrame(() => requestAnimationFrame(report));
  }, Number(delay) || 0);
}
