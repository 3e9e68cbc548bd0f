/**
 * Spreadsheet rows to timeline events. Excel, Google Sheets and LibreOffice copy a selection as
 * tab-separated text: rows end with a newline (CRLF from Excel), and a cell holding a tab, a
 * newline or a quote is quoted, with its quotes doubled (`"say ""hi"""`). Every step is linear,
 * so 5,000 pasted rows take milliseconds.
 */
import { isIsoDate } from '../src/core/values.js';
import { validate, type Schema } from '../src/core/schema.js';
import { timelineSchema, type TimelineEvent } from '../src/timeline/timeline.content.js';

/** The cells of each row. A quoted cell loses its quotes; an unclosed quote is kept as typed. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const n = text.length;
  let i = 0;
  for (;;) {
    let cell: string | undefined;
    if (text[i] === '"') {
      // A quoted cell ends at a quote followed by a tab, a line break or the end.
      let value = '';
      let j = i + 1;
      while (j < n) {
        const quote = text.indexOf('"', j);
        if (quote < 0) break;
        value += text.slice(j, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          j = quote + 2;
          continue;
        }
        const after = text[quote + 1];
        if (after === undefined || after === '\t' || after === '\n' || after === '\r') {
          cell = value;
          i = quote + 1;
        }
        break;
      }
    }
    if (cell === undefined) {
      // Unquoted (or a quote that never closes: the cell as it stands, up to the tab or line end).
      let end = i;
      while (end < n && text[end] !== '\t' && text[end] !== '\n' && text[end] !== '\r') end++;
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (text[i] === '\t') {
      i++;
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break; // the final line break ends the last row; it starts none
  }
  return rows;
}

/** The columns, in the order assumed when there is no header row. */
export const COLUMNS = ['date', 'title', 'description', 'link', 'link text'] as const;
type Column = (typeof COLUMNS)[number];

/** Header names recognised (any case, spaces trimmed) for each column. */
const HEADER_NAMES: Record<string, Column> = {
  date: 'date',
  title: 'title',
  description: 'description',
  link: 'link',
  url: 'link',
  'link text': 'link text',
  'link label': 'link text',
};

export interface RowProblem {
  /** 1-based, as the pasted rows are numbered (a header row is row 1). */
  row: number;
  message: string;
}

export interface RowsResult {
  events: TimelineEvent[];
  problems: RowProblem[];
  /** Whether the first row was read as a header. */
  header: boolean;
  /** Rows read (not counting the header and empty rows). */
  rows: number;
}

const eventSchema = (() => {
  const events = (timelineSchema as Extract<Schema, { kind: 'object' }>).fields.events;
  return (events as Extract<Schema, { kind: 'array' }>).item;
})();

/** Spreadsheet dates as typed: `2019/4/1`, `2019.04.01` become `2019-04-01`. */
function isoDate(cell: string): string {
  const match = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(cell);
  if (!match) return cell;
  const [, year, month, day] = match;
  return [year, month.padStart(2, '0'), ...(day ? [day.padStart(2, '0')] : [])].join('-');
}

/** A date cell: a date, or a period "1965–1969" (its label is the cell as written). */
function dateOf(cell: string): TimelineEvent['date'] {
  const period = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*[–—~〜]\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)$|^(\d{4})-(\d{4})$/.exec(cell);
  if (period) {
    const from = period[1] ?? period[3];
    const to = period[2] ?? period[4];
    if (isIsoDate(from) && isIsoDate(to)) return { from, to, label: cell };
  }
  return isoDate(cell);
}

/**
 * Timeline events from pasted rows (columns date, title, description, link, link text; a first
 * row of column names may give another order). A row with a problem is left out and reported
 * by its number, in the words of the element's own validation; empty rows are skipped.
 */
export function rowsToEvents(text: string): RowsResult {
  const rows = parseTsv(text);
  const problems: RowProblem[] = [];
  const events: TimelineEvent[] = [];
  let columns: (Column | undefined)[] = [...COLUMNS];
  const names = rows[0]?.map((cell) => HEADER_NAMES[cell.trim().toLowerCase()]) ?? [];
  const header = names.some(Boolean);
  if (header) {
    columns = names;
    rows[0].forEach((cell, index) => {
      if (!names[index] && cell.trim())
        problems.push({ row: 1, message: `column “${cell.trim()}” is not one of date, title, description, link, link text: left out` });
    });
    for (const needed of ['date', 'title'] as const)
      if (!columns.includes(needed)) problems.push({ row: 1, message: `the header row has no “${needed}” column` });
  }
  let read = 0;
  for (let index = header ? 1 : 0; index < rows.length; index++) {
    const cells = rows[index];
    if (cells.every((cell) => !cell.trim())) continue;
    read++;
    const get = (column: Column) => {
      const at = columns.indexOf(column);
      return at < 0 ? '' : (cells[at] ?? '').trim();
    };
    const event: Record<string, unknown> = {};
    if (get('date')) event.date = dateOf(get('date'));
    if (get('title')) event.title = get('title');
    if (get('description')) event.description = get('description');
    if (get('link')) event.link = { href: get('link'), label: get('link text') || get('link') };
    const { value, issues } = validate(eventSchema, event);
    if (value === undefined || issues.length) {
      problems.push({
        row: index + 1,
        message: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
      });
    } else {
      events.push(value as TimelineEvent);
    }
  }
  return { events, problems, header, rows: read };
}
