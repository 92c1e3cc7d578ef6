/** Media-player glyphs drawn as SVG: the Unicode ones (⏮ ⏭) are missing from many system fonts. */
const PATHS = {
  first: 'M2 2h2v10H2z M12 2 5 7l7 5z',
  last: 'M10 2h2v10h-2z M2 2l7 5-7 5z',
  play: 'M3 1.5 12 7 3 12.5z',
  pause: 'M3 2h3v10H3z M8 2h3v10H8z',
} as const;

export function TransportIcon({ kind }: { kind: keyof typeof PATHS }) {
  return (
    <svg className="transport-icon" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} />
    </svg>
  );
}
