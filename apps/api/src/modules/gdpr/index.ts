// The gdpr module's surface: nothing else calls it yet (the schema imports its resolvers directly).
export { exportPersonData, erasePerson } from './gdpr.service.ts';
