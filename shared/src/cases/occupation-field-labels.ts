import type { Locale } from '../api/common.schema';
import type { OccupationField } from '../prechecks';

/** The occupation fields as the queue, dashboard and CSV export name them. */
export const occupationFieldLabels: Record<OccupationField, Record<Locale, string>> = {
  nursing: { de: 'Pflege', en: 'Nursing' },
  care: { de: 'Betreuung', en: 'Care' },
  medicine: { de: 'Medizin und Therapie', en: 'Medicine and therapy' },
  engineering: { de: 'Ingenieurwesen und Architektur', en: 'Engineering and architecture' },
  it: { de: 'Informatik', en: 'Information technology' },
  science: { de: 'Naturwissenschaften', en: 'Natural sciences' },
  education: { de: 'Bildung und Erziehung', en: 'Education' },
  social: { de: 'Soziales', en: 'Social work' },
  crafts: { de: 'Handwerk und Technik', en: 'Crafts and technology' },
  hospitality: { de: 'Gastgewerbe', en: 'Hospitality' },
  logistics: { de: 'Logistik und Verkehr', en: 'Logistics and transport' },
};
