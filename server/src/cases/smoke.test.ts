import { describe, expect, it } from 'vitest';
import { createCaseTestApp } from '../testing/case-test-app';

describe('smoke', () => {
  it('works', async () => {
    const t = await createCaseTestApp();
    const r = await t.readCase(t.reviewer, t.caseId);
    const body = await r.json();
    console.log(r.status, JSON.stringify(body).slice(0, 3000));
    const m = await t.moveOk(t.reviewer, t.caseId, 'in_review');
    console.log(m.status, m.version, m.allowedTransitions);
    const list = await t.request('/api/cases?status=in_review,submitted&sort=dueAt', {
      cookie: t.reviewer,
    });
    console.log(list.status, JSON.stringify(await list.json()));
    expect(1).toBe(1);
  });
});
