import type { Locale } from '@itc/shared';
import { type Email, signature } from '../../mail/templates';

/** What every event email says: to whom, which event, when, where, and the event page. */
export type EventMailFacts = {
  name: string;
  title: string;
  organizerName: string;
  when: string;
  where: string;
  link: string;
};

function details(locale: Locale, facts: EventMailFacts): string {
  return locale === 'de'
    ? `Veranstaltung: ${facts.title}\nVeranstalter: ${facts.organizerName}\nWann: ${facts.when}\nWo: ${facts.where}\n\nZur Veranstaltung im Partnerportal:\n${facts.link}`
    : `Event: ${facts.title}\nOrganiser: ${facts.organizerName}\nWhen: ${facts.when}\nWhere: ${facts.where}\n\nThe event in the partner portal:\n${facts.link}`;
}

function compose(locale: Locale, facts: EventMailFacts, subject: string, intro: string): Email {
  const greeting = locale === 'de' ? `Guten Tag ${facts.name},` : `Hello ${facts.name},`;
  return {
    subject,
    text: `${greeting}\n\n${intro}\n\n${details(locale, facts)}${signature[locale]}`,
  };
}

/** Emails to event participants in their language; the calendar entry is attached separately. */
export const eventEmailTemplates = {
  seatConfirmed(locale: Locale, facts: EventMailFacts): Email {
    return locale === 'de'
      ? compose(
          locale,
          facts,
          `Anmeldung bestätigt: ${facts.title}`,
          'Ihr Platz ist bestätigt. Den Termin für Ihren Kalender finden Sie im Anhang. Wenn Sie nicht teilnehmen können, stornieren Sie bitte Ihre Anmeldung im Portal, damit jemand von der Warteliste nachrücken kann.',
        )
      : compose(
          locale,
          facts,
          `Registration confirmed: ${facts.title}`,
          'Your seat is confirmed. The calendar entry is attached. If you cannot attend, please cancel your registration in the portal so that someone from the waiting list can take your seat.',
        );
  },
  seatPromoted(locale: Locale, facts: EventMailFacts): Email {
    return locale === 'de'
      ? compose(
          locale,
          facts,
          `Platz frei geworden – Anmeldung bestätigt: ${facts.title}`,
          'Ein Platz ist frei geworden: Sie sind von der Warteliste nachgerückt und Ihr Platz ist jetzt bestätigt. Den Termin für Ihren Kalender finden Sie im Anhang.',
        )
      : compose(
          locale,
          facts,
          `A seat became free – registration confirmed: ${facts.title}`,
          'A seat has become free: you have moved up from the waiting list and your seat is now confirmed. The calendar entry is attached.',
        );
  },
  waitlisted(locale: Locale, facts: EventMailFacts & { position: number }): Email {
    return locale === 'de'
      ? compose(
          locale,
          facts,
          `Warteliste: ${facts.title}`,
          `Die Veranstaltung ist ausgebucht. Sie stehen auf Platz ${facts.position} der Warteliste. Sobald ein Platz frei wird, rücken Sie automatisch nach und erhalten eine E-Mail.`,
        )
      : compose(
          locale,
          facts,
          `Waiting list: ${facts.title}`,
          `The event is fully booked. You are number ${facts.position} on the waiting list. As soon as a seat becomes free, you move up automatically and receive an email.`,
        );
  },
  registrationCancelled(locale: Locale, facts: EventMailFacts): Email {
    return locale === 'de'
      ? compose(
          locale,
          facts,
          `Anmeldung storniert: ${facts.title}`,
          'Ihre Anmeldung zu dieser Veranstaltung wurde storniert.',
        )
      : compose(
          locale,
          facts,
          `Registration cancelled: ${facts.title}`,
          'Your registration for this event has been cancelled.',
        );
  },
  reminder(locale: Locale, facts: EventMailFacts): Email {
    return locale === 'de'
      ? compose(
          locale,
          facts,
          `Erinnerung: ${facts.title}`,
          'wir erinnern Sie an die Veranstaltung, zu der Sie angemeldet sind. Sie beginnt in weniger als 24 Stunden.',
        )
      : compose(
          locale,
          facts,
          `Reminder: ${facts.title}`,
          'this is a reminder of the event you are registered for. It begins in less than 24 hours.',
        );
  },
  eventCancelled(locale: Locale, facts: EventMailFacts & { reason: string | null }): Email {
    const reason = facts.reason
      ? `\n\n${locale === 'de' ? 'Begründung' : 'Reason'}: ${facts.reason}`
      : '';
    return locale === 'de'
      ? compose(
          locale,
          facts,
          `Abgesagt: ${facts.title}`,
          `Leider wurde die Veranstaltung abgesagt. Ihre Anmeldung ist damit hinfällig.${reason}`,
        )
      : compose(
          locale,
          facts,
          `Cancelled: ${facts.title}`,
          `Unfortunately the event has been cancelled, so your registration no longer applies.${reason}`,
        );
  },
  eventChanged(locale: Locale, facts: EventMailFacts): Email {
    return locale === 'de'
      ? compose(
          locale,
          facts,
          `Geänderte Angaben: ${facts.title}`,
          'Zeit oder Ort der Veranstaltung, zu der Sie angemeldet sind, haben sich geändert. Es gelten die folgenden Angaben.',
        )
      : compose(
          locale,
          facts,
          `Details changed: ${facts.title}`,
          'The time or place of the event you are registered for has changed. The details below apply.',
        );
  },
  organizerMessage(
    locale: Locale,
    facts: EventMailFacts & { subject: string; message: string },
  ): Email {
    return locale === 'de'
      ? compose(
          locale,
          facts,
          `${facts.subject} – ${facts.title}`,
          `${facts.organizerName} schreibt Ihnen zu der Veranstaltung, zu der Sie angemeldet sind:\n\n${facts.message}`,
        )
      : compose(
          locale,
          facts,
          `${facts.subject} – ${facts.title}`,
          `${facts.organizerName} writes to you about the event you are registered for:\n\n${facts.message}`,
        );
  },
};

export type EventEmailTemplate = (locale: Locale, facts: EventMailFacts) => Email;
