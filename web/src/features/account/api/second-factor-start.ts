import { totpEnrolmentSchema } from '@itc/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** A new TOTP secret for the app; not in force until a code confirms it. */
export function startSecondFactor() {
  return apiRequest('/auth/second-factor/totp', { method: 'POST', schema: totpEnrolmentSchema });
}

export function useStartSecondFactor() {
  return useMutation({ mutationFn: startSecondFactor });
}
