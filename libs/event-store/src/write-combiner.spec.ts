import { MemberOutcome, WriteCombiner } from './write-combiner';

/** A runner whose groups finish when the test says so, recording what each group held. */
function controlledRunner() {
  const groups: string[][] = [];
  const finishers: Array<(outcomes?: Array<MemberOutcome<string>>) => void> = [];
  const run = (jobs: readonly string[]) =>
    new Promise<ReadonlyArray<MemberOutcome<string>>>((resolve, reject) => {
      groups.push([...jobs]);
      finishers.push((outcomes) => (outcomes === undefined ? resolve(jobs.map((job) => ({ ok: true, value: `wrote ${job}` }))) : resolve(outcomes)));
      void reject;
    });
  return { groups, finish: (index: number, outcomes?: Array<MemberOutcome<string>>) => finishers[index]!(outcomes), run };
}

/** Lets answered members run on and the freed slot start the next group (a turn of the event loop each). */
const turn = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('WriteCombiner', () => {
  it('given nothing being written, when one write comes, then it is written at once, alone', async () => {
    const runner = controlledRunner();
    const combiner = new WriteCombiner(runner.run, { maxInFlight: 1, maxGroup: 64 });
    const written = combiner.submit('a');
    expect(runner.groups).toEqual([['a']]);
    runner.finish(0);
    await expect(written).resolves.toBe('wrote a');
  });

  it('given a group being written, when writes come meanwhile, then they leave together as the next group once it is done', async () => {
    const runner = controlledRunner();
    const combiner = new WriteCombiner(runner.run, { maxInFlight: 1, maxGroup: 64 });
    const first = combiner.submit('a');
    const rest = ['b', 'c', 'd'].map((job) => combiner.submit(job));
    expect(runner.groups).toEqual([['a']]);
    runner.finish(0);
    await first;
    await turn();
    expect(runner.groups).toEqual([['a'], ['b', 'c', 'd']]);
    runner.finish(1);
    await expect(Promise.all(rest)).resolves.toEqual(['wrote b', 'wrote c', 'wrote d']);
    expect(combiner.stats()).toMatchObject({ groups: 2, members: 4, queued: 0 });
  });

  it('given a member of a finished group writing again at once, then its write joins those queued meanwhile instead of alternating with them', async () => {
    const runner = controlledRunner();
    const combiner = new WriteCombiner(runner.run, { maxInFlight: 1, maxGroup: 64 });
    const again = combiner.submit('a').then(() => combiner.submit('a2'));
    const queued = combiner.submit('b');
    runner.finish(0);
    await turn();
    expect(runner.groups).toEqual([['a'], ['b', 'a2']]);
    runner.finish(1);
    await expect(Promise.all([again, queued])).resolves.toEqual(['wrote a2', 'wrote b']);
  });

  it('given two slots, then two groups are written side by side', async () => {
    const runner = controlledRunner();
    const combiner = new WriteCombiner(runner.run, { maxInFlight: 2, maxGroup: 64 });
    void combiner.submit('a');
    void combiner.submit('b');
    void combiner.submit('c');
    expect(runner.groups).toEqual([['a'], ['b']]);
    expect(combiner.stats()).toMatchObject({ inFlight: 2, queued: 1 });
  });

  it('when more are queued than a group holds, then the rest wait for the next group', async () => {
    const runner = controlledRunner();
    const combiner = new WriteCombiner(runner.run, { maxInFlight: 1, maxGroup: 2 });
    void combiner.submit('first');
    for (const job of ['b', 'c', 'd']) void combiner.submit(job);
    for (let index = 0; index < 2; index++) {
      runner.finish(index);
      await turn();
    }
    expect(runner.groups).toEqual([['first'], ['b', 'c'], ['d']]);
  });

  it('then each member settles with its own outcome: one failing does not fail the others', async () => {
    const runner = controlledRunner();
    const combiner = new WriteCombiner(runner.run, { maxInFlight: 1, maxGroup: 64 });
    void combiner.submit('lead');
    const good = combiner.submit('good');
    const bad = combiner.submit('bad');
    runner.finish(0);
    await turn();
    runner.finish(1, [
      { ok: true, value: 'wrote good' },
      { ok: false, error: new Error('stale version') },
    ]);
    await expect(good).resolves.toBe('wrote good');
    await expect(bad).rejects.toThrow('stale version');
  });

  it('when the runner fails as a whole, then every member of that group fails with its error, and the next group is still written', async () => {
    const failing = jest.fn(async (jobs: readonly string[]): Promise<Array<MemberOutcome<string>>> => {
      if (jobs.includes('x')) throw new Error('connection lost');
      return jobs.map((job) => ({ ok: true, value: job }));
    });
    const combiner = new WriteCombiner(failing, { maxInFlight: 1, maxGroup: 64 });
    const [x, y] = [combiner.submit('x'), combiner.submit('y')];
    await expect(x).rejects.toThrow('connection lost');
    await expect(y).resolves.toBe('y');
  });

  it('when a runner answers for fewer members than it was given, then the group fails rather than leaving a caller waiting', async () => {
    const combiner = new WriteCombiner(async () => [], { maxInFlight: 1, maxGroup: 64 });
    await expect(combiner.submit('a')).rejects.toThrow('answered 0 of 1');
  });

  it('given every slot held by a group that does not finish, when writes queue, then one more group starts after the stall time', async () => {
    const runner = controlledRunner();
    const combiner = new WriteCombiner(runner.run, { maxInFlight: 1, maxGroup: 64, stallMs: 5 });
    void combiner.submit('stuck');
    const waiting = combiner.submit('needed by the stuck one');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runner.groups).toEqual([['stuck'], ['needed by the stuck one']]);
    expect(combiner.stats().stalled).toBe(1);
    runner.finish(1);
    await expect(waiting).resolves.toBe('wrote needed by the stuck one');
    runner.finish(0);
  });

  it('refuses settings that would never write', () => {
    expect(() => new WriteCombiner(async () => [], { maxInFlight: 0, maxGroup: 1 })).toThrow(RangeError);
    expect(() => new WriteCombiner(async () => [], { maxInFlight: 1, maxGroup: 0 })).toThrow(RangeError);
  });
});
