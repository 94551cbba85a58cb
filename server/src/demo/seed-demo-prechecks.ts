import { type Db, newId, schema } from '@itc/db';
import { emptyPrecheckAnswers, type PrecheckAnswers, type PrecheckStep } from '@itc/shared';
import { and, eq, notExists } from 'drizzle-orm';
import { demoOrganizations } from './demo-accounts';
import { assessDemoAnswers, firstOfMonthAfter, jobFor } from './demo-precheck-answers';

type DemoPrecheck = {
  /** Key in `demoOrganizations` and family name of a demo hire. */
  organization: string;
  familyName: string;
  step: PrecheckStep;
  answers: (now: Date) => PrecheckAnswers;
};

/** Drafts at different steps: one just begun, one per typical outcome further on. */
const demoPrechecks: DemoPrecheck[] = [
  {
    organization: 'rhein-stahl',
    familyName: 'Iyer',
    step: 'review',
    answers: (now) => ({
      ...emptyPrecheckAnswers,
      job: jobFor('2144', {
        title: 'Maschinenbauingenieur Konstruktion',
        weeklyHours: 40,
        annualGrossSalaryEur: 58_000,
        startDate: firstOfMonthAfter(now, 4),
        placeOfWork: 'Hüttenstraße 12, 47137 Duisburg',
        permanent: true,
        collectiveAgreement: true,
        matchesQualification: true,
      }),
      firstResidenceTitleForWork: true,
    }),
  },
  {
    organization: 'rhein-stahl',
    familyName: 'Aydın',
    step: 'job',
    answers: () => ({
      ...emptyPrecheckAnswers,
      job: jobFor('7212', { title: 'Schweißer (MAG/WIG)', weeklyHours: 38 }),
    }),
  },
  {
    organization: 'pflege-ruhr',
    familyName: 'Reyes',
    step: 'licence',
    answers: (now) => ({
      ...emptyPrecheckAnswers,
      job: jobFor('2221', {
        title: 'Pflegefachkraft ambulante Pflege',
        weeklyHours: 38.5,
        annualGrossSalaryEur: 46_800,
        startDate: firstOfMonthAfter(now, 5),
        placeOfWork: 'Königstraße 40, 47051 Duisburg',
        permanent: true,
        collectiveAgreement: true,
        matchesQualification: true,
      }),
      licence: 'applied',
      firstResidenceTitleForWork: true,
    }),
  },
  {
    organization: 'pflege-ruhr',
    familyName: 'Ben Salah',
    step: 'qualification',
    answers: (now) => ({
      ...emptyPrecheckAnswers,
      job: jobFor('2221', {
        title: 'Pflegefachkraft in der Anpassungsmaßnahme',
        weeklyHours: 39,
        annualGrossSalaryEur: 40_200,
        startDate: firstOfMonthAfter(now, 3),
        placeOfWork: 'Königstraße 40, 47051 Duisburg',
        permanent: false,
        collectiveAgreement: true,
        matchesQualification: true,
      }),
      licence: 'none',
      firstResidenceTitleForWork: true,
    }),
  },
];

/**
 * Adds pre-check drafts for some of the demo hires already in the database. A hire that is
 * missing or already has a pre-check is left alone, so seeding twice adds nothing.
 */
export function seedDemoPrechecks(tx: Pick<Db, 'select' | 'insert'>, now: Date): void {
  const timestamp = now.toISOString();
  for (const demo of demoPrechecks) {
    const organization = demoOrganizations.find((org) => org.key === demo.organization);
    if (!organization) throw new Error(`Unknown demo organisation ${demo.organization}`);
    const row = tx
      .select({ hire: schema.hires })
      .from(schema.hires)
      .innerJoin(schema.organizations, eq(schema.organizations.id, schema.hires.organizationId))
      .where(
        and(
          eq(schema.organizations.name, organization.name),
          eq(schema.hires.familyName, demo.familyName),
          notExists(
            tx.select().from(schema.prechecks).where(eq(schema.prechecks.hireId, schema.hires.id)),
          ),
        ),
      )
      .get();
    if (!row) continue;
    const answers = demo.answers(now);
    tx.insert(schema.prechecks)
      .values({
        id: newId(),
        hireId: row.hire.id,
        organizationId: row.hire.organizationId,
        status: 'draft',
        step: demo.step,
        answers,
        assessment: assessDemoAnswers(row.hire, answers),
        createdBy: row.hire.createdBy,
        createdAt: timestamp,
        updatedAt: timestamp,
      })
      .run();
  }
}
