import { type FormEvent, useState } from 'react';
import { Button } from './button';

type SearchBoxProps = {
  id: string;
  label: string;
  hint: string;
  buttonLabel: string;
  /** The search applied now; the box follows it when it changes (e.g. filters reset). */
  value?: string;
  /** The trimmed words, or undefined for an empty box. */
  onSearch: (query: string | undefined) => void;
};

/** A list's search box: sent with its button, not on every key. */
export function SearchBox({ id, label, hint, buttonLabel, value = '', onSearch }: SearchBoxProps) {
  const [query, setQuery] = useState(value);
  const [applied, setApplied] = useState(value);
  // Adjusting state while rendering (React's pattern for props that change): no remount.
  if (value !== applied) {
    setApplied(value);
    setQuery(value);
  }
  const search = (event: FormEvent) => {
    event.preventDefault();
    onSearch(query.trim() || undefined);
  };
  return (
    <search className="app-search">
      <form onSubmit={search} className="app-search__form">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={id}>
            {label}
          </label>
          <div className="kern-hint" id={`${id}-hint`}>
            {hint}
          </div>
          <input
            id={id}
            type="search"
            className="kern-form-input__input"
            aria-describedby={`${id}-hint`}
            value={query}
            maxLength={100}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <Button type="submit" variant="secondary" icon="search">
          {buttonLabel}
        </Button>
      </form>
    </search>
  );
}
