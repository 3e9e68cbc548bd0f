/** `<jitco-greeting>` in the element registry (`src/elements.ts`). */
import type { ElementInfo } from '../core/registry.js';
import { defaultGreeting, greetingSchema, type GreetingContent } from './greeting.content.js';
import { GREETING_TAG } from './tag.js';

export const greetingInfo: ElementInfo<GreetingContent, typeof GREETING_TAG> = {
  name: 'greeting',
  tag: GREETING_TAG,
  className: 'JitcoGreeting',
  label: 'Greeting',
  summary: 'The president’s greeting: heading, paragraphs, signature, optional photo.',
  schema: greetingSchema,
  defaults: defaultGreeting,
  attributes: [
    {
      name: 'collapsed',
      property: 'collapsed',
      type: 'boolean',
      default: false,
      description: 'Shows the first paragraph and a “Read more” button.',
    },
  ],
};
