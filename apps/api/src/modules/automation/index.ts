// The automation module's public surface: the tick's registration, templates, and entity registration for modules
// that add record types (opportunities).
export { registerAutomationJobs } from './automation.jobs.ts';
export { ensureAutomationTemplates, AUTOMATION_TEMPLATES } from './automation-templates.ts';
export { registerAutomationEntity, type EntityAdapter } from './automation-entities.repository.ts';
export { automationTick } from './automation-runner.ts';
