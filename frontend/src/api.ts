// GraphQL over plain fetch: one typed request function (a generated document in, its result type out), one error type
// carrying the server's error code.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'LIMIT_EXCEEDED'
  | 'INTERNAL'
  | 'NETWORK';

interface ServerError {
  message?: string;
  extensions?: { code?: string; field?: string };
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** A failed call: the first error's code and message, plus every VALIDATION problem by field name. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldProblem[];

  constructor(code: ErrorCode, message: string, fields: FieldProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.fields = fields;
  }
}

const KNOWN_CODES: readonly string[] = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'INTERNAL',
];

const FALLBACK_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You are not allowed to do that.',
  NOT_FOUND: 'This was not found, or you do not have access to it.',
  VALIDATION: 'Please check the highlighted fields.',
  CONFLICT: 'Someone else changed this in the meantime.',
  LIMIT_EXCEEDED: 'That request was too large. Please try a smaller one.',
  INTERNAL: 'Something went wrong on our side. Please try again.',
  NETWORK: 'Tandem could not be reached. Check your connection and try again.',
};

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called whenever a request finds the session missing or expired, so the app can show the sign-in screen. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function signedOut(): ApiError {
  for (const listener of unauthenticatedListeners) {
    listener();
  }
  return new ApiError('UNAUTHENTICATED', FALLBACK_MESSAGES.UNAUTHENTICATED);
}

/**
 * The server may name a field as "name", "input.name" or "createPartnership.input.invite[0]";
 * the form only knows its own input names, so keep the last path segment without indexes.
 */
export function fieldName(path: string): string {
  const last = path.split('.').pop() ?? path;
  return last.replace(/\[\d+\]$/, '');
}

function toApiError(errors: ServerError[]): ApiError {
  const first = errors[0] ?? {};
  const rawCode = first.extensions?.code ?? 'INTERNAL';
  const code = (KNOWN_CODES.includes(rawCode) ? rawCode : 'INTERNAL') as ErrorCode;
  const fields = errors
    .filter((e) => e.extensions?.code === 'VALIDATION' && e.extensions.field)
    .map((e) => ({ field: fieldName(e.extensions!.field!), message: e.message || FALLBACK_MESSAGES.VALIDATION }));
  return new ApiError(code, first.message || FALLBACK_MESSAGES[code], fields);
}

/** A generated document (`graphql(...)`): its text, and the types of its result and variables. */
export type GraphQLDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** The variables argument: optional when the operation has no required variable. */
export type VariablesArg<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** Posts one GraphQL operation with the session cookie; resolves to its typed `data` or throws an ApiError. */
export async function request<TResult, TVariables>(
  document: GraphQLDocument<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        // Tells Quarkus OIDC to answer 499 instead of redirecting an expired session to Keycloak.
        'X-Requested-With': 'JavaScript',
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('NETWORK', FALLBACK_MESSAGES.NETWORK);
  }

  if (response.status === 401 || response.status === 499) {
    throw signedOut();
  }

  let body: { data?: TResult | null; errors?: ServerError[] } | undefined;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }

  if (body?.errors?.length) {
    const error = toApiError(body.errors);
    if (error.code === 'UNAUTHENTICATED') {
      throw signedOut();
    }
    throw error;
  }
  if (!response.ok || !body || body.data == null) {
    const code: ErrorCode = response.status === 403 ? 'FORBIDDEN' : response.status >= 500 || !body ? 'NETWORK' : 'INTERNAL';
    throw new ApiError(code, FALLBACK_MESSAGES[code]);
  }
  return body.data;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    return error.message;
  }
  return FALLBACK_MESSAGES.INTERNAL;
}
