import { useRef, type KeyboardEvent } from 'react';

export interface TabItem<K extends string> {
  key: K;
  label: string;
  disabled?: boolean;
}

/** A tab strip with the WAI-ARIA keyboard pattern: arrows move between tabs, Home/End jump. */
export function Tabs<K extends string>({ items, active, onChange, label, idPrefix }: {
  items: TabItem<K>[];
  active: K;
  onChange(key: K): void;
  label: string;
  idPrefix: string;
}) {
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const enabled = items.filter((item) => !item.disabled);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = enabled.findIndex((item) => item.key === active);
    const target =
      event.key === 'ArrowRight' ? enabled[(index + 1) % enabled.length]
      : event.key === 'ArrowLeft' ? enabled[(index - 1 + enabled.length) % enabled.length]
      : event.key === 'Home' ? enabled[0]
      : event.key === 'End' ? enabled[enabled.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    onChange(target.key);
    refs.current.get(target.key)?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.key}
          ref={(el) => {
            if (el) refs.current.set(item.key, el);
            else refs.current.delete(item.key);
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${item.key}`}
          aria-controls={`${idPrefix}-panel`}
          aria-selected={item.key === active}
          tabIndex={item.key === active ? 0 : -1}
          disabled={item.disabled}
          className={item.key === active ? 'tab active' : 'tab'}
          onClick={() => onChange(item.key)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
