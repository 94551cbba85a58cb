import { randomUUID } from 'node:crypto';
import type { Db } from '@itc/db';
import { caseHistoryPath, writeCaseHistory } from '@itc/server/demo/case-history';
import { type CaseStatus, evaluatePrecheck, type PrecheckSubmission } from '@itc/shared';
import { makeInput } from '@itc/shared/testing';
import { seededRandom } from './random';

const dayMs = 86_400_000;

let idSequence = 0;

/**
 * UUID-shaped ids that ascend: rows then go to the end of every id index instead of random
 * places in it, which makes the bulk insert several times faster. Ids stay opaque to the API.
 */
function ascendingId(): string {
  idSequence += 1;
  return `${idSequence.toString(16).padStart(8, '0')}-${randomUUID().slice(9)}`;
}

/** Roughly how a year's cases spread over the stages: most are open and early. */
const statusWeights: [CaseStatus, number][] = [
  ['submitted', 6],
  ['in_review', 12],
  ['documents_requested', 8],
  ['forwarded', 8],
  ['recognition_pending', 10],
  ['deficit_notice', 2],
  ['ba_consent_pending', 6],
  ['pre_approval_issued', 6],
  ['visa_appointment_booked', 6],
  ['visa_issued', 5],
  ['visa_refused', 2],
  ['entered', 6],
  ['permit_issued', 15],
  ['rejected', 4],
  ['withdrawn', 4],
];
const weightedStatuses = statusWeights.flatMap(([status, weight]) =>
  Array.from({ length: weight }, () => status),
);

const nationalities = ['IN', 'PH', 'VN', 'TR', 'TN', 'MA', 'BR', 'CO', 'UA', 'KE', 'NG', 'ID'];
const iscoCodes = ['2221', '2144', '2512', '7212', '7411', '2151', '3221', '2211'];
const givenNames = ['Arjun', 'Maria', 'Thanh', 'Kofi', 'Elif', 'Grace', 'Priya', 'Diego', 'Siti'];
const familyNames = ['Mehta', 'Santos', 'Nguyen', 'Mensah', 'Yildiz', 'Kamau', 'Nair', 'Rojas'];

const bulkTables = ['hires', 'prechecks', 'cases', 'case_events', 'case_messages'];

/**
 * Runs a bulk load without the tables' secondary indexes and the search index's insert trigger,
 * then builds both once: sorting everything at the end is far faster than growing the indexes
 * row by row. The schema is the same afterwards.
 */
function withoutIndexes(client: Db['$client'], load: () => void): void {
  const definitions = client
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND (
        (type = 'index' AND tbl_name IN (${bulkTables.map(() => '?').join(', ')}))
        OR (type = 'trigger' AND name = 'cases_fts_insert'))`,
    )
    .all(...bulkTables) as { name: string; sql: string }[];
  for (const { name, sql } of definitions) {
    client.exec(`DROP ${sql.startsWith('CREATE TRIGGER') ? 'TRIGGER' : 'INDEX'} ${name}`);
  }
  load();
  client.exec("INSERT INTO cases_fts(cases_fts) VALUES ('rebuild')");
  for (const { sql } of definitions) client.exec(sql);
}

/**
 * Writes `count` cases with hires, pre-checks, timelines and messages in one transaction: the
 * cases through the portal's case writer (rows, references, events and audit entries as the API
 * makes them), hires, pre-checks and messages by prepared statements, as the API would take hours
 * for 100,000.
 */
export function seedBenchCases(db: Db, options: { count: number; now: Date }): void {
  const { count, now } = options;
  const random = seededRandom(81);
  const client = db.$client;
  const cityUsers = client
    .prepare(`SELECT u.id AS userId, u.organization_id AS organizationId FROM users u
      JOIN organizations o ON o.id = u.organization_id WHERE o.type = 'city'`)
    .all() as { userId: string; organizationId: string }[];
  const employerUsers = client
    .prepare(`SELECT u.id AS userId, u.organization_id AS organizationId, o.name FROM users u
      JOIN organizations o ON o.id = u.organization_id WHERE o.type = 'employer'`)
    .all() as { userId: string; organizationId: string; name: string }[];
  // One assessment for all: the benchmark measures the queue, not the rules.
  const assessment = evaluatePrecheck(makeInput(), { locale: 'de' });
  const assessmentJson = JSON.stringify(assessment);

  const insertHire = client.prepare(`INSERT INTO hires (id, organization_id, status, given_names,
    family_name, search_name, date_of_birth, nationality, passport_number, passport_expiry,
    residence_country, email, qualification, german_level, experience_years, family_members,
    created_by, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, '1992-05-12', ?,
    'X1234567', '2033-01-01', ?, NULL, ?, 'B1', 6, '[]', ?, ?, ?, 1)`);
  const insertPrecheck = client.prepare(`INSERT INTO prechecks (id, hire_id, organization_id,
    status, step, answers, assessment, created_by, created_at, updated_at, version)
    VALUES (?, ?, ?, 'submitted', 'review', ?, ?, ?, ?, ?, 2)`);
  const insertMessage = client.prepare(`INSERT INTO case_messages (id, case_id, author_user_id,
    author_organization_id, internal, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);

  const submittedTimes = Array.from(
    { length: count },
    () => now.getTime() - random.next() * 730 * dayMs,
  ).sort((a, b) => a - b);
  const qualification = JSON.stringify({
    level: 'university',
    title: 'Bachelor of Engineering',
    country: 'IN',
    completedYear: 2016,
    trainingYears: 4,
    stateRecognisedAbroad: true,
    recognition: 'comparable',
  });

  const load = client.transaction(() => {
    submittedTimes.forEach((submittedMs, index) => {
      const employer = random.pick(employerUsers);
      const reviewer = random.pick(cityUsers);
      const status = random.pick(weightedStatuses);
      const path = caseHistoryPath(status);
      const nationality = random.pick(nationalities);
      const iscoCode = random.pick(iscoCodes);
      const given = random.pick(givenNames);
      const family = `${random.pick(familyNames)}-${index}`;
      const hireName = `${given} ${family}`;
      const submitted = new Date(submittedMs).toISOString();
      const stepMs = Math.max(dayMs, (now.getTime() - submittedMs) / (path.length + 1));
      const times = path.map((_, step) => new Date(submittedMs + step * stepMs));
      const last = times.at(-1)!.toISOString();
      const hireId = ascendingId();
      const precheckId = ascendingId();
      const submission: PrecheckSubmission = {
        hire: {
          givenNames: given,
          familyName: family,
          dateOfBirth: '1992-05-12',
          nationality,
          passportNumber: 'X1234567',
          passportExpiry: '2033-01-01',
          residenceCountry: nationality,
          email: null,
          qualification: JSON.parse(qualification),
          germanLevel: 'B1',
          experienceYears: 6,
          familyMembers: [],
        },
        answers: {
          job: {
            title: 'Fachkraft',
            iscoCode,
            weeklyHours: 40,
            annualGrossSalaryEur: 58_000,
            startDate: '2026-03-01',
            placeOfWork: 'Duisburg',
            permanent: true,
            collectiveAgreement: true,
            matchesQualification: true,
            shortageOccupation: false,
            itSpecialist: false,
            regulated: false,
          },
          licence: null,
          firstResidenceTitleForWork: true,
          pensionProvision: false,
        },
        organizationName: employer.name,
        submittedByName: 'HR',
      };
      const assigneeRoll = random.next();
      const assignee = assigneeRoll < 0.45 ? random.pick(cityUsers) : null;
      insertHire.run(
        hireId,
        employer.organizationId,
        'in_procedure',
        given,
        family,
        hireName.toLowerCase(),
        nationality,
        nationality,
        qualification,
        employer.userId,
        submitted,
        last,
      );
      insertPrecheck.run(
        precheckId,
        hireId,
        employer.organizationId,
        JSON.stringify(submission.answers),
        assessmentJson,
        employer.userId,
        submitted,
        submitted,
      );
      const caseRow = writeCaseHistory(db, {
        opening: {
          precheckId,
          hireId,
          organizationId: employer.organizationId,
          submission,
          assessment,
        },
        employer,
        reviewer,
        steps: path.map((step, index) => ({ status: step, at: times[index]! })),
        assignee,
      });
      insertMessage.run(
        ascendingId(),
        caseRow.id,
        reviewer.userId,
        reviewer.organizationId,
        0,
        'Wir prüfen die Unterlagen.',
        submitted,
      );
      insertMessage.run(
        ascendingId(),
        caseRow.id,
        employer.userId,
        employer.organizationId,
        0,
        'Vielen Dank!',
        last,
      );
      if (index % 4 === 0) {
        insertMessage.run(
          ascendingId(),
          caseRow.id,
          reviewer.userId,
          reviewer.organizationId,
          1,
          'Interne Notiz.',
          last,
        );
      }
    });
  });
  withoutIndexes(client, load);
}
