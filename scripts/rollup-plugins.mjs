// Build-time transforms shared by the npm and CDN builds.
import typescript from '@rollup/plugin-typescript';
import ts from 'typescript';

/**
 * Collapses whitespace in `css`/`html` template literals. Only runs of whitespace (indentation,
 * newlines) are shortened to one space, which CSS and HTML render exactly like the run; in CSS,
 * the space around `{ } ; , >` and after `:` goes too, and comments.
 */
export function minifyCss(text) {
  // Quoted strings are kept as written.
  return text
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((piece, index) =>
      index % 2
        ? piece
        : piece
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/ !important/g, '!important')
            .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
            .replace(/;}/g, '}'),
    )
    .join('');
}

export const minifyHtml = (text) => text.replace(/\s+/g, ' ');

const TAGS = { css: minifyCss, html: minifyHtml, staticHtml: minifyHtml, svg: minifyHtml };

/** A TypeScript transformer that minifies the template literals tagged `css`, `html`, `staticHtml`. */
function templateMinifier(context) {
  const { factory } = context;
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS[node.tag.text]) {
      const minify = TAGS[node.tag.text];
      const template = node.template;
      const raw = (part) => part.rawText ?? part.text;
      // Escapes would need cooking; none of our templates has one, so such a template is left alone.
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      if (parts.some((part) => raw(part).includes('\\'))) return ts.visitEachChild(node, visit, context);
      const texts = parts.map((part) => minify(raw(part)));
      // The whole template's ends are trimmed; inner pieces keep their single spaces.
      texts[0] = texts[0].trimStart();
      texts[texts.length - 1] = texts[texts.length - 1].trimEnd();
      let newTemplate;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        newTemplate = factory.createNoSubstitutionTemplateLiteral(texts[0], texts[0]);
      } else {
        const spans = template.templateSpans.map((span, i) => {
          const text = texts[i + 1];
          const literal = i === template.templateSpans.length - 1
            ? factory.createTemplateTail(text, text)
            : factory.createTemplateMiddle(text, text);
          return factory.createTemplateSpan(ts.visitNode(span.expression, visit), literal);
        });
        newTemplate = factory.createTemplateExpression(factory.createTemplateHead(texts[0], texts[0]), spans);
      }
      return factory.updateTaggedTemplateExpression(node, node.tag, node.typeArguments, newTemplate);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (sourceFile) => ts.visitNode(sourceFile, visit);
}

/**
 * `@rollup/plugin-typescript` with the template minifier. Decorator helpers are imported from
 * `tslib`, which `decorateHelper` provides, so neither build carries a copy per module nor needs
 * `tslib` at run time. Declarations come from `tsc -p tsconfig.build.json`.
 */
export function transpile({ outDir }) {
  return typescript({
    tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
    outDir,
    declaration: false,
    declarationMap: false,
    sourceMap: true,
    inlineSources: true,
    // Types are checked by `npm run typecheck`; the build only compiles.
    noEmitOnError: false,
    transformers: { before: [templateMinifier] },
  });
}

/**
 * The decorator helper for both builds (one module, `dist/_virtual/decorate.js` in the npm
 * package): tslib's `__decorate` without its `Reflect.decorate`
 * branch (no metadata polyfill is ever on our side of the page) and without tslib's other
 * helpers' top-level code. Same results for property, method and class decorators.
 */
export function decorateHelper() {
  const id = '\0decorate';
  return {
    name: 'jitco-decorate',
    resolveId: (source) => (source === 'tslib' ? id : null),
    load: (loaded) =>
      loaded === id
        ? `export function __decorate(decorators, target, key, desc) {
  const c = arguments.length;
  let r = c < 3 ? target : desc === null ? (desc = Object.getOwnPropertyDescriptor(target, key)) : desc;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const d = decorators[i];
    if (d) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  }
  return c > 3 && r && Object.defineProperty(target, key, r), r;
}`
        : null,
  };
}
