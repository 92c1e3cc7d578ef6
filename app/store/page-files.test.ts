import { describe, expect, it } from 'vitest';
import { appAddress, viewOfPath } from './page-files';

describe("views' own files", () => {
  it('are known by their file name in any folder', () => {
    expect(viewOfPath('/sheet.html')).toBe('sheet');
    expect(viewOfPath('/course/unit 1/lessons.html')).toBe('lessons');
    expect(viewOfPath('/')).toBeUndefined();
    expect(viewOfPath('/index.html')).toBeUndefined();
    expect(viewOfPath('/sheet.html/')).toBeUndefined();
    expect(viewOfPath('/mysheet.html')).toBeUndefined();
  });

  it("lead to the app's own address for the view, keeping the other settings", () => {
    expect(appAddress('/sheet.html', '', 'sheet')).toBe('/?view=sheet');
    expect(appAddress('/c/sheet.html', '?answers=0&w5=1', 'sheet')).toBe(
      '/c/?view=sheet&answers=0&w5=1',
    );
    // The file decides the view.
    expect(appAddress('/c/lessons.html', '?view=sheet', 'lessons')).toBe('/c/?view=lessons');
  });
});
