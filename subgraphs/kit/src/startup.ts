/**
 * Start-up failures explained: what went wrong and what to do, printed at the default log level, so that an
 * operator (or someone running `npm start` twice) does not have to turn on debug logs to learn the cause.
 */

/** A start-up failure whose cause is known: `message` says what happened, `hint` what to do about it. */
export class StartupError extends Error {
  constructor(message: string, readonly hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}

export interface ExplainedFailure {
  cause: string;
  hint: string;
  /** false when nothing better than the error's own message is known: log the error in full then. */
  known: boolean;
}

const PORT_VARIABLES = 'GATEWAY_PORT, <SUBGRAPH>_PORT (CATALOG_PORT, LEARNING_PORT…), EMBEDDED_POSTGRES_PORT';

/** The cause of a start-up failure and what to do about it, for the errors a deployment meets. */
export function explainStartupError(error: unknown): ExplainedFailure {
  if (error instanceof StartupError) return { cause: error.message, hint: error.hint, known: true };
  const e = (error ?? {}) as { code?: string; message?: string; address?: string; port?: number; syscall?: string };
  const where = e.address && e.port !== undefined ? `${e.address}:${e.port}` : (e.address ?? 'the address');
  switch (e.code) {
    case 'EADDRINUSE':
      return {
        cause: `${where} is in use by another process`,
        hint: `stop that process (\`ss -ltnp 'sport = :${e.port ?? ''}'\` names it; another \`npm start\`?), or choose free ports: ${PORT_VARIABLES}`,
        known: true,
      };
    case 'EACCES':
      if (e.syscall === 'listen') {
        return { cause: `not allowed to listen on ${where}`, hint: `use a port above 1023 (${PORT_VARIABLES})`, known: true };
      }
      break;
    case 'EADDRNOTAVAIL':
      return { cause: `${where} is not an address of this machine`, hint: 'set HOST to 127.0.0.1, 0.0.0.0 or an address of this machine', known: true };
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return {
        cause: `cannot reach ${where === 'the address' ? 'the database server' : where} (${e.code})`,
        hint: 'check that PostgreSQL is running and that DATABASE_URL (or <SUBGRAPH>_DATABASE_URL) names it',
        known: true,
      };
    case '28P01':
    case '28000':
      return { cause: `PostgreSQL refused the credentials: ${e.message}`, hint: 'check the user and password in DATABASE_URL', known: true };
    case '3D000':
      return { cause: `PostgreSQL: ${e.message}`, hint: 'create the database, or let the service create its own by giving DATABASE_URL the server only', known: true };
    case '42501':
      return { cause: `PostgreSQL: ${e.message}`, hint: 'give the user of DATABASE_URL the right to create databases and tables (or create them beforehand)', known: true };
  }
  const message = error instanceof Error ? error.message || error.name : error == null ? '' : String(error);
  return { cause: message || 'unknown error', hint: 'see the error logged with it; LOG_LEVEL=debug shows more', known: false };
}
