import { css } from 'lit';

// Logical properties throughout, so `dir="rtl"` puts the line and markers on the right. All in
// `em` of the item: the marker column is 2em wide, the marker (0.75em) is centred on the middle
// of the date's first line (0.875em × 1.5 tall), and the line is drawn in two pieces per event,
// above and below its marker, so it never runs through a ring (no fill colour needed). `--_m` is
// the marker's top in the item: pushed down by a group heading (one line of 2.25em).
export const timelineStyles = css`
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    --_m: calc(0.65625em * var(--_lh, 1) - 0.375em);
    --_gap: 0.25em;
    position: relative;
    padding-inline-start: 2em;
    padding-block-end: calc(var(--jitco-spacing, 1em) * 1.5);
  }
  .first {
    --_m: calc(2.34375em * var(--_lh, 1) + 0.1875em);
  }
  .current {
    --_gap: 0.5em;
  }
  .item::before,
  .item::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.625em - var(--jitco-line-width, 0.125em) / 2);
    border-inline-start: var(--jitco-line-width, 0.125em) solid var(--jitco-line, color-mix(in srgb, currentColor 45%, transparent));
  }
  .item::before {
    inset-block-start: 0;
    block-size: calc(var(--_m) - var(--_gap));
  }
  .item::after {
    inset-block: calc(var(--_m) + 0.75em + var(--_gap)) 0;
  }
  .item:first-child::before,
  .item:last-child::after {
    display: none;
  }
  .upcoming::before,
  .upcoming::after {
    border-inline-start-style: dashed;
  }
  .event,
  .text {
    max-inline-size: 40em;
  }
  .event {
    position: relative;
    margin: 0;
    font-size: 1em;
    font-weight: inherit;
  }
  .marker {
    position: absolute;
    inset-block-start: calc(0.65625em * var(--_lh, 1) - 0.375em);
    inset-inline-start: -1.75em;
    inline-size: 0.75em;
    block-size: 0.75em;
    border: 0.375em solid var(--_accent);
    border-radius: 50%;
  }
  .current .marker {
    outline: 0.125em solid var(--_accent);
    outline-offset: 0.125em;
  }
  .upcoming .marker {
    border-width: 0.125em;
  }
  .meta {
    display: block;
    font-size: 0.875em;
    line-height: calc(1.5 * var(--_lh, 1));
  }
  .status {
    padding: 0 0.5em;
    border: 0.0625em solid;
    border-radius: var(--jitco-radius, 0.25em);
    font-size: 0.875em;
    white-space: nowrap;
  }
  .current .status {
    border-width: 0.125em;
    font-weight: 700;
  }
  .upcoming .status {
    border-style: dashed;
  }
  .status.sr {
    padding: 0;
    border: 0;
  }
  .title {
    display: block;
    margin-block-start: 0.125em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: calc(1.35 * var(--_lh, 1));
  }
  .text {
    margin: 0.375em 0 0;
  }
  data {
    font-weight: 700;
  }
  .group {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    white-space: nowrap;
  }
  .today {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 1em 0 0;
    margin-inline-start: calc(-2em / 0.875);
    font-size: 0.875em;
    font-weight: 700;
  }
  .today::before,
  .today::after {
    content: '';
    inline-size: 2em;
    border-block-start: 0.125em solid var(--_accent);
  }
  .today::after {
    flex: 1;
    border-block-start-style: dashed;
  }
  @media (forced-colors: active) {
    .marker {
      border-color: CanvasText;
      outline-color: CanvasText;
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
