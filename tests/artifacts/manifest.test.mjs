// custom-elements.json and dist/schemas/ as tools read them (run after `npm run build`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import { elements, root } from '../../scripts/elements.mjs';

const require = createRequire(import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = readJson(join(root, 'custom-elements.json'));
const pkg = readJson(join(root, 'package.json'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);

// The registry as built: the manifest's documentation must list exactly its attributes.
const { ELEMENTS, COMMON_ATTRIBUTES: COMMON, attributesOf } = await import('../../dist/elements.js');
const COMMON_ATTRIBUTES = COMMON.map((a) => a.name);
// `lang` is the native property: no member of ours.
const COMMON_PROPERTIES = COMMON.map((a) => a.property).filter((p) => p !== 'lang');
const EVENTS = { 'jitco-name-change-notice': ['jitco-dismiss'] };

describe('custom-elements.json', () => {
  it('is named by package.json and valid against the Custom Elements Manifest schema', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    const schema = readJson(require.resolve('custom-elements-manifest/schema.json'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, manifest);
    assert.ok(valid, ajv.errorsText());
  });

  it('has the registry’s elements, and the build’s element list (scripts/elements.mjs) is the registry’s', () => {
    assert.deepEqual(elements.map((e) => e.tag).sort(), ELEMENTS.map((e) => e.tag).sort());
    assert.deepEqual(elements.map((e) => e.name).sort(), ELEMENTS.map((e) => e.name).sort());
    assert.deepEqual(declarations.filter((d) => d.tagName).map((d) => d.tagName).sort(), ELEMENTS.map((e) => e.tag).sort());
  });

  for (const element of elements) {
    describe(`<${element.tag}>`, () => {
      const declaration = declarations.find((d) => d.tagName === element.tag);

      it('is declared, with a description, and defined in its define module', () => {
        assert.ok(declaration, `no declaration with tagName ${element.tag}`);
        assert.ok(declaration.customElement);
        assert.ok(declaration.description || declaration.summary);
        const define = manifest.modules.find((m) => m.path === `dist/${element.name}/define.js`);
        assert.ok(define.exports.some((e) => e.kind === 'custom-element-definition' && e.name === element.tag));
      });

      it('documents the common attributes, properties and events, inherited from JitcoElement', () => {
        for (const name of COMMON_ATTRIBUTES) {
          const attribute = declaration.attributes.find((a) => a.name === name);
          assert.ok(attribute?.description, `attribute ${name}`);
        }
        for (const name of COMMON_PROPERTIES) {
          const member = declaration.members.find((m) => m.name === name);
          assert.ok(member?.description, `property ${name}`);
        }
        for (const name of ['jitco-error', 'jitco-load', ...(EVENTS[element.tag] ?? [])]) {
          const event = declaration.events?.find((e) => e.name === name);
          assert.ok(event?.description, `event ${name}`);
        }
      });

      it('documents exactly the registry’s attributes, each on its registry property (JSDoc and registry cannot drift)', () => {
        const info = ELEMENTS.find((e) => e.tag === element.tag);
        assert.equal(declaration.name, info.className);
        const documented = declaration.attributes.map((a) => [a.name, a.fieldName ?? a.name]).sort();
        const registered = attributesOf(info).map((a) => [a.name, a.property]).sort();
        assert.deepEqual(documented, registered);
      });

      it('describes every attribute, property, part and custom property, and no private member', () => {
        for (const list of ['attributes', 'members', 'cssParts', 'cssProperties', 'events']) {
          assert.ok(declaration[list]?.length, `${list} documented`);
          for (const item of declaration[list]) assert.ok(item.description, `${list}: ${item.name} has a description`);
        }
        assert.ok(declaration.cssProperties.every((p) => p.name.startsWith('--jitco-')));
        assert.ok(declaration.members.every((m) => !m.privacy || m.privacy === 'public'));
      });
    });
  }
});

describe('dist/schemas/', () => {
  for (const element of elements) {
    it(`${element.name}.schema.json is a JSON Schema with $id, $schema and title that rejects bad content`, () => {
      const schema = readJson(join(root, 'dist', 'schemas', `${element.name}.schema.json`));
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.match(schema.$id, new RegExp(`/${pkg.name}@${pkg.version.replace(/\./g, '\\.')}/dist/schemas/${element.name}\\.schema\\.json$`));
      assert.match(schema.title, new RegExp(element.tag));
      const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(schema);
      assert.equal(validate(42), false);
      assert.equal(validate({}), false, 'required fields');
    });
  }

  it('matches the runtime on <jitco-greeting> content', () => {
    const schema = readJson(join(root, 'dist', 'schemas', 'greeting.schema.json'));
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);
    const good = {
      $schema: schema.$id,
      heading: { en: 'Greeting', ja: 'ごあいさつ' },
      paragraphs: ['One.'],
      signature: { organization: 'O', role: 'R', name: 'N' },
      photo: { src: '/p.jpg', alt: 'A photo' },
      unknown: 'ignored',
    };
    assert.ok(validate(good), JSON.stringify(validate.errors));
    for (const src of ['javascript:alert(1)', ' data:x', 'JavaScript:x']) {
      assert.equal(validate({ ...good, photo: { src, alt: 'x' } }), false, src);
    }
    for (const src of ['https://x.test/p.jpg', 'HTTP://x', 'mailto:a@b', 'p.jpg', '/a?b=c:d', '#top']) {
      assert.ok(validate({ ...good, photo: { src, alt: 'x' } }), src);
    }
    assert.equal(validate({ ...good, heading: {} }), false, 'empty LocalizedText');
    assert.equal(validate({ ...good, paragraphs: [1] }), false);
  });
});

describe('React wrappers (jitco-elements/react, jitco-elements/react/<element>.js)', () => {
  it('has one per element, each in its own module with the event props, all re-exported by react.js', () => {
    const combined = readFileSync(join(root, 'dist', 'react.d.ts'), 'utf8');
    for (const element of elements) {
      const { name } = declarations.find((d) => d.tagName === element.tag);
      const types = readFileSync(join(root, 'dist', 'react', `${element.name}.d.ts`), 'utf8');
      assert.match(types, new RegExp(`export declare const ${name}\\b`), `wrapper ${name} in react/${element.name}.d.ts`);
      assert.match(types, /onJitcoError/);
      assert.match(types, /onJitcoLoad/);
      if (element.tag === 'jitco-name-change-notice') assert.match(types, /onJitcoDismiss/);
      assert.match(combined, new RegExp(`export \\{ ${name} \\} from './react/${element.name}.js'`), `react.d.ts re-exports ${name}`);
    }
  });
});
