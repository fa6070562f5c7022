import { attendanceOf } from './sign-in-sheet';

describe('attendance marks on a sign-in sheet', () => {
  it.each([
    ['出席', 'PRESENT'],
    ['√', 'PRESENT'],
    ['✓', 'PRESENT'],
    [' 已签到 ', 'PRESENT'],
    ['present', 'PRESENT'],
    ['缺席', 'ABSENT'],
    ['×', 'ABSENT'],
    ['未到', 'ABSENT'],
    ['病假', 'EXCUSED'],
    ['请假', 'EXCUSED'],
    ['', undefined],
    ['迟到', undefined],
  ])('%p → %p', (text, status) => expect(attendanceOf(text)).toBe(status));
});
