import { css } from 'lit';

export const greetingStyles = css`
  .container {
    display: flow-root;
  }
  .photo {
    float: inline-end;
    inline-size: var(--jitco-photo-width, 10rem);
    max-inline-size: 40%;
    block-size: auto;
    margin-block-end: var(--jitco-spacing, 1rem);
    margin-inline-start: var(--jitco-spacing, 1rem);
    border-radius: var(--jitco-radius, 0.25rem);
  }
  .paragraph {
    display: block;
    margin: 0 0 var(--jitco-spacing, 1rem);
    line-height: 1.6;
  }
  .toggle {
    display: inline-block;
    margin-block-end: var(--jitco-spacing, 1rem);
    padding: 0.375em 0.875em;
    border: 1px solid currentColor;
    border-radius: var(--jitco-radius, 0.25rem);
    background: transparent;
    color: var(--jitco-accent, #0b5cad);
    font: inherit;
    cursor: pointer;
  }
  .toggle:hover {
    background: color-mix(in srgb, var(--jitco-accent, #0b5cad) 8%, transparent);
  }
  .signature {
    clear: both;
    text-align: end;
    font-style: normal;
  }
  .signature > span {
    display: block;
  }
  .more[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media print {
    .toggle {
      display: none;
    }
    .more[hidden] {
      display: block;
    }
  }
`;
