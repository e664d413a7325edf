import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_MESSAGES, problemMessage } from './problems';

const ROOT = join(__dirname, '..', '..', '..', '..');

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === 'console' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.(spec|int-spec|e2e-spec|spec-fixtures)\.ts$/.test(name) && !path.includes('/testing/') ? [path] : [];
  });
}

/** Every problem code the API's code can answer with: error classes' `code = '…'` and problem bodies' `code: '…'`. */
function codesInSources(): Set<string> {
  const codes = new Set<string>();
  for (const file of [...sources(join(ROOT, 'apps')), ...sources(join(ROOT, 'libs'))]) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bcode(?: =|:) '([A-Z][A-Z_]+)'/g)) codes.add(match[1]!);
  }
  return codes;
}

describe('the console’s words for refusals', () => {
  const codes = codesInSources();

  it('finds the API’s codes', () => {
    expect(codes.size).toBeGreaterThan(100);
    expect(codes).toContain('CASE_NOT_SIGNED');
  });

  it('has Chinese words for every code the API can answer with', () => {
    // ECONNRESET is a network error's code that the database-fault handling matches, never an answer.
    expect([...codes].filter((code) => code !== 'ECONNRESET' && PROBLEM_MESSAGES[code] === undefined)).toEqual([]);
  });

  it('says what to do in Chinese, with the fields to correct', () => {
    expect(problemMessage('CASE_NOT_SIGNED', 409)).toBe('请先签收该案件。');
    expect(problemMessage('VALIDATION_FAILED', 400, { errors: [{ field: 'report', message: 'report should not be empty' }] })).toBe(
      '填写的内容有误，请按提示修改后再提交。（需修改：report）',
    );
    expect(problemMessage('SOMETHING_NEW', 409)).toBe('当前状态下不能进行此操作，请刷新页面查看最新情况。');
    for (const words of Object.values(PROBLEM_MESSAGES)) expect(words).toMatch(/[\u4e00-\u9fff]/);
  });
});
