/** The timeline's content: its schema (types, validation, JSON Schema) and default. */
import { array, boolean, literal, number, object, string, text, union, type Infer } from '../core/schema.js';
import { ABBREVIATION, FORMER_NAME, NAME_CHANGE_DATE, NEW_NAME } from '../core/seed.js';

/** An approximate period, sorted by `from` and shown with its `label`. */
const period = object({ from: string('iso-date'), to: string('iso-date'), label: text() });

const figure = object(
  { value: number(), approximate: boolean(), unit: literal('percent'), label: text() },
  ['approximate', 'unit'],
);

// A bad field (date, title, description, link, `figures` not a list) leaves the whole event out
// (reported); the other events still render. A bad figure in the list is left out alone.
const event = object(
  {
    date: union(string('iso-date'), period),
    title: text(),
    description: text(),
    figures: array(figure),
    link: object({ href: string('url'), label: text() }),
  },
  ['description', 'figures', 'link'],
);

export const timelineSchema = object({ heading: text(), events: array(event) }, ['heading']);

/** The content of `<jitco-timeline>`. */
export type TimelineContent = Infer<typeof timelineSchema>;
/** One milestone of the timeline. */
export type TimelineEvent = TimelineContent['events'][number];

const TRAINING_PROGRAM = 'Technical Intern Training Program';

/**
 * Every dated fact of JITCO's greeting page, in order. Figures are data, so they format per
 * locale. No heading: the localized interface heading is used.
 */
export const defaultTimeline: TimelineContent = {
  events: [
    {
      date: { from: '1965', to: '1969', label: 'Late 1960s' },
      title: 'Overseas subsidiaries of Japanese corporations begin training programs',
    },
    { date: '1991', title: `${ABBREVIATION} established as the ${FORMER_NAME}` },
    { date: '1993', title: `Training formalized in the ${TRAINING_PROGRAM}` },
    {
      date: '2010',
      title: 'Immigration Control Act amended',
      description: 'Technical Intern Training becomes a residence status category.',
    },
    { date: '2017', title: 'Technical Intern Training Act comes into effect', description: `A new ${TRAINING_PROGRAM}.` },
    { date: '2019-04', title: 'Japan begins to accept Specified Skilled Workers' },
    {
      date: '2019-06-30',
      title: `The ${TRAINING_PROGRAM} has developed steadily`,
      figures: [
        { value: 370000, approximate: true, label: 'Technical Intern Trainees in Japan' },
        { value: 0.13, approximate: true, unit: 'percent', label: 'of all foreign nationals resident in Japan' },
      ],
    },
    {
      date: '2019-12-31',
      title: 'Specified Skilled Workers in Japan',
      figures: [{ value: 1621, label: 'first-year Specified Skilled Workers' }],
    },
    { date: NAME_CHANGE_DATE, title: `Official name changed to ${NEW_NAME}` },
  ],
};
