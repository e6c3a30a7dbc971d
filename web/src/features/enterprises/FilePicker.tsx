import { Button } from 'antd';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A file input with a visible button and the chosen file's name; the native input stays in the
 * page (visually hidden) so its label works for screen readers and for tests. Files larger than
 * `maxMb` are refused here already, with the same limit the server applies.
 */
export function FilePicker({
  id,
  value,
  onChange,
  accept,
  maxMb,
  onTooLarge,
}: {
  id?: string;
  value?: File | null;
  onChange?: (file: File | null) => void;
  accept: string;
  maxMb: number;
  onTooLarge?: () => void;
}) {
  const { t } = useTranslation();
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="file-picker">
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={accept}
        className="file-picker__input"
        onChange={(event) => {
          const file = event.target.files?.[0] ?? null;
          if (file && file.size > maxMb * 1024 * 1024) {
            event.target.value = '';
            onTooLarge?.();
            onChange?.(null);
            return;
          }
          onChange?.(file);
        }}
      />
      <Button onClick={() => input.current?.click()} aria-hidden tabIndex={-1}>
        {t('enterprise.file.choose')}
      </Button>
      <span className={value ? 'file-picker__name' : 'file-picker__name muted'}>{value ? value.name : t('enterprise.file.none')}</span>
      {value && (
        <Button
          type="link"
          size="small"
          onClick={() => {
            if (input.current) input.current.value = '';
            onChange?.(null);
          }}
        >
          {t('enterprise.file.clear')}
        </Button>
      )}
    </div>
  );
}
