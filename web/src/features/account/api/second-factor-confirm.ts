import { recoveryCodesResponseSchema, type SecondFactorCodeRequest } from '@itc/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The first code puts the factor in force; the answer holds the recovery codes, once. */
export function confirmSecondFactor(body: SecondFactorCodeRequest) {
  return apiRequest('/auth/second-factor/totp/confirm', {
    method: 'POST',
    body,
    schema: recoveryCodesResponseSchema,
  });
}

export function useConfirmSecondFactor() {
  return useMutation({ mutationFn: confirmSecondFactor });
}
