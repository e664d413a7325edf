/*
 * Guards for the values a command or a file brings in from outside (a request body, a seed list,
 * a holiday notice). Their types are a promise the sender may not have kept, so a decider checks
 * what it relies on with these before it trusts it, and refuses with its own coded error.
 */

/** No text: not a string, or only whitespace. */
export function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** The text trimmed, or `null` where there is none (an optional comment, reason or message). */
export function optionalText(value: unknown): string | null {
  return isBlank(value) ? null : (value as string).trim();
}

/** A whole number of at least 1 (working days, a version). */
export function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** A finite number above 0 (a weight, a maximum score). */
export function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** One of a closed list of names (a kind, a severity, a colour, a role). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
