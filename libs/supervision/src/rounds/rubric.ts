import { isBlank, isPositiveInteger, isPositiveNumber } from '@app/workflow';

/** One line of a rubric (评分细则): inspectors score it 0..maxScore; `weight` is its share of the total. */
export interface RubricItem {
  readonly code: string;
  readonly title: string;
  readonly weight: number;
  readonly maxScore: number;
}

/**
 * A round's scoring rubric. Versioned: revising it makes a new version, and a task keeps the
 * version copied onto it at assignment, so every score says which rubric it was given against.
 */
export interface Rubric {
  readonly version: number;
  readonly items: readonly RubricItem[];
}

/** Every way `rubric` breaks the rules; empty when it is valid. */
export function findRubricProblems(rubric: Rubric): string[] {
  const problems: string[] = [];
  if (!isPositiveInteger(rubric.version)) problems.push('version must be a positive integer');
  if (!Array.isArray(rubric.items) || rubric.items.length === 0) {
    problems.push('a rubric has at least one item');
    return problems;
  }
  const seen = new Set<string>();
  rubric.items.forEach((item, index) => {
    const label = isBlank(item.code) ? `item ${index + 1}` : item.code;
    if (isBlank(item.code)) problems.push(`${label}: code is required`);
    else if (seen.has(item.code)) problems.push(`${label}: code appears more than once`);
    else seen.add(item.code);
    if (isBlank(item.title)) problems.push(`${label}: title is required`);
    if (!isPositiveNumber(item.weight)) problems.push(`${label}: weight must be a number above 0`);
    if (!isPositiveNumber(item.maxScore)) problems.push(`${label}: maxScore must be a number above 0`);
  });
  return problems;
}

export function rubricItem(rubric: Rubric, code: string): RubricItem | undefined {
  return rubric.items.find((item) => item.code === code);
}
