import { verificationWords } from './verification-words';

describe('the integrity check in words', () => {
  it('says the log is whole, and how much was checked', () => {
    expect(verificationWords({ ok: true, checkedEvents: 219, fromPosition: 1, toPosition: 219 })).toEqual({
      ok: true,
      title: '校验通过：日志完整，未发现篡改',
      detail: '共核对 219 条记录（日志位置 1–219），每条记录的内容摘要与所在记录链的哈希均与存证一致。',
    });
  });

  it('names the first broken record and what is wrong with it', () => {
    const words = verificationWords({
      ok: false,
      checkedEvents: 219,
      fromPosition: 1,
      toPosition: 219,
      firstBroken: { position: 42, streamId: 'case-c-1', version: 3, reason: 'content' },
    });
    expect(words.ok).toBe(false);
    expect(words.detail).toContain('第一处问题在日志位置 42（记录链 case-c-1 第 3 条）：记录内容与存证摘要不符（内容被改动）');
  });
});

describe('the seal in words', () => {
  const seal = {
    ok: true,
    against: 'checkpoint' as const,
    treeSize: 219,
    rootHash: 'cm9vdA==',
    issuedAt: '2026-12-06T08:00:00.000Z',
    checkedLeaves: 219,
    recomputedRoot: 'cm9vdA==',
    unsignedCheckpoint: false,
  };

  it('says the log recomputed matches the checkpoint', () => {
    const words = verificationWords({ ok: true, checkedEvents: 219, fromPosition: 1, toPosition: 219, seal });
    expect(words.detail).toContain('由日志重算的默克尔树根与');
    expect(words.detail).toContain('签发的检查点（219 条记录）一致。');
  });

  it('names the first divergent leaf when only the seal sees the change (a deleted last event, a rewrite)', () => {
    const words = verificationWords({
      ok: false,
      checkedEvents: 218,
      fromPosition: 1,
      toPosition: 219,
      seal: { ...seal, ok: false, checkedLeaves: 218, recomputedRoot: null, firstDivergentLeaf: { leafIndex: 57, sealedPosition: 58, position: 59 } },
    });
    expect(words.ok).toBe(false);
    expect(words.detail).toContain('每条记录的内容摘要与记录链哈希均自洽。');
    expect(words.detail).toContain('自第 57 个叶子起出现分歧，存证时为日志位置 58，现为日志位置 59');
  });

  it('places the divergence between checkpoints when the stored tree was rebuilt, and refuses a forged checkpoint', () => {
    const rebuilt = verificationWords({ ok: false, checkedEvents: 219, fromPosition: 1, toPosition: 219, seal: { ...seal, ok: false, divergentRange: { fromLeaf: 100, toLeaf: 218 } } });
    expect(rebuilt.detail).toContain('分歧位于第 100–218 个叶子之间');
    const forged = verificationWords({ ok: false, checkedEvents: 219, fromPosition: 1, toPosition: 219, seal: { ...seal, ok: false, unsignedCheckpoint: true } });
    expect(forged.detail).toContain('检查点被伪造');
  });
});

describe('the evidence files in words', () => {
  it('says the files are whole, or which are missing or changed', () => {
    const evidence = { ok: true, files: 3, missing: [], altered: [] };
    expect(verificationWords({ ok: true, checkedEvents: 9, fromPosition: 1, toPosition: 9, evidence }).detail).toContain('所附佐证材料 3 个均完好');
    const broken = verificationWords({ ok: false, checkedEvents: 9, fromPosition: 1, toPosition: 9, evidence: { ok: false, files: 3, missing: ['a'.repeat(64)], altered: ['b'.repeat(64)] } });
    expect(broken.detail).toContain(`1 个缺失（${'a'.repeat(12)}）`);
    expect(broken.detail).toContain(`1 个被改动（${'b'.repeat(12)}）`);
  });
});
