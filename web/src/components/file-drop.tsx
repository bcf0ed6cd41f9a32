import { useState, type DragEvent } from 'react';
import { useI18n } from '../i18n';

/** The content type a file is sent with: JSON by its name or type, CSV otherwise. */
export const contentTypeOf = (f: File): string =>
  f.name.toLowerCase().endsWith('.json') || f.type === 'application/json' ? 'application/json' : 'text/csv';

/**
 * A drop zone that is also a keyboard-reachable file chooser (the input is visually hidden
 * behind its label). Shows the chosen file's name; `onFile` gets the dropped or chosen file.
 */
export function FileDrop({
  id,
  file,
  onFile,
  accept = '.csv,.json,text/csv,application/json',
}: {
  id: string;
  file: File | null;
  onFile: (f: File | null) => void;
  accept?: string;
}) {
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    onFile(e.dataTransfer.files[0] ?? null);
  };
  return (
    <div
      className={`dropzone${dragging ? ' dragging' : ''}`}
      data-testid="dropzone"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <span>{t('counts.drop')}</span>{' '}
      <label htmlFor={id} className="button-like">
        {t('counts.choose')}
      </label>
      <input id={id} className="visually-hidden-file" type="file" accept={accept} onChange={(e) => onFile(e.target.files?.[0] ?? null)} />
      {file && <p className="file-name">{t('counts.chosen', { name: file.name })}</p>}
    </div>
  );
}
