import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappingSpec } from '../../../../engine/api/importTypes.js';
import type { DataKind } from '../../../../engine/api/types.js';
import { invoke } from '../../../api/client.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useQuery } from '../../../state/useQuery.js';
import { useAction } from '../workspaces/useAction.js';

/** Named mappings: save this file's mapping for next month's export, or apply a saved one. */
export function TemplateBar({ kind, mapping, onApply, disabled }: {
  kind: DataKind;
  mapping: MappingSpec | null;
  onApply(mapping: MappingSpec): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const templates = useQuery('templates.list', {});
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const save = useAction(async (templateName: string) => {
    if (!mapping) return;
    await invoke('templates.save', { name: templateName, kind, mapping });
    setSaved(templateName);
    setName('');
    templates.reload();
  });
  const remove = useAction(async (templateName: string) => {
    await invoke('templates.delete', { name: templateName });
    templates.reload();
  });
  const forKind = (templates.data ?? []).filter((template) => template.kind === kind);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void save.run(name.trim());
  };

  return (
    <div className="template-bar">
      {forKind.length > 0 && (
        <div className="row wrap">
          <span className="muted">{t('templates.apply')}</span>
          {forKind.map((template) => (
            <span key={template.name} className="chip">
              <button type="button" className="chip-main" disabled={disabled} onClick={() => onApply(template.mapping)}>
                {template.name}
              </button>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('templates.deleteNamed', { name: template.name })}
                title={t('templates.delete')}
                disabled={remove.busy}
                onClick={() => void remove.run(template.name)}
              >
                ×
              </button>
            </span>
          ))}
        </div>
      )}
      <form className="row" onSubmit={submit}>
        <label className="field inline grow">
          <span>{t('templates.saveAs')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} placeholder={t('templates.namePlaceholder')} disabled={!mapping} />
        </label>
        <button type="submit" className="btn" disabled={!mapping || !name.trim() || save.busy}>
          {t('templates.save')}
        </button>
      </form>
      {saved && !save.error && <p className="note ok small">{t('templates.saved', { name: saved })}</p>}
      {save.error && <ErrorNote error={save.error} />}
      {remove.error && <ErrorNote error={remove.error} />}
    </div>
  );
}
