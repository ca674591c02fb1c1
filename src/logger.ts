/** A small levelled logger on stderr; structured enough for a container log collector. */
export interface Logger {
  error(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

const LEVELS = { silent: 0, error: 1, info: 2, debug: 3 } as const;

export function createLogger(level: keyof typeof LEVELS): Logger {
  const threshold = LEVELS[level];
  const write = (severity: keyof typeof LEVELS, message: string, detail?: unknown) => {
    if (LEVELS[severity] > threshold) return;
    const extra = detail instanceof Error ? ` ${detail.stack ?? detail.message}` : detail === undefined ? '' : ` ${JSON.stringify(detail)}`;
    process.stderr.write(`${new Date().toISOString()} ${severity.toUpperCase()} ${message}${extra}\n`);
  };
  return {
    error: (m, d) => write('error', m, d),
    info: (m, d) => write('info', m, d),
    debug: (m, d) => write('debug', m, d),
  };
}
