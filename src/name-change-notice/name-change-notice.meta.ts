/** `<jitco-name-change-notice>` in the element registry (`src/elements.ts`). */
import type { ElementInfo } from '../core/registry.js';
import { defaultNotice, noticeSchema, type NameChangeNoticeContent } from './name-change-notice.content.js';
import { NAME_CHANGE_NOTICE_TAG } from './tag.js';

export const nameChangeNoticeInfo: ElementInfo<NameChangeNoticeContent, typeof NAME_CHANGE_NOTICE_TAG> = {
  name: 'name-change-notice',
  tag: NAME_CHANGE_NOTICE_TAG,
  className: 'JitcoNameChangeNotice',
  label: 'Name-change notice',
  summary: 'The notice that the organisation’s name changed.',
  schema: noticeSchema,
  defaults: defaultNotice,
  attributes: [
    {
      name: 'dismissible',
      property: 'dismissible',
      type: 'boolean',
      default: false,
      description: 'A close button; the browser remembers that the reader closed it.',
    },
    {
      name: 'notice-id',
      property: 'noticeId',
      type: 'text',
      description: 'Names the notice in storage instead of its content (a stable id survives wording edits).',
    },
    {
      name: 'hide-after',
      property: 'hideAfter',
      type: 'date',
      description: 'ISO date from which the notice renders nothing and takes no space.',
    },
  ],
};
