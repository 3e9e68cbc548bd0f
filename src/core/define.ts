/**
 * Guarded registration, kept apart from the element classes so a page can import a class
 * without defining it. Loading any build twice, or two versions, never throws: the first
 * definition wins and the later load logs one `console.info`.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  if (typeof customElements === 'undefined') return;
  const skipped: string[] = [];
  for (const [tag, constructor] of Object.entries(elements)) {
    const defined = customElements.get(tag);
    // The same class reached through another entry point: nothing to say.
    if (defined === constructor) continue;
    if (defined) {
      skipped.push(`${tag} already defined; keeping the first definition`);
      continue;
    }
    try {
      customElements.define(tag, constructor);
    } catch (error) {
      // The page defined this very class under a name of its own: a class takes one name only.
      skipped.push(`${tag} not defined (${(error as Error).message})`);
    }
  }
  if (skipped.length) console.info(`jitco-elements: ${skipped.join('; ')}.`);
}
