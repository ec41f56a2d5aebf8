// Splits an evidence sentence into plain and highlighted runs from the two name spans, so the app can
// render it as text nodes and <mark> elements (never as HTML: article text is untrusted).

export type Span = readonly [number, number];

export interface EvidenceSegment {
  text: string;
  /** Which name this run is, or null for the text around them. */
  mark: 'source' | 'target' | null;
}

/**
 * Plain and marked runs covering the whole sentence. Spans outside the text are clipped, empty ones
 * dropped, and where the two overlap the earlier one wins, so the runs always rebuild the sentence.
 */
export function getEvidenceSegments(evidence: string, sourceSpan: Span, targetSpan: Span): EvidenceSegment[] {
  const clip = (span: Span, mark: 'source' | 'target') => {
    const start = Math.max(0, Math.min(evidence.length, span[0]));
    const end = Math.max(start, Math.min(evidence.length, span[1]));
    return { start, end, mark };
  };
  const spans = [clip(sourceSpan, 'source'), clip(targetSpan, 'target')]
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const segments: EvidenceSegment[] = [];
  let cursor = 0;
  for (const span of spans) {
    const start = Math.max(cursor, span.start);
    if (start >= span.end) continue;
    if (start > cursor) segments.push({ text: evidence.slice(cursor, start), mark: null });
    segments.push({ text: evidence.slice(start, span.end), mark: span.mark });
    cursor = span.end;
  }
  if (cursor < evidence.length) segments.push({ text: evidence.slice(cursor), mark: null });
  return segments;
}

/** True for links the app may open: absolute http(s) URLs only. */
export function isSafeLink(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
