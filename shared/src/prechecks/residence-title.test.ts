import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codesOf, makeInput } from '../../testing/precheck-fixtures';
import { precheckInput } from '../../testing/precheck-input-arbitrary';
import { requiredDocuments } from './data/required-documents';
import { evaluatePrecheck } from './evaluate-precheck';
import {
  checklistForResidenceTitle,
  listOpenResidenceTitles,
  recommendResidenceTitle,
  resolveResidenceTitle,
} from './residence-title';

const indianDegree = {
  documentCountries: { qualificationCountry: 'IN', homeCountry: 'IN' },
} as const;
const baseCodes = requiredDocuments
  .filter((document) => document.appliesTo === 'all')
  .map((document) => document.code);

describe('residence title and its checklist', () => {
  it('preselects the Blue Card for the engineer and lists only its documents', () => {
    // Eligible for 18g, 18b and 19c2.
    const assessment = evaluatePrecheck(makeInput(), indianDegree);
    expect(listOpenResidenceTitles(assessment)).toEqual(['18g', '18b', '19c2']);
    expect(recommendResidenceTitle(assessment)).toEqual({ code: '18g', result: 'eligible' });

    const blueCard = codesOf(checklistForResidenceTitle(assessment.requiredDocuments, '18g'));
    expect(blueCard).toEqual([
      ...baseCodes,
      'translations',
      'degree_certificate',
      'degree_comparability',
    ]);
    expect(blueCard).not.toContain('experience_proof');

    const experience = codesOf(checklistForResidenceTitle(assessment.requiredDocuments, '19c2'));
    expect(experience).toContain('experience_proof');
    expect(experience).not.toContain('degree_certificate');
  });

  it('prefers an eligible title over a more preferred conditional one', () => {
    // Recognition pending: 18g and 18b conditional; 19c2 eligible on experience and salary.
    const assessment = evaluatePrecheck(makeInput({ qualification: { recognition: 'pending' } }));
    expect(recommendResidenceTitle(assessment)).toEqual({ code: '19c2', result: 'eligible' });
  });

  it('keeps a chosen title while it is open and falls back to the recommendation otherwise', () => {
    const assessment = evaluatePrecheck(makeInput());
    expect(resolveResidenceTitle(assessment, '19c2')).toBe('19c2');
    expect(resolveResidenceTitle(assessment, '18a')).toBe('18g');
    expect(resolveResidenceTitle(assessment, undefined)).toBe('18g');
    const nothingOpen = evaluatePrecheck(
      makeInput({ qualification: { recognition: 'none' }, germanLevel: 'A1', experienceYears: 1 }),
    );
    expect(resolveResidenceTitle(nothingOpen, '18g')).toBeNull();
  });

  it('asks for translations only of documents not issued in German', () => {
    const abroad = evaluatePrecheck(makeInput(), indianDegree);
    const blueCard = checklistForResidenceTitle(abroad.requiredDocuments, '18g');
    expect(blueCard.find((d) => d.code === 'degree_certificate')?.needsTranslation).toBe(true);
    expect(blueCard.find((d) => d.code === 'passport_copy')?.needsTranslation).toBe(false);
    expect(codesOf(blueCard)).toContain('translations');

    const austrianDegree = evaluatePrecheck(makeInput(), {
      documentCountries: { qualificationCountry: 'AT', homeCountry: 'IN' },
    });
    expect(
      codesOf(checklistForResidenceTitle(austrianDegree.requiredDocuments, '18g')),
    ).not.toContain('translations');
    // The references for § 19c(2) come from the home country, so that route still needs them.
    expect(codesOf(checklistForResidenceTitle(austrianDegree.requiredDocuments, '19c2'))).toContain(
      'translations',
    );
  });

  it('for any input: each open title gets the base documents and only documents it needs', () => {
    fc.assert(
      fc.property(
        precheckInput,
        fc.constantFrom('DE', 'AT', 'IN', 'PH', null),
        (input, country) => {
          const assessment = evaluatePrecheck(input, {
            documentCountries: { qualificationCountry: country, homeCountry: 'IN' },
          });
          const recommended = recommendResidenceTitle(assessment);
          const open = listOpenResidenceTitles(assessment);
          expect(recommended === null).toBe(open.length === 0);
          if (recommended) expect(open).toContain(recommended.code);
          for (const title of open) {
            const checklist = checklistForResidenceTitle(assessment.requiredDocuments, title);
            expect(codesOf(checklist)).toEqual(expect.arrayContaining(baseCodes));
            for (const document of checklist) expect(document.pathways).toContain(title);
            expect(codesOf(checklist).includes('translations')).toBe(
              checklist.some((document) => document.needsTranslation),
            );
          }
        },
      ),
    );
  });
});
