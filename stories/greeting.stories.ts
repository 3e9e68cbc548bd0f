import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { GreetingContent } from '../src/greeting/greeting.content.js';
import type { JitcoErrorDetail } from '../src/core/errors.js';
import { attributeText, embedSource, type AttributeValue } from './embed-code.js';
import { inShadow, isShown, rendered } from './shadow.js';

const TAG = 'jitco-greeting';
const ATTRIBUTES = ['lang', 'heading-level', 'now', 'collapsed', 'src', 'data'] as const;

type GreetingArgs = {
  lang?: string;
  'heading-level'?: number;
  now?: string;
  collapsed?: boolean;
  src?: string;
  /** An object (the JSON the partner writes) or raw text (to show bad JSON). */
  data?: GreetingContent | string;
  class?: string;
  /** The property of `heading-level`: listed in the docs, not a control. */
  headingLevel?: number;
  onJitcoError: (event: CustomEvent<JitcoErrorDetail>) => void;
  onJitcoLoad: (event: Event) => void;
};

const ORGANIZATION = {
  en: 'Japan International Trainee & Skilled Worker Cooperation Organization',
  ja: '公益財団法人 国際人材協力機構',
};

/** A short greeting in English, Japanese, Vietnamese and Indonesian (LocalizedText everywhere). */
const multilingual: GreetingContent = {
  heading: { en: 'Greeting', ja: 'ごあいさつ', vi: 'Lời chào', id: 'Sambutan' },
  paragraphs: [
    {
      en: 'JITCO supports the Technical Intern Training Program and the Specified Skilled Worker Program.',
      ja: 'JITCOは、技能実習制度と特定技能制度を支援しています。',
      vi: 'JITCO hỗ trợ Chương trình Thực tập Kỹ năng và Chương trình Lao động Kỹ năng Đặc định.',
      id: 'JITCO mendukung Program Pemagangan Teknis dan Program Pekerja Berketerampilan Spesifik.',
    },
    {
      en: 'On April 1, 2020, our official name changed to Japan International Trainee & Skilled Worker Cooperation Organization.',
      ja: '2020年4月1日、当機構の正式名称は「公益財団法人 国際人材協力機構」に変わりました。',
      vi: 'Ngày 1 tháng 4 năm 2020, tên chính thức của tổ chức chúng tôi đã được đổi thành Japan International Trainee & Skilled Worker Cooperation Organization.',
      id: 'Pada 1 April 2020, nama resmi organisasi kami berubah menjadi Japan International Trainee & Skilled Worker Cooperation Organization.',
    },
    {
      en: 'We appreciate your continued recognition and support.',
      ja: '今後とも一層のご理解とご支援を賜りますようお願い申し上げます。',
      vi: 'Chúng tôi chân thành cảm ơn sự quan tâm và ủng hộ của quý vị.',
      id: 'Kami berterima kasih atas pengakuan dan dukungan Anda yang berkelanjutan.',
    },
  ],
  signature: {
    organization: ORGANIZATION,
    role: { en: 'President', ja: '理事長', vi: 'Chủ tịch', id: 'Presiden' },
    // No kanji for the president's name: the official spelling is not verified.
    name: { en: 'Hiroaki Yagi' },
  },
};

/** What a partner organisation might write for its own page. */
const custom: GreetingContent = {
  heading: 'Welcome to our training centre',
  paragraphs: [
    'Since 2012 our centre has welcomed technical intern trainees from Viet Nam, Indonesia and the Philippines.',
    'Together with JITCO we help trainees and the companies that accept them, from the first day in Japan to the return home.',
  ],
  signature: { organization: 'Example Training Centre (Osaka)', role: 'Director', name: 'Keiko Tanaka' },
  photo: { src: 'president.svg', alt: 'Portrait of Keiko Tanaka, director of the centre' },
};

const longParagraph =
  'This paragraph is deliberately long so that the greeting has to wrap, scroll and keep its rhythm. '.repeat(12);

const long: GreetingContent = {
  heading:
    'A very long heading that a partner might write when they want to say everything at once in the title of the greeting section',
  paragraphs: [
    ...Array.from({ length: 12 }, (_, index) => `${index + 1}. ${longParagraph}`),
    'Anunbrokenwordthatistoolongforanynarrowscreenandmustnotpushthepagesideways'.repeat(3),
  ],
  signature: { organization: ORGANIZATION.en, role: 'President', name: 'Hiroaki Yagi' },
};

const THEME_CSS = `jitco-greeting.partner-theme {
  --jitco-accent: #8a1538;
  --jitco-focus-color: #b8860b;
  --jitco-spacing: 1.25rem;
  --jitco-radius: 999px;
  --jitco-heading-size: 2rem;
  font-family: Georgia, 'Times New Roman', serif;
  color: #2b2b2b;
}
jitco-greeting.partner-theme::part(heading) {
  color: #8a1538;
  border-block-end: 3px solid #8a1538;
  padding-block-end: 0.25em;
}
jitco-greeting.partner-theme::part(toggle) {
  background: #8a1538;
  color: #fff;
}
jitco-greeting.partner-theme::part(signature) {
  font-style: italic;
}`;

const meta: Meta<GreetingArgs> = {
  title: 'Elements/Greeting',
  component: TAG,
  render: (args) => html`<jitco-greeting
    class=${ifDefined(args.class)}
    lang=${ifDefined(args.lang || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
    now=${ifDefined(args.now || undefined)}
    ?collapsed=${args.collapsed}
    src=${ifDefined(args.src || undefined)}
    data=${ifDefined(attributeText(args.data as AttributeValue))}
    @jitco-error=${args.onJitcoError}
    @jitco-load=${args.onJitcoLoad}
  ></jitco-greeting>`,
  args: { onJitcoError: fn(), onJitcoLoad: fn() },
  argTypes: {
    lang: { control: 'text', description: 'Locale (BCP 47). Absent: nearest ancestor, `<html lang>`, then `en`.' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    now: { control: 'text' },
    collapsed: { control: 'boolean' },
    src: { control: 'text' },
    data: { control: 'object' },
    // The attributes above drive the story; the matching properties are documented only.
    headingLevel: { control: false },
    class: { table: { disable: true } },
  },
  parameters: {
    docs: { source: embedSource(TAG, ATTRIBUTES) },
  },
};

export default meta;
type Story = StoryObj<GreetingArgs>;

/** No content configured: the president's greeting from JITCO's site, verbatim. */
export const DefaultContent: Story = {
  play: async ({ canvasElement }) => {
    const greeting = await rendered(canvasElement, TAG);
    await expect(inShadow(greeting, '[part=heading]').textContent).toBe('Greeting');
    await expect(greeting.shadowRoot!.querySelectorAll('[part=paragraph]').length).toBe(5);
    await expect(inShadow(greeting, '[part=signature]').textContent).toContain('Hiroaki Yagi');
  },
};

/** A partner's own content in `data`, with a photo and the heading level of their page. */
export const CustomContent: Story = {
  args: { data: custom, 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const greeting = await rendered(canvasElement, TAG);
    const heading = inShadow(greeting, '[part=heading]');
    await expect(heading.localName).toBe('h3');
    await expect(heading.textContent).toBe('Welcome to our training centre');
    await expect(inShadow<HTMLImageElement>(greeting, '[part=photo]').alt).toContain('Keiko Tanaka');
  },
};

/** `lang="ja"`: Japanese content and interface ("続きを読む"). */
export const Japanese: Story = {
  args: { data: multilingual, lang: 'ja', collapsed: true },
  play: async ({ canvasElement }) => {
    const greeting = await rendered(canvasElement, TAG);
    await expect(inShadow(greeting, '[part=heading]').textContent).toBe('ごあいさつ');
    await expect(inShadow(greeting, '[part=toggle]').textContent).toBe('続きを読む');
  },
};

/** `lang="vi"`: Vietnamese text; the name has no Vietnamese entry, so it falls back to English. */
export const Vietnamese: Story = {
  args: { data: multilingual, lang: 'vi' },
  play: async ({ canvasElement }) => {
    const greeting = await rendered(canvasElement, TAG);
    await expect(inShadow(greeting, '[part=heading]').textContent).toBe('Lời chào');
    const name = inShadow(greeting, '[part=name]');
    await expect(name.textContent).toBe('Hiroaki Yagi');
    await expect(name.getAttribute('lang')).toBe('en');
  },
};

/** `lang="id"`: Indonesian text. */
export const Indonesian: Story = {
  args: { data: multilingual, lang: 'id' },
  play: async ({ canvasElement }) => {
    const greeting = await rendered(canvasElement, TAG);
    await expect(inShadow(greeting, '[part=heading]').textContent).toBe('Sambutan');
    await expect(inShadow(greeting, '[part=role]').textContent).toBe('Presiden');
  },
};

/** Invalid JSON in `data`: a `jitco-error` event and a warning; the default greeting stays. */
export const BadInputInvalidJson: Story = {
  args: { data: '{"heading": "Oops", "paragraphs": [' },
  argTypes: { data: { control: 'text' } },
  play: async ({ canvasElement, args }) => {
    const greeting = await rendered(canvasElement, TAG);
    await waitFor(() => expect(args.onJitcoError).toHaveBeenCalled());
    const [event] = (args.onJitcoError as ReturnType<typeof fn>).mock.calls[0];
    await expect((event as CustomEvent<JitcoErrorDetail>).detail.source).toBe('data');
    await expect(inShadow(greeting, '[part=heading]').textContent).toBe('Greeting');
  },
};

/** Valid JSON of the wrong shape and an unsafe photo URL: reported with their JSON paths. */
export const BadInputWrongTypes: Story = {
  args: {
    data: {
      heading: 'Partner greeting',
      paragraphs: ['Shown.'],
      signature: { organization: 'Example Training Centre', role: 'Director', name: 'Keiko Tanaka' },
      photo: { src: 'javascript:alert(1)', alt: 'Never shown' },
    },
  },
  play: async ({ canvasElement, args }) => {
    const greeting = await rendered(canvasElement, TAG);
    await waitFor(() => expect(args.onJitcoError).toHaveBeenCalled());
    const details = (args.onJitcoError as ReturnType<typeof fn>).mock.calls.map(
      ([event]) => (event as CustomEvent<JitcoErrorDetail>).detail,
    );
    await expect(details.some((detail) => detail.path?.startsWith('photo'))).toBe(true);
    await expect(greeting.shadowRoot!.querySelector('[part=photo]')).toBeNull();
    await expect(inShadow(greeting, '[part=heading]').textContent).toBe('Partner greeting');
  },
};

/** Long text: a long heading, thirteen paragraphs and an unbreakable word; nothing overflows. */
export const LongContent: Story = {
  args: { data: long },
  play: async ({ canvasElement }) => {
    const greeting = await rendered(canvasElement, TAG);
    await expect(greeting.shadowRoot!.querySelectorAll('[part=paragraph]').length).toBe(13);
  },
};

/** Themed with `--jitco-*` custom properties and `::part()` rules from the host page. */
export const Themed: Story = {
  args: { class: 'partner-theme', collapsed: true },
  decorators: [
    (story) => html`${Object.assign(document.createElement('style'), { textContent: THEME_CSS })}${story()}`,
  ],
  parameters: {
    docs: {
      source: embedSource(TAG, ['class', ...ATTRIBUTES], () => `<style>\n${THEME_CSS}\n</style>`),
    },
  },
  play: async ({ canvasElement }) => {
    const greeting = await rendered(canvasElement, TAG);
    const heading = inShadow(greeting, '[part=heading]');
    await expect(getComputedStyle(heading).borderBlockEndStyle).toBe('solid');
    await expect(getComputedStyle(inShadow(greeting, '[part=toggle]')).borderRadius).toBe('999px');
  },
};

/** `collapsed`: the first paragraph and "Read more"; the rest is hidden until the reader asks. */
export const Collapsed: Story = {
  args: { collapsed: true },
  play: async ({ canvasElement }) => {
    const greeting = await rendered(canvasElement, TAG);
    const toggle = inShadow(greeting, '[part=toggle]');
    await expect(toggle.textContent).toBe('Read more');
    await expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const paragraphs = [...greeting.shadowRoot!.querySelectorAll('[part=paragraph]')];
    await expect(paragraphs.filter(isShown).length).toBe(1);
  },
};

/** `collapsed`, then the reader clicks "Read more": everything shows; "Show less" collapses again. */
export const Expanded: Story = {
  args: { collapsed: true },
  play: async ({ canvasElement, step }) => {
    const greeting = await rendered(canvasElement, TAG);
    const toggle = () => inShadow(greeting, '[part=toggle]');
    const shownParagraphs = () =>
      [...greeting.shadowRoot!.querySelectorAll('[part=paragraph]')].filter(isShown).length;
    await step('Read more', async () => {
      await userEvent.click(toggle());
      await waitFor(() => expect(toggle().getAttribute('aria-expanded')).toBe('true'));
      await expect(toggle().textContent).toBe('Show less');
      await expect(shownParagraphs()).toBe(5);
    });
    await step('Show less', async () => {
      await userEvent.click(toggle());
      await waitFor(() => expect(toggle().getAttribute('aria-expanded')).toBe('false'));
      await expect(shownParagraphs()).toBe(1);
      await step('and Read more again', async () => {
        await userEvent.click(toggle());
        await waitFor(() => expect(toggle().getAttribute('aria-expanded')).toBe('true'));
      });
    });
  },
};
