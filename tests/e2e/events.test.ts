import { readFile } from 'node:fs/promises';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, newPage, signIn } from './support/browser';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

async function contentOf(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

/** A day three weeks ahead as `YYYY-MM-DD` (German wall-clock time is entered in the form). */
function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const title = `Anerkennung in der Pflege – Sprechstunde ${Date.now()}`;
const eventDay = dayAhead(21);
let eventPath = '';

describe('[EVENTS] information events from creation to check-in', () => {
  it('[IHK][EVENTS] advisor creates and publishes an event', async () => {
    const page = await newPage(suite.browser);
    await signIn(page, suite.portal.baseUrl, 'berater@ihk.example');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Veranstaltungen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Veranstaltungen' }).waitFor();
    await page.getByRole('link', { name: 'Veranstaltung anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Veranstaltung anlegen' }).waitFor();

    // An empty submit lists the errors in the summary, which takes the focus.
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
    await summary.getByRole('link', { name: /^Titel \(Deutsch\):/ }).waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Titel (Deutsch)', { exact: true }).fill(title);
    await page
      .getByLabel('Beschreibung (Deutsch)', { exact: true })
      .fill('Wie Pflegekräfte aus dem Ausland ihre Berufserlaubnis erhalten.');
    await page.getByRole('checkbox', { name: 'Pflegeberufe' }).check();
    await page
      .getByRole('checkbox', { name: 'Anerkennung ausländischer Berufsabschlüsse' })
      .check();
    await page.getByRole('radio', { name: 'Vor Ort', exact: true }).check();
    await page.getByLabel('Adresse').fill('Mercatorstraße 22–24, 47051 Duisburg');
    await page.getByLabel(/^Raum/).fill('Saal Ruhr');
    await page.getByLabel('Beginn').fill(`${eventDay}T10:00`);
    await page.getByLabel('Ende').fill(`${eventDay}T12:00`);
    await page.getByLabel(/^Anmeldeschluss/).fill(`${eventDay}T09:00`);
    // One seat: the second attendee goes on the waiting list.
    await page.getByLabel('Anzahl der Plätze').fill('1');
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Entwurf – noch nicht veröffentlicht').waitFor();
    eventPath = new URL(page.url()).pathname;
    expect(eventPath).toMatch(/^\/events\/[^/]+$/);

    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByText('Die Veranstaltung ist veröffentlicht.').waitFor();
    expect(await page.getByText('1 von 1 Plätzen frei').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);
    await page.context().close();
  });

  it('[HR][EVENTS] employer registers two attendees and downloads the .ics', async () => {
    expect(eventPath).not.toBe('');
    const page = await newPage(suite.browser);
    await signIn(page, suite.portal.baseUrl, 'hr@rhein-stahl.example');
    await page.goto(`${suite.portal.baseUrl}/events`);
    await page.getByRole('link', { name: title }).waitFor();
    await expectNoSeriousA11yViolations(page);

    // The month view of the event's month shows it on its day.
    await page.goto(`${suite.portal.baseUrl}/events?view=calendar&month=${eventDay.slice(0, 7)}`);
    const table = page.getByRole('table', { name: /^Veranstaltungen im / });
    await table.getByRole('link', { name: new RegExp(title) }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await table.getByRole('link', { name: new RegExp(title) }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const first = page.getByRole('group', { name: 'Person 1' });
    expect(await first.getByLabel('Name', { exact: true }).inputValue()).not.toBe('');
    await page.getByRole('button', { name: 'Weitere Person hinzufügen' }).click();
    const second = page.getByRole('group', { name: 'Person 2' });
    await second.getByLabel('Name', { exact: true }).fill('Murat Yilmaz');
    await second.getByLabel('E-Mail-Adresse').fill('murat.yilmaz@rhein-stahl.example');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();

    const result = page.getByText('Ihre Anmeldung ist eingegangen');
    await result.waitFor();
    await page.getByText(/: Platz bestätigt$/).waitFor();
    await page.getByText('Murat Yilmaz: auf der Warteliste, Platz 1').waitFor();
    await expectNoSeriousA11yViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '.ics herunterladen' }).click(),
    ]);
    const ics = await contentOf(download);
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    await page.context().close();
  });

  it('[IHK][EVENTS] advisor checks one in and exports the CSV', async () => {
    expect(eventPath).not.toBe('');
    const page = await newPage(suite.browser);
    await signIn(page, suite.portal.baseUrl, 'berater@ihk.example');
    await page.goto(`${suite.portal.baseUrl}${eventPath}`);
    await page.getByRole('link', { name: 'Teilnehmende und Check-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teilnehmende' }).waitFor();
    const table = page.getByRole('table', { name: 'Teilnehmende' });
    await table.getByText('Murat Yilmaz').waitFor();
    await expectNoSeriousA11yViolations(page);

    // The confirmed attendee is checked in; the waitlisted one has no toggle.
    const toggle = table.getByRole('button', { name: / anwesend$/ });
    expect(await toggle.count()).toBe(1);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await table.locator('button[aria-pressed="true"]').waitFor();

    // The search filters as one types.
    await page.getByLabel('Suchen').fill('yilmaz');
    await page.getByText('1 Person angezeigt').waitFor();
    await page.getByLabel('Suchen').fill('');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV exportieren' }).click(),
    ]);
    const csv = await contentOf(download);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(';');
    expect(csv).toContain('Murat Yilmaz');
    expect(csv).toContain('Sabine');
    await page.context().close();
  });
});
