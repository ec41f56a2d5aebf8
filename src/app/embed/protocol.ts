// The postMessage API between a host page and an embedded Entente frame (see README, "Embedding").
// Every message is a plain object `{ protocol: 'entente', version: 1, type, ... }`; anything else, or a
// known type with a bad payload, is rejected here so the frame never acts on it. No DOM in this module.
import { z } from 'zod';

export const EMBED_PROTOCOL = 'entente';
export const EMBED_PROTOCOL_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const nodeId = z.string().min(1).max(200);
const envelope = { protocol: z.literal(EMBED_PROTOCOL), version: z.literal(EMBED_PROTOCOL_VERSION) };

/** Messages a host may send to the frame. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  z.object({ ...envelope, type: z.literal('setWindow'), from: isoDate, to: isoDate }).strict(),
  z.object({ ...envelope, type: z.literal('resetWindow') }).strict(),
  z.object({ ...envelope, type: z.literal('select'), node: nodeId }).strict(),
  z.object({ ...envelope, type: z.literal('clearSelection') }).strict(),
  z.object({ ...envelope, type: z.literal('setCountryView'), enabled: z.boolean() }).strict(),
  z.object({ ...envelope, type: z.literal('play') }).strict(),
  z.object({ ...envelope, type: z.literal('pause') }).strict(),
  z.object({ ...envelope, type: z.literal('getState') }).strict(),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

export interface EmbedWindow {
  from: string;
  to: string;
}

export interface EmbedSelection {
  id: string;
  label: string;
  type: string;
}

export interface EmbedState {
  graph: string | null;
  window: EmbedWindow | null;
  selected: EmbedSelection | null;
}

/** Messages the frame sends to its host. */
export type FrameMessage = {
  protocol: typeof EMBED_PROTOCOL;
  version: typeof EMBED_PROTOCOL_VERSION;
} & (
  | ({ type: 'ready' } & EmbedState)
  | ({ type: 'state' } & EmbedState)
  | { type: 'windowChanged'; window: EmbedWindow | null }
  | { type: 'selectionChanged'; selected: EmbedSelection | null }
  | { type: 'rejected'; reason: string }
);

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function toFrameMessage(body: DistributiveOmit<FrameMessage, 'protocol' | 'version'>): FrameMessage {
  return { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION, ...body } as FrameMessage;
}

export type ParsedHostMessage = { ok: true; message: HostMessage } | { ok: false; reason: string };

/**
 * Validates a message received by the frame. Messages of other protocols (other scripts on the host
 * page use postMessage too) are reported as such so the caller can ignore them quietly.
 */
export function parseHostMessage(data: unknown): ParsedHostMessage {
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { protocol?: unknown }).protocol !== EMBED_PROTOCOL
  ) {
    return { ok: false, reason: 'not an Entente message' };
  }
  const result = hostMessageSchema.safeParse(data);
  if (result.success) return { ok: true, message: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
  return { ok: false, reason: `invalid message${where}: ${issue?.message ?? 'unknown problem'}` };
}

/** Whether a message from `origin` may drive the frame: any origin unless one was configured. */
export function isAllowedOrigin(origin: string, allowedOrigin: string | undefined): boolean {
  return allowedOrigin === undefined || origin === allowedOrigin;
}
