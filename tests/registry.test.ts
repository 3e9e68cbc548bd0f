/**
 * The registry (src/elements.ts) says what each element is; these tests hold it to the classes:
 * an attribute of a class missing from the registry, or one of the registry that the class does
 * not have, fails here, as do a wrong property name, type, default or list of allowed values.
 */
import { expect } from '@open-wc/testing';
import { ELEMENT_CLASSES } from '../src/classes.js';
import '../src/index.js';
import { attributesOf, ELEMENTS, elementInfo, TAGS, type AttributeInfo } from '../src/elements.js';
import { isolateStorageAndWarnings } from './helpers.js';

isolateStorageAndWarnings();

type LitClass = CustomElementConstructor & {
  observedAttributes: string[];
  elementProperties: Map<PropertyKey, { attribute?: string | boolean; type?: unknown; state?: boolean }>;
};

/** The attribute Lit gives a reactive property: its `attribute` option, else the lower-cased name. */
const attributeOfProperty = (key: PropertyKey, attribute: string | boolean | undefined) =>
  typeof attribute === 'string' ? attribute : attribute === false ? undefined : String(key).toLowerCase();

/** Renders `tag` with attribute `name` set to `value`; the `jitco-error` paths it reported. */
async function errorPaths(tag: string, name: string, value: string): Promise<string[]> {
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  element.setAttribute(name, value);
  const paths: string[] = [];
  element.addEventListener('jitco-error', (event) => paths.push(String((event as CustomEvent).detail.path)));
  document.body.append(element);
  await element.updateComplete;
  element.remove();
  return paths;
}

describe('the element registry', () => {
  it('lists each defined element once, with its class in ELEMENT_CLASSES', () => {
    expect(new Set(TAGS).size).to.equal(ELEMENTS.length);
    expect(Object.keys(ELEMENT_CLASSES).sort()).to.deep.equal([...TAGS].sort());
    for (const info of ELEMENTS) {
      const defined = customElements.get(info.tag);
      expect(defined, info.tag).to.equal(ELEMENT_CLASSES[info.tag]);
      expect(defined!.name, info.tag).to.equal(info.className);
      expect(elementInfo(info.tag)).to.equal(info);
    }
    expect(elementInfo('jitco-other')).to.equal(undefined);
  });

  for (const info of ELEMENTS) {
    describe(`<${info.tag}>`, () => {
      const constructor = () => customElements.get(info.tag) as LitClass;
      const registered = () => attributesOf(info);

      it('observes exactly the registry’s attributes', () => {
        expect([...constructor().observedAttributes].sort()).to.deep.equal(registered().map((a) => a.name).sort());
      });

      it('has each reactive property under the registry’s attribute and property name', () => {
        const fromClass = [...constructor().elementProperties]
          .filter(([, options]) => !options.state && options.attribute !== false)
          .map(([key, options]) => `${attributeOfProperty(key, options.attribute)} → ${String(key)}`);
        // `lang` is the native property (observed, not reactive).
        const fromRegistry = registered()
          .filter((a) => a.name !== 'lang')
          .map((a) => `${a.name} → ${a.property}`);
        expect(fromClass.sort()).to.deep.equal(fromRegistry.sort());
      });

      // What the attribute's text becomes as the property, as a framework or a script reads it
      // (not Lit's `type` option, which is an implementation detail: `String` and none convert alike).
      it('converts booleans and integers as the registry’s types say, and keeps other text as written', () => {
        for (const a of registered()) {
          if (a.name === 'lang') continue;
          const element = document.createElement(info.tag) as unknown as HTMLElement & Record<string, unknown>;
          const [text, expected] = a.type === 'boolean' ? ['', true] : a.type === 'integer' ? ['3', 3] : ['{"x": 1}', '{"x": 1}'];
          element.setAttribute(a.name, text);
          expect(element[a.property], a.name).to.equal(expected);
          if (a.type === 'boolean') {
            element.removeAttribute(a.name);
            expect(element[a.property], `${a.name} removed`).to.equal(false);
          }
        }
      });

      it('starts with the registry’s defaults (undefined where it names none)', () => {
        const element = document.createElement(info.tag) as unknown as Record<string, unknown>;
        for (const a of registered()) {
          if (a.name === 'lang') continue;
          expect(element[a.property], a.name).to.equal(a.default);
        }
      });

      const listed = (a: AttributeInfo) => a.values !== undefined;
      it('accepts each allowed value of an attribute with values, and reports one outside them', async () => {
        for (const a of registered().filter(listed)) {
          for (const value of a.values!) expect(await errorPaths(info.tag, a.name, String(value)), `${a.name}="${value}"`).to.deep.equal([]);
          expect(await errorPaths(info.tag, a.name, 'nonsense'), `${a.name}="nonsense"`).to.deep.equal([a.name]);
        }
      });

      it('describes each attribute in one line', () => {
        for (const a of registered()) expect(a.description, a.name).to.match(/^\S[^\n]{10,200}$/);
      });
    });
  }
});
