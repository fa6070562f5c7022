import { groupBy, oneBy } from './request-loaders';

describe('batch results in the order of the keys', () => {
  const rows = [
    { id: 'b', owner: 'x' },
    { id: 'a', owner: 'y' },
    { id: 'c', owner: 'x' },
  ];

  it('oneBy gives each key its row, and undefined to a key without one', () => {
    expect(oneBy(['a', 'z', 'b'], rows, (r) => r.id)).toEqual([rows[1], undefined, rows[0]]);
  });

  it('groupBy gives each key its rows in their order, and [] to a key without any', () => {
    expect(groupBy(['x', 'z', 'y'], rows, (r) => r.owner)).toEqual([[rows[0], rows[2]], [], [rows[1]]]);
  });
});
