/** The name-change notice's content: its schema (types, validation, JSON Schema) and default. */
import { object, string, text, type Infer } from '../core/schema.js';
import { ABBREVIATION, FORMER_NAME, NAME_CHANGE_DATE, NEW_NAME } from '../core/seed.js';

export const noticeSchema = object(
  {
    formerName: text(),
    newName: text(),
    // A name change has an effective day: "On 2020, X became Y" reads wrong in every language.
    effectiveDate: string('iso-day'),
    abbreviation: text(),
    message: text(),
    link: object({ href: string('url'), label: text() }),
    // Replaces the built-in, neutral heading ("Notice of name change").
    heading: text(),
  },
  ['abbreviation', 'message', 'link', 'heading'],
  // An unsafe or broken link is dropped; the notice itself still shows.
  ['link'],
);

/** The content of `<jitco-name-change-notice>`. */
export type NameChangeNoticeContent = Infer<typeof noticeSchema>;

/**
 * The 2020 name change, as the seed greeting page states it, with the official Japanese names
 * (JITCO's own notice of the change; a 公益財団法人 since April 2012). Other languages keep the
 * English names: their official renderings are not verified.
 */
export const defaultNotice: NameChangeNoticeContent = {
  formerName: { en: FORMER_NAME, ja: '公益財団法人 国際研修協力機構' },
  newName: { en: NEW_NAME, ja: '公益財団法人 国際人材協力機構' },
  effectiveDate: NAME_CHANGE_DATE,
  abbreviation: ABBREVIATION,
};
