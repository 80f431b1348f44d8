import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH } from '~/lib/completion';
import { expectNoAxeViolations, runBrowserTests, useSite } from './setup';

/** The chapter ids in reading order, as every page lists them. */
const chapterIds = async (page: Page) =>
  ((await page.locator('body').getAttribute('data-chapter-ids')) ?? '').split(' ');

/** Stores `ids` as completed (and anything else given) and reloads the page. */
async function seed(page: Page, ids: string[], extra: Record<string, string> = {}): Promise<void> {
  await page.evaluate(
    ([done, more]) => {
      localStorage.setItem(
        'lfe:progress:v1',
        JSON.stringify({ version: 1, completed: Object.fromEntries(done.map((id) => [id, 1])) }),
      );
      for (const [k, v] of Object.entries(more)) localStorage.setItem(k, v);
    },
    [ids, extra] as const,
  );
  await page.reload();
}

const certificate = (page: Page) => page.locator('article.certificate');

describe.skipIf(!runBrowserTests)('the completion page', () => {
  const site = useSite();

  it('with every chapter complete, shows the certificate with the typed name after a reload', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + '/complete/');
    const ids = await chapterIds(page);
    await seed(page, ids);
    await certificate(page).waitFor({ state: 'visible' });
    await expect(page.locator('[data-completion-list]').isVisible()).resolves.toBe(false);
    await expect(
      certificate(page)
        .getByRole('heading', { name: 'Loss Functions Explorer — completed' })
        .count(),
    ).resolves.toBe(1);
    await expect(certificate(page).locator('.certificate-chapters li').count()).resolves.toBe(
      ids.length,
    );

    const box = page.getByLabel('Name on the certificate');
    await box.fill('Ada Lovelace');
    await box.press('Enter'); // must not submit the form and reload
    await page.reload();
    await expect(page.getByLabel('Name on the certificate').inputValue()).resolves.toBe(
      'Ada Lovelace',
    );
    await expect(certificate(page).locator('[data-certificate-name]').textContent()).resolves.toBe(
      'Ada Lovelace',
    );
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('lfe:name:v1')))!)).toEqual({
      version: 1,
      name: 'Ada Lovelace',
    });

    // Today's date, in the reader's locale, with a machine-readable datetime.
    const date = certificate(page).locator('time[data-certificate-date]');
    const expected = await page.evaluate(() => {
      const d = new Date();
      return {
        text: d.toLocaleDateString(undefined, { dateStyle: 'long' }),
        iso: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
      };
    });
    await expect(date.textContent()).resolves.toBe(expected.text);
    await expect(date.getAttribute('datetime')).resolves.toBe(expected.iso);

    // The Print button prints (window.print is replaced to observe the call).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: 'Print the certificate' }).click();
    await expect(
      page.evaluate(() => (window as unknown as { printed: number }).printed),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('with some chapters left, counts them and lists the rest in reading order', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + '/complete/');
    const ids = await chapterIds(page);
    const done = [ids[0]!, ids[2]!, ids[ids.length - 1]!];
    await seed(page, done);
    await expect(page.locator('[data-completion-summary]').textContent()).resolves.toMatch(
      new RegExp(`completed 3 of ${ids.length} chapters`),
    );
    const listed = await page
      .locator('[data-completion-chapter]:not([hidden])')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['completionChapter']));
    expect(listed).toEqual(ids.filter((id) => !done.includes(id)));
    await expect(
      page.getByRole('heading', { name: `${ids.length - 3} chapters to go` }).count(),
    ).resolves.toBe(1);
    for (const id of listed) {
      await expect(
        page.locator(`[data-completion-chapter="${id}"] a`).getAttribute('href'),
      ).resolves.toBe(`/chapters/${id}/`);
    }
    await expect(certificate(page).isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  });

  it('repairs corrupt name and progress values without an error', async () => {
    const { page, errors } = await site.newPage();
    await page.goto(site.base() + '/complete/');
    const ids = await chapterIds(page);

    await page.evaluate(() => {
      localStorage.setItem('lfe:progress:v1', '{"version":1,"completed":');
      localStorage.setItem('lfe:name:v1', '{"name": oops');
    });
    await page.reload();
    await expect(page.locator('[data-completion-done]').textContent()).resolves.toBe('0');
    const stored = await page.evaluate(() => [
      localStorage.getItem('lfe:progress:v1'),
      localStorage.getItem('lfe:name:v1'),
    ]);
    expect(JSON.parse(stored[0]!)).toEqual({ version: 1, completed: {} });
    expect(stored[1]).toBeNull();

    // A foreign shape is dropped; an overlong name with control characters is cleaned and cut.
    for (const [raw, expected] of [
      ['{"version":2,"name":"Old"}', ''],
      ['{"version":1,"name":42}', ''],
      [JSON.stringify({ version: 1, name: `  Grace\u0000\nHopper${'x'.repeat(200)}` }), null],
    ] as const) {
      await seed(page, ids, { 'lfe:name:v1': raw });
      const shown = (await page.getByLabel('Name on the certificate').inputValue()) ?? '';
      if (expected === null) {
        expect(shown.startsWith('Grace Hopper')).toBe(true);
        expect(shown).toHaveLength(MAX_NAME_LENGTH);
        const repaired = await page.evaluate(() => localStorage.getItem('lfe:name:v1'));
        expect(JSON.parse(repaired!)).toEqual({ version: 1, name: shown });
      } else {
        expect(shown).toBe(expected);
        expect(await page.evaluate(() => localStorage.getItem('lfe:name:v1'))).toBeNull();
      }
    }
    expect(errors).toEqual([]);
  });

  it('prints only the certificate, and the certificate is axe-clean in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await site.newPage({ colorScheme });
      await page.goto(site.base() + '/complete/');
      await seed(page, await chapterIds(page), {
        'lfe:name:v1': JSON.stringify({ version: 1, name: 'Ada Lovelace' }),
      });
      await certificate(page).waitFor({ state: 'visible' });
      await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(
        colorScheme,
      );
      await expectNoAxeViolations(page);

      await page.emulateMedia({ media: 'print' });
      const visible = async (selector: string) =>
        page.locator(selector).evaluateAll((els) =>
          els.some((e) => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0;
          }),
        );
      expect(await visible('article.certificate')).toBe(true);
      for (const hidden of ['.site-header', '.sidebar', '.site-footer', 'h1', 'form', 'button']) {
        expect(await visible(hidden), hidden).toBe(false);
      }
      expect(errors).toEqual([]);
    }
  });
});
