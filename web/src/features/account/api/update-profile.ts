import { meResponseSchema, type UpdateProfile } from '@itc/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Name and language; the answer is the updated user (the page hands it to the session). */
export function updateProfile(body: UpdateProfile) {
  return apiRequest('/account/profile', { method: 'PATCH', body, schema: meResponseSchema });
}

export function useUpdateProfile() {
  return useMutation({ mutationFn: updateProfile });
}
