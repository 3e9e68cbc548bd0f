import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, waitFor } from 'storybook/test';
import type { JitcoErrorDetail } from '../src/core/errors.js';
import type { LocalizedText } from '../src/core/schema.js';
import { en } from '../src/locales/en.js';
import { attributeText, embedSource, type AttributeValue } from './embed-code.js';
import { isShown, rendered } from './shadow.js';

const TAG = 'jitco-timeline';
const ATTRIBUTES = ['lang', 'heading-level', 'now', 'order', 'group-by', 'src', 'data'] as const;

type IsoDate = string;
type TimelineEvent = {
  date: IsoDate | { from: IsoDate; to: IsoDate; label?: LocalizedText };
  title: LocalizedText;
  description?: LocalizedText;
  figures?: { value: number; approximate?: boolean; unit?: 'percent'; label: LocalizedText }[];
  link?: { href: string; label: LocalizedText };
};
type TimelineContent = { heading?: LocalizedText; events: TimelineEvent[] };

type TimelineArgs = {
  lang?: string;
  'heading-level'?: number;
  now?: string;
  order?: 'asc' | 'desc';
  'group-by'?: 'year' | 'decade';
  src?: string;
  data?: TimelineContent | string;
  class?: string;
  headingLevel?: number;
  onJitcoError: (event: CustomEvent<JitcoErrorDetail>) => void;
  onJitcoLoad: (event: Event) => void;
};

/** The program's milestones with Japanese, Thai and Vietnamese text. */
const program: TimelineContent = {
  heading: { en: 'Program timeline', ja: '制度のあゆみ', th: 'ลำดับเหตุการณ์ของโครงการ', vi: 'Lịch sử chương trình' },
  events: [
    {
      date: { from: '1965', to: '1969', label: { en: 'Late 1960s', ja: '1960年代後半', th: 'ปลายทศวรรษ 1960', vi: 'Cuối thập niên 1960' } },
      title: { en: 'Training by overseas subsidiaries', ja: '海外現地法人による研修', th: 'การฝึกอบรมโดยบริษัทสาขาในต่างประเทศ', vi: 'Đào tạo tại các công ty con ở nước ngoài' },
    },
    {
      date: '1991',
      title: { en: 'JITCO established', ja: 'JITCO設立', th: 'ก่อตั้ง JITCO', vi: 'Thành lập JITCO' },
    },
    {
      date: '1993',
      title: { en: 'Technical Intern Training Program', ja: '技能実習制度の創設', th: 'โครงการฝึกงานด้านเทคนิค', vi: 'Chương trình Thực tập Kỹ năng' },
    },
    {
      date: '2017-11-01',
      title: { en: 'Technical Intern Training Act in effect', ja: '技能実習法の施行', th: 'พระราชบัญญัติการฝึกงานด้านเทคนิคมีผลบังคับใช้', vi: 'Luật Thực tập Kỹ năng có hiệu lực' },
    },
    {
      date: '2019-06-30',
      title: { en: 'Technical intern trainees in Japan', ja: '在留技能実習生', th: 'ผู้ฝึกงานด้านเทคนิคในญี่ปุ่น', vi: 'Thực tập sinh kỹ năng tại Nhật Bản' },
      figures: [
        { value: 370000, approximate: true, label: { en: 'trainees', ja: '技能実習生 {value}人', th: 'คน', vi: 'thực tập sinh' } },
        { value: 0.13, approximate: true, unit: 'percent', label: { en: 'of foreign residents', ja: '在留外国人の{value}', th: 'ของผู้พำนักชาวต่างชาติ', vi: 'người nước ngoài cư trú' } },
      ],
    },
    {
      date: '2020-04-01',
      title: { en: 'New name', ja: '名称変更', th: 'เปลี่ยนชื่อองค์กร', vi: 'Đổi tên' },
      link: { href: 'https://www.jitco.or.jp/en/', label: { en: 'About JITCO', ja: 'JITCOについて', th: 'เกี่ยวกับ JITCO', vi: 'Về JITCO' } },
    },
  ],
};

/** 200 yearly events, so that the long list can be checked for layout and speed. */
const twoHundred: TimelineContent = {
  heading: 'Two hundred milestones',
  events: Array.from({ length: 200 }, (_, index) => ({
    date: `${1826 + index}-04-01`,
    title: `Milestone ${index + 1}`,
    description: index % 10 === 0 ? `A longer description for milestone ${index + 1}, as partners sometimes write.` : undefined,
  })),
};

const THEME_CSS = `jitco-timeline.partner-theme {
  --jitco-accent: #00594f;
  --jitco-focus-color: #b35c00;
  --jitco-spacing: 1.5rem;
  font-family: 'Segoe UI', system-ui, sans-serif;
}
jitco-timeline.partner-theme::part(heading) {
  text-transform: uppercase;
  letter-spacing: 0.08em;
  color: #00594f;
}`;

const meta: Meta<TimelineArgs> = {
  title: 'Elements/Timeline',
  component: TAG,
  render: (args) => html`<jitco-timeline
    class=${ifDefined(args.class)}
    lang=${ifDefined(args.lang || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    now=${ifDefined(args.now || undefined)}
    order=${ifDefined(args.order)}
    group-by=${ifDefined(args['group-by'])}
    src=${ifDefined(args.src || undefined)}
    data=${ifDefined(attributeText(args.data as AttributeValue))}
    @jitco-error=${args.onJitcoError}
    @jitco-load=${args.onJitcoLoad}
  ></jitco-timeline>`,
  args: { onJitcoError: fn(), onJitcoLoad: fn() },
  argTypes: {
    lang: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    now: { control: 'text' },
    order: { control: 'inline-radio', options: ['asc', 'desc'] },
    'group-by': { control: 'inline-radio', options: [undefined, 'year', 'decade'] },
    src: { control: 'text' },
    data: { control: 'object' },
    headingLevel: { control: false },
    class: { table: { disable: true } },
  },
  parameters: { docs: { source: embedSource(TAG, ATTRIBUTES) } },
};

export default meta;
type Story = StoryObj<TimelineArgs>;

const items = (timeline: Element) => [...timeline.shadowRoot!.querySelectorAll('ol > li')] as HTMLElement[];
const datetimes = (timeline: Element) =>
  items(timeline).map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '');

/** No content configured: the milestones from JITCO's greeting page. */
export const DefaultContent: Story = {
  play: async ({ canvasElement }) => {
    const timeline = await rendered(canvasElement, TAG);
    await expect(items(timeline).length).toBeGreaterThan(0);
    await expect(timeline.shadowRoot!.querySelector('ol')?.getAttribute('role')).toBe('list');
  },
};

/** A partner's own milestones, with figures (370,000 and 13%) and a link. */
export const CustomContent: Story = {
  args: { data: program, 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const timeline = await rendered(canvasElement, TAG);
    await expect(items(timeline).length).toBe(6);
    await expect(timeline.shadowRoot!.querySelector('h3')?.textContent?.trim()).toBe('Program timeline');
    await expect(timeline.shadowRoot!.textContent).toContain('13%');
  },
};

/** `order="asc"` (the default): oldest first. */
export const Ascending: Story = {
  args: { data: program, order: 'asc' },
  play: async ({ canvasElement }) => {
    const dates = datetimes(await rendered(canvasElement, TAG));
    await expect(dates.at(-1)).toBe('2020-04-01');
  },
};

/** `order="desc"`: newest first. */
export const Descending: Story = {
  args: { data: program, order: 'desc' },
  play: async ({ canvasElement }) => {
    const dates = datetimes(await rendered(canvasElement, TAG));
    await expect(dates[0]).toBe('2020-04-01');
  },
};

/** `now="2018-01-01"`: the events after that day are marked as upcoming. */
export const UpcomingEvents: Story = {
  args: { data: program, now: '2018-01-01' },
  play: async ({ canvasElement }) => {
    const timeline = await rendered(canvasElement, TAG);
    const upcoming = items(timeline).filter((item) => item.textContent?.includes(en.upcoming));
    await expect(upcoming.length).toBe(2);
  },
};

/** 200 events. */
export const TwoHundredEvents: Story = {
  args: { data: twoHundred, order: 'desc' },
  play: async ({ canvasElement }) => {
    const timeline = await rendered(canvasElement, TAG);
    await waitFor(() => expect(items(timeline).length).toBe(200));
  },
};

/** 200 events, `group-by="decade"`: a heading per decade, one "Today" rule, "Upcoming" said once. */
export const TwoHundredEventsByDecade: Story = {
  args: { data: twoHundred, 'group-by': 'decade', now: '1925-06-01' },
  play: async ({ canvasElement }) => {
    const timeline = await rendered(canvasElement, TAG);
    await waitFor(() => expect(timeline.shadowRoot!.querySelectorAll('[part="group"]').length).toBe(21));
    await expect(timeline.shadowRoot!.querySelectorAll('[part="today"]').length).toBe(1);
  },
};

/** `group-by="year"`, newest first. */
export const GroupedByYear: Story = {
  args: { data: program, 'group-by': 'year', order: 'desc' },
};

/** `lang="th-TH"`: Thai text and Thai date formatting (Buddhist calendar by default in Thai). */
export const Thai: Story = {
  args: { data: program, lang: 'th-TH' },
  play: async ({ canvasElement }) => {
    const timeline = await rendered(canvasElement, TAG);
    await expect(timeline.shadowRoot!.textContent).toContain('ก่อตั้ง JITCO');
  },
};

/** `lang="ja-JP-u-ca-japanese"`: Japanese with era dates (令和2年 for 2020). */
export const JapaneseEra: Story = {
  args: { data: program, lang: 'ja-JP-u-ca-japanese' },
  play: async ({ canvasElement }) => {
    const timeline = await rendered(canvasElement, TAG);
    await expect(timeline.shadowRoot!.textContent).toContain('令和2');
  },
};

/** `lang="vi"`: Vietnamese text. */
export const Vietnamese: Story = {
  args: { data: program, lang: 'vi' },
  play: async ({ canvasElement }) => {
    const timeline = await rendered(canvasElement, TAG);
    await expect(timeline.shadowRoot!.textContent).toContain('Thành lập JITCO');
  },
};

/** Invalid JSON: `jitco-error` fires and the default timeline stays. */
export const BadInputInvalidJson: Story = {
  args: { data: '{"events": [{"date": "1993",' },
  argTypes: { data: { control: 'text' } },
  play: async ({ canvasElement, args }) => {
    const timeline = await rendered(canvasElement, TAG);
    await waitFor(() => expect(args.onJitcoError).toHaveBeenCalled());
    const [event] = (args.onJitcoError as ReturnType<typeof fn>).mock.calls[0];
    await expect((event as CustomEvent<JitcoErrorDetail>).detail.source).toBe('data');
    await expect(items(timeline).length).toBeGreaterThan(0);
  },
};

/** One event with a bad date: it is left out and reported; the others render. */
export const BadInputOneBadEvent: Story = {
  args: {
    data: {
      events: [
        { date: '1991', title: 'Shown' },
        { date: 'sometime', title: 'Left out' },
        { date: '1993', title: 'Shown too' },
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    const timeline = await rendered(canvasElement, TAG);
    await waitFor(() => expect(args.onJitcoError).toHaveBeenCalled());
    const paths = (args.onJitcoError as ReturnType<typeof fn>).mock.calls.map(
      ([event]) => (event as CustomEvent<JitcoErrorDetail>).detail.path,
    );
    await expect(paths.some((path) => path?.startsWith('events[1]'))).toBe(true);
    await expect(items(timeline).filter(isShown).length).toBe(2);
  },
};

/** Themed with `--jitco-*` custom properties and `::part()`. */
export const Themed: Story = {
  args: { data: program, class: 'partner-theme' },
  decorators: [
    (story) => html`${Object.assign(document.createElement('style'), { textContent: THEME_CSS })}${story()}`,
  ],
  parameters: {
    docs: { source: embedSource(TAG, ['class', ...ATTRIBUTES], () => `<style>\n${THEME_CSS}\n</style>`) },
  },
};
