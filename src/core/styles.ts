import { css } from 'lit';

/**
 * Styles every element starts from: a block box that inherits the host page's font and colour
 * but sets its own box model and line height (a page's `* { box-sizing }` or `line-height: 1`
 * stops at the host), hides for `[hidden]` whatever the page says, wraps any unbreakable word,
 * keeps motion off when the user asks, and gives links and buttons one focus ring and headings
 * one look.
 *
 * Colours work on any page background without configuration: the element cannot know that
 * background, but the page's text colour contrasts with it. So links take the text colour
 * (underlined), the focus ring is the text colour around a `Canvas` halo (two tones), and the
 * accent is the brand blue mixed 3:2 with the text colour: dark blue on light pages, light blue
 * on dark ones, 4.5:1 or more on both (where `color-mix()` is missing, plain text colour).
 * Geometry is in `em`, so it follows the text beside it, whatever the page's root font size.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--jitco-accent, color-mix(in srgb, #0b5cad 60%, currentColor));
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
  }
  /* Set inside, as the page rules for the host itself (* { line-height: 1 }) win over :host. */
  [part~='container'] {
    line-height: calc(1.5 * var(--_lh, 1));
    overflow-wrap: anywhere;
  }
  /* Scripts with marks above and below the line get more room where a line height is set (the
     timeline's geometry depends on it). Firefox does not carry the host language into the
     shadow tree: :host() reads it. */
  :host(:is(:lang(my), :lang(km), :lang(th), :lang(ne))),
  :is(:lang(my), :lang(km), :lang(th), :lang(ne)) {
    --_lh: 1.3;
  }
  [lang]:not(:lang(my), :lang(km), :lang(th), :lang(ne)) {
    --_lh: 1;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .heading {
    margin: 0 0 var(--jitco-spacing, 1em);
    font-size: var(--jitco-heading-size, 1.5em);
    line-height: calc(1.25 * var(--_lh, 1));
  }
  /* Myanmar, Khmer, Thai and Devanagari stack marks above and below the line, and CJK fonts are
     tall: lines as tall as the fonts in use (normal), and a status label whose border wraps them.
     Dates and numbers are isolated (bidi). */
  :host(:is(:lang(my), :lang(km), :lang(th), :lang(ne), :lang(ja), :lang(zh))) :is(.heading, .event, .title, .status, p) {
    line-height: normal;
  }
  :host(:is(:lang(my), :lang(km), :lang(th), :lang(ne))) .status {
    display: inline-block;
  }
  time,
  data {
    unicode-bidi: isolate;
  }
  a {
    color: var(--jitco-link-color, currentColor);
  }
  :focus-visible {
    outline: 0.1875em solid var(--jitco-focus-color, currentColor);
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.125em var(--jitco-focus-halo, Canvas);
  }
  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
