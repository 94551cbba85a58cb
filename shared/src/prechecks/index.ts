export { checkCareMinimumWage } from './care-minimum-wage';
export {
  blueCardShortageGroups,
  isBlueCardShortageOccupation,
} from './data/blue-card-shortage-groups';
export {
  germanLanguageCountries,
  issuesDocumentsInGerman,
} from './data/german-language-countries';
export { type OccupationField, occupationFields } from './data/occupation-fields';
export {
  findOccupation,
  type Occupation,
  type OccupationFlags,
  occupationFlags,
  occupations,
} from './data/occupations';
export { acceleratedProcedureFeeEurPerPerson } from './data/procedure-fees';
export { type RequiredDocument, requiredDocuments } from './data/required-documents';
export { residenceTitlePreference } from './data/residence-title-preference';
export { type EvaluatePrecheckOptions, evaluatePrecheck, rulesVersion } from './evaluate-precheck';
export { defaultLocale, locales } from './locales';
export { formatReasonMessage, type ReasonParams } from './messages';
export {
  type PathwayCode,
  type PathwayResult,
  pathwayCodeSchema,
  pathwayCodes,
  pathwayLabels,
  pathwayResultSchema,
  pathwayResults,
} from './pathway-codes';
export {
  type DocumentRequirement,
  documentRequirementSchema,
  type PathwayAssessment,
  type PrecheckAssessment,
  pathwayAssessmentSchema,
  precheckAssessmentSchema,
  type Reason,
  reasonSchema,
} from './precheck-assessment.schema';
export {
  type GermanLevel,
  germanLevelSchema,
  germanLevels,
  licenceStatuses,
  licenceStatusSchema,
  type PrecheckInput,
  precheckInputFieldsSchema,
  precheckInputSchema,
  qualificationLevelSchema,
  qualificationLevels,
  recognitionStatuses,
  recognitionStatusSchema,
} from './precheck-input.schema';
export { type ReasonCode, reasonCodeSchema, reasonCodes } from './reason-codes';
export {
  checklistForResidenceTitle,
  listOpenResidenceTitles,
  type ResidenceTitleRecommendation,
  recommendResidenceTitle,
  resolveResidenceTitle,
} from './residence-title';
export {
  type MinimumWage,
  resolveMinimumWage,
  resolveSalaryThresholds,
  type SalaryThresholds,
} from './rules/yearly-figures';
export type { DocumentCountries } from './select-required-documents';
