import { describe, expect, it } from 'vitest';
import { codesOf, domainFigures, makeInput } from '../../testing/precheck-fixtures';
import { evaluatePrecheck } from './evaluate-precheck';
import type { DocumentRequirement } from './precheck-assessment.schema';

const documentsFor = (...args: Parameters<typeof evaluatePrecheck>) =>
  evaluatePrecheck(...args).requiredDocuments;
const documentOf = (documents: DocumentRequirement[], code: string) =>
  documents.find((document) => document.code === code);

describe('required documents', () => {
  it('lists the base documents for every open pathway and the degree documents for 18g/18b', () => {
    // Eligible for 18g, 18b and 19c2.
    const documents = documentsFor(makeInput());
    expect(documentOf(documents, 'power_of_attorney')).toEqual({
      code: 'power_of_attorney',
      label: 'Vollmacht der Fachkraft für den Arbeitgeber',
      required: true,
      pathways: ['18g', '18b', '19c2'],
      needsTranslation: false,
    });
    expect(documentOf(documents, 'degree_certificate')?.pathways).toEqual(['18g', '18b']);
    expect(documentOf(documents, 'experience_proof')?.pathways).toEqual(['19c2']);
    expect(documentOf(documents, 'sub_authorisation')?.required).toBe(false);
    expect(codesOf(documents)).not.toContain('vocational_certificates');
    expect(codesOf(documents)).not.toContain('licence_to_practise');
  });

  it('is empty when no pathway is open', () => {
    const documents = documentsFor(
      makeInput({ qualification: { recognition: 'none' }, germanLevel: 'A1', experienceYears: 1 }),
    );
    expect(documents).toEqual([]);
  });

  it('adds the licence documents for a regulated profession', () => {
    const documents = documentsFor(
      makeInput({ profession: { regulated: true, licence: 'applied' } }),
    );
    expect(codesOf(documents)).toEqual(
      expect.arrayContaining([
        'recognition_or_deficit_notice',
        'licence_to_practise',
        'language_certificate',
      ]),
    );
  });

  it('adds the recognition partnership documents', () => {
    const documents = documentsFor(
      makeInput({
        qualification: { level: 'vocational', recognition: 'pending' },
        experienceYears: 1,
      }),
    );
    expect(codesOf(documents)).toEqual(
      expect.arrayContaining([
        'partnership_agreement',
        'german_a2_certificate',
        'employer_training_permission',
      ]),
    );
    expect(documentOf(documents, 'vocational_recognition_notice')?.pathways).toEqual(['18a']);
  });

  it('adds the deficit notice for § 16d after partial recognition', () => {
    const documents = documentsFor(
      makeInput({
        qualification: { level: 'vocational', recognition: 'partial' },
        experienceYears: 1,
      }),
    );
    expect(documentOf(documents, 'deficit_notice')?.pathways).toEqual(['16d']);
    expect(codesOf(documents)).not.toContain('partnership_agreement');
  });

  it('asks for pension proof when a worker aged 45+ earns below the 55 % threshold', () => {
    const input = makeInput({
      dateOfBirth: '1970-01-01',
      pensionProvision: true,
      job: { annualGrossSalaryEur: domainFigures[2026].age45 - 1 },
    });
    expect(documentOf(documentsFor(input), 'pension_provision_proof')?.pathways).toEqual(['18b']);

    const wellPaid = makeInput({
      dateOfBirth: '1970-01-01',
      job: { annualGrossSalaryEur: domainFigures[2026].age45 },
    });
    expect(codesOf(documentsFor(wellPaid))).not.toContain('pension_provision_proof');
  });

  it('adds family documents for accompanying family members, in English on request', () => {
    const documents = documentsFor(makeInput(), { familyMembers: 1, locale: 'en' });
    expect(documentOf(documents, 'family_passports')?.label).toBe("Family members' passports");
    expect(codesOf(documentsFor(makeInput()))).not.toContain('family_passports');
  });
});
