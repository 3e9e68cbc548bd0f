import { expect } from '@open-wc/testing';
import { isIsoDate, isSafeUrl, toIsoDay } from '../../src/core/values.js';

describe('isIsoDate', () => {
  it('accepts year, month and day precision', () => {
    for (const value of ['1993', '2019-04', '2020-04-01', '2024-02-29']) expect(isIsoDate(value), value).to.be.true;
  });
  it('refuses impossible or malformed dates', () => {
    for (const value of ['2019-13-40', '2019-13', '2019-00', '2019-02-29', '2020-04-31', '2020-04-00', 'soon', '93', '2020/04/01', ' 2020', '2020-4-1', ''])
      expect(isIsoDate(value), value).to.be.false;
  });
});

describe('isSafeUrl', () => {
  it('accepts http, https, mailto and relative URLs', () => {
    for (const value of ['https://www.jitco.or.jp/', 'http://example.com/a?b#c', 'mailto:info@example.com', '/about', 'about.html', '#top', '//cdn.example.com/x.jpg'])
      expect(isSafeUrl(value), value).to.be.true;
  });
  it('refuses script, data and other schemes however they are spelled', () => {
    for (const value of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.com/'])
      expect(isSafeUrl(value), value).to.be.false;
  });
});

describe('toIsoDay', () => {
  it('gives the local calendar day', () => {
    expect(toIsoDay(new Date(2020, 3, 1, 23, 59))).to.equal('2020-04-01');
    expect(toIsoDay(new Date(999, 0, 5))).to.equal('0999-01-05');
  });
});
