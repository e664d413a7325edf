import { deciderSpecification } from '@app/testing';
import { Actor, DomainError, ForbiddenError, loadChinaCalendar, RoleNotAllowedError } from '@app/workflow';
import { AdjustCadre, RecordCadreMonitoring } from './cadre.commands';
import { CadreEvent } from './cadre.events';
import { cadreAdjustmentProcess } from './cadre-adjustment.process';
import { cadreWorkflow } from './cadre.workflow';

const NOW = new Date('2026-05-11T02:00:00.000Z');
const spec = deciderSpecification(cadreWorkflow, { now: NOW, calendar: loadChinaCalendar(), settings: undefined });

const admin: Actor = { userId: 'admin', roles: ['admin'] };
const township: Actor = { userId: 'official.tianhuangping', roles: ['official'], orgUnitId: 'anji-tianhuangping' };
const village: Actor = { userId: 'official.yucun', roles: ['official'], orgUnitId: 'anji-tianhuangping-yucun' };
const nanxun: Actor = { userId: 'official.nanxun', roles: ['official'], orgUnitId: 'nanxun' };
const viewer: Actor = { userId: 'viewer', roles: ['viewer'] };
const CHAIN = ['anji-tianhuangping-yucun', 'anji-tianhuangping', 'anji', 'huzhou'];
const person = { personId: 'p-yucun-secretary', name: '潘书记' };
const at = { unitId: 'anji-tianhuangping-yucun', unitKind: 'village', unitChain: CHAIN, countyId: 'anji' };

const record = (overrides: Partial<RecordCadreMonitoring> = {}): RecordCadreMonitoring => ({
  type: 'RecordCadreMonitoring',
  person,
  recordId: 'r-1',
  kind: 'warning',
  note: ' 村务公开不及时，群众反映强烈 ',
  unitsServed: ['anji-tianhuangping-yucun'],
  ...at,
  ...overrides,
});

const adjust = (overrides: Partial<AdjustCadre> = {}): AdjustCadre => ({
  type: 'AdjustCadre',
  person,
  adjustmentId: 'a-1',
  role: 'secretary',
  currentHolder: { personId: 'p-yucun-secretary', name: '潘书记', from: '2021-01-01T00:00:00.000Z' },
  reason: '履职不力，不胜任现职',
  successor: { personId: 'p-yucun-new', name: '胡书记' },
  ...at,
  ...overrides,
});

describe('村社干部日常监测', () => {
  describe('RecordCadreMonitoring', () => {
    it('the township records a warning on a village secretary; the person’s stream counts it', () => {
      const events = spec.given([]).when(record(), { actor: township }).events();
      expect(events).toEqual([
        {
          type: 'CadreMonitoringRecorded',
          data: {
            personId: 'p-yucun-secretary',
            name: '潘书记',
            recordId: 'r-1',
            kind: 'warning',
            ...{ unitId: at.unitId, unitChain: CHAIN, countyId: 'anji' },
            note: '村务公开不及时，群众反映强烈',
            recordedBy: 'official.tianhuangping',
            recordedAt: NOW.toISOString(),
          },
        },
      ]);
      expect(spec.given(events).state()).toMatchObject({ status: 'monitored', records: 1, warnings: 1, adjustments: 0 });
      spec.given(events).when(record(), { actor: township }).thenThrows(DomainError, 'CADRE_RECORD_EXISTS');
    });

    it('refuses a record with parts missing, at a unit the person never served, out of scope, or by a viewer', () => {
      spec.given([]).when(record({ kind: 'gossip' as never, note: '' }), { actor: admin }).thenThrows(DomainError, 'INVALID_CADRE_RECORD');
      spec.given([]).when(record({ unitsServed: ['anji-tianhuangping-huangdu'] }), { actor: admin }).thenThrows(DomainError, 'CADRE_NOT_OF_UNIT');
      spec.given([]).when(record(), { actor: nanxun }).thenThrows(ForbiddenError, 'OUT_OF_SCOPE');
      spec.given([]).when(record(), { actor: viewer }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('AdjustCadre (调整不称职村社干部)', () => {
    it('takes the holder out of the role with a successor; the org unit’s change follows as the system', () => {
      const events: CadreEvent[] = spec.given([]).when(adjust(), { actor: township }).events();
      expect(events).toMatchObject([
        { type: 'CadreAdjusted', data: { personId: 'p-yucun-secretary', role: 'secretary', heldFrom: '2021-01-01T00:00:00.000Z', successor: { personId: 'p-yucun-new', name: '胡书记' }, adjustedBy: 'official.tianhuangping' } },
      ]);
      const [reaction] = cadreAdjustmentProcess.react({ id: 'e-1', streamId: 'cadre-p-yucun-secretary', type: events[0]!.type, data: events[0]!.data as never });
      expect(reaction).toEqual({
        workflow: 'org-unit',
        streamId: 'orgunit-anji-tianhuangping-yucun',
        command: { type: 'AssignResponsiblePerson', role: 'secretary', personId: 'p-yucun-new', name: '胡书记', from: NOW.toISOString() },
        key: 'org-change:a-1',
        orgUnitId: 'anji-tianhuangping-yucun',
      });
    });

    it('without a successor the role is left vacant, with the adjustment’s reason', () => {
      const [event] = spec.given([]).when(adjust({ successor: undefined }), { actor: admin }).events();
      const [reaction] = cadreAdjustmentProcess.react({ id: 'e-1', streamId: 'cadre-p-yucun-secretary', type: event!.type, data: event!.data as never });
      expect(reaction?.command).toEqual({ type: 'RemoveResponsiblePerson', role: 'secretary', until: NOW.toISOString(), reason: '调整：履职不力，不胜任现职' });
    });

    it('refuses someone not in the role now, a unit that is no village, the village itself, and another county', () => {
      spec.given([]).when(adjust({ currentHolder: null }), { actor: admin }).thenThrows(DomainError, 'CADRE_NOT_IN_ROLE');
      spec.given([]).when(adjust({ currentHolder: { personId: 'p-other', name: '某', from: '2021-01-01T00:00:00.000Z' } }), { actor: admin }).thenThrows(DomainError, 'CADRE_NOT_IN_ROLE');
      spec.given([]).when(adjust({ unitKind: 'township' }), { actor: admin }).thenThrows(DomainError, 'NOT_A_VILLAGE_CADRE');
      spec.given([]).when(adjust(), { actor: village }).thenThrows(ForbiddenError, 'ADJUSTMENT_FROM_ABOVE');
      spec.given([]).when(adjust(), { actor: nanxun }).thenThrows(ForbiddenError, 'OUT_OF_SCOPE');
      spec.given([]).when(adjust({ reason: ' ', successor: { personId: 'p-yucun-secretary', name: '潘书记' } }), { actor: admin }).thenThrows(DomainError, 'INVALID_CADRE_RECORD');
    });
  });
});
