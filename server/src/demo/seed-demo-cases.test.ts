import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, migrateDb, schema } from '@itc/db';
import { allowedTransitions, type CaseStatus, caseStatuses, isPathway16dOpen } from '@itc/shared';
import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemoData } from './seed-demo-data';

const now = new Date('2026-11-25T10:00:00Z');

async function seededDb() {
  const db = createDb(':memory:');
  migrateDb(db);
  await seedDemoData(db, now);
  return db;
}

describe('demo cases', () => {
  it('gives both demo employers a case in every status', async () => {
    const db = await seededDb();
    const rows = db
      .select({ status: schema.cases.status, employer: schema.organizations.name })
      .from(schema.cases)
      .innerJoin(schema.organizations, eq(schema.organizations.id, schema.cases.organizationId))
      .all();
    for (const employer of ['Rhein-Stahl GmbH', 'Pflegedienst Ruhr gGmbH']) {
      const statuses = rows.filter((row) => row.employer === employer).map((row) => row.status);
      expect(statuses.toSorted(), employer).toEqual([...caseStatuses].sort());
    }
  });

  it('builds every timeline from moves the state machine allows, by the side that made them', async () => {
    const db = await seededDb();
    for (const caseRow of db.select().from(schema.cases).all()) {
      const events = db
        .select({ event: schema.caseEvents, actingType: schema.organizations.type })
        .from(schema.caseEvents)
        .innerJoin(
          schema.organizations,
          eq(schema.organizations.id, schema.caseEvents.actingOrganizationId),
        )
        .where(eq(schema.caseEvents.caseId, caseRow.id))
        .orderBy(asc(schema.caseEvents.id))
        .all();
      expect(events[0]?.event.toStatus).toBe('submitted');
      expect(events.at(-1)?.event.toStatus).toBe(caseRow.status);
      expect(caseRow.version).toBe(events.length);
      let resumeStatus: CaseStatus | null = null;
      for (const { event, actingType } of events.slice(1)) {
        const side = actingType === 'city' ? 'city' : 'employer_side';
        const from = event.fromStatus!;
        const allowed = allowedTransitions(from, side, {
          pathway16dOpen: isPathway16dOpen(caseRow.assessment),
          resumeStatus,
        });
        expect(allowed, `${caseRow.reference}: ${from} → ${event.toStatus}`).toContain(
          event.toStatus,
        );
        resumeStatus = event.toStatus === 'documents_requested' ? from : null;
      }
    }
  });

  it('records every move of a demo case in the audit log, with who and from → to', async () => {
    const db = await seededDb();
    for (const caseRow of db.select().from(schema.cases).all()) {
      const moves = db
        .select()
        .from(schema.caseEvents)
        .where(eq(schema.caseEvents.caseId, caseRow.id))
        .orderBy(asc(schema.caseEvents.id))
        .all()
        .slice(1);
      const entries = db
        .select()
        .from(schema.auditLog)
        .where(
          and(eq(schema.auditLog.targetType, 'case'), eq(schema.auditLog.targetId, caseRow.id)),
        )
        .orderBy(asc(schema.auditLog.id))
        .all();
      const transitions = entries.filter((entry) => entry.action === 'case.transitioned');
      expect(transitions, caseRow.reference).toEqual(
        moves.map((move, step) =>
          expect.objectContaining({
            action: 'case.transitioned',
            actorUserId: move.actorUserId,
            actingOrganizationId: move.actingOrganizationId,
            // City staff act for the employer; the employer's own moves name nobody else.
            onBehalfOfOrganizationId:
              move.actingOrganizationId === caseRow.organizationId ? null : caseRow.organizationId,
            reason: (move.data as { reason?: string } | null)?.reason ?? null,
            before: expect.objectContaining({ status: move.fromStatus, version: step + 1 }),
            after: expect.objectContaining({ status: move.toStatus, version: step + 2 }),
            createdAt: move.createdAt,
          }),
        ),
      );
      // The audit log names the due date the case stands at now.
      expect((transitions.at(-1)?.after ?? { dueAt: null }) as object, caseRow.reference).toEqual(
        expect.objectContaining({ dueAt: caseRow.dueAt }),
      );
      const assignments = entries.filter((entry) => entry.action === 'case.assigned');
      expect(assignments.map((entry) => entry.after)).toEqual(
        caseRow.assigneeUserId ? [{ assigneeUserId: caseRow.assigneeUserId }] : [],
      );
      const submitted = db
        .select()
        .from(schema.auditLog)
        .where(
          and(
            eq(schema.auditLog.action, 'precheck.submitted'),
            eq(schema.auditLog.targetId, caseRow.precheckId),
          ),
        )
        .all();
      expect(submitted, caseRow.reference).toHaveLength(1);
    }
  });

  it('keeps hires, deadlines and closing consistent with each status', async () => {
    const db = await seededDb();
    const rows = db
      .select({ caseRow: schema.cases, hireStatus: schema.hires.status })
      .from(schema.cases)
      .innerJoin(schema.hires, eq(schema.hires.id, schema.cases.hireId))
      .all();
    for (const { caseRow, hireStatus } of rows) {
      const final = ['visa_refused', 'permit_issued', 'rejected', 'withdrawn'].includes(
        caseRow.status,
      );
      expect(caseRow.closedAt !== null, caseRow.reference).toBe(final);
      if (['entered', 'permit_issued'].includes(caseRow.status)) expect(hireStatus).toBe('arrived');
      else if (final) expect(hireStatus).toBe('active');
      else expect(hireStatus).toBe('in_procedure');
    }
    const overdue = rows.filter(({ caseRow }) => caseRow.dueAt && caseRow.dueAt < '2026-11-25');
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('has a document request awaiting an answer, messages and internal notes', async () => {
    const db = await seededDb();
    const open = db
      .select({ request: schema.caseDocumentRequests, caseRow: schema.cases })
      .from(schema.caseDocumentRequests)
      .innerJoin(schema.cases, eq(schema.cases.id, schema.caseDocumentRequests.caseId))
      .all()
      .filter(({ request }) => request.answeredAt === null);
    expect(open.length).toBeGreaterThanOrEqual(1);
    for (const { request, caseRow } of open) {
      expect(caseRow.status).toBe('documents_requested');
      expect(caseRow.resumeStatus).toBe(request.fromStatus);
    }
    const messages = db.select().from(schema.caseMessages).all();
    expect(messages.some((message) => message.internal)).toBe(true);
    expect(messages.some((message) => !message.internal)).toBe(true);
  });

  it('stores a sample PDF for every document each submission required, when given an upload folder', async () => {
    const uploadDir = mkdtempSync(join(tmpdir(), 'itc-seed-'));
    try {
      const db = createDb(':memory:');
      migrateDb(db);
      await seedDemoData(db, now, { uploadDir });
      const stored = db.select().from(schema.documents).all();
      for (const caseRow of db.select().from(schema.cases).all()) {
        const codes = stored
          .filter((document) => document.precheckId === caseRow.precheckId)
          .map((document) => document.requirementCode);
        const required = caseRow.assessment.requiredDocuments
          .filter((document) => document.required)
          .map((document) => document.code);
        expect(codes.toSorted(), caseRow.reference).toEqual(required.toSorted());
      }
      expect(readdirSync(uploadDir)).toHaveLength(stored.length);
      for (const document of stored) {
        const bytes = readFileSync(join(uploadDir, document.storageKey));
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
        expect(bytes.byteLength).toBe(document.sizeBytes);
      }
    } finally {
      rmSync(uploadDir, { recursive: true, force: true });
    }
  });

  it('numbers the references so the next submission continues after them', async () => {
    const db = await seededDb();
    const references = db.select({ reference: schema.cases.reference }).from(schema.cases).all();
    expect(new Set(references.map((row) => row.reference)).size).toBe(30);
    const counters = db.select().from(schema.caseReferenceCounters).all();
    expect(counters.reduce((sum, row) => sum + row.last, 0)).toBe(30);
  });

  it('seeds in well under a second', async () => {
    const db = createDb(':memory:');
    migrateDb(db);
    const started = performance.now();
    await seedDemoData(db, now);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
