import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EvidenceFiles, EvidenceNotFound, EvidenceReference, evidenceTypeOf } from '@app/evidence';
import { CaseCommand, CaseState, caseStreamId, isWithinOrgScope, OutOfScope } from '@app/supervision';
import { Actor } from '@app/workflow';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { OrgDirectory } from '../../org-units/org-directory';
import { EvidenceDownload, ReadEvidenceQuery } from './read-evidence.query';

@QueryHandler(ReadEvidenceQuery)
export class ReadEvidenceHandler implements IQueryHandler<ReadEvidenceQuery, EvidenceDownload> {
  private readonly cases: WorkflowHandle<CaseState, CaseCommand>;

  constructor(
    @Inject(EvidenceFiles) private readonly files: EvidenceFiles,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(WorkflowEngine) engine: WorkflowEngine,
  ) {
    this.cases = engine.workflow<CaseState, CaseCommand>('case');
  }

  async execute({ sha256, actor, name }: ReadEvidenceQuery): Promise<EvidenceDownload> {
    const file = await this.files.file(sha256);
    if (file === null) throw new EvidenceNotFound(sha256);
    const references = await this.files.references(sha256);
    if (!(await this.files.uploadedBy(sha256, actor.userId)) && !(await this.mayRead(actor, references))) {
      // A file no step names is the uploader's alone: to anyone else it is not there.
      if (references.length === 0) throw new EvidenceNotFound(sha256);
      throw new OutOfScope();
    }
    const opened = await this.files.open(sha256);
    if (opened === null) throw new EvidenceNotFound(sha256);
    return { sha256, name: name ?? nameIn(references, sha256) ?? `${sha256}.${evidenceTypeOf(file.contentType)?.extension ?? 'bin'}`, contentType: file.contentType, size: opened.size, stream: opened.stream };
  }

  /**
   * Whether any step that attaches the file is one the actor may read: a case by its chain of
   * units, a step that names its unit's chain (a duty report) by that chain, a task by its
   * target's, any other step (a project's, …) by the chain of the unit its event names for the
   * audit trail.
   */
  private async mayRead(actor: Actor, references: readonly EvidenceReference[]): Promise<boolean> {
    for (const { data, orgUnitId } of references) {
      if (typeof data.caseId === 'string') {
        const loaded = await this.cases.load(caseStreamId(data.caseId));
        if (loaded.state.status !== 'unopened' && isWithinOrgScope(actor, loaded.state.unitChain)) return true;
      } else if (Array.isArray(data.unitChain) && data.unitChain.every((unitId) => typeof unitId === 'string')) {
        // A step that names its unit's chain (a duty report): read within that chain's scope.
        if (isWithinOrgScope(actor, data.unitChain as string[])) return true;
      } else if (typeof data.targetUnitId === 'string') {
        const tree = (await this.directory.fresh()).orgTree();
        if (isWithinOrgScope(actor, tree.chain(data.targetUnitId).map((unit) => unit.id))) return true;
      } else if (orgUnitId !== null) {
        const tree = (await this.directory.fresh()).orgTree();
        if (tree.has(orgUnitId) && isWithinOrgScope(actor, tree.chain(orgUnitId).map((unit) => unit.id))) return true;
      }
    }
    return false;
  }
}

/** The name the earliest step gave the file. */
function nameIn(references: readonly EvidenceReference[], sha256: string): string | undefined {
  for (const { data } of references) {
    const attachments = Array.isArray(data.attachments) ? (data.attachments as Array<{ sha256?: unknown; name?: unknown }>) : [];
    const named = attachments.find((attachment) => attachment.sha256 === sha256 && typeof attachment.name === 'string');
    if (named !== undefined) return named.name as string;
  }
  return undefined;
}
