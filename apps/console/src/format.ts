/** Dates and times as people in China read them: Asia/Shanghai, whatever the browser's zone. */
const DATE_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export function dateTime(instant: string | null | undefined): string {
  if (instant === null || instant === undefined || instant === '') return '—';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '—' : DATE_TIME.format(date);
}

/** A calendar day (`2026-03-16`) as 2026年3月16日. */
export function calendarDay(day: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  return match === null ? '—' : `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

export const CASE_STATUS_NAMES: Readonly<Record<string, string>> = {
  registered: '已立项',
  assigned: '已交办',
  signed: '已签收',
  'in-progress': '办理中',
  submitted: '待复核',
  closed: '已办结',
  unopened: '未立项',
};

export const SEVERITY_NAMES: Readonly<Record<string, string>> = { low: '一般', medium: '较重', high: '严重', critical: '特别严重' };

export const WARNING_NAMES: Readonly<Record<string, string>> = { blue: '蓝牌', yellow: '黄牌', red: '红牌' };

/** Element Plus tag types for the warning colours (blue info, yellow warning, red danger). */
export const WARNING_TAG_TYPES: Readonly<Record<string, 'primary' | 'warning' | 'danger'>> = { blue: 'primary', yellow: 'warning', red: 'danger' };

export const UNIT_KIND_NAMES: Readonly<Record<string, string>> = {
  city: '市',
  county: '区县',
  township: '乡镇（街道）',
  village: '村（社区）',
  grid: '网格',
  department: '部门',
};

export const RESPONSIBLE_ROLE_NAMES: Readonly<Record<string, string>> = {
  secretary: '第一责任人',
  deputy: '分管领导',
  liaison: '联络员',
  'grid-worker': '网格员',
};

/** What each step of a case is called on its timeline. */
export const CASE_EVENT_NAMES: Readonly<Record<string, string>> = {
  CaseOpened: '立项',
  CaseAssigned: '交办',
  CaseSigned: '签收',
  CaseProgressReported: '报送进展',
  CaseSubmitted: '反馈办结',
  CaseRejected: '复核退回',
  CaseClosed: '复核通过，办结',
  CaseUrged: '催办',
  ExtensionRequested: '申请延期',
  ExtensionApproved: '批准延期',
  ExtensionDenied: '驳回延期',
  CaseSplit: '分解至下级',
  ChildCaseClosed: '下级案件办结',
  WarningRaised: '亮牌预警',
  WarningCleared: '摘牌',
  CaseEscalated: '逐级上提',
};

export const TASK_STATUS_NAMES: Readonly<Record<string, string>> = { assigned: '待督查', opened: '督查中', submitted: '已提交', closed: '已关闭' };

export const ROUND_KIND_NAMES: Readonly<Record<string, string>> = {
  'deep-research': '深调研',
  'walk-see-compete': '走看赛',
  'major-inspection': '大督查',
  'quarterly-theme': '一季一主题',
  'duty-review': '述职评议考核',
};

export const ROUND_STATUS_NAMES: Readonly<Record<string, string>> = {
  planned: '已计划',
  active: '进行中',
  'scoring-closed': '评分结束',
  published: '已发布',
  archived: '已归档',
};

export const FINDING_SEVERITY_NAMES: Readonly<Record<string, string>> = { low: '一般', medium: '较重', high: '严重' };

/** Every event type of the log by what it is called (the audit trail shows these). */
export const EVENT_TYPE_NAMES: Readonly<Record<string, string>> = {
  ...CASE_EVENT_NAMES,
  AccountCreated: '开通账号',
  AccountRolesChanged: '调整角色',
  AccountMoved: '调整账号单位',
  AccountRenamed: '账号更名',
  AccountDisabled: '停用账号',
  AccountEnabled: '启用账号',
  PasswordReset: '重置密码',
  PasswordChanged: '修改密码',
  VillageIndicatorsReported: '报送村级指标',
  VillageIndicatorsCorrected: '更正村级指标',
  AccountUnlocked: '解锁账号',
  OrgUnitRegistered: '登记单位',
  OrgUnitRenamed: '单位更名',
  ResponsiblePersonAssigned: '明确责任人',
  ResponsiblePersonReplaced: '更换责任人',
  ResponsiblePersonRemoved: '免去责任人',
  RoundPlanned: '计划督查轮次',
  RoundRubricRevised: '修订评分细则',
  RoundStarted: '启动轮次',
  RoundScoringClosed: '结束评分',
  RoundPublished: '发布结果',
  DutyReportSubmitted: '提交述职报告',
  DutyReportRated: '述职评议',
  RoundRankingRepublished: '重新发布结果',
  RoundArchived: '归档轮次',
  TaskAssigned: '分派督查任务',
  TaskOpened: '开始督查',
  TaskScoresRecorded: '评分',
  TaskFindingRecorded: '记录问题',
  TaskSubmitted: '提交任务',
  TaskClosed: '关闭任务',
  TaskReopened: '重新打开任务',
  TaskOverdue: '任务逾期',
  CalendarNoticeLoaded: '加载节假日安排',
};

/** What a notification is about (通知的类别). */
export const NOTICE_KIND_NAMES: Readonly<Record<string, string>> = {
  assignment: '交办',
  urging: '催办',
  warning: '挂牌预警',
  escalation: '升级督办',
  verification: '复核结果',
};

export const NOTIFICATION_CHANNEL_NAMES: Readonly<Record<string, string>> = { inbox: '站内通知', webhook: '对接系统（Webhook）', dingtalk: '钉钉机器人' };

export const NOTIFICATION_STATUS_NAMES: Readonly<Record<string, string>> = { pending: '待发送', delivered: '已送达', failed: '发送失败' };
