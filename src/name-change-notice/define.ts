import { defineElements } from '../core/define.js';
import { JitcoNameChangeNotice } from './name-change-notice.js';
import { NAME_CHANGE_NOTICE_TAG } from './tag.js';

export { JitcoNameChangeNotice };
export type { NameChangeNoticeContent } from './name-change-notice.content.js';
export type { JitcoDismissDetail } from './name-change-notice.js';

defineElements({ [NAME_CHANGE_NOTICE_TAG]: JitcoNameChangeNotice });
