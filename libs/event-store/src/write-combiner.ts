/**
 * Gathers writes that arrive while others are under way into groups, each group written in one
 * transaction with one commit (group commit). A write never waits for company: when fewer than
 * `maxInFlight` groups are being written, it starts a group at once, alone if need be; only when
 * every slot is busy does it queue, and the writes queued meanwhile leave together as the next
 * group when a slot frees. Under load a group therefore holds what arrived during one commit's
 * wait, and a quiet store writes each write by itself, as soon as it comes.
 *
 * A group that cannot finish (its statement waits on a lock held by a transaction that itself
 * waits for a write queued here) must not hold the queue forever: when no group has finished for
 * `stallMs` while writes are queued, one more group starts beyond `maxInFlight`, and so on every
 * `stallMs` until groups finish again. Under load groups finish every millisecond or so, and
 * this never fires.
 *
 * The runner answers each member of a group on its own: one member's failure is that member's,
 * the others' outcomes stand. A runner that fails as a whole fails every member of its group.
 */
export interface WriteCombinerOptions {
  /** Groups written at the same time. 1 writes strictly one group after another. */
  readonly maxInFlight: number;
  /** Most members in one group; more queued wait for the next. */
  readonly maxGroup: number;
  /** How long queued writes wait while no group finishes before one more group starts (default 25 ms). */
  readonly stallMs?: number;
}

/** A member's own outcome: its value, or its own error. */
export type MemberOutcome<Result> = { readonly ok: true; readonly value: Result } | { readonly ok: false; readonly error: unknown };

export type GroupRunner<Job, Result> = (jobs: readonly Job[]) => Promise<ReadonlyArray<MemberOutcome<Result>>>;

interface Waiting<Job, Result> {
  readonly job: Job;
  readonly resolve: (value: Result) => void;
  readonly reject: (error: unknown) => void;
}

export class WriteCombiner<Job, Result> {
  private readonly queue: Array<Waiting<Job, Result>> = [];
  private inFlight = 0;
  private groups = 0;
  private members = 0;
  private stalled = 0;
  private stallTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly run: GroupRunner<Job, Result>,
    private readonly options: WriteCombinerOptions,
  ) {
    if (!Number.isSafeInteger(options.maxInFlight) || options.maxInFlight < 1) throw new RangeError('maxInFlight must be a positive integer');
    if (!Number.isSafeInteger(options.maxGroup) || options.maxGroup < 1) throw new RangeError('maxGroup must be a positive integer');
  }

  /** Writes `job` in the next group that has room; settles with the job's own outcome. */
  submit(job: Job): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.startGroups();
    });
  }

  /** Groups written so far and the members they held: for the benchmarks and tests. */
  stats(): { groups: number; members: number; queued: number; inFlight: number; stalled: number } {
    return { groups: this.groups, members: this.members, queued: this.queue.length, inFlight: this.inFlight, stalled: this.stalled };
  }

  private startGroups(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) this.startGroup();
    this.watchForStall();
  }

  private startGroup(): void {
    const group = this.takeGroup();
    this.inFlight += 1;
    this.groups += 1;
    this.members += group.length;
    void this.write(group).finally(() => {
      // The slot frees one turn of the event loop after the group's members are answered: a
      // member that writes again at once (the usual caller under load) has queued by then, and
      // leaves with the writes that queued meanwhile instead of splitting them into two groups
      // that alternate for good. Nothing waits on a clock.
      setImmediate(() => {
        this.inFlight -= 1;
        this.startGroups();
      });
    });
  }

  /** (Re)starts the stall clock while writes are queued; a finished group restarts it. */
  private watchForStall(): void {
    if (this.stallTimer !== undefined) clearTimeout(this.stallTimer);
    this.stallTimer = undefined;
    if (this.queue.length === 0) return;
    this.stallTimer = setTimeout(() => {
      this.stallTimer = undefined;
      if (this.queue.length === 0) return;
      this.stalled += 1;
      this.startGroup();
      this.watchForStall();
    }, this.options.stallMs ?? 25);
    this.stallTimer.unref();
  }

  private takeGroup(): Array<Waiting<Job, Result>> {
    return this.queue.splice(0, this.options.maxGroup);
  }

  private async write(group: ReadonlyArray<Waiting<Job, Result>>): Promise<void> {
    let outcomes: ReadonlyArray<MemberOutcome<Result>>;
    try {
      outcomes = await this.run(group.map((member) => member.job));
      if (outcomes.length !== group.length) throw new Error(`the group runner answered ${outcomes.length} of ${group.length} members`);
    } catch (error) {
      for (const member of group) member.reject(error);
      return;
    }
    group.forEach((member, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) member.resolve(outcome.value);
      else member.reject(outcome.error);
    });
  }
}
