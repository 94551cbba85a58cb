import { notificationListSchema, notificationSchema, unreadCountSchema } from '@itc/shared';
import { describe, expect, it } from 'vitest';
import { createCaseTestApp, ihkEmail } from '../testing/case-test-app';
import { readBody } from '../testing/read-body';

describe('[HR] notifications', () => {
  it('lists what the other side did, newest first, counts unread and marks them read', async () => {
    const t = await createCaseTestApp();
    await t.moveOk(t.reviewer, t.caseId, 'in_review');
    t.clock.advance(1000);
    await t.request(`/api/cases/${t.caseId}/messages`, {
      cookie: t.reviewer,
      body: { body: 'Hallo' },
    });
    const response = await t.request('/api/notifications', { cookie: t.hr });
    expect(response.status).toBe(200);
    const list = await readBody(response, notificationListSchema);
    expect(list.unreadCount).toBe(2);
    expect(list.items.map((item) => item.title)).toEqual([
      'ITC-2026-000001: neue Nachricht von Katrin Hoffmann',
      'ITC-2026-000001: neuer Stand „In Prüfung beim ITC“',
    ]);
    expect(list.items[0]).toMatchObject({ link: `/cases/${t.caseId}`, readAt: null });

    const count = async (cookie: string) =>
      (
        await readBody(
          await t.request('/api/notifications/unread-count', { cookie }),
          unreadCountSchema,
        )
      ).unreadCount;
    const ihk = await t.loginAs(ihkEmail);
    expect(await count(ihk)).toBe(2);
    const someoneElses = await t.request(`/api/notifications/${list.items[0]?.id}/read`, {
      method: 'POST',
      cookie: ihk,
    });
    expect(someoneElses.status).toBe(404);

    const read = await t.request(`/api/notifications/${list.items[0]?.id}/read`, {
      method: 'POST',
      cookie: t.hr,
    });
    expect(read.status).toBe(200);
    expect((await readBody(read, notificationSchema)).readAt).toBe(t.clock.now().toISOString());
    expect(await count(t.hr)).toBe(1);
    const unread = await readBody(
      await t.request('/api/notifications?unread=true', { cookie: t.hr }),
      notificationListSchema,
    );
    expect(unread.items).toHaveLength(1);
    const all = await t.request('/api/notifications/read-all', { method: 'POST', cookie: t.hr });
    expect(await readBody(all, unreadCountSchema)).toEqual({ unreadCount: 0 });
    expect(await count(t.hr)).toBe(0);
    expect(await count(ihk)).toBe(2);
    expect((await t.request('/api/notifications')).status).toBe(401);
  });
});
