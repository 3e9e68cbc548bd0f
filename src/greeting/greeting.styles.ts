import { css } from 'lit';

// The photo stacks above the letter in a narrow container (a sidebar, a phone) and stands beside
// it from 36em on: a container query, since the element's width is not the viewport's.
export const greetingStyles = css`
  .layout {
    container-type: inline-size;
  }
  .photo {
    display: block;
    inline-size: min(100%, var(--jitco-photo-width, 10em));
    block-size: auto;
    margin-block-end: var(--jitco-spacing, 1em);
    border-radius: var(--jitco-radius, 0.25em);
  }
  @container (min-width: 36em) {
    .columns {
      display: flex;
      align-items: flex-start;
      gap: 2em;
    }
    .photo {
      order: 1;
      flex: none;
      inline-size: var(--jitco-photo-width, 14em);
      max-inline-size: 40%;
    }
  }
  .letter {
    flex: 1;
    min-inline-size: 0;
    max-inline-size: var(--jitco-measure, 58ch);
  }
  .paragraph {
    margin: 0 0 var(--jitco-spacing, 1em);
    line-height: calc(1.6 * var(--_lh, 1));
  }
  /* A sign that the letter goes on, silent (empty alternative text). */
  .cut > .paragraph::after {
    content: ' …' / '';
  }
  .toggle {
    min-block-size: max(2.75em, 44px);
    margin-block-end: var(--jitco-spacing, 1em);
    padding: 0.375em 1em;
    border: 0.125em solid currentColor;
    border-radius: var(--jitco-radius, 0.25em);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .toggle:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .signature {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    max-inline-size: var(--jitco-measure, 58ch);
    margin-block-start: var(--jitco-spacing, 1em);
    font-size: 0.875em;
    text-align: end;
  }
  [part='name'] {
    margin-block-start: 0.25em;
    font-size: 1.3em;
    font-weight: 700;
    line-height: calc(1.25 * var(--_lh, 1));
  }
  [hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    .toggle,
    .cut > .paragraph::after {
      display: none;
    }
    .more[hidden],
    .signature[hidden] {
      display: flex;
      flex-direction: column;
    }
  }
`;
