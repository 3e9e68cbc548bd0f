// The elements on the pages partners really have: dark, right-to-left, in Burmese and Khmer, in a
// narrow sidebar, under a hostile CMS stylesheet, and with a long grouped timeline. Nothing here
// configures the elements for the page: they must read well as they are.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { TAGS } from '../src/elements.js';
import { inShadow, isShown, rendered } from './shadow.js';

/** A dismissible notice that shows each time (a fresh id), a collapsed greeting and a timeline. */
const three = (lang?: string, extra: { timeline?: object; greeting?: object } = {}) => html`
  <jitco-name-change-notice dismissible notice-id=${`story-${Math.random()}`} lang=${ifDefined(lang)}></jitco-name-change-notice>
  <jitco-greeting collapsed lang=${ifDefined(lang)} .data=${extra.greeting}></jitco-greeting>
  <jitco-timeline now="2019-05-01" lang=${ifDefined(lang)} .data=${extra.timeline}></jitco-timeline>
`;

const page = (style: string, content: TemplateResult, attributes: { dir?: string; lang?: string } = {}) => html`
  <div dir=${attributes.dir ?? 'ltr'} lang=${attributes.lang ?? 'en'} style="display: grid; gap: 2rem; padding: 1.5rem; ${style}">${content}</div>
`;

/** All three rendered and shown, and none wider than its box. */
async function allFit(canvasElement: HTMLElement) {
  for (const tag of TAGS) {
    const element = await rendered(canvasElement, tag);
    await expect(isShown(element)).toBe(true);
    await expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  }
}

const meta: Meta = {
  title: 'Any page',
  parameters: { layout: 'fullscreen' },
};

export default meta;

/** A dark page (`#111`, text `#eee`) that declares no `color-scheme`: accent, markers, links and focus ring follow the text colour. */
export const DarkPage: StoryObj = {
  render: () => page('background: #111; color: #eee;', three()),
  play: async ({ canvasElement }) => {
    await allFit(canvasElement);
    const toggle = inShadow(await rendered(canvasElement, 'jitco-greeting'), '[part="toggle"]');
    // The accent is mixed with the light text colour: a light blue, not the dark default.
    await expect(getComputedStyle(toggle).color).not.toBe('rgb(11, 92, 173)');
  },
};

/** Bootstrap's dark background (`#212529`). */
export const BootstrapDarkPage: StoryObj = {
  render: () => page('background: #212529; color: #eee;', three()),
  play: async ({ canvasElement }) => allFit(canvasElement),
};

/** `dir="rtl"` on the page: the line, markers, close button and signature mirror. */
export const RightToLeft: StoryObj = {
  render: () => page('', three(), { dir: 'rtl' }),
  play: async ({ canvasElement }) => {
    await allFit(canvasElement);
    const timeline = await rendered(canvasElement, 'jitco-timeline');
    const marker = inShadow(timeline, '[part="marker"]').getBoundingClientRect();
    const box = timeline.getBoundingClientRect();
    await expect(box.right - marker.right).toBeLessThan(marker.left - box.left);
  },
};

const burmese = {
  paragraph: 'JITCO သည် ၁၉၉၁ ခုနှစ်တွင် တည်ထောင်ခဲ့ပြီး နည်းပညာ အလုပ်သင် လေ့ကျင့်ရေး အစီအစဉ်ကို ပံ့ပိုးကူညီလျက်ရှိသည်။',
  title: 'နည်းပညာ အလုပ်သင် လေ့ကျင့်ရေး အက်ဥပဒေ အာဏာတည်',
};
const khmer = {
  paragraph: 'JITCO ត្រូវបានបង្កើតឡើងក្នុងឆ្នាំ ១៩៩១ ហើយគាំទ្រកម្មវិធីបណ្តុះបណ្តាលកម្មសិក្សាបច្ចេកទេស។',
  title: 'ច្បាប់ស្តីពីការបណ្តុះបណ្តាលកម្មសិក្សាបច្ចេកទេសចូលជាធរមាន',
};
const localContent = ({ paragraph, title }: typeof burmese) => ({
  greeting: {
    heading: title.split(' ')[0],
    paragraphs: [paragraph, paragraph, paragraph],
    signature: { organization: 'JITCO', role: 'President', name: 'Hiroaki Yagi' },
  },
  timeline: {
    events: [
      { date: '1991', title },
      { date: '2017-11-01', title, description: paragraph },
      { date: '2019-04', title },
      { date: '2020-04-01', title },
    ],
  },
});

/** Burmese (`lang="my"`): taller lines for the stacked marks, labels on one line. */
export const Burmese: StoryObj = {
  render: () => page('max-inline-size: 40rem;', three('my', localContent(burmese)), { lang: 'my' }),
  play: async ({ canvasElement }) => allFit(canvasElement),
};

/** Khmer (`lang="km"`). */
export const Khmer: StoryObj = {
  render: () => page('max-inline-size: 40rem;', three('km', localContent(khmer)), { lang: 'km' }),
  play: async ({ canvasElement }) => allFit(canvasElement),
};

/** A 280 px sidebar: the photo stacks above the letter (a container query), the close button keeps to its corner. */
export const NarrowSidebar: StoryObj = {
  render: () => page('inline-size: 280px; padding: 0;', three(undefined, {
    greeting: {
      heading: 'Greeting',
      paragraphs: [
        'Write to partnerships.and.international.cooperation@example-partner-organisation.example.com or see https://www.example-partner-organisation.example.com/contact/president-office/inquiries.',
        'A second paragraph.',
      ],
      signature: { organization: 'Japan International Trainee & Skilled Worker Cooperation Organization', role: 'President', name: 'Hiroaki Yagi' },
      photo: { src: 'president.svg', alt: 'The president' },
    },
  })),
  play: async ({ canvasElement }) => {
    await allFit(canvasElement);
    const notice = await rendered(canvasElement, 'jitco-name-change-notice');
    const sentence = inShadow(notice, '[part="text"]').getBoundingClientRect().width;
    await expect(sentence / notice.getBoundingClientRect().width).toBeGreaterThanOrEqual(0.8);
  },
};

const HOSTILE_CSS = `html:has(.hostile) { font-size: 62.5%; }
.hostile { font-size: 1.6rem; }
.hostile * { box-sizing: content-box !important; line-height: 1 !important; }`;

/** A CMS theme's `* { box-sizing: content-box; line-height: 1 }` and a 10 px root: the elements keep their own box model, line heights and em geometry. */
export const HostileHostCss: StoryObj = {
  render: () => html`${Object.assign(document.createElement('style'), { textContent: HOSTILE_CSS })}
    <div class="hostile">${page('', three())}</div>`,
  play: async ({ canvasElement }) => {
    await allFit(canvasElement);
    const timeline = await rendered(canvasElement, 'jitco-timeline');
    // Markers in em of the 16 px text: 12 px, not 7.5 px.
    await expect(Math.round(inShadow(timeline, '[part="marker"]').getBoundingClientRect().width)).toBe(12);
  },
};

/** 200 yearly events grouped by decade, one "Today" rule and "Upcoming" shown once. */
export const TwoHundredEventsGrouped: StoryObj = {
  render: () => page('', html`<jitco-timeline group-by="decade" now="1925-06-01" .data=${{
    heading: 'Two hundred milestones',
    events: Array.from({ length: 200 }, (_, i) => ({ date: `${1826 + i}-04-01`, title: `Milestone ${i + 1}` })),
  }}></jitco-timeline>`),
  play: async ({ canvasElement }) => {
    const timeline = await rendered(canvasElement, 'jitco-timeline');
    await expect(timeline.shadowRoot!.querySelectorAll('[part="group"]').length).toBe(21);
    await expect(timeline.shadowRoot!.querySelectorAll('[part="today"]').length).toBe(1);
  },
};
