import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Docs pages (attributes, properties, events, parts, custom properties) come from the manifest
// that `npm run analyze` writes before Storybook starts.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Story tests fail on any axe violation.
    a11y: { test: 'error' },
    docs: { codePanel: true },
  },
  tags: ['autodocs'],
};

export default preview;
