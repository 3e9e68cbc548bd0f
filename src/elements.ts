/**
 * The element registry: each element's tag, class name, content schema, default content and
 * attributes (type, allowed values, default, description). Everything that lists elements or
 * attributes reads it: the prerenderer, the builder, the stories, the benchmarks, the React
 * wrappers; tests check the classes (`tests/elements.test.ts`), the manifest and the build's
 * element list against it.
 *
 * It holds data, not classes: importing it defines nothing and pulls in no element (the classes
 * by tag: `ELEMENT_CLASSES` in `classes.ts`). Each entry lives in its element's folder
 * (`greeting/greeting.meta.ts`), so a one-element entry can read its own without the others.
 */
import { COMMON_ATTRIBUTES, type AttributeInfo, type ElementInfo } from './core/registry.js';
import { greetingInfo } from './greeting/greeting.meta.js';
import { nameChangeNoticeInfo } from './name-change-notice/name-change-notice.meta.js';
import { timelineInfo } from './timeline/timeline.meta.js';

export { COMMON_ATTRIBUTES, type AttributeInfo, type AttributeType, type ElementInfo } from './core/registry.js';
export { greetingInfo, nameChangeNoticeInfo, timelineInfo };

/** Every element, in the order people meet them (builder, docs). */
export const ELEMENTS = [greetingInfo, timelineInfo, nameChangeNoticeInfo] as const;

/** A tag of ours. */
export type Tag = (typeof ELEMENTS)[number]['tag'];

/** Every tag of ours, in registry order. */
export const TAGS: readonly Tag[] = ELEMENTS.map((element) => element.tag);

/** The registry entry of `tag`, or undefined when it is not one of ours. */
export const elementInfo = (tag: string): ElementInfo | undefined => ELEMENTS.find((element) => element.tag === tag);

/** Every attribute of an element: the common ones, then its own. */
export const attributesOf = (element: ElementInfo): readonly AttributeInfo[] => [...COMMON_ATTRIBUTES, ...element.attributes];
