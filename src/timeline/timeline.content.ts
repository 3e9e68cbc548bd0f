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
 * Every dated fact of JITCO's greeting page, in order, in English and in Japanese (written from
 * the same facts, in the terms of the law: 技能実習制度, 技能実習生, 特定技能). Figures are data, so
 * they format per locale; a Japanese label places the number itself ({value}). No heading: the
 * localized interface heading is used.
 */
export const defaultTimeline: TimelineContent = {
  events: [
    {
      date: { from: '1965', to: '1969', label: { en: 'Late 1960s', ja: '1960年代後半' } },
      title: {
        en: 'Overseas subsidiaries of Japanese corporations begin training programs',
        ja: '日本企業の海外現地法人が社員教育として研修を開始',
      },
    },
    // Founded as a 財団法人; a 公益財団法人 only from April 2012.
    { date: '1991', title: { en: `${ABBREVIATION} established as the ${FORMER_NAME}`, ja: '財団法人 国際研修協力機構（JITCO）設立' } },
    { date: '1993', title: { en: `Training formalized in the ${TRAINING_PROGRAM}`, ja: '技能実習制度の創設により研修を制度化' } },
    {
      date: '2010',
      title: { en: 'Immigration Control Act amended', ja: '入管法改正' },
      description: {
        en: 'Technical Intern Training becomes a residence status category.',
        ja: '在留資格「技能実習」が創設される。',
      },
    },
    {
      date: '2017',
      title: { en: 'Technical Intern Training Act comes into effect', ja: '技能実習法施行' },
      description: { en: `A new ${TRAINING_PROGRAM}.`, ja: '新たな技能実習制度へ移行。' },
    },
    { date: '2019-04', title: { en: 'Japan begins to accept Specified Skilled Workers', ja: '特定技能外国人の受入れ開始' } },
    {
      date: '2019-06-30',
      title: { en: `The ${TRAINING_PROGRAM} has developed steadily`, ja: '技能実習制度の着実な発展' },
      figures: [
        { value: 370000, approximate: true, label: { en: 'Technical Intern Trainees in Japan', ja: '在留技能実習生 {value}人' } },
        {
          value: 0.13,
          approximate: true,
          unit: 'percent',
          label: { en: 'of all foreign nationals resident in Japan', ja: '在留外国人全体の{value}' },
        },
      ],
    },
    {
      date: '2019-12-31',
      title: { en: 'Specified Skilled Workers in Japan', ja: '在留特定技能外国人' },
      figures: [{ value: 1621, label: { en: 'first-year Specified Skilled Workers', ja: '特定技能1号 外国人 {value}人' } }],
    },
    {
      date: NAME_CHANGE_DATE,
      title: { en: `Official name changed to ${NEW_NAME}`, ja: '正式名称を公益財団法人 国際人材協力機構に変更' },
    },
  ],
};
