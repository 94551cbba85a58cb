import type { CurrentUser, Organization, Role } from '@itc/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextLink } from '../../../components/ui/text-link';

type Step = { key: string; content: ReactNode };

function StepList({ heading, steps }: { heading: string; steps: Step[] }) {
  return (
    <section className="kern-stack-sm" aria-labelledby="home-next-steps-heading">
      <h2 className="kern-heading-medium" id="home-next-steps-heading">
        {heading}
      </h2>
      <ol className="kern-list kern-list--number">
        {steps.map((step) => (
          <li key={step.key}>{step.content}</li>
        ))}
      </ol>
    </section>
  );
}

type NextStepsProps = { user: CurrentUser; organization: Organization | undefined };

/** What the user can do next, by role (and for employers by verification state). */
export function NextSteps({ user, organization }: NextStepsProps) {
  const { t } = useTranslation();
  const role: Role = user.role;
  const status = organization?.verificationStatus ?? user.organization.verificationStatus;

  switch (role) {
    case 'employer_hr': {
      if (status === 'rejected') {
        return (
          <StepList
            heading={t('home.nextSteps.heading')}
            steps={[
              { key: 'reason', content: t('home.nextSteps.employerRejected.reason') },
              { key: 'contact', content: t('home.nextSteps.employerRejected.contact') },
            ]}
          />
        );
      }
      return (
        <StepList
          heading={t('home.nextSteps.heading')}
          steps={[
            {
              key: 'details',
              content: (
                <>
                  {t('home.nextSteps.employer.details')}{' '}
                  <TextLink to="/organization">{t('home.nextSteps.employer.detailsLink')}</TextLink>
                </>
              ),
            },
            {
              key: 'colleagues',
              content: (
                <>
                  {t('home.nextSteps.employer.colleagues')}{' '}
                  <TextLink to="/organization">
                    {t('home.nextSteps.employer.colleaguesLink')}
                  </TextLink>
                </>
              ),
            },
            {
              key: 'hires',
              content: (
                <>
                  {status === 'pending'
                    ? t('home.nextSteps.employer.hiresPending')
                    : t('home.nextSteps.employer.hires')}{' '}
                  <TextLink to="/hires">{t('home.nextSteps.employer.hiresLink')}</TextLink>
                </>
              ),
            },
            { key: 'documents', content: t('home.nextSteps.employer.documents') },
            {
              key: 'events',
              content: (
                <>
                  {t('home.nextSteps.employer.events')}{' '}
                  <TextLink to="/events">{t('home.nextSteps.employer.eventsLink')}</TextLink>
                </>
              ),
            },
            {
              key: 'mandates',
              content: (
                <>
                  {t('home.nextSteps.employer.mandates')}{' '}
                  <TextLink to="/mandates">{t('home.nextSteps.employer.mandatesLink')}</TextLink>
                </>
              ),
            },
          ]}
        />
      );
    }
    case 'ihk_advisor':
    case 'jobcenter_advisor':
      return (
        <StepList
          heading={t('home.nextSteps.tasksHeading')}
          steps={[
            {
              key: 'mandate',
              content: (
                <>
                  {t('home.nextSteps.advisor.mandate')}{' '}
                  <TextLink to="/mandates">{t('home.nextSteps.advisor.mandateLink')}</TextLink>
                </>
              ),
            },
            {
              key: 'hires',
              content: (
                <>
                  {t('home.nextSteps.advisor.hires')}{' '}
                  <TextLink to="/hires">{t('home.nextSteps.advisor.hiresLink')}</TextLink>
                </>
              ),
            },
            {
              key: 'cases',
              content: (
                <>
                  {t('home.nextSteps.advisor.cases')}{' '}
                  <TextLink to="/cases">{t('home.nextSteps.advisor.casesLink')}</TextLink>
                </>
              ),
            },
            { key: 'refer', content: t('home.nextSteps.advisor.refer') },
            {
              key: 'events',
              content: (
                <>
                  {t('home.nextSteps.advisor.events')}{' '}
                  <TextLink to="/events">{t('home.nextSteps.advisor.eventsLink')}</TextLink>
                </>
              ),
            },
          ]}
        />
      );
    case 'city_reviewer':
      return (
        <StepList
          heading={t('home.nextSteps.tasksHeading')}
          steps={[
            {
              key: 'review',
              content: (
                <>
                  {t('home.nextSteps.reviewer.review')}{' '}
                  <TextLink to="/cases">{t('home.nextSteps.reviewer.queueLink')}</TextLink>
                </>
              ),
            },
            {
              key: 'documents',
              content: (
                <>
                  {t('home.nextSteps.reviewer.documents')}{' '}
                  <TextLink to="/cases?status=documents_requested&sort=dueAt&order=asc">
                    {t('home.nextSteps.reviewer.documentsLink')}
                  </TextLink>
                </>
              ),
            },
            { key: 'forward', content: t('home.nextSteps.reviewer.forward') },
            {
              key: 'events',
              content: (
                <>
                  {t('home.nextSteps.reviewer.events')}{' '}
                  <TextLink to="/events">{t('home.nextSteps.reviewer.eventsLink')}</TextLink>
                </>
              ),
            },
          ]}
        />
      );
    case 'city_admin':
      return (
        <StepList
          heading={t('home.nextSteps.tasksHeading')}
          steps={[
            {
              key: 'employers',
              content: (
                <>
                  {t('home.nextSteps.admin.employers')}{' '}
                  <TextLink to="/admin/employers">
                    {t('home.nextSteps.admin.employersLink')}
                  </TextLink>
                </>
              ),
            },
            {
              key: 'partners',
              content: (
                <>
                  {t('home.nextSteps.admin.partners')}{' '}
                  <TextLink to="/admin/organizations">
                    {t('home.nextSteps.admin.partnersLink')}
                  </TextLink>
                </>
              ),
            },
            {
              key: 'users',
              content: (
                <>
                  {t('home.nextSteps.admin.users')}{' '}
                  <TextLink to="/admin/users">{t('home.nextSteps.admin.usersLink')}</TextLink>
                </>
              ),
            },
            {
              key: 'mailbox',
              content: (
                <>
                  {t('home.nextSteps.admin.mailbox')}{' '}
                  <TextLink to="/admin/mailbox">{t('home.nextSteps.admin.mailboxLink')}</TextLink>
                </>
              ),
            },
            {
              key: 'events',
              content: (
                <>
                  {t('home.nextSteps.admin.events')}{' '}
                  <TextLink to="/events">{t('home.nextSteps.admin.eventsLink')}</TextLink>
                </>
              ),
            },
          ]}
        />
      );
    default: {
      const unhandled: never = role;
      return unhandled;
    }
  }
}
