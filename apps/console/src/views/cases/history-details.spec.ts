import { detailLines } from './history-details';

const names = new Map([['anji-tianhuangping', '天荒坪镇'], ['anji', '安吉县']]);
const unitName = (id: string) => names.get(id) ?? id;

describe('what a case step said, on its timeline', () => {
  it('shows reports, reasons and the new deadline', () => {
    expect(detailLines({ report: '已部署整改', reportNumber: 1 }, unitName)).toEqual(['办理情况：已部署整改']);
    expect(detailLines({ reason: '材料不全', rejectionNumber: 1 }, unitName)).toEqual(['理由：材料不全']);
    expect(detailLines({ newDueWorkingDays: 8, reason: '设备采购周期长' }, unitName)).toEqual(['理由：设备采购周期长', '申请期限：8 个工作日']);
  });

  it('names warnings and their reasons, escalations and split children in words', () => {
    expect(detailLines({ colour: 'red', reason: 'long-overdue', dueOn: '2026-03-09' }, unitName)).toEqual(['原因：严重逾期', '办理期限：2026-03-09', '预警：红牌']);
    expect(detailLines({ fromUnitId: 'anji-tianhuangping', toUnitId: 'anji', escalationLevel: 1 }, unitName)).toEqual(['上提至：安吉县']);
    expect(detailLines({ children: [{ caseId: 'c-2', unitId: 'anji-tianhuangping', title: '污水整改', dueWorkingDays: 5 }] }, unitName)).toEqual([
      '分解：天荒坪镇（污水整改）',
    ]);
  });

  it('shows nothing for a step that said nothing', () => {
    expect(detailLines({ unitId: 'anji' }, unitName)).toEqual([]);
  });
});
