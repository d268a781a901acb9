import {
  type ClientErrorLike,
  describeClientError,
  errorCodeOf,
  inputProblemOf,
} from '@onestop/shared/client';
import { describeInputProblem, type Locale } from '@onestop/shared';

/** A refused form: the field at fault (when the server named one the form has) and what to say. */
export interface FormProblem {
  /** The form field to show the message next to; null for a message above the form's buttons. */
  field: string | null;
  message: string;
}

/**
 * Where a refusal belongs in a form. BAD_USER_INPUT carries `extensions.field`, named as the
 * input field (`prefix`, `services.rank`); the form field is the whole path when the form has it,
 * else the part before the first dot. Next to the field it names, the message says only what was
 * wrong (`extensions.problem`: the label names the field); for a part of a field, or elsewhere, the
 * shared catalogue's whole sentence, or the server's own message, which the same catalogue wrote in
 * the request's language and which, unlike "field prefix is invalid", says why. `formPathOf` turns
 * the server's path into the form's where the two differ (a list sent without its empty entries).
 */
export function formProblemOf(
  error: ClientErrorLike,
  formFields: readonly string[],
  locale: Locale,
  formPathOf: (path: string) => string = (path) => path,
): FormProblem {
  const first = error.graphQLErrors[0];
  const extensions =
    typeof first?.extensions === 'object' && first.extensions !== null
      ? (first.extensions as Record<string, unknown>)
      : {};
  const described = describeClientError(error, locale);
  if (errorCodeOf(error) !== 'BAD_USER_INPUT') return { field: null, message: described };
  const message = extensions['problem'] === undefined && first?.message ? first.message : described;
  // A form whose inputs are named by the whole path (`hours[2].periods[0].closes`) lists those paths.
  const path = typeof extensions['field'] === 'string' ? formPathOf(extensions['field']) : undefined;
  const named = path !== undefined && formFields.includes(path) ? path : path?.split('.')[0];
  const field = named !== undefined && formFields.includes(named) ? named : null;
  const problem = inputProblemOf(error);
  // Only the field itself is named by its label: a part of it (`configuration.halls[0].code`) keeps
  // the sentence that says which part.
  if (field !== null && field === path && problem) {
    return { field, message: describeInputProblem(locale, problem) };
  }
  return { field, message };
}
