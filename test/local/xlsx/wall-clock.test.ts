// Wall clock ↔ instant in a named zone, independent of the process's TZ.
import { instantToWall, isTimeZone, wallToInstant, zoneOffsetMs } from '../../../local/xlsx/wall-clock';

const HCM = 'Asia/Ho_Chi_Minh';

describe('wall clock in a zone', () => {
  it('reads 16/03/2023 14:30 in Vietnam as 07:30 UTC and back', () => {
    const wall = new Date(Date.UTC(2023, 2, 16, 14, 30));
    const instant = wallToInstant(wall, HCM);
    expect(instant.toISOString()).toBe('2023-03-16T07:30:00.000Z');
    expect(instantToWall(instant, HCM).toISOString()).toBe('2023-03-16T14:30:00.000Z');
  });

  it('keeps milliseconds and the historical offset of a time-only cell (1899-12-30)', () => {
    const wall = new Date(Date.UTC(1899, 11, 30, 14, 30, 0, 250));
    const back = instantToWall(wallToInstant(wall, HCM), HCM);
    expect(back.getTime()).toBe(wall.getTime());
    expect(zoneOffsetMs(wallToInstant(wall, HCM).getTime(), HCM) % 1000).toBe(0);
  });

  it('follows daylight saving time where the zone has it', () => {
    expect(wallToInstant(new Date(Date.UTC(2023, 6, 1, 12)), 'America/New_York').toISOString()).toBe(
      '2023-07-01T16:00:00.000Z',
    );
    expect(wallToInstant(new Date(Date.UTC(2023, 0, 1, 12)), 'America/New_York').toISOString()).toBe(
      '2023-01-01T17:00:00.000Z',
    );
  });

  it('round-trips every hour of a year in several zones', () => {
    for (const zone of [HCM, 'Asia/Tokyo', 'UTC']) {
      for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2024, 0, 1); t += 3_600_000 * 7) {
        const d = new Date(t);
        expect(wallToInstant(instantToWall(d, zone), zone).getTime()).toBe(t);
      }
    }
  });

  it('reads a repeated hour as its first occurrence and a skipped hour forward', () => {
    const paris = 'Europe/Paris';
    expect(wallToInstant(new Date(Date.UTC(2023, 9, 29, 2, 30)), paris).toISOString()).toBe(
      '2023-10-29T00:30:00.000Z',
    );
    expect(wallToInstant(new Date(Date.UTC(2023, 2, 26, 2, 30)), paris).toISOString()).toBe(
      '2023-03-26T01:30:00.000Z',
    );
  });

  it('tells zone names from other text', () => {
    expect(isTimeZone(HCM)).toBe(true);
    expect(isTimeZone('Giờ Hà Nội')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
