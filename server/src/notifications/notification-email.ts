import type { Locale } from '@itc/shared';
import { type Email, signature } from '../mail/templates';

/** A notification as email: its title as subject, any details, and a link straight to the case. */
export function notificationEmail(
  locale: Locale,
  data: { name: string; title: string; details: string[]; link: string },
): Email {
  const details = data.details.length > 0 ? `\n\n${data.details.join('\n')}` : '';
  const lead =
    locale === 'de'
      ? `Guten Tag ${data.name},\n\nim Partnerportal gibt es Neues:\n\n${data.title}`
      : `Hello ${data.name},\n\nthere is news in the partner portal:\n\n${data.title}`;
  const open = locale === 'de' ? 'Zum Verfahren:' : 'Open the case:';
  return {
    subject: data.title,
    text: `${lead}${details}\n\n${open}\n${data.link}${signature[locale]}`,
  };
}
