import { PollingLoop } from './polling-loop';

describe('PollingLoop', () => {
  it('runs a round at once, then another when poked instead of waiting out the interval, and stops after the round under way', async () => {
    let rounds = 0;
    let release: (() => void) | undefined;
    const loop = new PollingLoop(
      () => {
        rounds += 1;
        return rounds === 2 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
      60_000,
      () => undefined,
    );
    loop.start();
    await Promise.resolve();
    expect(rounds).toBe(1);
    loop.poke();
    await new Promise((resolve) => setImmediate(resolve));
    expect(rounds).toBe(2);
    // A poke during a round: the next round follows it at once.
    loop.poke();
    release!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(rounds).toBe(3);
    await loop.stop();
    loop.poke();
    await new Promise((resolve) => setImmediate(resolve));
    expect(rounds).toBe(3);
  });

  it('reports a round that throws and goes on with the next', async () => {
    const errors: unknown[] = [];
    let rounds = 0;
    const loop = new PollingLoop(
      async () => {
        rounds += 1;
        if (rounds === 1) throw new Error('database away');
      },
      60_000,
      (error) => errors.push(error),
    );
    loop.start();
    await new Promise((resolve) => setImmediate(resolve));
    loop.poke();
    await new Promise((resolve) => setImmediate(resolve));
    await loop.stop();
    expect(errors).toEqual([new Error('database away')]);
    expect(rounds).toBe(2);
  });
});
