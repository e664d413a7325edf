const WARNING_REASONS: Readonly<Record<string, string>> = {
  'deadline-near': '临近办理期限',
  overdue: '已逾期',
  'long-overdue': '严重逾期',
  'repeated-extension': '多次延期',
  'extension-approved': '延期获批',
  'case-closed': '案件办结',
};

/** What a step of a case said, as lines to show under it on the timeline (reports, reasons, deadlines…). */
export function detailLines(details: Readonly<Record<string, unknown>>, unitName: (id: string) => string): string[] {
  const lines: string[] = [];
  const text = (key: string, label: string) => {
    const value = details[key];
    if (typeof value === 'string' && value.trim() !== '') lines.push(`${label}：${value}`);
  };
  text('report', '办理情况');
  const reason = details['reason'];
  if (typeof reason === 'string' && reason.trim() !== '') lines.push(`${typeof details['colour'] === 'string' ? '原因' : '理由'}：${WARNING_REASONS[reason] ?? reason}`);
  text('message', '催办内容');
  text('comment', '意见');
  if (typeof details['newDueWorkingDays'] === 'number') lines.push(`申请期限：${details['newDueWorkingDays']} 个工作日`);
  if (typeof details['dueOn'] === 'string') lines.push(`办理期限：${details['dueOn']}`);
  if (typeof details['colour'] === 'string') lines.push(`预警：${({ blue: '蓝牌', yellow: '黄牌', red: '红牌' } as Record<string, string>)[details['colour']] ?? details['colour']}`);
  if (typeof details['toUnitId'] === 'string') lines.push(`上提至：${unitName(details['toUnitId'])}`);
  const children = details['children'];
  if (Array.isArray(children)) {
    for (const child of children as Array<Record<string, unknown>>) {
      if (typeof child['unitId'] === 'string') lines.push(`分解：${unitName(child['unitId'])}${typeof child['title'] === 'string' ? `（${child['title']}）` : ''}`);
    }
  }
  return lines;
}

/** The evidence a step attaches (a report's photos and documents), as its history entry gives it. */
export function attachmentsOf(details: Readonly<Record<string, unknown>>): Array<{ sha256: string; name: string; contentType: string; size: number }> {
  const attachments = details['attachments'];
  if (!Array.isArray(attachments)) return [];
  return (attachments as Array<Record<string, unknown>>).filter(
    (file): file is { sha256: string; name: string; contentType: string; size: number } =>
      typeof file['sha256'] === 'string' && typeof file['name'] === 'string' && typeof file['contentType'] === 'string' && typeof file['size'] === 'number',
  );
}
