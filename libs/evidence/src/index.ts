export { EvidenceEmpty, EvidenceNotFound, EvidenceRefused } from './evidence.errors';
export { EvidenceFiles, EvidenceReference, EvidenceVerification, UploadedEvidence } from './evidence-files';
export { EvidenceStorage, FileTooLarge, LocalFolderEvidenceStorage, ReceivedFile } from './evidence-storage';
export { EVIDENCE_TYPES, EvidenceType, evidenceTypeOf, HEAD_BYTES } from './evidence-types';
export { EVIDENCE_MIGRATIONS } from './evidence.schema';
export { EvidenceModule } from './evidence.module';
