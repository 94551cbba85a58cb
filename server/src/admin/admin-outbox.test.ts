import { outboxMessageSchema } from '@itc/shared';
import { describe, expect, it } from 'vitest';
import { enqueueEmail } from '../mail/outbox';
import { readList } from '../testing/read-body';
import { createTestApp } from '../testing/test-app';

const ics = 'BEGIN:VCALENDAR\r\nSUMMARY:Sprechstunde für Pflegekräfte\r\nEND:VCALENDAR\r\n';

describe('[ADMIN][MAILBOX] the development mailbox', () => {
  it('searches recipient and subject and hands out each attachment with its size', async () => {
    const { request, loginAs, db, clock } = await createTestApp();
    enqueueEmail(
      db,
      {
        to: 'j.mueller@rhein-stahl.example',
        subject: 'Anmeldung bestätigt: Sprechstunde',
        text: 'Ihr Platz ist bestätigt.',
        attachments: [
          {
            filename: 'termin.ics',
            contentType: 'text/calendar; charset=utf-8',
            content: Buffer.from(ics).toString('base64'),
          },
        ],
      },
      clock.now(),
    );
    enqueueEmail(
      db,
      { to: 'zoe@pflege-ruhr.example', subject: 'Willkommen', text: 'Hallo' },
      clock.now(),
    );
    const cookie = await loginAs('admin@stadt.example');

    const search = async (q: string) => {
      const response = await request(`/api/admin/outbox?q=${encodeURIComponent(q)}`, { cookie });
      expect(response.status).toBe(200);
      return (await readList(response, outboxMessageSchema)).items;
    };
    const [confirmed, ...others] = await search('RHEIN-STAHL');
    expect(others).toEqual([]);
    expect(confirmed?.attachments).toEqual([
      {
        filename: 'termin.ics',
        contentType: 'text/calendar; charset=utf-8',
        size: Buffer.byteLength(ics),
      },
    ]);
    expect((await search('willkommen')).map((m) => m.to)).toEqual(['zoe@pflege-ruhr.example']);
    expect((await search('anmeldung BESTÄTIGT')).map((m) => m.to)).toEqual([
      'j.mueller@rhein-stahl.example',
    ]);
    expect(await search('nichts-davon')).toEqual([]);

    const download = await request(`/api/admin/outbox/${confirmed?.id}/attachments/0`, { cookie });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;.*termin\.ics/);
    expect(await download.text()).toBe(ics);
    expect(
      (await request(`/api/admin/outbox/${confirmed?.id}/attachments/1`, { cookie })).status,
    ).toBe(404);
    const hr = await loginAs('hr@rhein-stahl.example');
    expect(
      (await request(`/api/admin/outbox/${confirmed?.id}/attachments/0`, { cookie: hr })).status,
    ).toBe(403);
  });
});
