/**
 * The server's logger. Request logs carry method, route pattern, status and time only;
 * redact is a second line of defence should a header or body ever reach a log call.
 */
import { type Logger, pino } from 'pino';

export function createLogger(level = 'info'): Logger {
  return pino({
    level,
    base: null,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        'body',
        'req.body',
        'password',
        'token',
        '*.token',
        '*.ciphertext',
        '*.nonce',
      ],
      censor: '[redacted]',
    },
  });
}
