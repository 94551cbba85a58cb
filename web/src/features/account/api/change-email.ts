import { type ChangeEmail, meResponseSchema } from '@itc/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function changeEmail(body: ChangeEmail) {
  return apiRequest('/account/email', { method: 'POST', body, schema: meResponseSchema });
}

export function useChangeEmail() {
  return useMutation({ mutationFn: changeEmail });
}
