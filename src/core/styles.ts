import { css } from 'lit';

/**
 * Styles every element starts from: a block box that inherits the host page's font and colour,
 * hides for `[hidden]` whatever the page says, keeps motion off when the user asks, and gives
 * links and buttons one focus ring (system colours in forced-colours mode) and headings one look.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .heading {
    margin: 0 0 var(--jitco-spacing, 1rem);
    font-size: var(--jitco-heading-size, 1.5em);
    line-height: 1.25;
  }
  /* Myanmar, Khmer, Thai and Devanagari stack marks above and below the line, and CJK fonts are
     tall: lines as tall as the fonts in use (normal), and a status label whose border wraps them.
     Dates and numbers are isolated (bidi). */
  :host(:is(:lang(my), :lang(km), :lang(th), :lang(ne), :lang(ja), :lang(zh))) :is(.heading, .event, .status, p) {
    line-height: normal;
  }
  :host(:is(:lang(my), :lang(km), :lang(th), :lang(ne))) .status {
    display: inline-block;
  }
  time,
  data {
    unicode-bidi: isolate;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--jitco-focus-color, #0b5cad);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible {
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
