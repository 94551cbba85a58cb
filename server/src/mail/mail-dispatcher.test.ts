import { schema } from '@itc/db';
import { outboxMessageSchema } from '@itc/shared';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { minutes } from '../lib/clock';
import { readList } from '../testing/read-body';
import { createTestApp } from '../testing/test-app';
import { createMailDispatcher, type MailMessage } from './mail-dispatcher';
import { enqueueEmail } from './outbox';

const calendar = 'BEGIN:VCALENDAR\r\nSUMMARY:Prüfung\r\nEND:VCALENDAR\r\n';
const attachment = {
  filename: 'termin.ics',
  contentType: 'text/calendar; charset=utf-8',
  content: Buffer.from(calendar).toString('base64'),
};

describe('outbox delivery', () => {
  it('passes attachments to the mail server and retries until it accepts', async () => {
    const app = await createTestApp();
    app.db.delete(schema.outbox).run();
    const sent: MailMessage[] = [];
    let refuse = true;
    const dispatcher = createMailDispatcher({
      db: app.db,
      clock: app.clock,
      logger: pino({ level: 'silent' }),
      from: 'itc@example',
      transport: {
        async send(message) {
          if (refuse) throw new Error('421 try again later');
          sent.push(message);
        },
      },
    });
    const queue = (dedupeKey: string) =>
      enqueueEmail(
        app.db,
        {
          to: 'a@example.org',
          subject: 'Termin',
          text: 'Hallo',
          attachments: [attachment],
          dedupeKey,
        },
        app.clock.now(),
      );
    expect(queue('reminder:e:r')).toBe(true);
    expect(queue('reminder:e:r')).toBe(false);

    expect(await dispatcher.deliverPending()).toBe(0);
    const [failed] = app.db.select().from(schema.outbox).all();
    expect(failed).toMatchObject({ attempts: 1, sentAt: null, lastError: '421 try again later' });

    refuse = false;
    expect(await dispatcher.deliverPending()).toBe(0); // still backing off
    app.clock.advance(minutes(2));
    expect(await dispatcher.deliverPending()).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.attachments).toEqual([
      {
        filename: 'termin.ics',
        contentType: 'text/calendar; charset=utf-8',
        content: Buffer.from(calendar),
      },
    ]);
    expect(app.db.select().from(schema.outbox).get()?.sentAt).toBe(app.clock.now().toISOString());
  });

  it('shows attachment names, not contents, in the development mailbox', async () => {
    const app = await createTestApp();
    enqueueEmail(
      app.db,
      { to: 'b@example.org', subject: 'Mit Anhang', text: 'x', attachments: [attachment] },
      app.clock.now(),
    );
    enqueueEmail(app.db, { to: 'c@example.org', subject: 'Ohne', text: 'y' }, app.clock.now());
    const mailbox = await readList(
      await app.request('/api/admin/outbox', { cookie: await app.loginAs('admin@stadt.example') }),
      outboxMessageSchema,
    );
    const withFile = mailbox.items.find((m) => m.subject === 'Mit Anhang');
    expect(withFile?.attachments).toEqual([
      {
        filename: 'termin.ics',
        contentType: 'text/calendar; charset=utf-8',
        size: Buffer.byteLength(calendar),
      },
    ]);
    const plain = mailbox.items.find((m) => m.subject === 'Ohne');
    expect(plain?.attachments).toEqual([]);
  });
});
