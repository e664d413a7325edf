import { Logger, PinoLogger } from 'nestjs-pino';
import { storage, Store } from 'nestjs-pino/storage';
import { Logger as Pino } from 'pino';

/** A stack trace passed as a separate argument: `error(entry, stack, context)`. */
const STACK_TRACE = /\n\s*at /;

/**
 * nestjs-pino's Nest logger, taking one more of the shapes Nest's `Logger` is called with here:
 * an object entry with a stack trace, `logger.error({ message, … }, error.stack)`, which is logged
 * as one line with the trace in `stack` (nestjs-pino would let the trace replace the message).
 */
export class NestPinoLogger extends Logger {
  override error(message: unknown, ...optionalParams: unknown[]): void {
    const [stack, ...rest] = optionalParams;
    if (typeof message === 'object' && message !== null && !(message instanceof Error) && typeof stack === 'string' && STACK_TRACE.test(stack)) {
      super.error({ ...message, stack }, ...rest);
      return;
    }
    super.error(message, ...optionalParams);
  }
}

/**
 * nestjs-pino's pino side, writing outside a request through the logger it was given (nestjs-pino
 * would use the first logger any instance in the process was given).
 */
class RootedPinoLogger extends PinoLogger {
  constructor(private readonly root: Pino) {
    super({ pinoHttp: { logger: root } });
  }

  override get logger(): Pino {
    return storage.getStore()?.logger ?? this.root;
  }
}

/**
 * A Nest `LoggerService` writing through `root`: `new Logger(X.name).log({ message, … })` becomes
 * one line with `context: "X"`, the message and the entry's fields. Inside an HTTP request (see
 * {@link bindRequestLogger}) it writes through the request's child logger, so the line carries `requestId`.
 */
export function nestLoggerFor(root: Pino): NestPinoLogger {
  return new NestPinoLogger(new RootedPinoLogger(root), {});
}

/**
 * Express middleware: what runs after it while answering the request (guards, handlers, filters)
 * logs through the request's child logger (`req.log`, set by pino-http), the way nestjs-pino's
 * LoggerModule binds it. Mounted after the body parsers: the context does not survive their reading
 * of the body stream.
 */
export function bindRequestLogger(request: { log?: Pino }, _response: unknown, next: () => void): void {
  if (request.log === undefined) {
    next();
    return;
  }
  storage.run(new Store(request.log), next);
}
