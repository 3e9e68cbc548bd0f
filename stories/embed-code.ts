/**
 * The HTML a partner pastes for a story: the element's tag with the story's attributes, escaped
 * so that the browser reads back exactly the values the story used. Stories show it in their
 * docs source block through `embedSource`, so it follows the controls.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { attribute, type AttributeValue } from '../builder/escape.js';

// The escaping is the builder's (builder/escape.ts): a story's code is written as the builder writes it.
export { attribute, attributeText, type AttributeValue } from '../builder/escape.js';

/** The module script a partner adds once per page (see README: CDN builds). */
export const LOADER_SCRIPT =
  '<script type="module" src="https://YOUR-CDN/jitco-elements/dist/cdn/jitco-elements.js"></script>';

/** `<tag a="…" b></tag>`; with JSON objects, one attribute a line. */
export function embedCode(tag: string, attributes: Record<string, AttributeValue>): string {
  const present = Object.entries(attributes).filter(([name, value]) => attribute(name, value));
  if (!present.some(([, value]) => typeof value === 'object')) {
    return `<${tag}${present.map(([name, value]) => attribute(name, value)).join('')}></${tag}>`;
  }
  const lines = present.map(([name, value]) => `\n ${attribute(name, value, '  ')}`);
  return `<${tag}${lines.join('')}\n></${tag}>`;
}

/** The args of a story that are attributes: story args use the attribute names as keys. */
export const attributesOf = (args: Record<string, unknown>, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, args[name] as AttributeValue]));

/**
 * `parameters.docs.source` for a meta: the paste-ready HTML built from the story's args
 * (`before`, e.g. a theme's `<style>`, goes above it), with the loader script on top.
 */
export function embedSource(
  tag: string,
  names: readonly string[],
  before?: (context: StoryContext) => string | undefined,
) {
  return {
    language: 'html',
    transform: (_rendered: string, context: StoryContext) =>
      [LOADER_SCRIPT, before?.(context), embedCode(tag, attributesOf(context.args, names))]
        .filter(Boolean)
        .join('\n'),
  };
}
