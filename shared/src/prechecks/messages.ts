import { formatEuro } from '../format/format-euro';
import type { Locale } from './locales';
import { type PathwayCode, pathwayLabels } from './pathway-codes';
import type { ReasonCode } from './reason-codes';

type NoParams = Record<string, never>;
type Template<P> = { de: (params: P) => string; en: (params: P) => string };

// P is inferred from the German text's parameter, so both languages get the same parameters.
function template<P = NoParams>(de: (params: P) => string, en: (params: P) => string): Template<P> {
  return { de, en };
}

type Threshold = { thresholdEur: number };
type Experience = { experienceYears: number; requiredYears: number };
type AgeThreshold = Threshold & { age: number };
type PathwayList = { pathways: readonly PathwayCode[] };
type HourlyWage = { hourlyWageEur: number; minimumWageEur: number };

const eurDe = (amount: number) => formatEuro(amount, 'de');
const eurEn = (amount: number) => formatEuro(amount, 'en');
const yearsDe = (n: number) => `${n.toLocaleString('de-DE')} ${n === 1 ? 'Jahr' : 'Jahre'}`;
const yearsEn = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'year' : 'years'}`;
const listDe = ({ pathways }: PathwayList) => pathways.map((c) => pathwayLabels[c].de).join('; ');
const listEn = ({ pathways }: PathwayList) => pathways.map((c) => pathwayLabels[c].en).join('; ');

const regulatedDe =
  'Der Beruf ist in Deutschland reglementiert (er darf nur mit staatlicher Erlaubnis ausgeübt werden).';
const regulatedEn =
  'The profession is regulated in Germany (it may only be practised with a state licence).';

export const reasonMessages = {
  below_minimum_wage: template(
    (p: HourlyWage & { year: number }) =>
      `Der Stundenlohn liegt bei etwa ${eurDe(p.hourlyWageEur)} und damit unter dem gesetzlichen Mindestlohn von ${eurDe(p.minimumWageEur)} (${p.year}). Mit diesem Gehalt ist keine Beschäftigung möglich.`,
    (p) =>
      `The hourly pay is about ${eurEn(p.hourlyWageEur)}, below the statutory minimum wage of ${eurEn(p.minimumWageEur)} (${p.year}). No pathway is possible at this salary.`,
  ),
  thresholds_year_fallback: template(
    (p: { startYear: number; thresholdYear: number }) =>
      `Für das Startjahr ${p.startYear} liegen uns keine Gehaltsgrenzen vor. Wir haben die Werte für ${p.thresholdYear} verwendet; das Ergebnis ist deshalb vorläufig.`,
    (p) =>
      `We have no salary thresholds for the start year ${p.startYear}, so the values for ${p.thresholdYear} were used. Treat this result as provisional.`,
  ),
  no_university_degree: template(
    () => 'Für diesen Weg ist ein Hochschulabschluss nötig.',
    () => 'This pathway requires a university degree.',
  ),
  no_vocational_qualification: template(
    () => 'Für diesen Weg ist eine abgeschlossene Berufsausbildung nötig.',
    () => 'This pathway requires completed vocational training.',
  ),
  no_qualification: template(
    () => 'Für diesen Weg ist ein Berufs- oder Hochschulabschluss nötig.',
    () => 'This pathway requires a vocational or university qualification.',
  ),
  degree_recognised: template(
    () =>
      'Der Hochschulabschluss ist anerkannt oder als vergleichbar bewertet (z. B. von der Zentralstelle für ausländisches Bildungswesen, ZAB).',
    () =>
      "The university degree is recognised or rated comparable (e.g. by the ZAB, Germany's central office for foreign education).",
  ),
  vocational_recognised: template(
    () => 'Die Berufsausbildung ist in Deutschland voll anerkannt.',
    () => 'The vocational qualification is fully recognised in Germany.',
  ),
  recognition_pending: template(
    () =>
      'Bedingung: Die Anerkennung des Abschlusses läuft noch. Dieser Weg ist möglich, sobald sie positiv entschieden ist.',
    () =>
      'Condition: recognition of the qualification is still in progress. This pathway opens once it is granted.',
  ),
  recognition_partial: template(
    () =>
      'Der Abschluss ist nur teilweise anerkannt (Defizitbescheid). Dieser Weg braucht die volle Anerkennung – prüfen Sie den Weg über Anerkennungsmaßnahmen (§ 16d).',
    () =>
      'The qualification is only partially recognised (deficit notice). This pathway needs full recognition – see recognition measures (§ 16d).',
  ),
  recognition_missing: template(
    () =>
      'Der Abschluss ist in Deutschland noch nicht anerkannt. Beantragen Sie zuerst die Anerkennung (Berufsausbildung: z. B. IHK FOSA oder Handwerkskammer; Hochschulabschluss: ZAB).',
    () =>
      'The qualification is not yet recognised in Germany. Apply for recognition first (vocational training: e.g. IHK FOSA or the chamber of crafts; university degree: the ZAB).',
  ),
  recognition_comparable_not_sufficient: template(
    () =>
      'Für eine Berufsausbildung reicht eine Vergleichbarkeitsbewertung nicht aus. Nötig ist ein Bescheid über die volle Anerkennung (z. B. von IHK FOSA oder Handwerkskammer).',
    () =>
      'For vocational training a comparability statement is not enough. A notice of full recognition is needed (e.g. from IHK FOSA or the chamber of crafts).',
  ),
  recognition_already_complete: template(
    () =>
      'Der Abschluss ist bereits anerkannt. Anerkennungsmaßnahmen sind nicht nötig – nutzen Sie einen der anderen Wege.',
    () =>
      'The qualification is already recognised. No recognition measures are needed – use one of the other pathways.',
  ),
  recognition_partial_german_met: template(
    () =>
      'Der Abschluss ist teilweise anerkannt (Defizitbescheid) und die Deutschkenntnisse erreichen mindestens A2. Die fehlenden Inhalte können in Deutschland nachgeholt werden.',
    () =>
      'The qualification is partially recognised (deficit notice) and German is at A2 or above. The missing parts can be completed in Germany.',
  ),
  recognition_partnership: template(
    () =>
      'Bedingung: eine Anerkennungspartnerschaft. Sie vereinbaren mit der Person, dass sie nach der Einreise die Anerkennung beantragt, und Sie unterstützen sie dabei.',
    () =>
      'Condition: a recognition partnership. You agree with the worker that they apply for recognition after arrival, and you support them in it.',
  ),
  german_a2_missing: template(
    () =>
      'Nötig sind Deutschkenntnisse mindestens auf Niveau A2 (einfache Alltagsgespräche). Diese liegen noch nicht vor.',
    () =>
      'German at level A2 or above (simple everyday conversations) is needed. The worker does not have this yet.',
  ),
  qualification_not_state_recognised: template(
    () => 'Der Abschluss muss in dem Land, in dem er erworben wurde, staatlich anerkannt sein.',
    () => 'The qualification must be state-recognised in the country where it was obtained.',
  ),
  training_too_short: template(
    () => 'Die Berufsausbildung muss mindestens 2 Jahre gedauert haben.',
    () => 'The vocational training must have lasted at least 2 years.',
  ),
  qualification_meets_19c2: template(
    () =>
      'Der Abschluss ist im Herkunftsland staatlich anerkannt. Eine Anerkennung in Deutschland ist für diesen Weg nicht nötig.',
    () =>
      'The qualification is state-recognised in the country of origin. Recognition in Germany is not needed for this pathway.',
  ),
  it_specialist_no_qualification_needed: template(
    () => 'Als IT-Fachkraft braucht die Person für diesen Weg keinen formalen Abschluss.',
    () => 'As an IT specialist the worker needs no formal qualification for this pathway.',
  ),
  job_matches_qualification: template(
    () => 'Die Stelle passt zur Qualifikation.',
    () => 'The job fits the qualification.',
  ),
  job_does_not_match_qualification: template(
    () => 'Die Stelle muss zur Qualifikation passen. Das ist laut Ihren Angaben nicht der Fall.',
    () => 'The job must fit the qualification. According to your answers it does not.',
  ),
  job_need_not_match_qualification: template(
    () =>
      'Die Stelle muss nicht genau zum Abschluss passen – jede qualifizierte Beschäftigung genügt.',
    () => 'The job need not match the qualification exactly – any qualified employment will do.',
  ),
  salary_meets_general_threshold: template(
    (p: Threshold) =>
      `Das Gehalt erreicht die Gehaltsgrenze von ${eurDe(p.thresholdEur)} brutto im Jahr.`,
    (p) => `The salary reaches the threshold of ${eurEn(p.thresholdEur)} gross per year.`,
  ),
  salary_meets_reduced_threshold_shortage: template(
    (p: Threshold) =>
      `Der Beruf ist ein Engpassberuf. Deshalb gilt die niedrigere Gehaltsgrenze von ${eurDe(p.thresholdEur)} brutto im Jahr, und das Gehalt erreicht sie.`,
    (p) =>
      `The occupation is a shortage occupation, so the lower threshold of ${eurEn(p.thresholdEur)} gross per year applies, and the salary reaches it.`,
  ),
  salary_meets_reduced_threshold_recent_degree: template(
    (p: Threshold & { completedYear: number }) =>
      `Der Abschluss (${p.completedYear}) liegt höchstens 3 Jahre zurück. Deshalb gilt die niedrigere Gehaltsgrenze von ${eurDe(p.thresholdEur)} brutto im Jahr, und das Gehalt erreicht sie.`,
    (p) =>
      `The degree (${p.completedYear}) is at most 3 years old, so the lower threshold of ${eurEn(p.thresholdEur)} gross per year applies, and the salary reaches it.`,
  ),
  salary_meets_reduced_threshold_it: template(
    (p: Threshold) =>
      `Das Gehalt erreicht die Gehaltsgrenze für IT-Fachkräfte von ${eurDe(p.thresholdEur)} brutto im Jahr.`,
    (p) =>
      `The salary reaches the threshold for IT specialists of ${eurEn(p.thresholdEur)} gross per year.`,
  ),
  salary_below_threshold: template(
    (p: Threshold) =>
      `Das Gehalt liegt unter der nötigen Gehaltsgrenze von ${eurDe(p.thresholdEur)} brutto im Jahr.`,
    (p) => `The salary is below the required threshold of ${eurEn(p.thresholdEur)} gross per year.`,
  ),
  salary_meets_19c2_threshold: template(
    (p: Threshold) =>
      `Das Gehalt erreicht die Gehaltsgrenze von ${eurDe(p.thresholdEur)} brutto im Jahr.`,
    (p) => `The salary reaches the threshold of ${eurEn(p.thresholdEur)} gross per year.`,
  ),
  salary_below_19c2_threshold: template(
    (p: Threshold) =>
      `Das Gehalt liegt unter ${eurDe(p.thresholdEur)} brutto im Jahr, und Ihr Betrieb ist nicht an einen Tarifvertrag gebunden. Eines von beiden ist nötig.`,
    (p) =>
      `The salary is below ${eurEn(p.thresholdEur)} gross per year and your company is not bound by a collective agreement. One of the two is needed.`,
  ),
  collective_agreement_replaces_salary: template(
    () =>
      'Ihr Betrieb ist an einen Tarifvertrag gebunden. Das ersetzt die Gehaltsgrenze; es gilt das tarifliche Gehalt.',
    () =>
      'Your company is bound by a collective agreement. This replaces the salary threshold; the agreed pay applies.',
  ),
  not_it_specialist: template(
    () => 'Dieser Weg ist nur für IT-Fachkräfte.',
    () => 'This pathway is for IT specialists only.',
  ),
  experience_sufficient: template(
    (p: Experience) =>
      `Die Person hat ${yearsDe(p.experienceYears)} einschlägige Berufserfahrung (nötig: ${yearsDe(p.requiredYears)}).`,
    (p) =>
      `The worker has ${yearsEn(p.experienceYears)} of relevant experience (needed: ${yearsEn(p.requiredYears)}).`,
  ),
  it_experience_insufficient: template(
    (p: Experience) =>
      `IT-Fachkräfte brauchen für diesen Weg mindestens ${yearsDe(p.requiredYears)} einschlägige Berufserfahrung in den letzten 7 Jahren; angegeben sind ${yearsDe(p.experienceYears)}.`,
    (p) =>
      `IT specialists need at least ${yearsEn(p.requiredYears)} of relevant experience within the last 7 years for this pathway; you entered ${yearsEn(p.experienceYears)}.`,
  ),
  experience_insufficient: template(
    (p: Experience) =>
      `Für diesen Weg sind mindestens ${yearsDe(p.requiredYears)} einschlägige Berufserfahrung in den letzten 5 Jahren nötig; angegeben sind ${yearsDe(p.experienceYears)}.`,
    (p) =>
      `This pathway needs at least ${yearsEn(p.requiredYears)} of relevant experience within the last 5 years; you entered ${yearsEn(p.experienceYears)}.`,
  ),
  age_45_salary_met: template(
    (p: AgeThreshold) =>
      `Die Person ist zum Start ${p.age} Jahre alt. Ab 45 muss das Gehalt beim ersten Aufenthaltstitel zur Arbeit mindestens ${eurDe(p.thresholdEur)} brutto im Jahr betragen – das ist erfüllt.`,
    (p) =>
      `The worker is ${p.age} at the start date. From 45, the salary for a first work residence title must be at least ${eurEn(p.thresholdEur)} gross per year – this is met.`,
  ),
  age_45_pension_provision: template(
    (p: AgeThreshold) =>
      `Die Person ist zum Start ${p.age} Jahre alt und das Gehalt liegt unter ${eurDe(p.thresholdEur)} brutto im Jahr. Das genügt, weil eine ausreichende Altersvorsorge nachgewiesen wird.`,
    (p) =>
      `The worker is ${p.age} at the start date and the salary is below ${eurEn(p.thresholdEur)} gross per year. This is acceptable because adequate pension provision is proven.`,
  ),
  age_45_salary_too_low: template(
    (p: AgeThreshold) =>
      `Die Person ist zum Start ${p.age} Jahre alt. Ab 45 muss das Gehalt beim ersten Aufenthaltstitel zur Arbeit mindestens ${eurDe(p.thresholdEur)} brutto im Jahr betragen, oder eine ausreichende Altersvorsorge muss nachgewiesen werden. Beides liegt nicht vor.`,
    (p) =>
      `The worker is ${p.age} at the start date. From 45, the salary for a first work residence title must be at least ${eurEn(p.thresholdEur)} gross per year, or adequate pension provision must be proven. Neither is the case.`,
  ),
  licence_held: template(
    () => `${regulatedDe} Die Berufserlaubnis liegt vor.`,
    () => `${regulatedEn} The licence is held.`,
  ),
  licence_applied: template(
    () =>
      `Bedingung: ${regulatedDe} Die Berufserlaubnis ist beantragt; dieser Weg ist möglich, sobald sie erteilt oder verbindlich zugesagt ist.`,
    () =>
      `Condition: ${regulatedEn} The licence has been applied for; this pathway opens once it is granted or formally promised.`,
  ),
  licence_missing: template(
    () =>
      `${regulatedDe} Ohne Berufserlaubnis oder deren Zusage ist dieser Weg nicht möglich. Eine Vergleichbarkeitsbewertung der ZAB ersetzt die Erlaubnis nicht.`,
    () =>
      `${regulatedEn} Without the licence or a promise of it this pathway is not possible. A ZAB comparability statement does not replace the licence.`,
  ),
  regulated_profession_excluded: template(
    () =>
      'Dieser Weg steht reglementierten Berufen (Berufen, die nur mit staatlicher Erlaubnis ausgeübt werden dürfen) nicht offen.',
    () =>
      'This pathway is not open to regulated professions (professions that may only be practised with a state licence).',
  ),
  accelerated_available: template(
    (p: PathwayList) =>
      `Das beschleunigte Fachkräfteverfahren (§ 81a AufenthG) ist möglich für: ${listDe(p)}.`,
    (p) =>
      `The accelerated skilled-worker procedure (§ 81a AufenthG) is possible for: ${listEn(p)}.`,
  ),
  accelerated_conditions_open: template(
    () =>
      'Bedingung: Zurzeit ist kein Weg ohne Bedingung möglich. Die bei den Wegen genannten Bedingungen müssen im Verfahren erfüllt werden.',
    () =>
      'Condition: no pathway is open without a condition yet. The conditions named for the pathways must be met during the procedure.',
  ),
  accelerated_fee: template(
    (p: { feeEurPerPerson: number; persons: number; totalEur: number }) =>
      `Die Gebühr beträgt ${eurDe(p.feeEurPerPerson)} pro Person, hier ${eurDe(p.totalEur)} für ${p.persons} ${p.persons === 1 ? 'Person' : 'Personen'}. Sie ist bei Abschluss der Vereinbarung mit der Zentralstelle Fachkräfteeinwanderung NRW fällig und wird nicht erstattet.`,
    (p) =>
      `The fee is ${eurEn(p.feeEurPerPerson)} per person, here ${eurEn(p.totalEur)} for ${p.persons} ${p.persons === 1 ? 'person' : 'people'}. It is due when you sign the agreement with the ZFE NRW (the state's central office for skilled immigration) and is not refunded.`,
  ),
  accelerated_not_available: template(
    () =>
      'Das beschleunigte Fachkräfteverfahren ist derzeit nicht möglich, weil keiner der Wege in Frage kommt.',
    () =>
      'The accelerated skilled-worker procedure is not possible at the moment because none of the pathways applies.',
  ),
  family_visa_window: template(
    () =>
      'Ehepartner und minderjährige Kinder können im selben Verfahren mitkommen, wenn ihre Visa innerhalb von etwa 6 Monaten beantragt werden.',
    () =>
      'A spouse and minor children can join in the same procedure if their visas are applied for within about 6 months.',
  ),
  care_minimum_wage_below: template(
    (p: HourlyWage) =>
      `Für Pflegefachkräfte in Pflegebetrieben gilt ein Pflegemindestlohn von ${eurDe(p.minimumWageEur)} pro Stunde. Der Stundenlohn liegt mit etwa ${eurDe(p.hourlyWageEur)} darunter – bitte prüfen Sie das Gehalt.`,
    (p) =>
      `Qualified nurses in care businesses must be paid the care minimum wage of ${eurEn(p.minimumWageEur)} per hour. The hourly pay of about ${eurEn(p.hourlyWageEur)} is below it – please check the salary.`,
  ),
} satisfies Record<ReasonCode, { de: unknown; en: unknown }>;

export type ReasonParams<C extends ReasonCode> = Parameters<(typeof reasonMessages)[C]['de']>[0];

export function formatReasonMessage<C extends ReasonCode>(
  code: C,
  params: ReasonParams<C>,
  locale: Locale,
): string {
  const render = reasonMessages[code][locale] as (params: ReasonParams<C>) => string;
  return render(params);
}
