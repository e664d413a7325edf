import type { Schemas } from '../../api/client';

export type LogVerification = Schemas['LogVerificationResponse'];
type SealVerification = Schemas['SealVerificationResponse'];

const BREAKS: Readonly<Record<string, string>> = {
  content: '记录内容与存证摘要不符（内容被改动）',
  chain: '哈希链在此处断开（记录被替换或重排）',
  'missing-predecessor': '缺少前一条记录（记录被删除）',
};

/** What the seal says, in a sentence; '' when the report has none (a range was checked). */
function sealWords(seal: SealVerification | undefined): string {
  if (seal === undefined) return '';
  const head =
    seal.against === 'checkpoint'
      ? `${seal.issuedAt === null ? '' : new Date(seal.issuedAt).toLocaleString('zh-CN', { hour12: false })} 签发的检查点（${seal.treeSize} 条记录）`
      : `存证树（${seal.treeSize} 条记录，尚无签名检查点）`;
  if (seal.unsignedCheckpoint) return `最新检查点的签名不是本系统密钥所签（检查点被伪造），无法据此核对。`;
  if (seal.ok) return `由日志重算的默克尔树根与${head}一致。`;
  const leaf = seal.firstDivergentLeaf;
  if (leaf !== undefined) {
    const was = leaf.sealedPosition === null ? '' : `，存证时为日志位置 ${leaf.sealedPosition}`;
    const now = leaf.position === null ? '，日志在此之前已结束' : leaf.position === leaf.sealedPosition ? '' : `，现为日志位置 ${leaf.position}`;
    return `由日志重算的默克尔树与${head}不符：自第 ${leaf.leafIndex} 个叶子起出现分歧${was}${now}（记录被删除、改动、重排或整体改写）。`;
  }
  const range = seal.divergentRange;
  return range === undefined
    ? `由日志重算的默克尔树与${head}不符。`
    : `由日志重算的默克尔树与${head}不符，存证树也被改动：分歧位于第 ${range.fromLeaf}–${range.toLeaf} 个叶子之间。`;
}

/** What the check found of the evidence files the steps name; '' when the report has none. */
function evidenceWords(evidence: LogVerification['evidence']): string {
  if (evidence === undefined || evidence.files === 0) return '';
  if (evidence.ok) return `所附佐证材料 ${evidence.files} 个均完好，与记录的哈希一致。`;
  const parts = [
    evidence.missing.length > 0 ? `${evidence.missing.length} 个缺失（${evidence.missing.map((sha) => sha.slice(0, 12)).join('、')}）` : '',
    evidence.altered.length > 0 ? `${evidence.altered.length} 个被改动（${evidence.altered.map((sha) => sha.slice(0, 12)).join('、')}）` : '',
  ].filter((part) => part !== '');
  return `所附佐证材料 ${evidence.files} 个中，${parts.join('，')}。`;
}

/** The integrity check's result in words an auditor can put in a report. */
export function verificationWords(report: LogVerification): { readonly ok: boolean; readonly title: string; readonly detail: string } {
  const range = report.fromPosition === null ? '' : `（日志位置 ${report.fromPosition}–${report.toPosition}）`;
  const seal = sealWords(report.seal);
  if (report.ok) {
    return {
      ok: true,
      title: '校验通过：日志完整，未发现篡改',
      detail: `共核对 ${report.checkedEvents} 条记录${range}，每条记录的内容摘要与所在记录链的哈希均与存证一致。${seal}${evidenceWords(report.evidence)}`,
    };
  }
  const broken = report.firstBroken;
  const chains =
    broken === undefined
      ? report.seal === undefined
        ? '存在不一致。'
        : '每条记录的内容摘要与记录链哈希均自洽。'
      : `第一处问题在日志位置 ${broken.position}（记录链 ${broken.streamId} 第 ${broken.version} 条）：${BREAKS[broken.reason] ?? broken.reason}。`;
  return {
    ok: false,
    title: '校验未通过：发现日志被改动',
    detail: `共核对 ${report.checkedEvents} 条记录${range}。${chains}${report.seal?.ok === false ? seal : ''}${report.evidence?.ok === false ? evidenceWords(report.evidence) : ''}请保全数据库并上报。`,
  };
}
