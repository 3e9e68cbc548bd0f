/**
 * What the preview shows (pure, like state.ts): the good content with its events cut to the
 * first PREVIEW_EVENTS, and its relative URLs read against the address of the page the code
 * goes on. The embed code always has the content as it is.
 */
import type { Schema } from '../src/core/schema.js';
import type { Work } from './state.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Events shown in the preview at most (the embed code has them all). */
export const PREVIEW_EVENTS = 200;

/**
 * The good content, its events cut to the first PREVIEW_EVENTS: the element renders 5,000
 * events in seconds, which must not freeze the builder at each keystroke.
 */
export function previewContent(good: unknown): unknown {
  const events = isRecord(good) && Array.isArray(good.events) ? good.events : [];
  return events.length > PREVIEW_EVENTS ? { ...(good as object), events: events.slice(0, PREVIEW_EVENTS) } : good;
}

/** Whether `text` is an absolute http(s) address (the page address must be one). */
export function isPageAddress(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** What is wrong with the typed page address, if anything. */
export const pageProblem = ({ page }: Work): string | undefined =>
  page.trim() && !isPageAddress(page.trim())
    ? `“${page.trim()}” is not an http: or https: address; the preview reads relative addresses from this builder’s page.`
    : undefined;

/**
 * `value` with every relative URL (a schema `url` string: a photo, a link) read against `page`,
 * the address of the page the code will go on, so the preview shows what that page will show.
 * The embed code keeps the URLs as typed. Without a valid page address, `value` itself.
 */
export function resolveUrls(schema: Schema, value: unknown, page: string): unknown {
  const base = page.trim();
  if (!base || !isPageAddress(base)) return value;
  const walk = (s: Schema, v: unknown): unknown => {
    switch (s.kind) {
      case 'string':
        if (s.format !== 'url' || typeof v !== 'string' || !v.trim() || /^[a-z][a-z0-9+.-]*:/i.test(v.trim())) return v;
        try {
          return new URL(v.trim(), base).href;
        } catch {
          return v;
        }
      case 'array':
        return Array.isArray(v) ? v.map((item) => walk(s.item, item)) : v;
      case 'union':
        return s.options.reduce((acc, option) => walk(option, acc), v);
      case 'object':
        if (!isRecord(v)) return v;
        return Object.fromEntries(Object.entries(v).map(([key, field]) => [key, key in s.fields ? walk(s.fields[key], field) : field]));
      default:
        return v;
    }
  };
  return walk(schema, value);
}
