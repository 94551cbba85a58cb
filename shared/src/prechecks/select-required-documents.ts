import { issuesDocumentsInGerman } from './data/german-language-countries';
import {
  type DocumentCondition,
  type DocumentOrigin,
  type RequiredDocument,
  requiredDocuments,
} from './data/required-documents';
import type { PathwayCode } from './pathway-codes';
import type { PrecheckContext } from './precheck-context';
import { ageRulePathways, needsPensionProof } from './rules/age-rule';

type SelectionContext = {
  ctx: PrecheckContext;
  /** Pathways that are eligible or conditional, in output order. */
  available: readonly PathwayCode[];
  familyMembers: number;
  documentCountries: DocumentCountries;
};

/** Where the documents that may come from abroad were issued; null when not known. */
export type DocumentCountries = Record<DocumentOrigin, string | null>;

type SpecialCondition = Exclude<
  DocumentCondition,
  'all' | readonly PathwayCode[] | 'foreignLanguage'
>;

const only = (available: readonly PathwayCode[], wanted: readonly PathwayCode[]) =>
  available.filter((code) => wanted.includes(code));

/** For each situation, the available pathways a document serves; none means not needed. */
const pathwaysServed: Record<SpecialCondition, (selection: SelectionContext) => PathwayCode[]> = {
  regulated: ({ ctx, available }) => (ctx.input.profession.regulated ? [...available] : []),
  age45: ({ ctx, available }) => (needsPensionProof(ctx) ? only(available, ageRulePathways) : []),
  family: ({ available, familyMembers }) => (familyMembers > 0 ? [...available] : []),
  recognitionPartnership: ({ ctx, available }) =>
    ['pending', 'none'].includes(ctx.input.qualification.recognition)
      ? only(available, ['16d'])
      : [],
  // A regulated profession files the deficit notice under its own row already.
  deficitNotice: ({ ctx, available }) =>
    ctx.input.qualification.recognition === 'partial' && !ctx.input.profession.regulated
      ? only(available, ['16d'])
      : [],
};

function servedBy(
  appliesTo: Exclude<DocumentCondition, 'foreignLanguage'>,
  selection: SelectionContext,
): PathwayCode[] {
  if (appliesTo === 'all') return [...selection.available];
  if (typeof appliesTo === 'string') return pathwaysServed[appliesTo](selection);
  return only(selection.available, appliesTo);
}

export type SelectedDocument = {
  document: RequiredDocument;
  pathways: PathwayCode[];
  needsTranslation: boolean;
};

/**
 * The checklist of every open pathway, each document with the pathways it serves. The
 * translations item serves exactly the pathways of the documents marked as not issued in German.
 */
export function selectRequiredDocuments(selection: SelectionContext): SelectedDocument[] {
  const needsTranslation = (document: RequiredDocument) =>
    document.issuedIn !== undefined &&
    !issuesDocumentsInGerman(selection.documentCountries[document.issuedIn]);
  const selected = requiredDocuments.flatMap((document): SelectedDocument[] => {
    if (document.appliesTo === 'foreignLanguage') return [];
    const pathways = servedBy(document.appliesTo, selection);
    return pathways.length > 0
      ? [{ document, pathways, needsTranslation: needsTranslation(document) }]
      : [];
  });
  const translated = new Set(
    selected.filter((item) => item.needsTranslation).flatMap((item) => item.pathways),
  );
  return requiredDocuments.flatMap((document): SelectedDocument[] => {
    if (document.appliesTo !== 'foreignLanguage') {
      return selected.filter((item) => item.document === document);
    }
    const pathways = selection.available.filter((code) => translated.has(code));
    return pathways.length > 0 ? [{ document, pathways, needsTranslation: false }] : [];
  });
}
