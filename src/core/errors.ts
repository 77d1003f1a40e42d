/**
 * Three kinds of error, handled differently (after n8n):
 * - {@link UserError}: the caller sent something wrong; tell them clearly, do not log as a failure.
 * - {@link TransientError}: an outside service is slow or down; retry or fall back.
 * - anything else is unexpected: log it and answer safely.
 */
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number = 500,
    readonly code: string = 'internal_error',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class UserError extends AppError {
  /** Response headers that go with this error (e.g. `WWW-Authenticate` with a 401). */
  readonly headers: Record<string, string>;

  constructor(message: string, status = 400, code = 'bad_request', options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(message, status, code, options);
    this.headers = options?.headers ?? {};
  }
}

export class TransientError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 503, 'unavailable', options);
  }
}

export class ConfigError extends AppError {
  constructor(message: string) {
    super(message, 500, 'config_error');
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
