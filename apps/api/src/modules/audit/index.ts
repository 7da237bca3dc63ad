// Public entry of the audit module: the GDPR scrub of a person's recorded values and the visibility rule.
export { AuditRepository } from './audit.repository.ts';
export { auditVisibility } from './audit.service.ts';
