import { ConsoleLogger } from '@nestjs/common';
import { AppConfig, ConfigValidationError, loadConfig } from './app-config';

/**
 * A process's first step: the configuration from the environment, or `undefined` once every
 * problem with it is logged as one fatal JSON line (the caller exits 1). Other failures throw.
 */
export function loadConfigOrReport(context: string, env: Readonly<Record<string, string | undefined>> = process.env): AppConfig | undefined {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    new ConsoleLogger({ json: true }).fatal({ message: 'invalid configuration', problems: error.problems }, context);
    return undefined;
  }
}
