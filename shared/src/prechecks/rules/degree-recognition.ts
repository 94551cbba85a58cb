import type { PrecheckContext } from '../precheck-context';
import { reason } from '../reasons';
import { condition, type Finding, met, unmet } from './findings';

/** § 18b and § 18g: a university degree recognised in full or rated comparable. */
export function assessRecognisedDegree({ input }: PrecheckContext): Finding[] {
  const { level, recognition } = input.qualification;
  if (level !== 'university') return [unmet(reason('no_university_degree'))];
  switch (recognition) {
    case 'full':
    case 'comparable':
      return [met(reason('degree_recognised'))];
    case 'pending':
      return [condition(reason('recognition_pending'))];
    case 'partial':
      return [unmet(reason('recognition_partial'))];
    case 'none':
      return [unmet(reason('recognition_missing'))];
    default:
      return recognition satisfies never;
  }
}
