import { css } from 'lit';

/**
 * Styles every element starts from: a block box that inherits the host page's font and colour,
 * hides for `[hidden]` whatever the page says, and keeps motion off when the user asks.
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
