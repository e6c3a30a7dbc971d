import { Input } from 'antd';
import { useEffect, useState } from 'react';

interface Props {
  id: string;
  /** The keyword in force (from the address); the box follows it when it changes elsewhere. */
  value: string;
  label: string;
  placeholder: string;
  submitLabel: string;
  onSearch: (q: string) => void;
  size?: 'middle' | 'large';
}

/** A keyword box: Enter or the button searches; clearing it searches without a keyword. */
export function SearchBox({ id, value, label, placeholder, submitLabel, onSearch, size = 'large' }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <search className="search-box">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <Input.Search
        id={id}
        value={draft}
        maxLength={50}
        allowClear
        size={size}
        placeholder={placeholder}
        enterButton={submitLabel}
        onChange={(e) => setDraft(e.target.value)}
        onSearch={(q) => onSearch(q.trim())}
      />
    </search>
  );
}
