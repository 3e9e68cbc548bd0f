/**
 * Type-level test, checked by `npm run typecheck` (never run): each element's `data` takes that
 * element's content or JSON text, so a TypeScript page gets an error for anything else and
 * completion for the fields. Each `@ts-expect-error` line must be an error; if it compiles,
 * tsc reports the directive as unused and the type check fails.
 */
import '../../src/index.js';
import type { GreetingContent, NameChangeNoticeContent, TimelineContent } from '../../src/index.js';

const greeting = document.createElement('jitco-greeting');
const timeline = document.createElement('jitco-timeline');
const notice = document.createElement('jitco-name-change-notice');

const greetingContent: GreetingContent = {
  heading: { en: 'Greeting', ja: 'ごあいさつ' },
  paragraphs: ['One.'],
  signature: { organization: 'O', role: 'R', name: 'N' },
};
const timelineContent: TimelineContent = { events: [{ date: { from: '1965', to: '1969', label: 'Late 1960s' }, title: 'T' }] };
const noticeContent: NameChangeNoticeContent = { formerName: 'A', newName: 'B', effectiveDate: '2020-04-01' };

// What compiles: the element's own content, or JSON text.
greeting.data = greetingContent;
greeting.data = JSON.stringify(greetingContent);
timeline.data = timelineContent;
notice.data = noticeContent;

// @ts-expect-error: a number is no content
greeting.data = 42;
// @ts-expect-error: a misspelt field (`headng`)
greeting.data = { headng: 'Hello', paragraphs: [], signature: { organization: 'O', role: 'R', name: 'N' } };
// @ts-expect-error: an unknown extra field in an object literal (`photos`)
greeting.data = { ...greetingContent, photos: [] };
// @ts-expect-error: a misspelt event field (`titel`)
timeline.data = { events: [{ date: '1993', titel: 'Typo' }] };
// @ts-expect-error: a figure value must be a number
timeline.data = { events: [{ date: '1993', title: 'T', figures: [{ value: '370000', label: 'L' }] }] };
// @ts-expect-error: effectiveDate is an ISO date string, not a number
notice.data = { formerName: 'A', newName: 'B', effectiveDate: 2020 };
// @ts-expect-error: another element's content
notice.data = greetingContent;
// @ts-expect-error: another element's content
timeline.data = noticeContent;
