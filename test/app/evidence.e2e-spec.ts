import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { primaryTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';
import { countEvents, DemoSession, PROBLEM_JSON, signIn } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A small JPEG's first bytes and some more: what the type check looks at is the start. */
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('现场照片：河道垃圾已清理'.repeat(20))]);
const PDF = Buffer.from('%PDF-1.7\n整改完成报告\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('png body')]);
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * 佐证材料 through the API: files put in with their type checked against their bytes and a size
 * limit, attached to a case's reports and a task's finding by hash (so the events, and the audit
 * trail, name the file), and read back only within the step's org scope.
 */
describe('evidence: put in, attached by hash, read within scope', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const folder = mkdtempSync(join(tmpdir(), 'evidence-'));
  const sessions: Record<string, DemoSession> = {};
  let caseId: string;

  const as = (user: string) => ({
    upload: (bytes: Buffer, type?: string) => {
      const call = request(app.getHttpServer()).post('/evidence').set('Authorization', sessions[user]!.authorization);
      return (type === undefined ? call : call.set('Content-Type', type)).send(bytes);
    },
    read: (path: string) =>
      request(app.getHttpServer())
        .get(path)
        .set('Authorization', sessions[user]!.authorization)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        }),
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', sessions[user]!.authorization),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', sessions[user]!.authorization).send(body),
  });

  beforeAll(async () => {
    db = await primaryTarget().create();
    const config = testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', EVIDENCE_DIR: folder, EVIDENCE_MAX_BYTES: '4096' });
    app = await createApiTestApp(db.database, { config });
    for (const user of ['admin', 'official.anji', 'official.nanxun', 'inspector.wuxing', 'auditor', 'viewer']) sessions[user] = await signIn(app, user);
    caseId = (await as('admin').post('/cases', { title: '河道保洁不到位', description: '西苕溪沿岸垃圾堆积', severity: 'medium', responsibleUnitId: 'anji', dueWorkingDays: 10 }).expect(201)).body.id;
    await as('admin').post(`/cases/${caseId}/assign`).expect(200);
    await as('official.anji').post(`/cases/${caseId}/sign`).expect(200);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('puts a file in by its bytes and names it by SHA-256; the same bytes again are the same file', async () => {
    const first = await as('official.anji').upload(PHOTO, 'image/jpeg').expect(201);
    expect(first.body).toEqual({ sha256: sha(PHOTO), size: PHOTO.length, contentType: 'image/jpeg' });
    expect((await as('official.anji').upload(PHOTO, 'image/jpeg; charset=binary').expect(201)).body).toEqual(first.body);
    expect((await as('inspector.wuxing').upload(PDF, 'application/pdf').expect(201)).body).toMatchObject({ sha256: sha(PDF), contentType: 'application/pdf' });
  });

  it('refuses, in words and changing nothing, a type not taken, bytes not of their type, an empty file, one too large, and a role that puts nothing in', async () => {
    const before = await countEvents(db.database.pool);
    const refusals = [
      [await as('official.anji').upload(Buffer.from('plain text'), 'text/plain'), 415, 'EVIDENCE_TYPE_NOT_TAKEN'],
      [await as('official.anji').upload(PNG, 'image/jpeg'), 415, 'EVIDENCE_TYPE_MISMATCH'],
      [await as('official.anji').upload(Buffer.alloc(0), 'image/jpeg'), 400, 'EVIDENCE_EMPTY'],
      [await as('official.anji').upload(Buffer.concat([PHOTO, Buffer.alloc(5000)]), 'image/jpeg'), 413, 'EVIDENCE_TOO_LARGE'],
      [await as('viewer').upload(PHOTO, 'image/jpeg'), 403, 'ROLE_FORBIDDEN'],
    ] as const;
    for (const [response, status, code] of refusals) {
      expect({ status: response.status, code: (response.body as Body).code }).toEqual({ status, code });
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    }
    expect(await countEvents(db.database.pool)).toBe(before);
    const { rows } = await db.database.pool.query('SELECT sha256 FROM evidence_files WHERE sha256 = $1', [sha(PNG)]);
    expect(rows).toEqual([]);
  });

  it('a progress report attaches the photo by hash: the case history and the audit trail name it', async () => {
    await as('official.anji')
      .post(`/cases/${caseId}/progress`, { report: '已组织清理，附现场照片', attachments: [{ sha256: sha(PHOTO), name: '清理后.jpg' }] })
      .expect(200);
    const history = (await as('official.anji').get(`/cases/${caseId}`).expect(200)).body.history as Body[];
    const report = history.find((entry) => entry.type === 'CaseProgressReported')!;
    expect(report.details.attachments).toEqual([{ sha256: sha(PHOTO), name: '清理后.jpg', contentType: 'image/jpeg', size: PHOTO.length }]);
    const trail = (await as('auditor').get(`/audit/events?stream=case-${caseId}&type=CaseProgressReported`).expect(200)).body.items as Body[];
    expect(trail[0]!.data.attachments[0].sha256).toBe(sha(PHOTO));
  });

  it('refuses a report naming a file never put in, or not by a SHA-256, appending nothing', async () => {
    const before = await countEvents(db.database.pool);
    const unknown = await as('official.anji').post(`/cases/${caseId}/progress`, { report: '补充材料', attachments: [{ sha256: 'f'.repeat(64), name: '无.jpg' }] });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'EVIDENCE_NOT_FOUND' });
    const malformed = await as('official.anji').post(`/cases/${caseId}/progress`, { report: '补充材料', attachments: [{ sha256: 'not-a-hash', name: 'x.jpg' }] });
    expect({ status: malformed.status, code: malformed.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const twice = await as('official.anji').post(`/cases/${caseId}/progress`, { report: '补充材料', attachments: [{ sha256: sha(PHOTO), name: 'a.jpg' }, { sha256: sha(PHOTO), name: 'b.jpg' }] });
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'INVALID_ATTACHMENTS' });
    expect(await countEvents(db.database.pool)).toBe(before);
  });

  it('reads the file back, as it was put in, to those who may read the case; another county is refused', async () => {
    for (const user of ['official.anji', 'admin', 'auditor', 'inspector.wuxing']) {
      const response = await as(user).read(`/evidence/${sha(PHOTO)}`).expect(200);
      expect(sha(response.body as Buffer)).toBe(sha(PHOTO));
      expect(response.headers['content-type']).toBe('image/jpeg');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="___.jpg"; filename*=UTF-8''${encodeURIComponent('清理后.jpg')}`);
      expect(response.headers['content-security-policy']).toContain('sandbox');
    }
    expect((await as('official.nanxun').get(`/evidence/${sha(PHOTO)}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await as('official.anji').get(`/evidence/${'0'.repeat(64)}`).expect(404)).body.code).toBe('EVIDENCE_NOT_FOUND');
    expect((await as('official.anji').get('/evidence/not-a-hash').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('a file no step names yet is its uploader’s alone', async () => {
    expect(sha((await as('inspector.wuxing').read(`/evidence/${sha(PDF)}?name=${encodeURIComponent('报告.pdf')}`).expect(200)).body as Buffer)).toBe(sha(PDF));
    expect((await as('official.anji').get(`/evidence/${sha(PDF)}`).expect(404)).body.code).toBe('EVIDENCE_NOT_FOUND');
  });

  it('a finding attaches its photos; the task shows them, and the target county’s official reads them', async () => {
    const round = await as('admin')
      .post('/rounds', {
        kind: 'walk-see-compete',
        title: '2026年第四季度走看赛',
        period: '2026-Q4',
        scopeCountyIds: ['anji'],
        rubric: { items: [{ code: 'org', title: '组织建设', weight: 1, maxScore: 10 }] },
        scoringPolicy: { method: 'mean' },
        window: { opensOn: '2026-10-01', closesOn: '2026-12-31' },
      })
      .expect(201);
    await as('admin').post(`/rounds/${round.body.id}/start`).expect(200);
    const taskId = (await as('admin').post(`/rounds/${round.body.id}/tasks`, { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 10 }).expect(201)).body.id;
    await as('inspector.wuxing').post(`/tasks/${taskId}/open`).expect(200);
    await as('inspector.wuxing')
      .post(`/tasks/${taskId}/findings`, { title: '台账不全', description: '会议记录缺失', severity: 'low', unitId: 'anji', attachments: [{ sha256: sha(PDF), name: '检查记录.pdf' }] })
      .expect(200);
    const task = (await as('inspector.wuxing').get(`/tasks/${taskId}`).expect(200)).body;
    expect(task.findings[0].attachments).toEqual([{ sha256: sha(PDF), name: '检查记录.pdf', contentType: 'application/pdf', size: PDF.length }]);
    // Now a step names it: the target county's official may read it, another county's may not.
    expect(sha((await as('official.anji').read(`/evidence/${sha(PDF)}`).expect(200)).body as Buffer)).toBe(sha(PDF));
    expect((await as('official.nanxun').get(`/evidence/${sha(PDF)}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
  });

  it('the integrity check finds every file the steps name, and names one replaced or lost behind the engine’s back', async () => {
    expect((await as('auditor').get('/audit/verify').expect(200)).body).toMatchObject({ ok: true, evidence: { ok: true, files: 2, missing: [], altered: [] } });
    const stored = join(folder, sha(PHOTO).slice(0, 2), sha(PHOTO).slice(2, 4), sha(PHOTO));
    writeFileSync(stored, Buffer.concat([PHOTO, Buffer.from('篡改')]));
    const pdf = join(folder, sha(PDF).slice(0, 2), sha(PDF).slice(2, 4), sha(PDF));
    renameSync(pdf, `${pdf}.moved`);
    const report = (await as('auditor').get('/audit/verify').expect(200)).body;
    expect(report).toMatchObject({ ok: false, evidence: { ok: false, files: 2, missing: [sha(PDF)], altered: [sha(PHOTO)] } });
    writeFileSync(stored, PHOTO);
    renameSync(`${pdf}.moved`, pdf);
    expect((await as('auditor').get('/audit/verify').expect(200)).body.evidence.ok).toBe(true);
  });

  it('keeps each file once, under its hash, in the evidence folder', async () => {
    const { rows } = await db.database.pool.query<{ sha256: string }>('SELECT sha256 FROM evidence_files ORDER BY sha256');
    expect(rows.map((row) => row.sha256)).toEqual([sha(PHOTO), sha(PDF)].sort());
    const opened = join(folder, sha(PHOTO).slice(0, 2), sha(PHOTO).slice(2, 4), sha(PHOTO));
    expect(sha(readFileSync(opened))).toBe(sha(PHOTO));
  });
});
