import { currentRequest } from './observability.js';

/** Structured JSON logs, one object a line, on stdout (errors on stderr); a line written while serving a request carries its id. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

function serialise(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

export function createLogger(
  bindings: Record<string, unknown>,
  level: LogLevel = (process.env.LOG_LEVEL as LogLevel | undefined) ?? 'info',
): Logger {
  const threshold = rank[level] ?? rank.info;
  const write = (lvl: Exclude<LogLevel, 'silent'>, msg: string, fields?: Record<string, unknown>) => {
    if (rank[lvl] < threshold) return;
    const requestId = currentRequest()?.requestId;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level: lvl, ...bindings, ...(requestId ? { requestId } : {}), msg };
    for (const [k, v] of Object.entries(fields ?? {})) entry[k] = serialise(v);
    (lvl === 'error' ? process.stderr : process.stdout).write(JSON.stringify(entry) + '\n');
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (fields) => createLogger({ ...bindings, ...fields }, level),
  };
}

/** Apollo's logger interface over ours, so that Apollo's own messages are JSON lines too. */
export function apolloLogger(log: Logger) {
  return {
    debug: (message: unknown) => log.debug(String(message)),
    info: (message: unknown) => log.info(String(message)),
    warn: (message: unknown) => log.warn(String(message)),
    error: (message: unknown) => log.error(String(message)),
  };
}
