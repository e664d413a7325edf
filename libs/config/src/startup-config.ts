import { AppConfig, ConfigValidationError, loadConfig } from './app-config';

/**
 * A process's first step: the configuration from the environment, or `undefined` once every
 * problem with it is handed to `report` in one call (the caller logs them as one fatal line and
 * exits 1). Other failures throw.
 */
export function loadConfigOrReport(
  report: (problems: readonly string[]) => void,
  env: Readonly<Record<string, string | undefined>> = process.env,
): AppConfig | undefined {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    report(error.problems);
    return undefined;
  }
}
