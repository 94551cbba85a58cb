import {
  type EventFormat,
  type EventLanguage,
  type EventTargetGroup,
  type EventTopic,
  eventFormatLabels,
  eventLanguageLabels,
  eventTargetGroupLabels,
  eventTopicLabels,
  type RegistrationStatus,
  registrationStatusLabels,
} from '@itc/shared';
import { useLocale } from '../../../lib/use-country-options';

/** The shared code lists' labels in the UI language. */
export function useCodeLabels() {
  const locale = useLocale();
  return {
    topic: (code: EventTopic) => eventTopicLabels[code][locale],
    format: (code: EventFormat) => eventFormatLabels[code][locale],
    language: (code: EventLanguage) => eventLanguageLabels[code][locale],
    targetGroup: (code: EventTargetGroup) => eventTargetGroupLabels[code][locale],
    registrationStatus: (code: RegistrationStatus) => registrationStatusLabels[code][locale],
  };
}
