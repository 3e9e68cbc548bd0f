import { defineElements } from '../core/define.js';
import { JitcoNameChangeNotice } from './name-change-notice.js';

export { JitcoNameChangeNotice };
export type { NameChangeNoticeContent } from './name-change-notice.content.js';
export type { JitcoDismissDetail } from './name-change-notice.js';

defineElements({ 'jitco-name-change-notice': JitcoNameChangeNotice });
