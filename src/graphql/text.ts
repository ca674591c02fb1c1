/**
 * What every module accepts as typed text, links and email addresses: one rule for all, so that no field stores what
 * another refuses. Pure (no SQL, no GraphQL); `checkText` and `checkUrl` collect userErrors for mutations.
 */
import type { UserErrorShape } from './errors.js';

// C0 controls but tab and newlines (NUL among them: PostgreSQL refuses it in text and jsonb), DEL, C1 controls;
// bidirectional overrides and isolates (text that reads differently than it is stored).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const NEWLINE_OR_TAB = /[\t\n\r\u2028\u2029]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const LINK = /\bhttps?:\/\/|\bwww\./gi;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextOptions {
  max: number;
  /** Newlines and tabs allowed (notes, reasons); a single-line text (names, codes, titles) refuses them. */
  multiline?: boolean;
  required?: boolean;
  maxLinks?: number;
}

export interface TextProblem {
  code: 'INVALID' | 'TOO_LONG';
  message: string;
}

/** Length in characters (code points), not UTF-16 units: what a person counts, and PostgreSQL's `char_length`. */
export function characters(value: string): number {
  let n = 0;
  for (const _ of value) n += 1;
  return n;
}

/**
 * What is wrong with a piece of text someone typed, as a message naming `label`; null when it is acceptable. The value
 * is checked as given (callers trim first).
 */
export function textProblem(value: string, label: string, options: TextOptions): TextProblem | null {
  if (value.length === 0) return options.required ? { code: 'INVALID', message: `${label} must not be empty.` } : null;
  if (LONE_SURROGATE.test(value)) return { code: 'INVALID', message: `${label} contains malformed characters.` };
  if (CONTROL.test(value) || BIDI.test(value)) return { code: 'INVALID', message: `${label} contains control characters.` };
  if (!options.multiline && NEWLINE_OR_TAB.test(value)) {
    return { code: 'INVALID', message: `${label} must be a single line (no line breaks or tabs).` };
  }
  const length = characters(value);
  if (length > options.max) return { code: 'TOO_LONG', message: `${label} must be at most ${options.max} characters (got ${length}).` };
  if (options.maxLinks !== undefined && (value.match(LINK)?.length ?? 0) > options.maxLinks) {
    return { code: 'INVALID', message: `${label} may contain at most ${options.maxLinks} links.` };
  }
  return null;
}

/**
 * The trimmed text, or null when missing or blank; a problem goes to `errors` at `field`. A required text that is
 * missing or blank is a problem too.
 */
export function checkText(
  errors: UserErrorShape[],
  field: string[],
  value: string | null | undefined,
  label: string,
  options: TextOptions,
): string | null {
  const trimmed = value?.trim() ?? '';
  const problem = textProblem(trimmed, label, options);
  if (problem) errors.push({ field, ...problem });
  return trimmed === '' ? null : trimmed;
}

/** Links are stored as typed; 2000 characters is what browsers and most servers reliably take. */
const MAX_URL = 2000;

/** What is wrong with a link (trimmed), or null: an absolute http(s) URL without spaces or control characters. */
export function urlProblem(value: string, label: string, required = false): TextProblem | null {
  const problem = textProblem(value, label, { max: MAX_URL, required });
  if (problem || value === '') return problem;
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {}
  // The URL parser would quietly encode spaces and quotes: such a string is markup or a paste error, not a link.
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.hostname === '' || /[\s"<>]/.test(value)) {
    return { code: 'INVALID', message: `${label} must be an http(s) link.` };
  }
  return null;
}

/** The trimmed link, or null when missing or blank; a problem goes to `errors` at `field`. */
export function checkUrl(errors: UserErrorShape[], field: string[], value: string | null | undefined, label: string, required = false): string | null {
  const trimmed = value?.trim() ?? '';
  const problem = urlProblem(trimmed, label, required);
  if (problem) errors.push({ field, ...problem });
  return trimmed === '' ? null : trimmed;
}

/** RFC 5321's limit of a forward path. */
export const MAX_EMAIL = 254;

// Something@domain.tld, without whitespace, control or format characters (bidi overrides, zero-width joiners) and
// lone surrogates anywhere: an address that displays unlike what it is, or that PostgreSQL cannot store.
const EMAIL = /^[^\s@\p{Cc}\p{Cf}\p{Cs}]+@[^\s@\p{Cc}\p{Cf}\p{Cs}]+\.[^\s@\p{Cc}\p{Cf}\p{Cs}]+$/u;

export function isEmail(value: string): boolean {
  return characters(value) <= MAX_EMAIL && EMAIL.test(value);
}
