import { expect } from '@open-wc/testing';
import { defineElements } from '../../src/core/define.js';
import { JitcoGreeting as GreetingClass } from '../../src/greeting/define.js';

/** Calls `run` with console.info recorded. */
function infosOf(run: () => void): string[] {
  const infos: string[] = [];
  const info = console.info;
  console.info = (...args: unknown[]) => infos.push(args.join(' '));
  try {
    run();
  } finally {
    console.info = info;
  }
  return infos;
}

let count = 0;
const uniqueTag = () => `x-define-test-${++count}`;

describe('defineElements', () => {
  it('defines each tag, and says nothing when the same class comes again', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    expect(infosOf(() => defineElements({ [tag]: First }))).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(First);
    expect(infosOf(() => defineElements({ [tag]: First }))).to.deep.equal([]);
  });

  it('keeps the first definition of a tag and logs one info for another class', () => {
    const [a, b] = [uniqueTag(), uniqueTag()];
    class First extends HTMLElement {}
    class Other extends HTMLElement {}
    class OtherToo extends HTMLElement {}
    defineElements({ [a]: First, [b]: OtherToo });
    const infos = infosOf(() => defineElements({ [a]: Other, [b]: class extends HTMLElement {} }));
    expect(infos).to.have.length(1);
    expect(infos[0]).to.contain(`${a} already defined`).and.contain(`${b} already defined`);
    expect(customElements.get(a)).to.equal(First);
  });

  it('does not throw when the page defined the class under a name of its own', () => {
    class Taken extends HTMLElement {}
    customElements.define(uniqueTag(), Taken);
    const tag = uniqueTag();
    let infos: string[] = [];
    expect(() => (infos = infosOf(() => defineElements({ [tag]: Taken })))).not.to.throw();
    expect(infos).to.have.length(1);
    expect(infos[0]).to.contain(`${tag} not defined`);
    expect(customElements.get(tag)).to.equal(undefined);
  });
});

describe('registration of an element', () => {
  it('never throws on a second definition and logs one console.info', async () => {
    const infos: string[] = [];
    const info = console.info;
    console.info = (message: string) => void infos.push(message);
    try {
      defineElements({ 'jitco-greeting': class extends GreetingClass {} });
    } finally {
      console.info = info;
    }
    expect(customElements.get('jitco-greeting')).to.equal(GreetingClass);
    expect(infos).to.have.length(1);
    expect(infos[0]).to.contain('jitco-greeting');
  });
});
