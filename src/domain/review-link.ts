/**
 * The link an interviewer gives a coach: `/review/<share id>#<key>`. The key sits in the fragment,
 * which browsers never send to a server; the share id alone opens nothing. The coach's right to
 * answer (the reply token) is derived from the key, so the link stays one thing to pass on.
 */
export interface ReviewLink {
  shareId: string;
  /** The package key, base64url (43 characters for 256 bits). */
  key: string;
}

const ID = /^[A-Za-z0-9_-]{16,64}$/;
const KEY = /^[A-Za-z0-9_-]{43}$/;

export function reviewLinkUrl(origin: string, link: ReviewLink): string {
  return `${origin}/review/${link.shareId}#${link.key}`;
}

/** The same link as a code to read out: share id and key in groups of four, a slash between. */
export function spokenCode(link: ReviewLink): string {
  const groups = (text: string) => text.match(/.{1,4}/g)?.join(' ') ?? text;
  return `${groups(link.shareId)} / ${groups(link.key)}`;
}

/** Whether a value has the shape of a review link (after opening it from a code, say). */
export function isReviewLink(value: unknown): value is ReviewLink {
  if (typeof value !== 'object' || value === null) return false;
  const { shareId, key } = value as Record<string, unknown>;
  return typeof shareId === 'string' && typeof key === 'string' && ID.test(shareId) && KEY.test(key);
}

/** A pasted link or a typed code, or null when it is neither. Spaces are ignored. */
export function parseReviewLink(text: string): ReviewLink | null {
  const trimmed = text.trim();
  const fromUrl = /\/review\/([A-Za-z0-9_-]+)#([A-Za-z0-9_-]+)\s*$/.exec(trimmed);
  const [shareId, key] = fromUrl ? [fromUrl[1], fromUrl[2]] : trimmed.replace(/\s+/g, '').split('/');
  if (!shareId || !key || !ID.test(shareId) || !KEY.test(key)) return null;
  return { shareId, key };
}

/** What the coach shows the server to answer or close a review; derived, so only key holders have it. */
export function replyTokenInput(key: string): string {
  return `buurtgesprek/reply/${key}`;
}
