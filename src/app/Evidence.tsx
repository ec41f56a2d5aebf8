// An evidence sentence with both names marked. Built from text nodes and <mark> elements only:
// article text is untrusted and is never parsed as HTML.
import { getEvidenceSegments, type Span } from '../graph/evidence.ts';

interface EvidenceProps {
  text: string;
  sourceSpan: Span;
  targetSpan: Span;
  /** Which end is the entity the panel is about; its name is marked apart from the counterpart's. */
  self: 'source' | 'target';
}

export function Evidence({ text, sourceSpan, targetSpan, self }: EvidenceProps) {
  const segments = getEvidenceSegments(text, sourceSpan, targetSpan);
  return (
    <blockquote className="evidence" data-testid="evidence">
      {segments.map((segment, position) =>
        segment.mark ? (
          <mark
            key={position}
            className={segment.mark === self ? 'evidence-name is-self' : 'evidence-name is-other'}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={position}>{segment.text}</span>
        ),
      )}
    </blockquote>
  );
}
