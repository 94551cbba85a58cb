import type { DisableSecondFactor } from '@itc/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function disableSecondFactor(body: DisableSecondFactor) {
  return apiRequest('/auth/second-factor/totp', { method: 'DELETE', body });
}

export function useDisableSecondFactor() {
  return useMutation({ mutationFn: disableSecondFactor });
}
