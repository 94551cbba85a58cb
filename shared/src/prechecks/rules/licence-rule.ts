import type { PrecheckContext } from '../precheck-context';
import { reason } from '../reasons';
import { condition, type Finding, met, unmet } from './findings';

/** § 18(2) Nr. 3: a regulated profession needs the licence to practise; empty if not regulated. */
export function assessLicence({ input }: PrecheckContext): Finding[] {
  const { regulated, licence } = input.profession;
  if (!regulated) return [];
  switch (licence) {
    case 'held':
      return [met(reason('licence_held'))];
    case 'applied':
      return [condition(reason('licence_applied'))];
    case 'none':
      return [unmet(reason('licence_missing'))];
    default:
      return licence satisfies never;
  }
}
