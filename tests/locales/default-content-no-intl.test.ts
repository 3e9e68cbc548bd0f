import { describeDefaultContent } from './default-content.js';
import { removeIntlData } from './expected.js';

// Before anything is formatted on this page: as in Chromium for my, km, ne and mn, for all.
removeIntlData();

describe('default content in every shipped locale, without any locale data in Intl', () => describeDefaultContent(false));
