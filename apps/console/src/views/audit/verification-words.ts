import type { Schemas } from '../../api/client';

export type LogVerification = Schemas['LogVerificationResponse'];

const BREAKS: Readonly<Record<string, string>> = {
  content: '记录内容与存证摘要不符（内容被改动）',
  chain: '哈希链在此处断开（记录被替换或重排）',
  'missing-predecessor': '缺少前一条记录（记录被删除）',
};

/** The integrity check's result in words an auditor can put in a report. */
export function verificationWords(report: LogVerification): { readonly ok: boolean; readonly title: string; readonly detail: string } {
  const range = report.fromPosition === null ? '' : `（日志位置 ${report.fromPosition}–${report.toPosition}）`;
  if (report.ok) {
    return {
      ok: true,
      title: '校验通过：日志完整，未发现篡改',
      detail: `共核对 ${report.checkedEvents} 条记录${range}，每条记录的内容摘要与所在记录链的哈希均与存证一致。`,
    };
  }
  const broken = report.firstBroken;
  return {
    ok: false,
    title: '校验未通过：发现日志被改动',
    detail:
      broken === undefined
        ? `共核对 ${report.checkedEvents} 条记录${range}，存在不一致。`
        : `共核对 ${report.checkedEvents} 条记录${range}。第一处问题在日志位置 ${broken.position}（记录链 ${broken.streamId} 第 ${broken.version} 条）：${BREAKS[broken.reason] ?? broken.reason}。请保全数据库并上报。`,
  };
}
