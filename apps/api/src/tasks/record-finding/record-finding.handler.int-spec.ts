import { roundStreamId, taskStreamId } from '@app/supervision';
import { metadataOf, openedTask, RoundUseCases, roundUseCases } from '../task-test-fixtures';
import { Finding, RecordFindingCommand } from './record-finding.command';

describe('recording a finding on a task, without HTTP', () => {
  let rounds: RoundUseCases;
  let roundId: string;
  let taskId: string;
  beforeAll(async () => {
    rounds = await roundUseCases();
    roundId = await rounds.activeRound();
    taskId = await openedTask(rounds, roundId, 'anji-tianhuangping', ['inspector.wuxing']);
  });
  afterAll(async () => rounds?.close());

  const finding = (unitId: string): Finding => ({ title: '村级议事制度未落实', description: '近半年未召开村民代表会议', severity: 'medium', unitId });

  it('records the finding under an id fixed by the command, where the org tree puts it below the target; a retry records nothing more', async () => {
    const metadata = metadataOf('inspector.wuxing');
    const record = () => rounds.commands.execute(new RecordFindingCommand(taskId, finding('anji-tianhuangping-yucun'), metadata));
    expect(await rounds.streamsRead(record)).toEqual([roundStreamId(roundId), taskStreamId(taskId)]);
    const before = await rounds.eventCount();
    const { result } = await record();
    expect(result).toMatchObject({ duplicate: true, events: [{ type: 'TaskFindingRecorded', data: { unitId: 'anji-tianhuangping-yucun' } }] });
    expect(result.state).toMatchObject({
      findings: [{ title: '村级议事制度未落实', severity: 'medium', unitId: 'anji-tianhuangping-yucun', recordedBy: 'inspector.wuxing' }],
    });
    expect(await rounds.eventCount()).toBe(before);
  });

  it('refuses a unit the org tree does not know (ORG_UNIT_NOT_FOUND), one outside the task’s target (FINDING_OUTSIDE_TARGET) and an unknown task (TASK_NOT_FOUND), appending nothing', async () => {
    const before = await rounds.eventCount();
    await expect(rounds.commands.execute(new RecordFindingCommand(taskId, finding('atlantis'), metadataOf('inspector.wuxing')))).rejects.toMatchObject({
      code: 'ORG_UNIT_NOT_FOUND',
      details: { unitId: 'atlantis' },
    });
    await expect(rounds.commands.execute(new RecordFindingCommand(taskId, finding('anji-xilong'), metadataOf('inspector.wuxing')))).rejects.toMatchObject({
      code: 'FINDING_OUTSIDE_TARGET',
    });
    await expect(rounds.commands.execute(new RecordFindingCommand('no-such-task', finding('anji'), metadataOf('inspector.wuxing')))).rejects.toMatchObject({
      code: 'TASK_NOT_FOUND',
    });
    expect(await rounds.eventCount()).toBe(before);
  });
});
