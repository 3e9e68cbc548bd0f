// Prerendered pages in the browser (`npm run test:prerender`, after `npm run build`): each test
// opens pages of tests/prerender/pages/, prerendered by dist/prerender on the fly
// (tests/prerender/server.mjs), in iframes, with and without the scripts partners load.
import baseConfig from './web-test-runner.config.mjs';
import { prerenderRoutes } from './tests/prerender/server.mjs';

export default {
  ...baseConfig,
  files: ['tests/prerender/*.test.ts'],
  middleware: [prerenderRoutes, ...baseConfig.middleware],
};
