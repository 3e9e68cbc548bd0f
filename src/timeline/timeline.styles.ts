import { css } from 'lit';

// Logical properties throughout, so `dir="rtl"` puts the line and markers on the right.
export const timelineStyles = css`
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    position: relative;
    padding-inline-start: calc(var(--jitco-spacing, 1rem) * 1.5);
    padding-block-end: var(--jitco-spacing, 1rem);
    border-inline-start: var(--jitco-line-width, 2px) solid var(--jitco-line, #6b7785);
    overflow-wrap: anywhere;
  }
  .item::before {
    content: '';
    position: absolute;
    inset-block-start: 0.25em;
    inset-inline-start: calc(-0.5rem - var(--jitco-line-width, 2px) / 2);
    inline-size: 1rem;
    block-size: 1rem;
    border: 0.25rem solid var(--jitco-accent, #0b5cad);
    border-radius: 50%;
    background: var(--jitco-marker-fill, Canvas);
  }
  /* A full disc by border alone, so it survives forced colours and print (no background). */
  .current::before {
    border-width: 0.5rem;
  }
  .upcoming {
    border-inline-start-style: dashed;
  }
  .upcoming::before {
    border-width: 0.125rem;
  }
  .event {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.35;
  }
  .date {
    font-size: 0.875em;
  }
  .status {
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border: 1px solid;
    border-radius: var(--jitco-radius, 0.25rem);
    font-size: 0.75em;
  }
  .title {
    display: block;
  }
  .text {
    margin: 0.25em 0 0;
  }
  .link {
    color: var(--jitco-accent, #0b5cad);
  }
  @media (forced-colors: active) {
    .item,
    .item::before {
      border-color: CanvasText;
    }
  }
  @media print {
    .item {
      break-inside: avoid;
    }
    .link::after {
      content: ' (' attr(href) ')';
    }
  }
`;
