// Find an entity by name or alias: a small combobox in the header. Choosing a match selects the entity
// and brings it into view. Press "/" anywhere to focus it.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ThemeColors } from '../graph/appearance.ts';
import type { NodeAttributes } from '../graph/bundle.ts';
import { getEntityMatches } from '../graph/search.ts';
import { ENTITY_TYPE_LABELS } from '../graph/vocabulary.ts';

interface EntitySearchProps {
  nodes: ReadonlyMap<string, NodeAttributes>;
  colors: ThemeColors;
  onSelect: (node: string) => void;
}

export function EntitySearch({ nodes, colors, onSelect }: EntitySearchProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const searchable = useMemo(
    () => [...nodes].map(([key, node]) => ({ key, label: node.label, aliases: node.aliases })),
    [nodes],
  );
  const matches = useMemo(() => getEntityMatches(searchable, query, 8), [searchable, query]);
  const expanded = open && matches.length > 0;

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const choose = (key: string) => {
    onSelect(key);
    setQuery('');
    setOpen(false);
    inputRef.current?.blur();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (matches.length === 0 ? 0 : (current + step + matches.length) % matches.length));
    } else if (event.key === 'Enter') {
      const match = matches[active] ?? matches[0];
      if (match) {
        event.preventDefault();
        choose(match.key);
      }
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setQuery('');
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label="Find an entity"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        placeholder="Find an entity…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-key" aria-hidden="true">
        /
      </kbd>
      {expanded && (
        <ul className="search-results" role="listbox" id={listId} aria-label="Matching entities">
          {matches.map((match, position) => {
            const node = nodes.get(match.key);
            return (
              <li
                key={match.key}
                id={`${listId}-${position}`}
                role="option"
                aria-selected={position === active}
                className={position === active ? 'is-active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(match.key);
                }}
                onMouseEnter={() => setActive(position)}
              >
                {node && (
                  <span
                    className="swatch"
                    style={{ background: colors.entity[node.type] }}
                    aria-hidden="true"
                  />
                )}
                <span className="search-label">{match.label}</span>
                {node && <span className="search-type">{ENTITY_TYPE_LABELS[node.type]}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
