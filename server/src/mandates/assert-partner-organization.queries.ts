import { type Db, schema } from '@itc/db';
import { isPartnerOrganizationType, type Locale } from '@itc/shared';
import { eq } from 'drizzle-orm';
import { invalidFields } from '../lib/validation-errors';

/**
 * 400 on `partnerOrganizationId` unless it is a verified IHK or Jobcenter: the partners an
 * employer can give a mandate to or share a case with.
 */
export function assertPartnerOrganization(
  db: Pick<Db, 'select'>,
  partnerId: string,
  locale: Locale,
): void {
  const partner = db
    .select()
    .from(schema.organizations)
    .where(eq(schema.organizations.id, partnerId))
    .get();
  if (
    !partner ||
    !isPartnerOrganizationType(partner.type) ||
    partner.verificationStatus !== 'verified'
  ) {
    throw invalidFields(
      [{ path: 'partnerOrganizationId', message: 'partner_organization_invalid' }],
      locale,
    );
  }
}
