// The clients module's public surface for other modules: the filter language compiled to SQL over `clients c`.
export { clientWhereIn } from './clients.service.ts';
