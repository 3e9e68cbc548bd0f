/**
 * Guarded registration, kept apart from the element classes so a page can import a class
 * without defining it. Loading any build twice, or two versions, never throws: the first
 * definition wins and the later load logs one `console.info`.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  if (typeof customElements === 'undefined') return;
  const taken: string[] = [];
  for (const [tag, constructor] of Object.entries(elements)) {
    if (customElements.get(tag)) taken.push(tag);
    else customElements.define(tag, constructor);
  }
  if (taken.length)
    console.info(`jitco-elements: ${taken.join(', ')} already defined; keeping the first definition.`);
}
