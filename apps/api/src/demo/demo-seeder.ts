import { Inject, Injectable, Logger } from '@nestjs/common';
import { HUZHOU_DEMO_USERS, huzhouSeedCommands } from '@app/supervision';
import { SYSTEM_ACTOR } from '@app/workflow';
import { WorkflowEngine } from '@app/workflow-runtime';
import { AccountBootstrap } from '../users/account-bootstrap';

export const DEMO_PASSWORD = 'huzhou-demo';

/**
 * Demo mode only: the Huzhou org tree and the demo users (accounts opened by the system, each with
 * its history). Every seed command has a fixed command id, so seeding again on the next start
 * appends nothing.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(AccountBootstrap) private readonly accounts: AccountBootstrap,
  ) {}

  async seed(): Promise<void> {
    let appended = 0;
    for (const [index, { streamId, unitId, command }] of huzhouSeedCommands().entries()) {
      const result = await this.engine.handle('org-unit', streamId, command, {
        actor: SYSTEM_ACTOR,
        commandId: `demo-seed:${unitId}:${index}`,
        orgUnitId: unitId,
      });
      if (!result.duplicate) appended += result.events.length;
    }
    for (const user of HUZHOU_DEMO_USERS) {
      await this.accounts.ensure({ username: user.username, displayName: user.displayName, roles: user.roles, orgUnitId: user.orgUnitId, password: DEMO_PASSWORD });
      // The demo password is public (README) and would be redacted as a `password` field: it is in the text.
      this.logger.log({ message: `demo user: sign in as ${user.username} with ${DEMO_PASSWORD}`, username: user.username, roles: user.roles, orgUnitId: user.orgUnitId });
    }
    this.logger.log({ message: 'demo data ready', orgEventsAppended: appended });
  }
}
