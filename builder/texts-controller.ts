/**
 * The long texts the builder makes from the work: the embed code (each destination's, from
 * destinations.ts, with the element's render for the plain page's code from prerender-root.ts)
 * and the draft as Content JSON. A `ReactiveController`: it makes them before the builder renders.
 * When they are large, so slow to make and to show (10,000 events: the element renders them all,
 * about a second; a textarea takes 100 ms to take 350 KB), a change is made into them once the
 * typing pauses, so a keystroke stays quick; meanwhile they say they are being updated, and Copy
 * makes the code first (`flush`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { embedCode, shortName, type Release } from './embed.js';
import { recipes, type Destination, type Recipe } from './destinations.js';
import { renderElement } from './prerender-root.js';
import * as S from './state.js';

/** What the texts are made from: the builder's work, its content, and where the code goes. */
export interface TextsHost extends ReactiveControllerHost {
  readonly release: Release;
  readonly work: S.Work;
  readonly good: unknown;
  readonly paste: { destination: Destination; prerendered: boolean };
}

/**
 * Text above this many characters is shown on one line, without wrapping (wrapping 5,000 events'
 * JSON in a textarea takes a second at each keystroke); after texts this large, the next change
 * is made once typing pauses.
 */
export const LARGE_TEXT = 50_000;
/** The pause in typing after which large texts are made. */
const PAUSE_MS = 300;

/** The draft as JSON text: indented, or on one line when large (35,000 lines take a second to lay out). */
function draftJson(draft: unknown): string {
  const compact = JSON.stringify(draft) ?? '';
  return compact.length > LARGE_TEXT ? compact : JSON.stringify(draft, null, 2);
}

export interface Texts {
  /** The embed code for the chosen destination. */
  embed: string;
  /** Every destination's code and settings. */
  recipes: Record<Destination, Recipe>;
  /** The draft as JSON. */
  json: string;
}

const same = (a: readonly unknown[], b: readonly unknown[] | undefined) => !!b && a.every((value, i) => value === b[i]);

export class TextsController implements ReactiveController {
  /** The texts; while `pending`, for the work as it was before the last changes. */
  texts: Texts = { embed: '', recipes: {} as Texts['recipes'], json: '' };
  /** Whether the work changed since the texts were made (they are made once typing pauses). */
  pending = false;
  private codeFrom?: unknown[];
  private jsonFrom?: unknown[];
  private slow = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: TextsHost) {
    host.addController(this);
  }

  /** What the code depends on; the content by identity (state.ts makes a new object per change). */
  private codeInputs(): unknown[] {
    const { work, good, paste } = this.host;
    return [work.tag, good, JSON.stringify(S.embedAttributes(work)), work.loader, work.form, work.src, paste.destination, paste.prerendered];
  }

  private jsonInputs = (): unknown[] => [S.draftOf(this.host.work)];

  hostUpdate(): void {
    if (same(this.codeInputs(), this.codeFrom) && same(this.jsonInputs(), this.jsonFrom)) return;
    clearTimeout(this.timer);
    if (!this.slow) return this.make();
    this.pending = true;
    this.timer = setTimeout(() => {
      this.make();
      this.host.requestUpdate();
    }, PAUSE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The texts for the work as it is now (before copying the code). */
  flush(): Texts {
    if (this.pending) {
      clearTimeout(this.timer);
      this.make();
      this.host.requestUpdate();
    }
    return this.texts;
  }

  private make(): void {
    const codeInputs = this.codeInputs();
    const jsonInputs = this.jsonInputs();
    let { embed, recipes: all, json } = this.texts;
    if (!same(codeInputs, this.codeFrom)) {
      const { release, work, good, paste } = this.host;
      const { tag, loader, form, src } = work;
      const attributes = S.embedAttributes(work);
      const { root, fallback } = renderElement(tag, attributes, good);
      all = recipes({ release, loader, tag, attributes, content: good, prerendered: paste.prerendered ? root : undefined, fallback });
      embed =
        paste.destination !== 'page' || paste.prerendered || form === 'data'
          ? all[paste.destination].code
          : embedCode(release, loader, tag, attributes, good, form, src.trim() || `${shortName(tag)}.json`);
      this.codeFrom = codeInputs;
    }
    if (!same(jsonInputs, this.jsonFrom)) {
      json = draftJson(jsonInputs[0]);
      this.jsonFrom = jsonInputs;
    }
    this.texts = { embed, recipes: all, json };
    this.pending = false;
    // By size, not by the time it took: the same work gets the same behaviour on a busy machine.
    this.slow = embed.length > LARGE_TEXT || json.length > LARGE_TEXT;
  }
}
