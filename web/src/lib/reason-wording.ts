// The reason wording as its own module, so that use-reason-message.ts can load it when needed.
export { formatReasonMessage } from '@itc/shared';
