/**
 * Spreadsheet rows to timeline events. Excel, Google Sheets and LibreOffice copy a selection as
 * tab-separated text: rows end with a newline (CRLF from Excel), and a cell holding a tab, a
 * newline or a quote is quoted, with its quotes doubled (`"say ""hi"""`). Every step is linear,
 * so 5,000 pasted rows take milliseconds.
 */
import { validate, type Schema } from '../src/core/schema.js';
import { timelineSchema, type TimelineEvent } from '../src/timeline/timeline.content.js';
import { readDate } from './tsv-dates.js';

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

/**
 * Header names recognised for each column, compared after `headerKey` (any case and width, spaces
 * trimmed). The Japanese names are those a Japanese office's sheet uses. Left out on purpose:
 * 内容 (a sheet's only text column, the title, as often as a description) and 備考 (remarks, often
 * internal notes, not for publishing); an unknown column is reported, never guessed.
 */
const HEADER_NAMES: Record<string, Column> = {
  date: 'date',
  title: 'title',
  description: 'description',
  link: 'link',
  url: 'link',
  'link text': 'link text',
  'link label': 'link text',
  日付: 'date',
  年月日: 'date',
  年月: 'date',
  年: 'date',
  日時: 'date',
  時期: 'date',
  タイトル: 'title',
  見出し: 'title',
  件名: 'title',
  題名: 'title',
  表題: 'title',
  出来事: 'title',
  説明: 'description',
  詳細: 'description',
  概要: 'description',
  リンク: 'link',
  リンク先: 'link',
  リンクテキスト: 'link text',
  リンク名: 'link text',
  リンクの文字: 'link text',
};

/** The columns' names as a Japanese header row would give them, for the header row's messages. */
const JAPANESE_NAMES: Record<Column, string> = {
  date: '日付',
  title: 'タイトル',
  description: '説明',
  link: 'リンク',
  'link text': 'リンクテキスト',
};

/** A header cell as looked up: NFKC (`ＵＲＬ` is `URL`, an ideographic space a space), any case. */
const headerKey = (cell: string) => cell.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Kana, kanji and full-width forms: a header row with any is answered with the Japanese names. */
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * East Asian wide characters (CJK punctuation, kana, kanji, full-width forms). Japanese puts no
 * space between words, so a line break between two of these joins them, as CSS Text 3's
 * segment-break rule does; a space there would be a gap no Japanese writer typed.
 */
const WIDE = /[\u2e80-\u312f\u31c0-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * A cell for a one-line field (date, title, link, link text) with each line break (and the
 * spaces around it) as one space, or nothing between two Japanese characters. Why not keep the
 * break: the timeline shows a title in a line of normal white space, where a break renders as a
 * space anyway, and the builder edits it in an `<input type="text">`, whose value sanitization
 * strips line breaks, gluing the words ("Two-linetitle").
 */
const oneLine = (cell: string) =>
  cell.replace(/[^\S\r\n]*(?:\r\n?|\n)\s*/g, (found, at: number) =>
    WIDE.test(cell[at - 1] ?? '') && WIDE.test(cell[at + found.length] ?? '') ? '' : ' ',
  );

/** A description keeps its line breaks as `\n` (Excel's CRLF too), as the builder's textarea holds them. */
const lines = (cell: string) => cell.replace(/\r\n?/g, '\n');

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

/**
 * Timeline events from pasted rows (columns date, title, description, link, link text; a first
 * row of column names, in English or Japanese, may give another order; dates as `tsv-dates.ts`
 * reads them). A row with a problem is left out and reported
 * by its number, in the words of the element's own validation; empty rows are skipped.
 */
export function rowsToEvents(text: string): RowsResult {
  const rows = parseTsv(text);
  const problems: RowProblem[] = [];
  const events: TimelineEvent[] = [];
  let columns: (Column | undefined)[] = [...COLUMNS];
  const names = rows[0]?.map((cell) => HEADER_NAMES[headerKey(cell)]) ?? [];
  const header = names.some(Boolean);
  if (header) {
    columns = names;
    // A Japanese header row is told the Japanese names it can use.
    const japanese = rows[0].some((cell) => JAPANESE.test(cell));
    const known = (japanese ? COLUMNS.map((column) => JAPANESE_NAMES[column]) : COLUMNS).join(', ');
    rows[0].forEach((cell, index) => {
      if (!names[index] && cell.trim())
        problems.push({ row: 1, message: `column “${cell.trim()}” is not one of ${known}: left out` });
    });
    for (const needed of ['date', 'title'] as const)
      if (!columns.includes(needed)) {
        const named = japanese ? `“${JAPANESE_NAMES[needed]}” (${needed})` : `“${needed}”`;
        problems.push({ row: 1, message: `the header row has no ${named} column` });
      }
  }
  let read = 0;
  for (let index = header ? 1 : 0; index < rows.length; index++) {
    const cells = rows[index];
    if (cells.every((cell) => !cell.trim())) continue;
    read++;
    const get = (column: Column) => {
      const at = columns.indexOf(column);
      const cell = at < 0 ? '' : (cells[at] ?? '');
      return (column === 'description' ? lines(cell) : oneLine(cell)).trim();
    };
    const event: Record<string, unknown> = {};
    // A date in a form we read that is no real date is reported in the date module's words, and
    // the rest of the row is still checked (its "date: is required" would only repeat it).
    let dateProblem: string | undefined;
    if (get('date')) {
      const read = readDate(get('date'));
      if ('problem' in read) dateProblem = read.problem;
      else event.date = read.date;
    }
    if (get('title')) event.title = get('title');
    if (get('description')) event.description = get('description');
    if (get('link')) event.link = { href: get('link'), label: get('link text') || get('link') };
    const { value, issues } = validate(eventSchema, event);
    if (dateProblem !== undefined || value === undefined || issues.length) {
      const messages = issues
        .filter((issue) => dateProblem === undefined || issue.path !== 'date')
        .map((issue) => `${issue.path}: ${issue.message}`);
      if (dateProblem !== undefined) messages.unshift(`date: ${dateProblem}`);
      problems.push({ row: index + 1, message: messages.join('; ') });
    } else {
      events.push(value as TimelineEvent);
    }
  }
  return { events, problems, header, rows: read };
}
