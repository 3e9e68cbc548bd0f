// custom-elements.json is generated (`npm run analyze`) before Storybook starts, so it may not
// exist when the type-check runs.
declare module '*/custom-elements.json' {
  const manifest: object;
  export default manifest;
}
