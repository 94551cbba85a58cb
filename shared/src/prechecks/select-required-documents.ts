import {
  type DocumentCondition,
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
};

type SpecialCondition = Exclude<DocumentCondition, 'all' | readonly PathwayCode[]>;

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

function servedBy(appliesTo: DocumentCondition, selection: SelectionContext): PathwayCode[] {
  if (appliesTo === 'all') return [...selection.available];
  if (typeof appliesTo === 'string') return pathwaysServed[appliesTo](selection);
  return only(selection.available, appliesTo);
}

export function selectRequiredDocuments(
  selection: SelectionContext,
): { document: RequiredDocument; pathways: PathwayCode[] }[] {
  return requiredDocuments.flatMap((document) => {
    const pathways = servedBy(document.appliesTo, selection);
    return pathways.length > 0 ? [{ document, pathways }] : [];
  });
}
