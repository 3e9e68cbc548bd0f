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

  it('reads a Japanese header row as a header, in any width, with the other names of each column', () => {
    const { events, problems, header } = rowsToEvents(
      '日付\tタイトル\t説明\tリンク\tリンクテキスト\n2019年4月1日\t受入れ開始\t説明文\thttps://e.org\t詳しく\n',
    );
    expect(header).to.equal(true);
    expect(problems).to.deep.equal([]);
    expect(events).to.deep.equal([
      { date: '2019-04-01', title: '受入れ開始', description: '説明文', link: { href: 'https://e.org', label: '詳しく' } },
    ]);
    // Full-width ＵＲＬ and ideographic spaces around a name are the same names.
    const other = rowsToEvents('　見出し　\t年月日\t詳細\tＵＲＬ\tリンク名\n設立\t1991\tx\thttps://e.org/a\t読む\n');
    expect(other.problems).to.deep.equal([]);
    expect(other.events).to.deep.equal([
      { date: '1991', title: '設立', description: 'x', link: { href: 'https://e.org/a', label: '読む' } },
    ]);
    // Each other name, in its column's place, gives the same event.
    const names = ['日付', 'タイトル', '説明', 'リンク', 'リンクテキスト'];
    const synonyms = [['年月', '年', '日時', '時期'], ['件名', '題名', '表題', '出来事'], ['概要'], ['リンク先'], ['リンクの文字']];
    const row = '2000\tT\tD\thttps://e.org\tL';
    const event = { date: '2000', title: 'T', description: 'D', link: { href: 'https://e.org', label: 'L' } };
    synonyms.forEach((others, at) => {
      for (const name of others) {
        const header = names.map((standard, i) => (i === at ? name : standard)).join('\t');
        expect(rowsToEvents(`${header}\n${row}`), name).to.deep.equal({ events: [event], problems: [], header: true, rows: 1 });
      }
    });
  });

  it('names an unknown Japanese column and a missing one by the Japanese names', () => {
    const { events, problems } = rowsToEvents('日付\t内容\t備考\n2019年\t設立\tメモ\n');
    expect(events).to.deep.equal([]);
    expect(problems).to.deep.equal([
      { row: 1, message: 'column “内容” is not one of 日付, タイトル, 説明, リンク, リンクテキスト: left out' },
      { row: 1, message: 'column “備考” is not one of 日付, タイトル, 説明, リンク, リンクテキスト: left out' },
      { row: 1, message: 'the header row has no “タイトル” (title) column' },
      { row: 2, message: 'title: is required' },
    ]);
  });

  it('reads Japanese, era and full-width dates at the precision written', () => {
    const cases: [string, unknown][] = [
      ['2019年4月1日', '2019-04-01'],
      ['2019年4月', '2019-04'],
      ['2019年', '2019'],
      ['2019 年 4 月', '2019-04'],
      ['令和2年4月1日', '2020-04-01'],
      ['平成31年4月1日', '2019-04-01'],
      ['平成31年4月30日', '2019-04-30'],
      ['令和元年5月1日', '2019-05-01'],
      ['令和元年', '2019'],
      ['平成元年1月8日', '1989-01-08'],
      ['昭和元年12月25日', '1926-12-25'],
      // A year or month partly in the era is kept: 昭和64年 is the first week of 1989.
      ['昭和64年', '1989'],
      ['平成元年1月', '1989-01'],
      ['R2.4.1', '2020-04-01'],
      ['h31/4/1', '2019-04-01'],
      ['㍻31年4月1日', '2019-04-01'],
      ['２０２０-０４-０１', '2020-04-01'],
      ['２０２０／４／１', '2020-04-01'],
      ['２０２０ー０４ー０１', '2020-04-01'],
      ['２０２０年４月', '2020-04'],
      ['１９９３', '1993'],
      // Mixed widths: each digit means the same in either.
      ['２０20-0４-01', '2020-04-01'],
      ['令和２年4月１日', '2020-04-01'],
      ['2019年4月1日(月)', '2019-04-01'],
      ['2019/4/1（月曜日）', '2019-04-01'],
      ['2019年4月〜2020年3月', { from: '2019-04', to: '2020-03', label: '2019年4月〜2020年3月' }],
      ['昭和40年～昭和44年', { from: '1965', to: '1969', label: '昭和40年～昭和44年' }],
    ];
    const { events, problems } = rowsToEvents(cases.map(([cell]) => `${cell}\tT`).join('\n'));
    expect(problems).to.deep.equal([]);
    expect(events.map((e, i) => [cases[i][0], e.date])).to.deep.equal(cases);
  });

  it('refuses an era date outside its era and an impossible Japanese date, saying why', () => {
    const cases: [string, string][] = [
      ['令和0年', 'the first year of an era is 1 (元年), not 0'],
      ['平成32年', '平成 ended on 2019-04-30; 2020 is 令和2年'],
      ['平成31年5月1日', '平成 ended on 2019-04-30; 2019-05-01 is 令和元年5月1日'],
      ['令和元年4月', '令和 began on 2019-05-01; 2019-04 is 平成31年4月'],
      ['昭和64年1月8日', '昭和 ended on 1989-01-07; 1989-01-08 is 平成元年1月8日'],
      ['昭和元年12月24日', '昭和 began on 1926-12-25'],
      ['2019年13月', 'there is no month 13'],
      ['2019年0月', 'there is no month 0'],
      ['2019年2月30日', '2019-02 has 28 days'],
      ['令和2年2月30日', '2020-02 has 29 days'],
      ['2019年4月0日', 'there is no day 0'],
      ['２０19年１３月', 'there is no month 13'],
      ['2019年4月1日(火)', '2019-04-01 is a 月曜日, not a 火曜日'],
      ['2019年4月〜2019年13月', 'there is no month 13'],
      ['大正5年', 'only the eras 昭和, 平成 and 令和 are read; write the date in the Western calendar (1920年4月1日, 1920-04-01)'],
    ];
    const { events, problems } = rowsToEvents(cases.map(([cell]) => `${cell}\tT`).join('\n'));
    expect(events).to.deep.equal([]);
    expect(problems).to.deep.equal(cases.map(([cell, why], i) => ({ row: i + 1, message: `date: "${cell}": ${why}` })));
    // The rest of the row is still checked, and the date is not reported twice.
    expect(rowsToEvents('平成32年\t\n').problems).to.deep.equal([
      { row: 1, message: 'date: "平成32年": 平成 ended on 2019-04-30; 2020 is 令和2年; title: is required' },
    ]);
  });

  it('keeps a line break in a quoted cell as a space in a one-line field, never gluing words', () => {
    const text = '2019\t"Two-line\ntitle"\t"Line one\r\nline two"\n2020\t"Two-line\r\ntitle"\n2021\t"二行の\r\nタイトル"\n2022\t"Tokyo \n 東京"\n';
    const { events, problems } = rowsToEvents(text);
    expect(problems).to.deep.equal([]);
    // Between two Japanese characters nothing: Japanese has no spaces between words.
    expect(events.map((e) => e.title)).to.deep.equal(['Two-line title', 'Two-line title', '二行のタイトル', 'Tokyo 東京']);
    // A description keeps its break, as \n: the builder's textarea shows it as a line break.
    expect(events[0].description).to.equal('Line one\nline two');
    // The builder edits a title in a one-line text box, which strips line breaks from its value.
    const box = document.createElement('input');
    box.value = events[0].title as string;
    expect(box.value).to.equal('Two-line title');
  });

  it('reads 5,000 rows, quoted cells among them', () => {
    const { events, problems } = rowsToEvents(quotedRows(5000));
    expect(problems).to.deep.equal([]);
    expect(events).to.have.length(5000);
    expect(events[4999].description).to.equal('Line one\nline "two"');
  });

  it('takes about 8 times as long for 8 times the rows: linear, measured against itself', function () {
    this.timeout(40_000); // a quadratic scan takes seconds before it fails
    expectLinear(quotedRows, 1000);
  });

  it('stays linear on cells that open a quote and never close it', function () {
    this.timeout(40_000);
    const unclosed = (n: number) => Array.from({ length: n }, (_, i) => `"${i}\t"unclosed title`).join('\n');
    expect(rowsToEvents(unclosed(5000)).problems).to.have.length(5000);
    expectLinear(unclosed, 1000);
  });
});

/** `n` rows under a header, each with a quoted two-line description with doubled quotes. */
function quotedRows(n: number): string {
  const lines = ['date\ttitle\tdescription\tlink'];
  for (let i = 0; i < n; i++)
    lines.push(`${1000 + (i % 1000)}\tEvent ${i}\t"Line one\nline ""two"""\thttps://example.com/${i}`);
  return lines.join('\r\n');
}

/** The time per call of `rowsToEvents(text)` over a batch of calls lasting at least 25 ms (some engines' clocks tick in whole milliseconds). */
function batch(text: string): number {
  const start = performance.now();
  let calls = 0;
  let took = 0;
  do {
    rowsToEvents(text);
    calls++;
    took = performance.now() - start;
  } while (took < 25);
  return took / calls;
}

/**
 * Fails unless 8n rows take under 28 times as long as n rows, both measured now on this machine:
 * a linear parser takes about 8 times as long, a quadratic one about 64 times, whatever the
 * machine's speed (an absolute bound in milliseconds let a quadratic scan pass on a faster one).
 * Why 8n and 28: on a 2-core machine under a load of 8 to 12, 4n against n measured 3.3 to 7.6
 * times for this parser and 11.7 to 31 for a planted quadratic scan (too close); 8n against n
 * measured 4.1 to 14.6 and 63 to 85, and 28 sits between (near their geometric mean, about 30). Both sizes run first until the engine has compiled the code
 * optimised (the first calls are several times slower), then in alternate batches, so that other
 * work on the machine falls on both; the fastest batch of each counts, the one least disturbed.
 * (It is time, not a count of steps, because the steps that matter are the engine's string
 * searches and copies, which no counter sees.)
 */
function expectLinear(make: (n: number) => string, n: number) {
  const texts = [make(n), make(8 * n)];
  const warm = performance.now() + 300;
  while (performance.now() < warm) texts.forEach((text) => rowsToEvents(text));
  const best = [Infinity, Infinity];
  const stop = performance.now() + 5000;
  let round = 0;
  for (; round < 9 && performance.now() < stop; round++)
    texts.forEach((text, i) => (best[i] = Math.min(best[i], batch(text))));
  // A slow large size (a quadratic scan) cuts the rounds short; the small one still gets its nine.
  for (; round < 9; round++) best[0] = Math.min(best[0], batch(texts[0]));
  const [small, large] = best;
  const ratio = large / small;
  const says = `${8 * n} rows took ${large.toFixed(2)} ms, ${n} rows ${small.toFixed(2)} ms: ${ratio.toFixed(1)} times (linear is about 8, quadratic 64)`;
  expect(ratio, says).to.be.below(28);
}
