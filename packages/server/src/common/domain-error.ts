import { ErrorCode, type ErrorDetails, type InputProblem } from '@onestop/shared';

/**
 * An error the rules raise on purpose. It carries a code from packages/shared and the facts
 * its message needs; the message itself is written per request language by the error mapper.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export function badInput(field: string, problem: InputProblem): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, { field, problem });
}

export function notFound(): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND);
}

export function forbidden(): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN);
}

export function unauthenticated(): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED);
}
