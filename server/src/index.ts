export { type CreateAppOptions, createApp } from './app';
export type { AppConfig } from './config';
export { defaultAppConfig } from './config';
export {
  createReminderScheduler,
  type ReminderScheduler,
} from './events/mailing/reminder-scheduler.job';
export { type Clock, fixedClock, systemClock } from './lib/clock';
export { createLogger } from './logger';
export {
  createMailDispatcher,
  type MailMessage,
  type MailTransport,
} from './mail/mail-dispatcher';
