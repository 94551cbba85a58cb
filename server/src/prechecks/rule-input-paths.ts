/**
 * Where each field of the rules' input comes from: the wizard's answers (paths of the save
 * request body) or the hire's record. Longest prefix first.
 */
const sources: readonly [inputPrefix: string, draftPrefix: string][] = [
  ['profession.regulated', 'answers.job.regulated'],
  ['profession.licence', 'answers.licence'],
  ['startDate', 'answers.job.startDate'],
  ['job', 'answers.job'],
  ['firstResidenceTitleForWork', 'answers.firstResidenceTitleForWork'],
  ['pensionProvision', 'answers.pensionProvision'],
  ['dateOfBirth', 'hire.dateOfBirth'],
  ['qualification', 'hire.qualification'],
  ['experienceYears', 'hire.experienceYears'],
  ['germanLevel', 'hire.germanLevel'],
];

/** Maps a dotted path of the rules' input onto the answer or hire field it was built from. */
export function toDraftPath(inputPath: string): string {
  for (const [inputPrefix, draftPrefix] of sources) {
    if (inputPath === inputPrefix || inputPath.startsWith(`${inputPrefix}.`)) {
      return draftPrefix + inputPath.slice(inputPrefix.length);
    }
  }
  return inputPath;
}
