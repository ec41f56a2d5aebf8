// The shared vocabularies of Entente: entity types and interaction types, with the labels the app shows
// and the mapping of each interaction type onto PLOVER event categories (used by `npm run eval`).

export const ENTITY_TYPES = ['country', 'person', 'organization', 'media'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  country: 'Country',
  person: 'Person',
  organization: 'Organisation',
  media: 'Media outlet',
};

/**
 * Interaction types, close to PLOVER. The four "consult" modes (meeting, visit, call, message) are kept as
 * types of their own because analysts filter on them; `comention` is the fallback when two entities share a
 * sentence and no verb says how they relate.
 */
export const INTERACTION_TYPES = [
  'meeting',
  'visit',
  'call',
  'message',
  'agree',
  'cooperate',
  'statement',
  'criticize',
  'sanction',
  'threaten',
  'military',
  'comention',
] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

export type InteractionCategory =
  | 'consult'
  | 'agree'
  | 'cooperate'
  | 'statement'
  | 'criticize'
  | 'sanction'
  | 'threaten'
  | 'military'
  | 'comention';

export interface InteractionTypeInfo {
  label: string;
  category: InteractionCategory;
  /** PLOVER event categories this type stands for. */
  plover: readonly string[];
}

export const INTERACTION_TYPE_INFO: Record<InteractionType, InteractionTypeInfo> = {
  meeting: { label: 'Meeting / talks', category: 'consult', plover: ['CONSULT'] },
  visit: { label: 'Visit', category: 'consult', plover: ['CONSULT'] },
  call: { label: 'Phone call', category: 'consult', plover: ['CONSULT'] },
  message: { label: 'Message / letter', category: 'consult', plover: ['CONSULT'] },
  agree: { label: 'Agree / sign', category: 'agree', plover: ['AGREE', 'CONCEDE', 'RETREAT'] },
  cooperate: { label: 'Cooperate / support', category: 'cooperate', plover: ['COOPERATE', 'SUPPORT', 'AID'] },
  statement: { label: 'Statement', category: 'statement', plover: ['INVESTIGATE'] },
  criticize: {
    label: 'Demand / criticise / accuse',
    category: 'criticize',
    plover: ['DEMAND', 'DISAPPROVE', 'REJECT', 'PROTEST'],
  },
  sanction: { label: 'Sanction / restrict', category: 'sanction', plover: ['SANCTION', 'COERCE'] },
  threaten: { label: 'Threaten', category: 'threaten', plover: ['THREATEN'] },
  military: { label: 'Military', category: 'military', plover: ['FIGHT', 'ASSAULT', 'MOBILIZE', 'COERCE'] },
  comention: { label: 'Co-mention', category: 'comention', plover: [] },
};

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isInteractionType(value: unknown): value is InteractionType {
  return typeof value === 'string' && (INTERACTION_TYPES as readonly string[]).includes(value);
}
