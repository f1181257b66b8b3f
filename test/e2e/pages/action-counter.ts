import type { Locator } from '@playwright/test';

/**
 * Counts what a user does: every click, fill, key press, file choice, select and check is
 * one action. The story specs go through it, so that the count is the real walk.
 */
export function actionCounter() {
  const log: string[] = [];
  const step = async (what: string, run: () => Promise<unknown>) => {
    log.push(what);
    await run();
  };
  return {
    log,
    get count() {
      return log.length;
    },
    click: (l: Locator, what = String(l)) => step(`clic ${what}`, () => l.click()),
    fill: (l: Locator, value: string, what = String(l)) =>
      step(`saisie ${what}`, () => l.fill(value)),
    press: (l: Locator, key: string, what = String(l)) =>
      step(`touche ${key} ${what}`, () => l.press(key)),
    check: (l: Locator, what = String(l)) => step(`coche ${what}`, () => l.check()),
    select: (l: Locator, value: string | { label: string }, what = String(l)) =>
      step(`choix ${what}`, () => l.selectOption(value)),
    files: (l: Locator, path: string, what = String(l)) =>
      step(`fichier ${what}`, () => l.setInputFiles(path)),
  };
}
