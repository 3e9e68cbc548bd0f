import { expect } from '@open-wc/testing';
import { parseTsv, rowsToEvents } from '../../builder/tsv.js';

describe('spreadsheet rows (builder/tsv.ts)', () => {
  it('reads cells as Excel copies them: CRLF rows, quoted cells with tabs, line breaks and doubled quotes', () => {
    const text = '1993\t"Say ""hi"""\t"two\r\nlines"\r\n2010\t"a\tb"\tplain\r\n';
    expect(parseTsv(text)).to.deep.equal([
      ['1993', 'Say "hi"', 'two\r\nlines'],
      ['2010', 'a\tb', 'plain'],
    ]);
  });

  it('keeps a cell whose quote never closes as typed, and a quote inside a cell', () => {
    expect(parseTsv('"open\tnext\n5" tall\tx')).to.deep.equal([['"open', 'next'], ['5" tall', 'x']]);
    expect(parseTsv('"a"b\tc')).to.deep.equal([['"a"b', 'c']]);
  });

  it('keeps empty cells, and a final line break starts no row', () => {
    expect(parseTsv('a\t\tc\n')).to.deep.equal([['a', '', 'c']]);
    expect(parseTsv('')).to.deep.equal([['']]);
  });

  it('turns rows into events in the column order date, title, description, link', () => {
    const { events, problems, header } = rowsToEvents('1993\tFounded\tThe start\thttps://example.com/a\n2019-04\tSecond\t\t\n');
    expect(header).to.equal(false);
    expect(problems).to.deep.equal([]);
    expect(events).to.deep.equal([
      { date: '1993', title: 'Founded', description: 'The start', link: { href: 'https://example.com/a', label: 'https://example.com/a' } },
      { date: '2019-04', title: 'Second' },
    ]);
  });

  it('recognises a header row by name, in any order and case, and reports unknown columns', () => {
    const { events, problems, header } = rowsToEvents('Title\tNotes\tDATE\tLink text\tURL\nFounded\tx\t1993\tRead\thttps://e.org\n');
    expect(header).to.equal(true);
    expect(events).to.deep.equal([{ date: '1993', title: 'Founded', link: { href: 'https://e.org', label: 'Read' } }]);
    expect(problems).to.deep.equal([
      { row: 1, message: 'column “Notes” is not one of date, title, description, link, link text: left out' },
    ]);
  });

  it('reports a header row without a title column', () => {
    const { events, problems } = rowsToEvents('date\tdescription\n1993\tx\n');
    expect(events).to.deep.equal([]);
    expect(problems.map((p) => p.row)).to.deep.equal([1, 2]);
    expect(problems[0].message).to.equal('the header row has no “title” column');
  });

  it('reads spreadsheet dates and periods', () => {
    const { events } = rowsToEvents('2019/4/1\tA\n2019.04\tB\n1965–1969\tC\n1965-1969\tD\n');
    expect(events.map((e) => e.date)).to.deep.equal([
      '2019-04-01',
      '2019-04',
      { from: '1965', to: '1969', label: '1965–1969' },
      { from: '1965', to: '1969', label: '1965-1969' },
    ]);
  });

  it('leaves out each bad row and names it by its number, in the words of the element', () => {
    const text = [
      'date\ttitle\tdescription\tlink',
      '1993\tGood\t\t',
      '2019-13-40\tBad date\t\t',
      '2001\t\tNo title\t',
      '2002\tScript link\t\tjavascript:alert(1)',
      '\t\t\t',
      'soon\tWords\t\t',
      '2003\tAlso good\t\t',
    ].join('\n');
    const { events, problems, rows } = rowsToEvents(text);
    expect(events.map((e) => e.title)).to.deep.equal(['Good', 'Also good']);
    expect(rows).to.equal(6);
    expect(problems).to.deep.equal([
      { row: 3, message: 'date: "2019-13-40" is not a date as YYYY, YYYY-MM or YYYY-MM-DD' },
      { row: 4, message: 'title: is required' },
      { row: 5, message: 'link.href: unsafe or invalid URL "javascript:alert(1)" (http:, https:, mailto: or relative only)' },
      { row: 7, message: 'date: "soon" is not a date as YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
  });

  it('keeps markup in cells as text', () => {
    const { events } = rowsToEvents('1993\t<img src=x onerror=alert(1)>\t<script>alert(2)</script>\n');
    expect(events[0].title).to.equal('<img src=x onerror=alert(1)>');
    expect(events[0].description).to.equal('<script>alert(2)</script>');
  });

  it('reads 5,000 rows, quoted cells among them, in well under a second', () => {
    const lines = ['date\ttitle\tdescription\tlink'];
    for (let i = 0; i < 5000; i++)
      lines.push(`${1000 + (i % 1000)}\tEvent ${i}\t"Line one\nline ""two"""\thttps://example.com/${i}`);
    const text = lines.join('\r\n');
    const start = performance.now();
    const { events, problems } = rowsToEvents(text);
    const took = performance.now() - start;
    expect(problems).to.deep.equal([]);
    expect(events).to.have.length(5000);
    expect(events[4999].description).to.equal('Line one\nline "two"');
    expect(took, `${took} ms`).to.be.below(1000);
  });

  it('stays linear on 5,000 cells that open a quote and never close it', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `"${i}\t"unclosed title`).join('\n');
    const start = performance.now();
    const { problems } = rowsToEvents(text);
    expect(performance.now() - start).to.be.below(1000);
    expect(problems).to.have.length(5000);
  });
});
