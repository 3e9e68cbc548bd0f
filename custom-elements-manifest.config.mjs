// Custom Elements Manifest (custom-elements.json) for Storybook's docs and editors.
// Our classes carry no @customElement decorator: src/*/define.ts registers them through
// defineElements({ 'jitco-x': JitcoX }), so this plugin reads those calls for the tag names.
function defineElementsPlugin() {
  const tags = new Map(); // class name -> tag name
  return {
    name: 'jitco-define-elements',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElements') return;
      const [definitions] = node.arguments;
      if (!definitions || !ts.isObjectLiteralExpression(definitions)) return;
      for (const property of definitions.properties) {
        if (ts.isPropertyAssignment(property) && ts.isStringLiteral(property.name)) {
          tags.set(property.initializer.getText(), property.name.text);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const tagName = declaration.kind === 'class' && tags.get(declaration.name);
          if (tagName) Object.assign(declaration, { customElement: true, tagName });
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementsPlugin()],
};
