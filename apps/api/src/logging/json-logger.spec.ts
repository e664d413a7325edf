import { jsonLogger } from './json-logger';

describe('jsonLogger', () => {
  it('writes the level LOG_LEVEL names and every more severe one, nothing less severe', () => {
    const logger = jsonLogger('warn');
    expect(['fatal', 'error', 'warn'].map((level) => logger.isLevelEnabled(level as 'warn'))).toEqual([true, true, true]);
    expect(['log', 'debug', 'verbose'].map((level) => logger.isLevelEnabled(level as 'warn'))).toEqual([false, false, false]);
  });

  it('writes everything at verbose and only fatal at fatal', () => {
    expect(jsonLogger('verbose').isLevelEnabled('verbose')).toBe(true);
    expect(jsonLogger('fatal').isLevelEnabled('error')).toBe(false);
    expect(jsonLogger('fatal').isLevelEnabled('fatal')).toBe(true);
  });
});
