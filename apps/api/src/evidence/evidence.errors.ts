import { HttpException } from '@nestjs/common';
import { EvidenceRefused } from '@app/evidence';

/** A refused upload as HTTP: 413 for a file too large, 415 for a type not taken or bytes not of the type given. */
export function refusalAsHttp(refusal: EvidenceRefused): HttpException {
  const status = refusal.code === 'EVIDENCE_TOO_LARGE' ? 413 : 415;
  return new HttpException({ code: refusal.code, message: refusal.message, details: refusal.details }, status);
}
