// `node(id)` / `nodes(ids)`: dispatches a global id to the module that owns the type, with its permission checks.
import { fromGlobalId } from '@veza/shared';
import type { Resolvers, ResolversInterfaceTypes, ResolversTypes } from './generated/resolvers.ts';
import { getActivity } from '../modules/activities/activities.service.ts';
import { getAttachment } from '../modules/attachments/index.ts';
import { getNote } from '../modules/notes/index.ts';
import { getToken } from '../modules/api-tokens/api-tokens.service.ts';
import { getCampaign, getCampaignItem } from '../modules/campaigns/campaigns.service.ts';
import { getAttributeDefinition } from '../modules/attributes/attributes.service.ts';
import { getClient } from '../modules/clients/clients.service.ts';
import { getDictionaryValue } from '../modules/dictionaries/dictionaries.service.ts';
import { getOpportunity } from '../modules/opportunities/index.ts';
import { getPerson } from '../modules/persons/persons.service.ts';
import { getSavedView } from '../modules/saved-views/saved-views.service.ts';
import { getTeam } from '../modules/teams/index.ts';
import { getProfile, getUser } from '../modules/users/users.service.ts';
import type { Context } from './context.ts';
import { AppError } from './errors.ts';

type Fetcher = (ctx: Context, id: string) => Promise<object | null>;

/** Each module adds its node types here. Forbidden and missing both come back as null. */
const fetchers = {
  User: getUser,
  PermissionProfile: getProfile,
  ApiToken: getToken,
  Client: getClient,
  Person: getPerson,
  DictionaryValue: getDictionaryValue,
  AttributeDefinition: getAttributeDefinition,
  SavedView: getSavedView,
  Activity: getActivity,
  Campaign: getCampaign,
  CampaignItem: getCampaignItem,
  Attachment: getAttachment,
  Note: getNote,
  Opportunity: getOpportunity,
  Team: getTeam,
} satisfies Record<string, Fetcher>;

type NodeTypeName = keyof typeof fetchers;
/** A node as its fetcher built it, tagged with its type name for `__resolveType`. */
type TaggedNode = ResolversInterfaceTypes<ResolversTypes>['Node'] & { __typename: NodeTypeName };

const isNodeType = (type: string | undefined): type is NodeTypeName => type != null && Object.hasOwn(fetchers, type);

async function fetchNode(ctx: Context, id: string) {
  const type = fromGlobalId(id)?.type;
  if (!isNodeType(type)) return null;
  try {
    const node = await fetchers[type](ctx, id);
    // The fetcher for a type returns that type's node (its mapper's shape).
    return node ? ({ ...node, __typename: type } as TaggedNode) : null;
  } catch (error) {
    if (error instanceof AppError && error.extensions.code === 'FORBIDDEN') return null;
    throw error;
  }
}

export const nodeResolvers: Resolvers<Context> = {
  Query: {
    node: (_p, args, ctx) => fetchNode(ctx, args.id),
    nodes: (_p, args, ctx) => Promise.all(args.ids.slice(0, 100).map((id) => fetchNode(ctx, id))),
  },
  Node: {
    __resolveType: (node) => (node as TaggedNode).__typename,
  },
};
