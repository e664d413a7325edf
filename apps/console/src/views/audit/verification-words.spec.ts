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
