import { css } from 'lit';

export const noticeStyles = css`
  .container {
    display: flex;
    align-items: flex-start;
    gap: var(--jitco-spacing, 1rem);
    padding: var(--jitco-notice-padding, 1rem);
    border: 1px solid var(--jitco-notice-border-color, currentColor);
    border-inline-start: 0.25rem solid var(--jitco-accent, #0b5cad);
    border-radius: var(--jitco-radius, 0.25rem);
    background: var(--jitco-notice-background, transparent);
    line-height: 1.5;
  }
  .body {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .heading {
    margin-block-end: 0.5em;
    font-size: var(--jitco-heading-size, 1.25em);
  }
  p {
    margin: 0.5em 0 0;
  }
  a {
    color: var(--jitco-accent, #0b5cad);
  }
  .button {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    margin: -0.5rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--jitco-radius, 0.25rem);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .button:hover {
    border-color: currentColor;
  }
  svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
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
