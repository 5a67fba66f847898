import type * as v from 'valibot';

/**
 * What every wire schema shares: one rule for text people typed, one shape for field errors, and
 * the limit on how many errors one answer lists. Errors name the field and say what is wrong in
 * our own words; they never quote the value, which may be what a resident said.
 */

export interface FieldError {
  /** Like `summaries/0/values/autonomie/missing`. */
  path: string;
  message: string;
}

/** Tab and line breaks are allowed; other control characters and broken UTF-16 are not. */
export function isCleanText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return false;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return false;
    }
  }
  return true;
}

export const CLEAN_TEXT_MESSAGE = 'must not contain control characters or broken Unicode';

/** At most `limit` errors, and a last one saying how many more there were. */
export function limitErrors(errors: FieldError[], limit: number): FieldError[] {
  if (errors.length <= limit) return errors;
  return [...errors.slice(0, limit), { path: '', message: `and ${errors.length - limit} more problems` }];
}

/** A failed parse's issues as field errors, at most `limit`: the one shape of every wire refusal. */
export function fieldErrors(issues: readonly v.BaseIssue<unknown>[], limit: number): FieldError[] {
  return limitErrors(
    issues.map((issue) => fieldError(issue)),
    limit,
  );
}

// A key the client invented is named in the path only when it looks like a field name.
const PLAIN_KEY = /^[A-Za-z0-9_-]{1,64}$/;

export function fieldError(issue: v.BaseIssue<unknown>, prefix: readonly string[] = []): FieldError {
  const keys = (issue.path ?? []).map((item) => {
    const key = String(item.key);
    return PLAIN_KEY.test(key) ? key : '(unknown field)';
  });
  const path = [...prefix, ...keys].join('/');
  if (issue.type === 'strict_object' || issue.type === 'object') {
    const last = issue.path?.at(-1);
    if (last?.type === 'object' && last.origin === 'key') {
      // valibot reports an unknown key with `expected: 'never'`, a missing one with the key.
      return { path, message: issue.expected === 'never' ? 'is not an allowed field' : 'is required' };
    }
    return { path, message: 'must be an object' };
  }
  return { path, message: issue.message };
}
