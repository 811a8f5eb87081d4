// The runtime's zone helper: instants to wall clocks and back, across daylight-saving changes.
import { fromWall, toWall } from '../../../local/runtime/zone';

const wall = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('toWall / fromWall', () => {
  it('Hà Nội is UTC+7 all year', () => {
    expect(toWall(Date.UTC(2023, 0, 1, 17), 'Asia/Ho_Chi_Minh')).toBe(wall(2023, 1, 2, 0));
    expect(fromWall(wall(2023, 7, 1, 8), 'Asia/Ho_Chi_Minh')).toBe(Date.UTC(2023, 6, 1, 1));
  });

  it('New York follows daylight saving, on both sides of each change', () => {
    const z = 'America/New_York';
    expect(toWall(Date.UTC(2023, 2, 12, 6, 59), z)).toBe(wall(2023, 3, 12, 1, 59));
    expect(toWall(Date.UTC(2023, 2, 12, 7, 0), z)).toBe(wall(2023, 3, 12, 3, 0));
    expect(toWall(Date.UTC(2023, 10, 5, 5, 59), z)).toBe(wall(2023, 11, 5, 1, 59));
    expect(toWall(Date.UTC(2023, 10, 5, 6, 0), z)).toBe(wall(2023, 11, 5, 1, 0));
  });

  it('a skipped wall time maps forward; a repeated one to its first instant', () => {
    const z = 'America/New_York';
    expect(fromWall(wall(2023, 3, 12, 2, 30), z)).toBe(Date.UTC(2023, 2, 12, 7, 30));
    expect(fromWall(wall(2023, 11, 5, 1, 30), z)).toBe(Date.UTC(2023, 10, 5, 5, 30));
  });

  it('east of Greenwich too: Paris 02:30 is skipped in March and repeated in October', () => {
    const z = 'Europe/Paris';
    expect(fromWall(wall(2023, 3, 26, 2, 30), z)).toBe(Date.UTC(2023, 2, 26, 1, 30));
    expect(fromWall(wall(2023, 10, 29, 2, 30), z)).toBe(Date.UTC(2023, 9, 29, 0, 30));
    expect(fromWall(wall(2023, 10, 29, 3, 30), z)).toBe(Date.UTC(2023, 9, 29, 2, 30));
  });

  it('round-trips every hour of a year', () => {
    for (const z of ['Asia/Ho_Chi_Minh', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
      for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2024, 0, 1); t += 3600000 + 17000) {
        const w = toWall(t, z);
        expect(toWall(fromWall(w, z), z)).toBe(w);
      }
    }
  });

  it('keeps milliseconds and works before 1970', () => {
    expect(toWall(Date.UTC(1960, 5, 1, 0, 0, 0, 123), 'UTC')).toBe(Date.UTC(1960, 5, 1, 0, 0, 0, 123));
    expect(fromWall(wall(1950, 1, 1), 'Asia/Tokyo')).toBe(Date.UTC(1949, 11, 31, 15));
  });
});
