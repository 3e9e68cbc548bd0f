import { expect } from '@open-wc/testing';
import { statusesOf } from '../../src/timeline/status.js';

describe('timeline status rule', () => {
  it('marks the latest event up to today as current and later ones as upcoming', () => {
    expect(statusesOf(['1991-01-01', '1993-01-01', '2030-01-01'], '2020-04-01')).to.deep.equal(['', 'current', 'upcoming']);
  });
  it('counts an event that starts today as current, not upcoming', () => {
    expect(statusesOf(['2019-01-01', '2020-04-01'], '2020-04-01')).to.deep.equal(['', 'current']);
  });
  it('has no current stage when every event is in the future', () => {
    expect(statusesOf(['2030-01-01', '2031-01-01'], '2020-04-01')).to.deep.equal(['upcoming', 'upcoming']);
  });
  it('has only past events and one current when all are before today', () => {
    expect(statusesOf(['1991-01-01', '1993-01-01'], '2020-04-01')).to.deep.equal(['', 'current']);
  });
  it('makes only the last of events on the same past day current', () => {
    expect(statusesOf(['2019-04-01', '2019-04-01'], '2020-01-01')).to.deep.equal(['', 'current']);
  });
  it('handles no events', () => {
    expect(statusesOf([], '2020-04-01')).to.deep.equal([]);
  });
});
