// The elements' script from the installed package (no CDN request), and the content file.
export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'node_modules/jitco-elements/dist/cdn/jitco-elements.js': 'jitco-elements.js' });
  eleventyConfig.addPassthroughCopy({ 'src/timeline.json': 'timeline.json' });
}
