import { readScore } from './exam-score-sheet';

describe('scores on the exam office sheet', () => {
  it.each([
    ['88.5', 88.5],
    ['100', 100],
    ['0', 0],
    ['85.25', 85.25],
    ['８５．５', 85.5],
    ['90分', 90],
  ])('reads %p as %p', (text, score) => expect(readScore(text)).toEqual({ score }));

  it.each(['100.01', '101', '-1', '85.333', '', '八十'])('refuses %p', (text) =>
    expect(readScore(text)).toEqual({ problem: expect.stringContaining('0到100') }),
  );

  it('says what to do with an absent candidate', () => expect(readScore('缺考')).toEqual({ problem: expect.stringContaining('WITHDRAWN') }));
});
