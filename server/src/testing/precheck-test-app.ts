import { rmSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import { insertTestHire } from './insert-test-hire';
import { precheckFlow } from './precheck-flow';
import { createTestApp } from './test-app';

/**
 * A test portal with one active hire of Rhein-Stahl and its HR user signed in. Uploaded files go
 * to a temporary folder that is removed when the test ends.
 */
export async function createPrecheckTestApp() {
  const t = await createTestApp();
  onTestFinished(() => rmSync(t.uploadDir, { recursive: true, force: true }));
  const employerId = t.organizationIdOf('hr@rhein-stahl.example');
  const hr = await t.loginAs('hr@rhein-stahl.example');
  const hireId = insertTestHire(t.db, { organizationId: employerId });
  return { ...t, flow: precheckFlow(t), employerId, hr, hireId };
}
