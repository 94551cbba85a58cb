import type { EmployerRegistrationReview } from '@itc/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { type DescriptionItem, DescriptionList } from '../../../components/ui/description-list';
import { Dialog } from '../../../components/ui/dialog';
import { ExternalLink } from '../../../components/ui/text-link';
import { VerificationBadge } from '../../../components/ui/verification-badge';
import { formatDateTime } from '../../../lib/format';

/** The registry the checklist's first question points to. */
const registerPortalUrl = 'https://www.handelsregister.de';

type CheckProps = { id: string; heading: string; question: string; items: DescriptionItem[] };

/** One question of the checklist with the data it is answered from. */
function Check({ id, heading, question, items, children }: CheckProps & { children?: ReactNode }) {
  return (
    <section className="kern-stack-sm" aria-labelledby={id}>
      <h3 className="kern-heading-small" id={id}>
        {heading}
      </h3>
      <p className="kern-body">{question}</p>
      <DescriptionList items={items} />
      {children}
    </section>
  );
}

type EmployerRegistrationDialogProps = {
  registration: EmployerRegistrationReview;
  onClose: () => void;
  /** Only while the registration waits: the decisions, each asking again in its own dialog. */
  onVerify?: () => void;
  onReject?: () => void;
};

/** Everything the registration collected, sorted by the checklist's questions. */
export function EmployerRegistrationDialog({
  registration,
  onClose,
  onVerify,
  onReject,
}: EmployerRegistrationDialogProps) {
  const { t } = useTranslation();
  const { address, registrant } = registration;
  const missing = '–';
  const prefix = `registration-${registration.id}`;
  return (
    <Dialog
      title={t('admin.employers.details.title', { name: registration.name })}
      onClose={onClose}
      describedBy={`${prefix}-intro`}
      footer={
        <>
          {onVerify ? (
            <Button icon="check" onClick={onVerify}>
              {t('admin.employers.verifyEllipsis')}
            </Button>
          ) : null}
          {onReject ? (
            <Button variant="secondary" icon="close" onClick={onReject}>
              {t('admin.employers.rejectEllipsis')}
            </Button>
          ) : null}
          <Button variant="tertiary" onClick={onClose}>
            {t('common.close')}
          </Button>
        </>
      }
    >
      <div className="kern-stack">
        <p className="kern-body" id={`${prefix}-intro`}>
          {t('admin.employers.details.intro')}{' '}
          <VerificationBadge status={registration.verificationStatus} />
        </p>
        <Check
          id={`${prefix}-register`}
          heading={t('admin.employers.details.registerHeading')}
          question={t('admin.employers.checklist.register')}
          items={[
            { key: 'name', label: t('fields.companyName'), value: registration.name },
            {
              key: 'register',
              label: t('admin.employers.details.registerNumber'),
              value: registration.handelsregisterNumber ?? missing,
            },
          ]}
        >
          <p className="kern-body">
            <ExternalLink href={registerPortalUrl} target="_blank">
              {t('admin.employers.details.registerPortal')}
            </ExternalLink>
          </p>
        </Check>
        <Check
          id={`${prefix}-betriebsnummer`}
          heading={t('fields.betriebsnummer')}
          question={t('admin.employers.checklist.betriebsnummer')}
          items={[
            {
              key: 'betriebsnummer',
              label: t('fields.betriebsnummer'),
              value: registration.betriebsnummer ?? missing,
            },
          ]}
        />
        <Check
          id={`${prefix}-address`}
          heading={t('fields.address')}
          question={t('admin.employers.checklist.address')}
          items={[
            { key: 'street', label: t('fields.street'), value: address?.street ?? missing },
            {
              key: 'city',
              label: t('admin.employers.details.postalCodeCity'),
              value: address ? `${address.postalCode} ${address.city}` : missing,
            },
          ]}
        />
        <Check
          id={`${prefix}-registrant`}
          heading={t('admin.employers.details.registrantHeading')}
          question={t('admin.employers.checklist.contact')}
          items={
            registrant
              ? [
                  { key: 'name', label: t('fields.name'), value: registrant.name },
                  {
                    key: 'email',
                    label: t('fields.email'),
                    value: (
                      <a className="kern-link" href={`mailto:${registrant.email}`}>
                        {registrant.email}
                      </a>
                    ),
                  },
                  {
                    key: 'domain',
                    label: t('admin.employers.details.emailDomain'),
                    value: registrant.email.split('@')[1],
                  },
                  {
                    key: 'language',
                    label: t('fields.language'),
                    value: t(`admin.employers.details.languages.${registrant.locale}`),
                  },
                  {
                    key: 'registered',
                    label: t('fields.registeredOn'),
                    value: (
                      <time dateTime={registration.createdAt}>
                        {formatDateTime(registration.createdAt)}
                      </time>
                    ),
                  },
                ]
              : [
                  {
                    key: 'none',
                    label: t('fields.name'),
                    value: t('admin.employers.noRegistrant'),
                  },
                ]
          }
        />
      </div>
    </Dialog>
  );
}
