import { zodResolver } from '@hookform/resolvers/zod';
import type { ErrorCode, FieldError } from '@itc/shared';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  type DefaultValues,
  type FieldValues,
  FormProvider,
  get,
  type Path,
  type Resolver,
  type UseFormReturn,
  useForm,
  useFormState,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../lib/api-client';
import { useErrorMessage, useFieldMessage } from '../../lib/errors';
import { Button, ButtonGroup, type ButtonVariant } from './button';

/**
 * Thrown from `onSubmit` for checks the schema cannot make (e.g. ones that depend on the button
 * used): each error is shown at its field and in the summary, like a server validation error.
 */
export class FormFieldErrors extends Error {
  readonly errors: FieldError[];

  constructor(errors: FieldError[]) {
    super('The form has field errors.');
    this.name = 'FormFieldErrors';
    this.errors = errors;
  }
}

/** What `onSubmit` learns about the submission besides the values. */
export type SubmitMeta = {
  /** The `value` of the submit button used (`undefined` for the main submit button). */
  intent: string | undefined;
};

/** An error that belongs to the whole form, not to one field. */
export type FormLevelError =
  | { kind: 'problem'; error: unknown }
  | { kind: 'message'; message: string };

type FormMeta = {
  fieldId: (name: string) => string;
  registerField: (name: string, label: string) => () => void;
};

const FormMetaContext = createContext<FormMeta | null>(null);

function useFormMeta(): FormMeta {
  const meta = useContext(FormMetaContext);
  if (!meta) throw new Error('Form fields must be rendered inside <Form>.');
  return meta;
}

/**
 * The field a server error belongs to. Paths are dotted like field names, but a form may show
 * only part of the request (the server says `job.salary`, the step's field is `salary`) or one
 * field may stand for a nested value (`address` for `address.street`).
 */
export function findFieldForPath(path: string, known: ReadonlyMap<string, string>): string | null {
  if (known.has(path)) return path;
  const names = [...known.keys()];
  const bySuffix = names
    .filter((name) => path.endsWith(`.${name}`))
    .sort((a, b) => b.length - a.length)[0];
  if (bySuffix) return bySuffix;
  const byPrefix = names
    .filter((name) => path.startsWith(`${name}.`))
    .sort((a, b) => b.length - a.length)[0];
  return byPrefix ?? null;
}

/**
 * One line of the error summary: "Titel: Bitte geben Sie …". A label that is a question
 * ("Ist Ihr Betrieb an einen Tarifvertrag gebunden?") is followed by the message as a sentence
 * of its own, never by a colon after the question mark.
 */
export function summaryLine(label: string, message: string): string {
  const trimmed = label.trim().replace(/:$/, '');
  return /[?!.]$/.test(trimmed) ? `${trimmed} ${message}` : `${trimmed}: ${message}`;
}

function readErrorMessage(errors: FieldValues, name: string): string | undefined {
  const error = get(errors, name) as { message?: unknown } | undefined;
  return typeof error?.message === 'string' ? error.message : undefined;
}

/** Ids, accessible descriptions and the translated error of one field inside <Form>. */
export function useFormField(name: string, label: string) {
  const meta = useFormMeta();
  const fieldMessage = useFieldMessage();
  const { errors } = useFormState({ name });
  useEffect(() => meta.registerField(name, label), [meta, name, label]);
  const fieldId = meta.fieldId(name);
  const rawMessage = readErrorMessage(errors, name);
  return {
    fieldId,
    hintId: `${fieldId}-hint`,
    errorId: `${fieldId}-error`,
    error: fieldMessage(rawMessage),
  };
}

export type FormApi<S extends z.ZodType<FieldValues, FieldValues>> = UseFormReturn<
  z.input<S>,
  unknown,
  z.output<S>
>;

type FormProps<S extends z.ZodType<FieldValues, FieldValues>> = {
  /** The form schema, derived from the shared request schema. */
  schema: S;
  defaultValues?: DefaultValues<z.input<S>>;
  /**
   * Values that come from outside (e.g. filters in the URL): the form follows them when they
   * change, without being remounted, so focus stays where it is.
   */
  values?: z.input<S>;
  /**
   * Throw (e.g. an ApiError) to show the problem; field errors from the server are mapped.
   * Further submit buttons (`type="submit"` with a `value`, e.g. "Entwurf speichern") are told
   * apart by `meta.intent`.
   */
  onSubmit: (values: z.output<S>, form: FormApi<S>, meta: SubmitMeta) => Promise<unknown> | unknown;
  submitLabel: string;
  submittingLabel?: string;
  /** Secondary where the form only filters a list, like the search button next to it. */
  submitVariant?: ButtonVariant;
  /** The submit button is styled as dangerous (e.g. rejecting a case). */
  destructive?: boolean;
  children: ReactNode;
  /** Problem codes that belong to one field even if the server names no `errors[].path`. */
  errorCodeFields?: Partial<Record<ErrorCode, Path<z.input<S>>>>;
  /** Buttons shown next to the submit button (e.g. "Abbrechen" in a dialog). */
  secondaryActions?: ReactNode;
  resetOnSuccess?: boolean;
  /** Prefix of the field ids; a generated one when not given. */
  idPrefix?: string;
  /** Heading of the error summary; a generic one when not given. */
  summaryTitle?: string;
  className?: string;
  'aria-labelledby'?: string;
};

/**
 * The one form wrapper: react-hook-form + zodResolver, server problems mapped onto fields, and
 * an error summary at the top that lists every error, links to its field and receives focus
 * after a failed submit.
 */
export function Form<S extends z.ZodType<FieldValues, FieldValues>>({
  schema,
  defaultValues,
  values,
  onSubmit,
  submitLabel,
  submittingLabel,
  submitVariant,
  destructive = false,
  children,
  errorCodeFields,
  secondaryActions,
  resetOnSuccess = false,
  idPrefix,
  summaryTitle,
  className,
  'aria-labelledby': ariaLabelledBy,
}: FormProps<S>) {
  const { t } = useTranslation();
  const generatedId = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const prefix = idPrefix ?? `form-${generatedId}`;
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
    values,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const [fields, setFields] = useState<ReadonlyMap<string, string>>(new Map());
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const [formErrors, setFormErrors] = useState<FormLevelError[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);

  const meta = useMemo<FormMeta>(
    () => ({
      fieldId: (name) => `${prefix}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`,
      registerField: (name, label) => {
        setFields((current) => {
          if (current.get(name) === label) return current;
          const next = new Map(current);
          next.set(name, label);
          return next;
        });
        return () =>
          setFields((current) => {
            if (!current.has(name)) return current;
            const next = new Map(current);
            next.delete(name);
            return next;
          });
      },
    }),
    [prefix],
  );

  const applyServerErrors = useCallback(
    (error: unknown): FormLevelError[] => {
      if (error instanceof FormFieldErrors) {
        const unmatchedLocal: FormLevelError[] = [];
        for (const fieldError of error.errors) {
          const field = findFieldForPath(fieldError.path, fieldsRef.current);
          if (field) {
            form.setError(field as Path<z.input<S>>, {
              type: 'local',
              message: fieldError.message,
            });
          } else {
            unmatchedLocal.push({ kind: 'message', message: fieldError.message });
          }
        }
        return unmatchedLocal;
      }
      if (!(error instanceof ApiError)) return [{ kind: 'problem', error }];
      const { problem } = error;
      const known = fieldsRef.current;
      const unmatched: FormLevelError[] = [];
      let matched = false;
      for (const fieldError of problem.errors ?? []) {
        const field = findFieldForPath(fieldError.path, known);
        if (field) {
          // A validation message is kept as its key from the shared table, so that it is
          // translated when shown (and again after a language switch); any other problem is
          // named by its code, so that e.g. `email_taken` reads the same as everywhere else.
          const message =
            problem.code === 'validation_failed'
              ? (fieldError.code ?? fieldError.message)
              : problem.code;
          form.setError(field as Path<z.input<S>>, { type: 'server', message });
          matched = true;
        } else if (problem.code === 'validation_failed') {
          unmatched.push({ kind: 'message', message: fieldError.code ?? fieldError.message });
        }
      }
      const codeField = errorCodeFields?.[problem.code];
      if (!matched && codeField && known.has(codeField)) {
        form.setError(codeField, { type: 'server', message: problem.code });
        matched = true;
      }
      // The generic "check the marked fields" only when the server named no field at all.
      if (!matched && unmatched.length === 0) unmatched.unshift({ kind: 'problem', error });
      return unmatched;
    },
    [errorCodeFields, form],
  );

  const handleSubmit = form.handleSubmit(
    async (values, event) => {
      setFormErrors([]);
      const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter;
      const intent =
        submitter instanceof HTMLButtonElement && submitter.value ? submitter.value : undefined;
      try {
        await onSubmit(values, form, { intent });
        if (resetOnSuccess) form.reset(defaultValues);
      } catch (error) {
        setFormErrors(applyServerErrors(error));
        setFocusRequest((n) => n + 1);
      }
    },
    () => {
      setFormErrors([]);
      setFocusRequest((n) => n + 1);
    },
  );

  return (
    <FormProvider {...form}>
      <FormMetaContext.Provider value={meta}>
        <form
          noValidate
          onSubmit={handleSubmit}
          className={className ?? 'app-form'}
          aria-labelledby={ariaLabelledBy}
        >
          <ErrorSummary
            focusRequest={focusRequest}
            fields={fields}
            formErrors={formErrors}
            fieldId={meta.fieldId}
            title={summaryTitle ?? t('form.errorSummaryTitle')}
          />
          {children}
          <ButtonGroup>
            <Button
              type="submit"
              variant={submitVariant}
              className={destructive ? 'app-btn-destructive' : undefined}
              icon={destructive ? 'warning' : undefined}
              disabled={form.formState.isSubmitting}
            >
              {form.formState.isSubmitting
                ? (submittingLabel ?? t('form.submitting'))
                : submitLabel}
            </Button>
            {secondaryActions}
          </ButtonGroup>
        </form>
      </FormMetaContext.Provider>
    </FormProvider>
  );
}

type ErrorSummaryProps = {
  fields: ReadonlyMap<string, string>;
  formErrors: FormLevelError[];
  fieldId: (name: string) => string;
  title: string;
  /** Incremented after each failed submit: the summary then takes the focus. */
  focusRequest: number;
};

function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus();
  element.scrollIntoView?.({ block: 'center' });
}

/** Lists every error at the top of the form; each field error links to (and focuses) its field. */
function ErrorSummary({ fields, formErrors, fieldId, title, focusRequest }: ErrorSummaryProps) {
  const { errors, isSubmitted } = useFormState();
  const fieldMessage = useFieldMessage();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const handledRequest = useRef(0);

  const fieldItems = [...fields.entries()].flatMap(([name, label]) => {
    const message = readErrorMessage(errors, name);
    return message ? [{ name, label, message: fieldMessage(message) }] : [];
  });
  const hasErrors = fieldItems.length > 0 || formErrors.length > 0;
  const isShown = hasErrors && (isSubmitted || formErrors.length > 0);

  // The form state may arrive a render after the request; focus once the summary is shown.
  useEffect(() => {
    if (focusRequest > handledRequest.current && isShown) {
      handledRequest.current = focusRequest;
      ref.current?.focus();
    }
  }, [focusRequest, isShown]);

  return (
    <div ref={ref} tabIndex={-1} className="app-error-summary" hidden={!isShown}>
      {hasErrors ? (
        // role="alert": announced at once, also where moving the focus is not followed.
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__header">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <h2 className="kern-title" id={headingId}>
              {title}
            </h2>
          </div>
          <div className="kern-alert__body">
            <ul className="kern-list">
              {formErrors.map((item, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole
                <li key={`form-${index}`} className="kern-body">
                  {item.kind === 'problem' ? errorMessage(item.error) : fieldMessage(item.message)}
                </li>
              ))}
              {fieldItems.map((item) => {
                const id = fieldId(item.name);
                return (
                  <li key={item.name} className="kern-body">
                    <a
                      className="kern-link"
                      href={`#${id}`}
                      onClick={(event) => {
                        event.preventDefault();
                        focusField(id);
                      }}
                    >
                      {summaryLine(item.label, item.message ?? '')}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      ) : null}
    </div>
  );
}
