import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec {
  readonly id: string;
  readonly label: string;
  readonly content: ReactNode;
}

/**
 * Tabs as the ARIA authoring practices describe them: ←/→ move between tabs,
 * Home/End jump, only the selected tab is in the Tab order. A panel is built when
 * first selected (so a first visit builds, and downloads, only the first), then
 * stays mounted (hidden) so live numbers inside it stay current and state is kept.
 */
export function Tabs({ tabs, label }: { tabs: readonly TabSpec[]; label: string }) {
  const [selected, setSelectedTab] = useState(tabs[0]?.id ?? '');
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([selected]));
  const setSelected = (id: string) => {
    setSelectedTab(id);
    setOpened((seen) => (seen.has(id) ? seen : new Set(seen).add(id)));
  };
  const base = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (target < 0) return;
    event.preventDefault();
    setSelected(tabs[target]!.id);
    buttons.current[target]?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" data-own-keys="">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-controls={`${base}-panel-${tab.id}`}
            aria-selected={selected === tab.id}
            tabIndex={selected === tab.id ? 0 : -1}
            className="tab"
            onClick={() => setSelected(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={selected !== tab.id}
          className="tab-panel"
          tabIndex={0}
        >
          {opened.has(tab.id) && tab.content}
        </div>
      ))}
    </div>
  );
}
