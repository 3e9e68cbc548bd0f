import { describeDefaultContent } from './default-content.js';

describe('default content in every shipped locale, with the browser’s locale data', () => describeDefaultContent(true));
