import { type EmployerRegistration, meResponseSchema } from '@itc/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Registers the company and its first HR user; the answer is the new session's user. */
export function registerEmployer(body: EmployerRegistration) {
  return apiRequest('/registrations/employer', {
    method: 'POST',
    body,
    schema: meResponseSchema,
  });
}

export function useRegisterEmployer() {
  return useMutation({ mutationFn: registerEmployer });
}
