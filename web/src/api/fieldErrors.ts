import type { FormInstance } from 'antd';
import { ApiError } from './client';

/** A form field's path as Ant Design names it: `roles[0].regionCode` → ['roles', 0, 'regionCode']. */
export type FieldName = (string | number)[];

export interface FieldProblem {
  name: FieldName;
  message: string;
}

export interface FieldErrors {
  /** Problems the form can show under one of its fields. */
  fields: FieldProblem[];
  /** The rest, to show above the form: messages that name no field, or a field the form does not have. */
  general: string[];
}

// `roles[0].regionCode: …`, `password: …`, and the request validator's `body.roles.0.regionCode: …`.
const PATH = /^([A-Za-z_]\w*(?:\[\d+\]|\.\w+)*): (.+)$/s;

/** `body.roles[0].regionCode` or `body.roles.0.regionCode` → ['roles', 0, 'regionCode']. */
export function parseFieldPath(path: string): FieldName {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '');
  if (parts[0] === 'body' || parts[0] === 'querystring') parts.shift();
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Splits an API error into messages for the form's fields and the rest. The platform's messages start with the
 * field's path (`roles[0].regionCode: "330499" is not a county of the plan`); a validation failure joins several
 * with "; ". `isField` says which paths the form has; `aliases` renames API fields to the form's
 * (`{ password: 'newPassword' }`).
 */
export function fieldErrorsOf(
  error: unknown,
  isField: (name: FieldName) => boolean,
  aliases: Record<string, string> = {},
): FieldErrors {
  const result: FieldErrors = { fields: [], general: [] };
  // Only a refused request (400) or a conflict (409: a login taken) names fields; the caller words the others.
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409) || !error.message) {
    return result;
  }
  // A validation summary joins messages with "; "; the password rules join theirs with the Chinese "；", which
  // stays inside the one message.
  const parts = error.code === 'invalid_request' ? error.message.split('; ') : [error.message];
  for (const part of parts) {
    const match = PATH.exec(part.trim());
    if (!match?.[1] || !match[2]) {
      result.general.push(part);
      continue;
    }
    const name = parseFieldPath(match[1]);
    const head = name[0];
    if (typeof head === 'string' && aliases[head]) name[0] = aliases[head];
    if (name.length > 0 && isField(name)) result.fields.push({ name, message: match[2] });
    else result.general.push(part);
  }
  return result;
}

/** Shows the problems under their fields (Ant Design types field names per form; these come from the API). */
export function setFieldProblems<T>(form: FormInstance<T>, problems: FieldProblem[]): void {
  const fields = problems.map((p) => ({ name: p.name, errors: [p.message] }));
  form.setFields(fields as unknown as Parameters<FormInstance<T>['setFields']>[0]);
}
