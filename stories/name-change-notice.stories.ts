import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { JitcoErrorDetail } from '../src/core/errors.js';
import type { LocalizedText } from '../src/core/schema.js';
import { en } from '../src/locales/en.js';
import { ja } from '../src/locales/ja.js';
import { attributeText, embedSource, type AttributeValue } from './embed-code.js';
import { isShown, rendered } from './shadow.js';

const TAG = 'jitco-name-change-notice';
const ATTRIBUTES = ['lang', 'heading-level', 'now', 'dismissible', 'notice-id', 'hide-after', 'src', 'data'] as const;

type NoticeContent = {
  formerName: LocalizedText;
  newName: LocalizedText;
  effectiveDate: string;
  abbreviation?: string;
  message?: LocalizedText;
  link?: { href: string; label: LocalizedText };
};

type NoticeArgs = {
  lang?: string;
  'heading-level'?: number;
  now?: string;
  dismissible?: boolean;
  'notice-id'?: string;
  'hide-after'?: string;
  src?: string;
  data?: NoticeContent | string;
  class?: string;
  headingLevel?: number;
  noticeId?: string;
  hideAfter?: string;
  onJitcoError: (event: CustomEvent<JitcoErrorDetail>) => void;
  onJitcoLoad: (event: Event) => void;
  onJitcoDismiss: (event: Event) => void;
};

const localized: NoticeContent = {
  formerName: { en: 'Japan International Training Cooperation Organization', ja: '公益財団法人 国際研修協力機構' },
  newName: { en: 'Japan International Trainee & Skilled Worker Cooperation Organization', ja: '公益財団法人 国際人材協力機構' },
  effectiveDate: '2020-04-01',
  abbreviation: 'JITCO',
  message: {
    en: 'Our abbreviation stays JITCO.',
    ja: '略称は引き続きJITCOです。',
    vi: 'Tên viết tắt vẫn là JITCO.',
    id: 'Singkatan kami tetap JITCO.',
  },
};

/**
 * Dismissal is remembered in localStorage; each dismissible story has its own `notice-id` and
 * forgets it before rendering, so the story shows the notice every time it is opened.
 */
const forgetDismissal = (id: string) => async () => {
  try {
    for (const key of Object.keys(localStorage)) if (key.includes(id)) localStorage.removeItem(key);
  } catch {
    // Storage may be unavailable; the notice still works.
  }
};

const THEME_CSS = `jitco-name-change-notice.partner-theme {
  --jitco-accent: #5b2a86;
  --jitco-focus-color: #c25e00;
  --jitco-radius: 0.75rem;
  font-family: Verdana, sans-serif;
}
jitco-name-change-notice.partner-theme::part(container) {
  background: #f4eefa;
  border-inline-start: 0.5rem solid #5b2a86;
}`;

const meta: Meta<NoticeArgs> = {
  title: 'Elements/Name change notice',
  component: TAG,
  render: (args) => html`<jitco-name-change-notice
    class=${ifDefined(args.class)}
    lang=${ifDefined(args.lang || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    now=${ifDefined(args.now || undefined)}
    ?dismissible=${args.dismissible}
    notice-id=${ifDefined(args['notice-id'] || undefined)}
    hide-after=${ifDefined(args['hide-after'] || undefined)}
    src=${ifDefined(args.src || undefined)}
    data=${ifDefined(attributeText(args.data as AttributeValue))}
    @jitco-error=${args.onJitcoError}
    @jitco-load=${args.onJitcoLoad}
    @jitco-dismiss=${args.onJitcoDismiss}
  ></jitco-name-change-notice>`,
  args: { onJitcoError: fn(), onJitcoLoad: fn(), onJitcoDismiss: fn() },
  argTypes: {
    lang: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    now: { control: 'text' },
    dismissible: { control: 'boolean' },
    'notice-id': { control: 'text' },
    'hide-after': { control: 'text' },
    src: { control: 'text' },
    data: { control: 'object' },
    headingLevel: { control: false },
    noticeId: { control: false },
    hideAfter: { control: false },
    class: { table: { disable: true } },
  },
  parameters: { docs: { source: embedSource(TAG, ATTRIBUTES) } },
};

export default meta;
type Story = StoryObj<NoticeArgs>;

const region = (notice: Element) => notice.shadowRoot!.querySelector<HTMLElement>('[role=region]');

/** No content configured, today: the name changed on 2020-04-01. */
export const DefaultContent: Story = {
  play: async ({ canvasElement }) => {
    const notice = await rendered(canvasElement, TAG);
    await expect(region(notice)).toBeTruthy();
    await expect(notice.shadowRoot!.textContent).toContain(en.noticeHeading);
  },
};

/** `now` before the effective date: the name "will become" the new one. */
export const BeforeEffectiveDate: Story = {
  args: { now: '2020-03-01' },
  play: async ({ canvasElement }) => {
    const notice = await rendered(canvasElement, TAG);
    await expect(notice.shadowRoot!.textContent).toContain(en.noticeHeadingBefore);
    await expect(notice.shadowRoot!.textContent).toContain('will become');
  },
};

/** `now` on the effective date and after: the name "became" the new one. */
export const AfterEffectiveDate: Story = {
  args: { now: '2020-04-01' },
  play: async ({ canvasElement }) => {
    const notice = await rendered(canvasElement, TAG);
    await expect(notice.shadowRoot!.textContent).toContain(en.noticeHeading);
    await expect(notice.shadowRoot!.textContent).toContain('became');
  },
};

/** `dismissible`: the reader closes the notice; `jitco-dismiss` fires and it is hidden. */
export const Dismissible: Story = {
  args: { dismissible: true, 'notice-id': 'storybook-dismissible' },
  loaders: [forgetDismissal('storybook-dismissible')],
  // scripts/check-storybook.mjs: once its play function ran, the notice rightly renders nothing.
  tags: ['renders-nothing'],
  play: async ({ canvasElement, args }) => {
    const notice = await rendered(canvasElement, TAG);
    const close = notice.shadowRoot!.querySelector('button')!;
    await expect(close.getAttribute('aria-label') ?? close.textContent).toContain(en.close);
    await userEvent.click(close);
    await waitFor(() => expect(args.onJitcoDismiss).toHaveBeenCalled());
    await waitFor(() => expect(isShown(notice)).toBe(false));
    await forgetDismissal('storybook-dismissible')();
  },
};

/** A page that calls `preventDefault()` on `jitco-dismiss` keeps the notice open. */
export const DismissPrevented: Story = {
  args: {
    dismissible: true,
    'notice-id': 'storybook-dismiss-prevented',
    onJitcoDismiss: fn((event: Event) => event.preventDefault()),
  },
  loaders: [forgetDismissal('storybook-dismiss-prevented')],
  play: async ({ canvasElement, args }) => {
    const notice = await rendered(canvasElement, TAG);
    await userEvent.click(notice.shadowRoot!.querySelector('button')!);
    await waitFor(() => expect(args.onJitcoDismiss).toHaveBeenCalled());
    await expect(isShown(notice)).toBe(true);
  },
};

/** `hide-after` in the past: the notice renders nothing (the element stays in the page). */
export const HiddenAfterDate: Story = {
  args: { now: '2021-04-01', 'hide-after': '2021-03-31' },
  // scripts/check-storybook.mjs: this story rightly has no shadow content.
  tags: ['renders-nothing'],
  play: async ({ canvasElement }) => {
    const notice = canvasElement.querySelector(TAG)!;
    await waitFor(() => expect(isShown(notice) && region(notice) !== null).toBe(false));
  },
};

/** `hide-after` still ahead: the notice shows. */
export const ShownUntilDate: Story = {
  args: { now: '2021-03-30', 'hide-after': '2021-03-31' },
  play: async ({ canvasElement }) => {
    const notice = await rendered(canvasElement, TAG);
    await expect(isShown(notice)).toBe(true);
  },
};

/** `lang="ja"`: Japanese names and interface. */
export const Japanese: Story = {
  args: { data: localized, lang: 'ja', dismissible: true, 'notice-id': 'storybook-ja' },
  loaders: [forgetDismissal('storybook-ja')],
  play: async ({ canvasElement }) => {
    const notice = await rendered(canvasElement, TAG);
    await expect(notice.shadowRoot!.textContent).toContain('公益財団法人 国際人材協力機構');
    await expect(notice.shadowRoot!.textContent).toContain(ja.noticeHeading);
  },
};

/** `lang="vi"`: the message in Vietnamese; names without Vietnamese fall back to English. */
export const Vietnamese: Story = {
  args: { data: localized, lang: 'vi' },
  play: async ({ canvasElement }) => {
    const notice = await rendered(canvasElement, TAG);
    await expect(notice.shadowRoot!.textContent).toContain('Tên viết tắt vẫn là JITCO.');
  },
};

/** `lang="id"`: the message in Indonesian. */
export const Indonesian: Story = {
  args: { data: localized, lang: 'id' },
  play: async ({ canvasElement }) => {
    const notice = await rendered(canvasElement, TAG);
    await expect(notice.shadowRoot!.textContent).toContain('Singkatan kami tetap JITCO.');
  },
};

/** Invalid JSON: `jitco-error` fires and the default notice stays. */
export const BadInputInvalidJson: Story = {
  args: { data: '{"formerName": ' },
  argTypes: { data: { control: 'text' } },
  play: async ({ canvasElement, args }) => {
    const notice = await rendered(canvasElement, TAG);
    await waitFor(() => expect(args.onJitcoError).toHaveBeenCalled());
    const [event] = (args.onJitcoError as ReturnType<typeof fn>).mock.calls[0];
    await expect((event as CustomEvent<JitcoErrorDetail>).detail.source).toBe('data');
    await expect(notice.shadowRoot!.textContent).toContain('Japan International Trainee');
  },
};

/** Themed with `--jitco-*` custom properties and `::part()`. */
export const Themed: Story = {
  args: { class: 'partner-theme', dismissible: true, 'notice-id': 'storybook-themed' },
  loaders: [forgetDismissal('storybook-themed')],
  decorators: [
    (story) => html`${Object.assign(document.createElement('style'), { textContent: THEME_CSS })}${story()}`,
  ],
  parameters: {
    docs: { source: embedSource(TAG, ['class', ...ATTRIBUTES], () => `<style>\n${THEME_CSS}\n</style>`) },
  },
};
