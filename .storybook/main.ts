import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  // Files the stories' content refers to (e.g. the sample photo), served from the root.
  staticDirs: ['../stories/assets'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      // One Lit for the renderer (it uses lit/directive-helpers.js), the elements and the
      // stories: pre-bundled together, or dev mode loads lit-html twice.
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [
          ...(viteConfig.optimizeDeps?.include ?? []),
          'lit',
          'lit/decorators.js',
          'lit/directive-helpers.js',
          'lit/directives/if-defined.js',
          'lit/directives/unsafe-html.js',
          'lit/static-html.js',
        ],
      },
      // Our decorators are TypeScript's legacy ones (tsconfig: experimentalDecorators,
      // useDefineForClassFields false). Say so explicitly, so that no transform leaves standard
      // decorators in the output: Lit's properties would then silently stop reacting.
      esbuild: {
        ...viteConfig.esbuild,
        tsconfigRaw: {
          compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
        },
      },
    };
  },
};

export default config;
