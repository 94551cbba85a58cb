import { isSecondFactorRequired } from '@itc/shared';
import type { AuthUser } from '../app-env';

/** City staff who have not set up their second factor may do nothing but that. */
export function mustEnrolSecondFactor(user: Pick<AuthUser, 'role' | 'secondFactorEnabled'>) {
  return isSecondFactorRequired(user.role) && !user.secondFactorEnabled;
}
