// Lit's own SSR of the elements at build time: the plugin loads the component modules in a worker
// thread (with Lit's DOM shim) and renders every custom element of each HTML page into a
// declarative shadow root with Lit's hydration markers.
import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['js/elements.js'] });
}
