import type { OperationResult } from '@urql/core';
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { useLocale } from '../../locale/locale';
import { type FormProblem, formProblemOf } from './field-errors';

/** A form's submit state: running, and the refusal to show (next to a field or above the buttons). */
export function useFormSubmit(formFields: readonly string[]) {
  const { locale } = useLocale();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [pending, setPending] = useState(false);
  /** Runs one mutation; true when it succeeded. `formPathOf`: see {@link formProblemOf}. */
  const submit = async (
    run: () => Promise<OperationResult>,
    formPathOf?: (path: string) => string,
  ): Promise<boolean> => {
    setPending(true);
    setProblem(null);
    const result = await run();
    setPending(false);
    if (result.error) {
      setProblem(formProblemOf(result.error, formFields, locale, formPathOf));
      return false;
    }
    return true;
  };
  /** Refuses a field before asking the server (a number that is not one). */
  const refuse = (field: string, message: string): void => setProblem({ field, message });
  return { problem, pending, submit, refuse, clear: () => setProblem(null) };
}

/**
 * A form opened by a button in a long table (edit, assign, reset) appears below the table:
 * bring it into view, or the click would seem to do nothing.
 */
export function useBroughtIntoView<Element extends HTMLElement>(active: boolean): RefObject<Element | null> {
  const ref = useRef<Element | null>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  return ref;
}

/** Props of {@link TextField}. */
export interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: FormProblem | null;
  /** The form's id prefix, so two forms on a page never share an element id. */
  formId: string;
  type?: 'text' | 'number' | 'password';
  required?: boolean;
  lang?: string;
  placeholder?: string;
  /** A short note under the input (the values it takes), tied to it for screen readers. */
  hint?: string;
}

/** A labelled input with its refusal, if any, right under it and tied to it for screen readers. */
export function TextField({
  name,
  label,
  value,
  onChange,
  problem,
  formId,
  type = 'text',
  required,
  lang,
  placeholder,
  hint,
}: TextFieldProps) {
  const errorId = `${formId}-${name}-error`;
  const hintId = `${formId}-${name}-hint`;
  const invalid = problem?.field === name;
  const describedBy = [hint === undefined ? null : hintId, invalid ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <label className="form-field">
      <span>{label}</span>
      <input
        name={name}
        // Numbers as text: a browser's number field turns "12a" into "" and the mistake would vanish.
        type={type === 'number' ? 'text' : type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        value={value}
        required={required}
        lang={lang}
        placeholder={placeholder}
        aria-invalid={invalid}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint === undefined ? null : (
        <span id={hintId} className="help field-hint">
          {hint}
        </span>
      )}
      {invalid ? <FieldError id={errorId} message={problem.message} /> : null}
    </label>
  );
}

/** The refusal of one field. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <span id={id} className="field-error" role="alert">
      {message}
    </span>
  );
}

/** A refusal that belongs to no field of the form, above its buttons. */
export function FormProblemNotice({ problem }: { problem: FormProblem | null }) {
  if (!problem || problem.field !== null) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>{problem.message}</p>
    </div>
  );
}

/** The buttons of a form: submit, and cancel when editing. */
export function FormActions({
  submitLabel,
  pending,
  onCancel,
  children,
}: {
  submitLabel: string;
  pending: boolean;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const { text } = useLocale();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={pending}>
        {submitLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button" onClick={onCancel}>
          {text('console.admin.cancel')}
        </button>
      ) : null}
      {children}
    </div>
  );
}

/**
 * A whole number typed into a field: null when empty, undefined when it is not a whole number
 * (JSON would send NaN as null and silently clear the value, so the form refuses it itself).
 */
function parseOptionalInteger(typed: string): number | null | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * The integers of a form by field name, or the first field that holds no whole number.
 * Empty fields are null.
 */
export function parseIntegerFields<Field extends string>(
  typed: Readonly<Record<Field, string>>,
): { values: Record<Field, number | null> } | { invalidField: Field } {
  const values = {} as Record<Field, number | null>;
  for (const field of Object.keys(typed) as Field[]) {
    const parsed = parseOptionalInteger(typed[field]);
    if (parsed === undefined) return { invalidField: field };
    values[field] = parsed;
  }
  return { values };
}
