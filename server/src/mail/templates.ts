import type { Locale } from '@itc/shared';

export type Email = { subject: string; text: string };

export const signature = {
  de: '\n\nFreundliche Grüße\nIhr International Talent Center der Stadt Duisburg',
  en: '\n\nKind regards\nThe International Talent Center of the City of Duisburg',
};

/** Emails in the recipient's language; plain text so every mail client shows them alike. */
export const emailTemplates = {
  invitation(
    locale: Locale,
    data: {
      name: string;
      inviterName: string;
      organizationName: string;
      link: string;
      validDays: number;
    },
  ): Email {
    return locale === 'de'
      ? {
          subject: 'Einladung zum Partnerportal des International Talent Centers Duisburg',
          text: `Guten Tag ${data.name},\n\n${data.inviterName} hat Sie eingeladen, im Partnerportal für „${data.organizationName}“ mitzuarbeiten.\n\nLegen Sie hier Ihr Passwort fest (der Link gilt ${data.validDays} Tage und nur einmal):\n${data.link}${signature.de}`,
        }
      : {
          subject: 'Invitation to the International Talent Center Duisburg partner portal',
          text: `Hello ${data.name},\n\n${data.inviterName} has invited you to work in the partner portal for “${data.organizationName}”.\n\nSet your password here (the link is valid for ${data.validDays} days and can be used once):\n${data.link}${signature.en}`,
        };
  },
  registrationReceived(
    locale: Locale,
    data: { name: string; organizationName: string; link: string },
  ): Email {
    return locale === 'de'
      ? {
          subject: 'Ihre Registrierung ist eingegangen',
          text: `Guten Tag ${data.name},\n\nvielen Dank für die Registrierung von „${data.organizationName}“. Wir prüfen Ihre Angaben in der Regel innerhalb von zwei Arbeitstagen. Sie können sich schon jetzt anmelden und alles vorbereiten; einreichen können Sie nach der Freigabe.\n\n${data.link}${signature.de}`,
        }
      : {
          subject: 'We have received your registration',
          text: `Hello ${data.name},\n\nthank you for registering “${data.organizationName}”. We usually check your details within two working days. You can sign in and prepare everything now; you can submit once your company is verified.\n\n${data.link}${signature.en}`,
        };
  },
  employerVerified(
    locale: Locale,
    data: { name: string; organizationName: string; link: string },
  ): Email {
    return locale === 'de'
      ? {
          subject: 'Ihr Unternehmen ist freigegeben',
          text: `Guten Tag ${data.name},\n\n„${data.organizationName}“ ist jetzt im Partnerportal freigegeben. Sie können Vorab-Checks einreichen.\n\n${data.link}${signature.de}`,
        }
      : {
          subject: 'Your company has been verified',
          text: `Hello ${data.name},\n\n“${data.organizationName}” is now verified in the partner portal. You can submit pre-checks.\n\n${data.link}${signature.en}`,
        };
  },
  employerRejected(
    locale: Locale,
    data: { name: string; organizationName: string; reason: string; link: string },
  ): Email {
    return locale === 'de'
      ? {
          subject: 'Ihre Registrierung konnte nicht freigegeben werden',
          text: `Guten Tag ${data.name},\n\nwir konnten „${data.organizationName}“ leider nicht freigeben. Begründung:\n${data.reason}\n\nBei Fragen antworten Sie gern auf diese E-Mail oder rufen Sie uns an.\n\n${data.link}${signature.de}`,
        }
      : {
          subject: 'Your registration could not be verified',
          text: `Hello ${data.name},\n\nunfortunately we could not verify “${data.organizationName}”. Reason:\n${data.reason}\n\nIf you have questions, reply to this email or call us.\n\n${data.link}${signature.en}`,
        };
  },
  mandateGranted(
    locale: Locale,
    data: { name: string; employerName: string; partnerName: string; link: string },
  ): Email {
    return locale === 'de'
      ? {
          subject: `Neue Vollmacht von ${data.employerName}`,
          text: `Guten Tag ${data.name},\n\n„${data.employerName}“ hat „${data.partnerName}“ im Partnerportal bevollmächtigt. Sie können ab sofort die internationalen Fachkräfte, Vorab-Checks und Verfahren dieses Arbeitgebers bearbeiten; jede Ihrer Handlungen wird für den Arbeitgeber protokolliert.\n\n${data.link}${signature.de}`,
        }
      : {
          subject: `New mandate from ${data.employerName}`,
          text: `Hello ${data.name},\n\n“${data.employerName}” has given “${data.partnerName}” a mandate in the partner portal. From now on you can work on this employer's international hires, pre-checks and cases; everything you do is recorded for the employer.\n\n${data.link}${signature.en}`,
        };
  },
  mandateRevoked(
    locale: Locale,
    data: { name: string; employerName: string; partnerName: string; link: string },
  ): Email {
    return locale === 'de'
      ? {
          subject: `Vollmacht von ${data.employerName} widerrufen`,
          text: `Guten Tag ${data.name},\n\n„${data.employerName}“ hat die Vollmacht für „${data.partnerName}“ widerrufen. Die Fachkräfte, Vorab-Checks und Verfahren dieses Arbeitgebers sind für Sie nicht mehr sichtbar.\n\n${data.link}${signature.de}`,
        }
      : {
          subject: `Mandate from ${data.employerName} revoked`,
          text: `Hello ${data.name},\n\n“${data.employerName}” has revoked the mandate of “${data.partnerName}”. You can no longer see this employer's hires, pre-checks and cases.\n\n${data.link}${signature.en}`,
        };
  },
  secondFactorReset(locale: Locale, data: { name: string; link: string }): Email {
    return locale === 'de'
      ? {
          subject: 'Ihr zweiter Faktor wurde zurückgesetzt',
          text: `Guten Tag ${data.name},\n\ndie Stadtverwaltung hat den zweiten Faktor (Authenticator-App) Ihres Kontos im Partnerportal zurückgesetzt; Ihre Wiederherstellungscodes gelten nicht mehr und Sie wurden überall abgemeldet. Bei der nächsten Anmeldung richten Sie den zweiten Faktor neu ein.\n\nHaben Sie das nicht veranlasst, wenden Sie sich bitte umgehend an das International Talent Center.\n\n${data.link}${signature.de}`,
        }
      : {
          subject: 'Your second factor has been reset',
          text: `Hello ${data.name},\n\nthe city administration has reset the second factor (authenticator app) of your partner portal account; your recovery codes no longer work and you have been signed out everywhere. You will set up the second factor again at your next sign-in.\n\nIf you did not ask for this, please contact the International Talent Center at once.\n\n${data.link}${signature.en}`,
        };
  },
  passwordReset(locale: Locale, data: { name: string; link: string; validMinutes: number }): Email {
    return locale === 'de'
      ? {
          subject: 'Passwort für das Partnerportal zurücksetzen',
          text: `Guten Tag ${data.name},\n\njemand hat für Ihr Konto im Partnerportal ein neues Passwort angefordert. Legen Sie es hier fest (der Link gilt ${data.validMinutes} Minuten und nur einmal):\n${data.link}\n\nWenn Sie das nicht waren, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt, wie es ist.${signature.de}`,
        }
      : {
          subject: 'Reset your partner portal password',
          text: `Hello ${data.name},\n\nsomeone has asked for a new password for your partner portal account. Set it here (the link is valid for ${data.validMinutes} minutes and can be used once):\n${data.link}\n\nIf this was not you, you can ignore this email; your password stays as it is.${signature.en}`,
        };
  },
  passwordChanged(locale: Locale, data: { name: string; link: string }): Email {
    return locale === 'de'
      ? {
          subject: 'Ihr Passwort wurde geändert',
          text: `Guten Tag ${data.name},\n\ndas Passwort Ihres Kontos im Partnerportal wurde soeben geändert; alle anderen Anmeldungen wurden beendet.\n\nWaren Sie das nicht? Dann setzen Sie Ihr Passwort sofort hier zurück und rufen Sie uns an:\n${data.link}${signature.de}`,
        }
      : {
          subject: 'Your password was changed',
          text: `Hello ${data.name},\n\nthe password of your partner portal account has just been changed; all other sign-ins were ended.\n\nWas this not you? Then reset your password here at once and call us:\n${data.link}${signature.en}`,
        };
  },
  emailChanged(locale: Locale, data: { name: string; newEmail: string }): Email {
    return locale === 'de'
      ? {
          subject: 'Ihre E-Mail-Adresse im Partnerportal wurde geändert',
          text: `Guten Tag ${data.name},\n\nIhr Konto im Partnerportal meldet sich ab sofort mit ${data.newEmail} an; an diese Adresse gehen keine E-Mails mehr.\n\nWaren Sie das nicht? Dann rufen Sie uns bitte sofort an.${signature.de}`,
        }
      : {
          subject: 'Your partner portal email address was changed',
          text: `Hello ${data.name},\n\nyour partner portal account now signs in with ${data.newEmail}; no more emails go to this address.\n\nWas this not you? Then please call us at once.${signature.en}`,
        };
  },
};
