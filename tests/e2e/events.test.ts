import { readFile } from 'node:fs/promises';
import type { Download } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, newPage, signIn } from './support/browser';
import { startBrowserSuite } from './support/suite';

const suite = startBrowserSuite();

async function contentOf(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

/** A day ahead as `YYYY-MM-DD` (German wall-clock time is entered in the form). */
function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Long, with a dash and umlauts: the calendar entry must fold it between whole characters. */
const title = `Anerkennung in der Pflege – Sprechstunde für Pflegefachkräfte aus Übersee ${Date.now()}`;
// Tomorrow: check-in opens on the day before, so the organiser can check people in today.
const eventDay = dayAhead(1);
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
    // RFC 5545: no line longer than 75 octets, and folding never splits a UTF-8 character.
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${title}`);
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

    // The confirmed attendee is checked in; the waitlisted one has no toggle. The button says
    // what it does, and once pressed offers the way back; both by keyboard.
    const toggle = table.getByRole('button', { name: /: Als anwesend markieren$/ });
    expect(await toggle.count()).toBe(1);
    await toggle.focus();
    await page.keyboard.press('Enter');
    const undo = table.getByRole('button', { name: /: Anwesend – rückgängig$/ });
    await undo.waitFor();
    expect(await undo.textContent()).toContain('Anwesend – rückgängig');
    await expectNoSeriousA11yViolations(page);

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

  it('[ADMIN][MAILBOX] admin finds the confirmation by its subject and downloads its .ics', async () => {
    const page = await newPage(suite.browser);
    await signIn(page, suite.portal.baseUrl, 'admin@stadt.example');
    await page.goto(`${suite.portal.baseUrl}/admin/mailbox`);
    await page.getByRole('heading', { level: 1, name: 'Postausgang' }).waitFor();

    await page.getByLabel('E-Mails durchsuchen').fill(`Anmeldung bestätigt: ${title}`);
    await page.getByRole('button', { name: 'Suchen', exact: true }).click();
    const message = page.getByRole('article', { name: `Anmeldung bestätigt: ${title}` });
    await message.waitFor();
    await expect.poll(() => page.getByRole('article').count()).toBe(1);

    // Collapsed to subject, recipient and date; opening it shows the text and the attachment.
    const file = message.getByRole('link', { name: 'termin.ics' });
    expect(await file.isVisible()).toBe(false);
    await message.getByText(`Anmeldung bestätigt: ${title}`).click();
    await file.waitFor();
    expect(
      await message.getByRole('listitem').filter({ hasText: 'termin.ics' }).textContent(),
    ).toMatch(/termin\.ics \(text\/calendar, [\d,]+ kB\)/);
    await expectNoSeriousA11yViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), file.click()]);
    expect(download.suggestedFilename()).toBe('termin.ics');
    expect(await contentOf(download)).toContain('BEGIN:VCALENDAR');

    await page.getByLabel('E-Mails durchsuchen').fill('niemand@nirgends.example');
    await page.getByRole('button', { name: 'Suchen', exact: true }).click();
    await page.getByText('Keine passenden E-Mails').waitFor();
    await page.context().close();
  });
});
