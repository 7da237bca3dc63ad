// Public entry of the teams module: single-team reads for `node(id)`.
export { getTeam } from './teams.service.ts';
