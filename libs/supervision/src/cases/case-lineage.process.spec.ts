import type { RecordedEvent } from '@app/event-store';
import { caseLineageProcess } from './case-lineage.process';

function recorded(type: string, data: object): RecordedEvent {
  return {
    position: 7,
    streamId: 'case-parent',
    category: 'case',
    version: 5,
    id: '00000000-0000-4000-8000-000000000007',
    type,
    schemaVersion: 1,
    data: data as Record<string, unknown>,
    metadata: {},
    recordedAt: new Date('2026-03-02T02:00:00Z'),
    hash: 'ab',
    transactionId: '100',
  };
}

const split = {
  caseId: 'parent',
  severity: 'high',
  source: { kind: 'finding', roundId: 'r-1', taskId: 't-1', findingId: 'f-1' },
  children: [
    { caseId: 'child-a', unitId: 'anji-tianhuangping', unitChain: ['anji-tianhuangping', 'anji', 'huzhou'], title: 'A', description: 'd-a', dueWorkingDays: 3 },
    { caseId: 'child-b', unitId: 'anji-xilong', unitChain: ['anji-xilong', 'anji', 'huzhou'], title: 'B', description: 'd-b', dueWorkingDays: 4 },
  ],
  splitBy: 'official.anji',
  splitAt: '2026-03-02T02:00:00Z',
};

describe('the case lineage process', () => {
  it('follows splits and closings of cases only', () => {
    expect(caseLineageProcess.categories).toEqual(['case']);
    expect([...caseLineageProcess.types].sort()).toEqual(['CaseClosed', 'CaseSplit']);
  });

  describe('given a case split into two children', () => {
    it('then each child is opened for its unit with the parent’s severity and source, and handed over, in that order', () => {
      const reactions = caseLineageProcess.react(recorded('CaseSplit', split));

      expect(reactions.map((reaction) => [reaction.streamId, reaction.command.type, reaction.key])).toEqual([
        ['case-child-a', 'OpenCase', 'open:child-a'],
        ['case-child-a', 'AssignCase', 'assign:child-a'],
        ['case-child-b', 'OpenCase', 'open:child-b'],
        ['case-child-b', 'AssignCase', 'assign:child-b'],
      ]);
      expect(reactions[0]!.command).toEqual({
        type: 'OpenCase',
        caseId: 'child-a',
        title: 'A',
        description: 'd-a',
        severity: 'high',
        source: split.source,
        responsibleUnitId: 'anji-tianhuangping',
        unitChain: ['anji-tianhuangping', 'anji', 'huzhou'],
        dueWorkingDays: 3,
        parentCaseId: 'parent',
      });
      expect(reactions.every((reaction) => reaction.workflow === 'case')).toBe(true);
      expect(reactions[2]!.orgUnitId).toBe('anji-xilong');
    });
  });

  describe('given a split whose child has no description of its own', () => {
    it('then the child is opened sharing its parent’s description (null), not with a copy', () => {
      const [child] = split.children;
      const { description: _own, ...sharing } = child!;
      const reactions = caseLineageProcess.react(recorded('CaseSplit', { ...split, children: [sharing] }));
      expect(reactions[0]!.command).toMatchObject({ type: 'OpenCase', caseId: 'child-a', description: null, parentCaseId: 'parent' });
    });
  });

  describe('given a child case closed', () => {
    it('then its closing is recorded on the parent', () => {
      const reactions = caseLineageProcess.react(
        recorded('CaseClosed', { caseId: 'child-a', parentCaseId: 'parent', comment: null, pendingExtensionLapsed: false, verifiedBy: 'admin', closedAt: 'x' }),
      );

      expect(reactions).toEqual([
        { workflow: 'case', streamId: 'case-parent', command: { type: 'RecordChildCaseClosed', childCaseId: 'child-a' }, key: 'child-closed:child-a' },
      ]);
    });
  });

  describe('given a case without a parent closed', () => {
    it('then nothing is sent', () => {
      expect(
        caseLineageProcess.react(
          recorded('CaseClosed', { caseId: 'top', parentCaseId: null, comment: null, pendingExtensionLapsed: false, verifiedBy: 'admin', closedAt: 'x' }),
        ),
      ).toEqual([]);
    });
  });

  describe('given any other case event', () => {
    it('then nothing is sent', () => {
      expect(caseLineageProcess.react(recorded('CaseSigned', { caseId: 'parent' }))).toEqual([]);
    });
  });
});
