/**
 * What the builder says about each content field: its label and one line of help. The form's
 * structure comes from the elements' schemas; only these words are the builder's own. A field
 * is looked up as `scope.key` (scope: the element at the top, else the enclosing field, e.g.
 * `link.label`), then as `key`; an unknown field gets its key as label, so a field added to a
 * schema still shows up in the form.
 */
export interface FieldInfo {
  label: string;
  help?: string;
  /** A text of several sentences: a textarea. */
  multiline?: boolean;
  /** For a list: what one item is called ("Event" → "Event 3", "Add event"). */
  item?: string;
  /** For a choice between shapes (a union): one name per option, in the schema's order. */
  options?: readonly string[];
}

const DATE_FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD';

const FIELDS: Record<string, FieldInfo> = {
  'greeting.heading': { label: 'Heading', help: 'Shown above the greeting.' },
  'timeline.heading': {
    label: 'Heading',
    help: 'Optional. Empty: the built-in “Program timeline”, in the reader’s language.',
  },
  'name-change-notice.heading': {
    label: 'Heading',
    help: 'Optional. Empty: the built-in “Notice of name change”, in the reader’s language.',
  },
  paragraphs: { label: 'Paragraphs', item: 'Paragraph', multiline: true, help: 'One box per paragraph.' },
  signature: { label: 'Signature' },
  organization: { label: 'Organization' },
  role: { label: 'Role', help: 'For example “President”.' },
  name: { label: 'Name' },
  photo: { label: 'Photo', help: 'Optional, shown beside the greeting.' },
  'photo.src': { label: 'Photo URL', help: 'An http: or https: address, or one relative to the page.' },
  alt: { label: 'Photo description', help: 'What the photo shows, for people who cannot see it.' },
  events: { label: 'Events', item: 'Event', help: 'Shown in date order, whatever their order here.' },
  date: {
    label: 'Date',
    help: `${DATE_FORMS}: shown as a year, a month or a day.`,
    options: ['A date', 'A period'],
  },
  from: { label: 'From', help: `${DATE_FORMS}; the event sorts by it.` },
  to: { label: 'To', help: DATE_FORMS },
  'date.label': { label: 'Period label', help: 'What readers see instead of the dates, e.g. “Late 1960s”.' },
  title: { label: 'Title' },
  description: { label: 'Description', multiline: true, help: 'Optional.' },
  figures: { label: 'Figures', item: 'Figure', help: 'Optional numbers, formatted in the reader’s language.' },
  value: { label: 'Number', help: 'For example 370000; with “Percentage”, a fraction (0.13 shows as 13%).' },
  approximate: { label: 'Approximate', help: 'Adds “approx.” in the reader’s language.' },
  unit: { label: 'Percentage', help: 'The number is a fraction: 0.13 shows as 13%.' },
  'figures.label': { label: 'Figure label', help: 'What the number counts; {value} places the number, e.g. “在留技能実習生 {value}人”.' },
  link: { label: 'Link', help: 'Optional.' },
  href: { label: 'Link URL', help: 'http:, https:, mailto: or relative; any other kind (javascript:) is refused.' },
  'link.label': { label: 'Link text' },
  formerName: { label: 'Former name' },
  newName: { label: 'New name' },
  effectiveDate: { label: 'Date of the change', help: 'YYYY-MM-DD, the day the new name takes effect. Before that day the notice says the name will change.' },
  abbreviation: { label: 'Abbreviation', help: 'Optional, shown after the new name, e.g. JITCO.' },
  message: { label: 'Message', multiline: true, help: 'Optional sentence under the announcement.' },
};

/** The words for field `key` inside `scope`. */
export const fieldInfo = (scope: string, key: string): FieldInfo =>
  FIELDS[`${scope}.${key}`] ?? FIELDS[key] ?? { label: key };

/** The interface languages of the elements, with their names in English and in themselves. */
export const LANGUAGES: readonly { tag: string; name: string }[] = [
  { tag: 'en', name: 'English' },
  { tag: 'ja', name: 'Japanese — 日本語' },
  { tag: 'vi', name: 'Vietnamese — Tiếng Việt' },
  { tag: 'id', name: 'Indonesian — Bahasa Indonesia' },
  { tag: 'fil', name: 'Filipino' },
  { tag: 'zh-Hans', name: 'Chinese (Simplified) — 简体中文' },
  { tag: 'my', name: 'Burmese — မြန်မာ' },
  { tag: 'km', name: 'Khmer — ខ្មែរ' },
  { tag: 'th', name: 'Thai — ไทย' },
  { tag: 'ne', name: 'Nepali — नेपाली' },
  { tag: 'mn', name: 'Mongolian — Монгол' },
];

/** Whether `tag` is a well-formed BCP 47 language tag (never throws). */
export function isLanguageTag(tag: string): boolean {
  if (!tag.trim()) return false;
  try {
    return Intl.getCanonicalLocales(tag.trim()).length === 1;
  } catch {
    return false;
  }
}

/** What the builder says about an attribute's control; the registry's description is the fallback help. */
export interface AttributeWords {
  label: string;
  help?: string;
  /** For a choice: each value's name (`''`: the attribute left out). */
  options?: Record<string, string>;
}

const ATTRIBUTE_WORDS: Record<string, AttributeWords> = {
  'heading-level': {
    label: 'Heading level',
    help: 'The level of the element’s heading, to fit the outline of your page (default h2).',
    options: { 1: 'h1', 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' },
  },
  now: { label: 'Today, for the preview', help: 'Optional date (YYYY-MM-DD) to see the preview as on that day; not part of the embed code.' },
  collapsed: { label: 'Collapsed' },
  order: { label: 'Order', help: 'Events are sorted by date either way.', options: { asc: 'Oldest first', desc: 'Newest first' } },
  'group-by': { label: 'Group by', options: { '': 'No grouping', year: 'Year: a heading before each year', decade: 'Decade: a heading before each decade' } },
  dismissible: { label: 'Dismissible' },
  'notice-id': { label: 'Notice name', help: 'Optional: the name under which a dismissal is remembered; without it, editing the notice shows it again.' },
  'hide-after': { label: 'Hide from', help: 'Optional date (YYYY-MM-DD): from that day on the notice shows nothing.' },
};

/** The words for attribute `name`; an attribute added to the registry gets its name as label. */
export const attributeWords = (name: string): AttributeWords => ATTRIBUTE_WORDS[name] ?? { label: name };
