import { sharedRead } from './shared-read';

describe('sharedRead', () => {
  afterEach(() => jest.useRealTimers());

  it('gives calls within the window the first call’s read, and reads again after it', async () => {
    jest.useFakeTimers({ now: 0 });
    let reads = 0;
    const read = sharedRead(async () => ++reads, 1000);
    expect(await Promise.all([read(), read()])).toEqual([1, 1]);
    jest.setSystemTime(1000);
    expect(await read()).toBe(1);
    jest.setSystemTime(1001);
    expect(await read()).toBe(2);
  });

  it('forgets a failed read, so the next call tries again', async () => {
    let fail = true;
    const read = sharedRead(async () => {
      if (fail) throw new Error('the database is away');
      return 'rows';
    }, 60_000);
    await expect(read()).rejects.toThrow('the database is away');
    fail = false;
    expect(await read()).toBe('rows');
  });
});
