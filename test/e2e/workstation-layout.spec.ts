import type { Page } from '@playwright/test';
import { completeFirstRun, expect, expectAccessible, test } from './fixtures';
import { closeNotices, openSection, setUpLieusaint } from './pages/register';

/** Set SHOTS=/some/folder to keep a screenshot of each screen at each size. */
const shot = async (page: Page, name: string) => {
  if (process.env.SHOTS)
    await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
};

const SCREENS = [
  'Tableau de bord',
  'Convention',
  'Interlocuteurs',
  'Services et quotas',
  'Agents et habilitations',
  'Rapprochement portail',
  'Revue annuelle',
  'Documents',
  'Demandes et incidents',
  'Journal',
  'Sauvegardes',
  'Importer la convention',
  'Paramètres',
];

/** Opens a section, through the menu button when the sidebar is folded (narrow window). */
async function goTo(page: Page, section: string) {
  const menu = page.getByRole('button', { name: 'Menu' });
  const folded = await menu.isVisible();
  if (folded) {
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
  }
  await openSection(page, section);
  if (folded) await expect(menu).toHaveAttribute('aria-expanded', 'false');
}

/** What makes the page scroll sideways, and what text is cut with no way to read it. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const overflow: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) {
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 1 && r.width > 0) {
          // Only the outermost offender of each branch (its scroll box excepted).
          let p = el.parentElement;
          let inScroller = false;
          while (p) {
            const ox = getComputedStyle(p).overflowX;
            if (ox === 'auto' || ox === 'scroll' || ox === 'hidden') inScroller = true;
            p = p.parentElement;
          }
          if (!inScroller)
            overflow.push(
              `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(r.right)} px`,
            );
        }
      }
      if (overflow.length === 0)
        overflow.push(`page ${document.documentElement.scrollWidth} px > ${width} px`);
    }
    const cut: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('#contenu td, #contenu th')) {
      // A table cell whose content runs over its neighbours.
      if (el.scrollWidth > el.clientWidth + 1 && el.innerText.trim())
        cut.push(
          `${el.tagName.toLowerCase()}.${el.className} overflows: « ${el.innerText.trim().slice(0, 50)} »`,
        );
    }
    for (const el of document.querySelectorAll<HTMLElement>('#contenu *')) {
      if (el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (style.overflowX !== 'hidden' && style.overflowX !== 'clip') continue;
      const text = el.innerText.trim();
      if (!text || el.scrollWidth <= el.clientWidth + 1) continue;
      const titled = el.closest('[title]')?.getAttribute('title') ?? '';
      const hidden = [...el.querySelectorAll('.visually-hidden')]
        .map((h) => h.textContent ?? '')
        .join(' ');
      if (
        titled.includes(text) ||
        el.getAttribute('aria-label')?.includes(text) ||
        hidden.includes(text)
      )
        continue;
      cut.push(`${el.tagName.toLowerCase()}.${el.className}: « ${text.slice(0, 50)} »`);
    }
    // French spacing of every text shown (same test as shared/domain/text.ts frenchTypographyIssues).
    const typography: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.textContent ?? '';
      if (n.parentElement?.closest('pre, code, textarea, script, style, [data-raw-text]')) continue;
      if (/[ \u202F][:;!?]/.test(t) || /«(?!\u00A0)/.test(t) || /(?<!\u00A0)»/.test(t))
        typography.push(`« ${t.trim().slice(0, 60)} »`);
    }
    return {
      overflow: overflow.slice(0, 8),
      cut: cut.slice(0, 8),
      typography: typography.slice(0, 8),
    };
  });
}

for (const size of [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '683x384 (200 %)', width: 683, height: 384 },
]) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test(`every screen with data at ${size.name}: no sideways page scroll, nothing cut, its own title, axe clean`, async ({
      page,
    }) => {
      test.setTimeout(360_000);
      await page.setViewportSize({ width: 1280, height: 720 });
      await completeFirstRun(page, 'Véronique DJIRE');
      await setUpLieusaint(page);
      // A review in progress, so that its table is on screen.
      await openSection(page, 'Revue annuelle');
      await page
        .getByRole('button', { name: `Ouvrir la revue ${new Date().getFullYear()}` })
        .click();
      await closeNotices(page);
      await page.setViewportSize({ width: size.width, height: size.height });

      const menu = page.getByRole('button', { name: 'Menu' });
      if (size.width < 900) {
        await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
        await expect(menu).toBeVisible();
      } else {
        await expect(menu).toBeHidden();
      }

      for (const screen of SCREENS) {
        await goTo(page, screen);
        await expect(page).toHaveTitle(`${screen} — Convention MCP`);
        await page.waitForLoadState('networkidle');
        await shot(page, `${size.width}-${screen}`);
        expect(await layoutProblems(page), screen).toEqual({
          overflow: [],
          cut: [],
          typography: [],
        });
        await expectAccessible(page, `${screen} (${size.name})`);
      }

      // The roster at this size: names, dates and statuses whole; the name column stays in view.
      await goTo(page, 'Agents et habilitations');
      const table = page.getByRole('table');
      await expect(table.getByRole('cell', { name: 'BENALI Karim', exact: true })).toBeVisible();
      const scroller = page.getByRole('region', { name: 'Liste des agents et habilitations' });
      await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      const cell = table.getByRole('cell', { name: 'BENALI Karim', exact: true });
      await cell.scrollIntoViewIfNeeded();
      await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      const [box, within] = [await cell.boundingBox(), await scroller.boundingBox()];
      expect(box!.x).toBeGreaterThanOrEqual(within!.x - 1);
      expect(box!.x + box!.width).toBeLessThanOrEqual(within!.x + within!.width + 1);
    });
  });
}

test.describe('columns, forced colours and print', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the roster chooses its columns, hides an empty Anomalies column; gauges and chips survive forced colours; print keeps the content', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await completeFirstRun(page, 'Véronique DJIRE');
    await setUpLieusaint(page, { contacts: false });
    const table = page.getByRole('table');
    // French spacing is applied to what React writes (the sources keep ordinary spaces).
    expect(await page.locator('.roster-portal').first().textContent()).toBe(
      'Portail\u00a0: à créer',
    );
    // No anomaly anywhere: no Anomalies column.
    await expect(table.getByRole('columnheader', { name: 'Anomalies' })).toHaveCount(0);
    await expect(table.getByRole('columnheader', { name: /Fonction/ })).toBeVisible();

    // « Colonnes affichées »: Fonction off, kept after a reload.
    await page.getByRole('button', { name: 'Colonnes affichées' }).click();
    await page.getByRole('checkbox', { name: 'Fonction' }).uncheck();
    await expect(table.getByRole('columnheader', { name: /Fonction/ })).toHaveCount(0);
    await expectAccessible(page, 'Colonnes affichées');
    await page.keyboard.press('Escape');
    await page.reload();
    await expect(
      page.getByRole('table').getByRole('columnheader', { name: /Agent/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('table').getByRole('columnheader', { name: /Fonction/ }),
    ).toHaveCount(0);
    await page.getByRole('button', { name: 'Colonnes affichées' }).click();
    await page.getByRole('checkbox', { name: 'Fonction' }).check();
    await page.keyboard.press('Escape');
    await expect(
      page.getByRole('table').getByRole('columnheader', { name: /Fonction/ }),
    ).toBeVisible();

    // Forced colours (Windows high contrast): the gauge's fill and the pressed chip still show.
    await page.emulateMedia({ forcedColors: 'active' });
    const styles = await page.evaluate(() => {
      const fill = document.querySelector('.gauge-fill')!;
      const track = document.querySelector('.gauge-track')!;
      const pressed = document.querySelector('.chip[aria-pressed="true"]')!;
      const chip = document.querySelector('.chip[aria-pressed="false"]')!;
      const bg = (e: Element) => getComputedStyle(e).backgroundColor;
      return { fill: bg(fill), track: bg(track), pressed: bg(pressed), chip: bg(chip) };
    });
    expect(styles.fill).not.toBe(styles.track);
    expect(styles.pressed).not.toBe(styles.chip);
    await page.emulateMedia({ forcedColors: 'none' });

    // Print: no sidebar, no buttons, the whole table (not only the rows in view).
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Ajouter un agent' })).toBeHidden();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Agents et habilitations' }),
    ).toBeVisible();
    const overflowY = await page.evaluate(
      () => getComputedStyle(document.querySelector('.roster-scroll')!).overflowY,
    );
    expect(overflowY).toBe('visible');
    await page.emulateMedia({ media: 'screen' });
  });
});
