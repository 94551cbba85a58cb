import { type CaseStatus, type CaseTransitionTarget, caseStatusLabels } from '@itc/shared';
import type { Locator, Page } from 'playwright-core';
import de from '../../../web/src/locales/de.json';

export const stageLabel = (status: CaseStatus) => caseStatusLabels[status].de;

/** What the move's button and dialog say it does, e.g. "Unterlagen nachfordern". */
export const moveAction = (to: CaseTransitionTarget) => de.cases.actions[to];

/**
 * Reviewer: opens the dialog of the move to `to` ("Unterlagen nachfordern…"), fills it with
 * `fill`, confirms with the button that names the move, and waits for the page to show the stage.
 */
export async function moveCase(
  page: Page,
  reference: string,
  to: CaseTransitionTarget,
  fill: (dialog: Locator) => Promise<void> = async () => undefined,
) {
  const moves = page.getByRole('region', { name: 'Fall weiterführen' });
  await moves.getByRole('button', { name: `${moveAction(to)}…`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: moveAction(to) });
  await dialog.waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: moveAction(to), exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page
    .getByRole('heading', { level: 1, name: `${reference} – ${stageLabel(to)}`, exact: true })
    .waitFor();
}
