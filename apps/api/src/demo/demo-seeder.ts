import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { HUZHOU_DEMO_USERS, huzhouSeedStreams, OrgUnitSeedStream } from '@app/supervision';
import { SYSTEM_ACTOR } from '@app/workflow';
import { NewInstance, WorkflowEngine } from '@app/workflow-runtime';
import { AccountBootstrap } from '../users/account-bootstrap';

export const DEMO_PASSWORD = 'huzhou-demo';

/** Units started per transaction: big enough that a city seeds in a few dozen, small enough to keep each short. */
const UNITS_PER_BATCH = 500;

/** The command id of a unit's `index`-th seed command: the same on every start, so its events are too. */
export function demoSeedCommandId(unitId: string, index: number): string {
  return `demo-seed:${unitId}:${index}`;
}

/**
 * Demo mode only: the Huzhou org tree at the configured scale and the demo users (accounts opened
 * by the system, each with its history). The units go through the org-unit decider like any
 * command, but started in batches (many new streams per transaction) rather than one command at
 * a time: the whole city's ~3,800 units and their people take seconds, not minutes. A unit whose
 * stream exists already (seeded on an earlier start, or by an earlier demo) is left as it is, so
 * starting again appends nothing.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(AccountBootstrap) private readonly accounts: AccountBootstrap,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(): Promise<void> {
    const streams = huzhouSeedStreams(this.config.demoScale);
    let [started, appended] = [0, 0];
    for (let from = 0; from < streams.length; from += UNITS_PER_BATCH) {
      const batch = await this.engine.startInstances('org-unit', streams.slice(from, from + UNITS_PER_BATCH).map(toInstance));
      started += batch.started.length;
      appended += batch.eventsAppended;
    }
    for (const user of HUZHOU_DEMO_USERS) {
      await this.accounts.ensure({ username: user.username, displayName: user.displayName, roles: user.roles, orgUnitId: user.orgUnitId, password: DEMO_PASSWORD });
      // The demo password is public (README) and would be redacted as a `password` field: it is in the text.
      this.logger.log({ message: `demo user: sign in as ${user.username} with ${DEMO_PASSWORD}`, username: user.username, roles: user.roles, orgUnitId: user.orgUnitId });
    }
    this.logger.log({ message: 'demo data ready', scale: this.config.demoScale, units: streams.length, unitsStarted: started, orgEventsAppended: appended });
  }
}

function toInstance({ streamId, unitId, commands }: OrgUnitSeedStream): NewInstance {
  return {
    streamId,
    commands: commands.map((command, index) => ({ command, metadata: { actor: SYSTEM_ACTOR, commandId: demoSeedCommandId(unitId, index), orgUnitId: unitId } })),
  };
}
