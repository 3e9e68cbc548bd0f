/** Content that tries to push the elements out of their box: unbreakable words, URLs, addresses. */
export const LONG_WORD = 'Rechtsschutzversicherungsgesellschaften'.repeat(3);
export const LONG_URL = 'https://www.example-partner-organisation.example.com/contact/president-office/inquiries?topic=technical-intern-training-program';
export const LONG_MAIL = 'partnerships.and.international.cooperation@example-partner-organisation.example.com';

export const longGreeting = {
  heading: `Greeting ${LONG_WORD}`,
  paragraphs: [
    `First paragraph with a link written out: ${LONG_URL}.`,
    `Write to ${LONG_MAIL} or ${LONG_WORD}.`,
    'A third, ordinary paragraph.',
  ],
  signature: { organization: LONG_WORD, role: 'President', name: LONG_WORD },
  photo: { src: '/stories/assets/president.svg', alt: 'Portrait' },
};

export const longTimeline = {
  heading: LONG_WORD,
  events: [
    { date: { from: '1965', to: '1969', label: LONG_WORD }, title: LONG_WORD },
    { date: '1991', title: `Established ${LONG_URL}`, description: `Described at ${LONG_URL}` },
    {
      date: '2019-06-30',
      title: 'Figures',
      figures: [{ value: 370000, approximate: true, label: LONG_MAIL }],
      link: { href: LONG_URL, label: LONG_URL },
    },
    { date: '2030', title: LONG_WORD },
    { date: '2031', title: 'Later' },
  ],
};

export const longNotice = {
  formerName: LONG_WORD,
  newName: LONG_WORD,
  abbreviation: 'JITCO',
  effectiveDate: '2020-04-01',
  message: `Details: ${LONG_URL}`,
  link: { href: LONG_URL, label: LONG_URL },
};

/** A page's CSS from an old CMS theme, hostile to embedded elements. */
export const HOSTILE_CSS = `
  * { box-sizing: content-box; line-height: 1; }
  html { font-size: 62.5%; }
  body { font-size: 1.6rem; }
`;

/** Every element, rendered in `container` with content that tries to overflow (tag, attributes, data). */
export const ELEMENTS = [
  { tag: 'jitco-greeting', attributes: {}, data: longGreeting },
  { tag: 'jitco-timeline', attributes: { now: '2024-01-01' }, data: longTimeline },
  { tag: 'jitco-name-change-notice', attributes: { dismissible: '', 'notice-id': 'visual-long' }, data: longNotice },
] as const;
