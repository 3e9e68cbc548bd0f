import { css } from 'lit';

// A banner in the manner of GOV.UK's notification banner: a thick frame, the heading beside the
// close button in the top corner, and the sentence and message below them on the full width.
export const noticeStyles = css`
  .container {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    padding: var(--jitco-notice-padding, 1em);
    border: 0.3125em solid var(--jitco-notice-border-color, var(--_accent));
    border-radius: var(--jitco-radius, 0.25em);
    background: var(--jitco-notice-background, transparent);
  }
  .container > * {
    grid-column: 1 / -1;
  }
  .container > .heading {
    grid-column: 1;
    margin-block-end: 0;
  }
  p {
    max-inline-size: 45em;
    margin: 0.75em 0 0;
  }
  .button {
    display: grid;
    place-items: center;
    grid-area: 1 / 2;
    inline-size: max(2.75em, 44px);
    block-size: max(2.75em, 44px);
    margin-block: -0.625em;
    margin-inline: 0.5em -0.625em;
    padding: 0;
    border: 0.0625em solid transparent;
    border-radius: var(--jitco-radius, 0.25em);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .button:hover {
    border-color: currentColor;
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  @media (forced-colors: active) {
    .container {
      border-color: CanvasText;
    }
    .button {
      color: ButtonText;
    }
  }
  @media print {
    .button {
      display: none;
    }
  }
`;
