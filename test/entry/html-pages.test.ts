// Every page the bundle shows through HtmlService is a full document (doctype, html, head, body), never a fragment, and relies on no meta tag but the charset.
import { ensureBuilt } from '../bundle/ensure-built';
import { at, commune, session } from './remind-helpers';

beforeAll(() => ensureBuilt());

const FULL =
  /^<!DOCTYPE html>\s*<html\b[^>]*>\s*<head>[\s\S]*<\/head>\s*<body\b[^>]*>[\s\S]*<\/body>\s*<\/html>\s*$/;

describe('HtmlService pages', () => {
  it('the guide, the reminders preview, both weekly reports and the dashboard sidebar are full documents', () => {
    const s = session(commune(), at(2023, 3, 24, 9, 0));
    const shows = ['showGuide', 'ntmPreviewReminders', 'menuWeeklyReport', 'menuWeeklyReportPreviousWeek'];
    for (const name of shows) s.bundle.call(name);
    s.bundle.call('ntmOpenDashboard');
    const pages = [...s.runtime.ui.dialogs, ...s.runtime.ui.sidebars];
    expect(pages.map((d) => d.title)).toHaveLength(shows.length + 1);
    for (const page of pages) {
      expect({ title: page.title, full: FULL.test(page.html) }).toEqual({ title: page.title, full: true });
      const metas = page.html.match(/<meta\b[^>]*>/gi) ?? [];
      expect(metas.filter((m) => !/^<meta charset="utf-8">$/i.test(m))).toEqual([]);
    }
  });

  it('the pattern refuses a fragment', () => {
    expect(FULL.test('<div><p>Xem trước</p></div>')).toBe(false);
    expect(FULL.test('<!DOCTYPE html><html><head></head><body><p>x</p></body></html>')).toBe(true);
  });
});
