/** The name-change notice's content: its schema (types, validation, JSON Schema) and default. */
import { object, string, text, type Infer } from '../core/schema.js';
import { ABBREVIATION, FORMER_NAME, NAME_CHANGE_DATE, NEW_NAME } from '../core/seed.js';

export const noticeSchema = object(
  {
    formerName: text(),
    newName: text(),
    effectiveDate: string('iso-date'),
    abbreviation: text(),
    message: text(),
    link: object({ href: string('url'), label: text() }),
  },
  ['abbreviation', 'message', 'link'],
  // An unsafe or broken link is dropped; the notice itself still shows.
  ['link'],
);

/** The content of `<jitco-name-change-notice>`. */
export type NameChangeNoticeContent = Infer<typeof noticeSchema>;

/** The 2020 name change, as the seed greeting page states it. */
export const defaultNotice: NameChangeNoticeContent = {
  formerName: FORMER_NAME,
  newName: NEW_NAME,
  effectiveDate: NAME_CHANGE_DATE,
  abbreviation: ABBREVIATION,
};
