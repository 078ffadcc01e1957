import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArgsIn } from '../../../../engine/api/contract.js';
import type { MappingTemplate } from '../../../../engine/api/importTypes.js';
import { scheduleTasks, type ScheduleInfo, type ScheduleTask } from '../../../../engine/api/schedulesTypes.js';
import { Dialog } from '../../../components/Dialog.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { SelectField } from '../../../components/SelectField.js';
import { kindLabel } from '../../../i18n/labels.js';
import { useQuery } from '../../../state/useQuery.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { FolderField } from './FolderField.js';
import { taskText } from './texts.js';

const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;
const levels = ['area', 'feeder', 'unit'] as const;
const resolutions = ['15min', 'hour', 'day'] as const;
/** The schedule's own copy of its mapping, when its template is no longer among the saved ones. */
const KEPT = '\u0000kept';

/** Create or change a schedule: its name, task and the task's fields, when it runs. Saving is a job; the engine's refusal is shown in words. */
export function ScheduleDialog({ editing, open, onClose, onSaved }: { editing: ScheduleInfo | null; open: boolean; onClose(): void; onSaved(schedule: ScheduleInfo): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t(editing ? 'schedules.dialog.editTitle' : 'schedules.dialog.newTitle')} open={open} onClose={onClose} wide>
      {open && <ScheduleForm key={editing?.scheduleId ?? 'new'} editing={editing} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}

function ScheduleForm({ editing, onClose, onSaved }: { editing: ScheduleInfo | null; onClose(): void; onSaved(schedule: ScheduleInfo): void }) {
  const { t } = useTranslation();
  const templates = useQuery('templates.list', {});
  const save = useForecastJob('schedules.save');
  const [name, setName] = useState(editing?.name ?? '');
  const [task, setTask] = useState<ScheduleTask>(editing?.task ?? 'import_folder');
  const [cadence, setCadence] = useState<'daily' | 'weekly'>(editing?.cadence ?? 'daily');
  const [weekday, setWeekday] = useState(String(editing?.weekday ?? 1) as (typeof weekdays)[number]);
  const [time, setTime] = useState(editing?.time ?? '02:00');
  const [enabled, setEnabled] = useState(editing?.enabled ?? true);
  const [folder, setFolder] = useState(editing?.task === 'import_folder' || editing?.task === 'backup' ? editing.options.folder : '');
  const [template, setTemplate] = useState(editing?.task === 'import_folder' ? KEPT : '');
  const forecast = editing?.task === 'forecast_refresh' ? editing.options : { level: 'area' as const, resolution: 'hour' as const, horizonHours: 48 };
  const [level, setLevel] = useState<(typeof levels)[number]>(forecast.level);
  const [resolution, setResolution] = useState<(typeof resolutions)[number]>(forecast.resolution);
  const [horizon, setHorizon] = useState(String(forecast.horizonHours));

  const saved: MappingTemplate[] = templates.data ?? [];
  const kept = editing?.task === 'import_folder' ? editing.options : null;
  const templateChoices = ['', ...(kept ? [KEPT] : []), ...saved.map((tpl) => tpl.name)];
  const templateLabel = (choice: string) => {
    if (choice === '') return t('schedules.dialog.templateChoose');
    if (choice === KEPT) return t('schedules.dialog.templateKept', { name: kept!.template, kind: kindLabel(t, kept!.kind) });
    const tpl = saved.find((x) => x.name === choice)!;
    return `${tpl.name} (${kindLabel(t, tpl.kind)})`;
  };
  const horizonHours = Number(horizon);
  const horizonValid = Number.isInteger(horizonHours) && horizonHours >= 1 && horizonHours <= 336;

  const args = (): ArgsIn<'schedules.save'> => {
    const when = { ...(editing ? { scheduleId: editing.scheduleId } : {}), name: name.trim(), cadence, weekday: cadence === 'weekly' ? Number(weekday) : null, time, enabled };
    switch (task) {
      case 'import_folder': {
        const chosen = template === KEPT ? kept : saved.find((tpl) => tpl.name === template);
        const options = chosen
          ? { folder, template: 'template' in chosen ? chosen.template : chosen.name, kind: chosen.kind, mapping: chosen.mapping }
          : { folder, template: '', kind: 'customers' as const };
        return { ...when, task, options };
      }
      case 'forecast_refresh':
        return { ...when, task, options: { level, resolution, horizonHours } };
      case 'backup':
        return { ...when, task, options: { folder } };
      default:
        return { ...when, task, options: {} };
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.start(args()).then((result) => {
      if (!result) return;
      onSaved(result);
      onClose();
    });
  };
  return (
    <form className="stack schedule-form" onSubmit={submit} data-testid="schedule-form">
      <label className="field">
        <span>{t('schedules.dialog.name')}</span>
        <input type="text" required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} autoFocus data-testid="schedule-name" />
      </label>
      <SelectField label={t('schedules.dialog.task')} value={task} choices={scheduleTasks} choiceLabel={(x) => taskText(t, x)} onChange={setTask} testId="schedule-task" />
      {task === 'import_folder' && (
        <>
          <FolderField
            label={t('schedules.dialog.folder')}
            hint={t('schedules.dialog.folderHint')}
            value={folder}
            onChange={setFolder}
            placeholder={t('schedules.dialog.folderExample')}
            testId="schedule-folder"
          />
          <SelectField label={t('schedules.dialog.template')} value={template} choices={templateChoices} choiceLabel={templateLabel} onChange={setTemplate} testId="schedule-template" />
          {templates.data?.length === 0 && !kept && <p className="note warn">{t('schedules.dialog.noTemplates')}</p>}
        </>
      )}
      {task === 'forecast_refresh' && (
        <div className="row wrap">
          <SelectField label={t('schedules.dialog.level')} value={level} choices={levels} choiceLabel={(x) => t(`schedules.levels.${x}`)} onChange={setLevel} inline />
          <SelectField label={t('schedules.dialog.resolution')} value={resolution} choices={resolutions} choiceLabel={(x) => t(`schedules.resolutions.${x}`)} onChange={setResolution} inline />
          <label className="field inline">
            <span>{t('schedules.dialog.horizon')}</span>
            <input type="number" min={1} max={336} value={horizon} onChange={(e) => setHorizon(e.target.value)} aria-invalid={!horizonValid} />
          </label>
        </div>
      )}
      {task === 'backup' && (
        <FolderField label={t('schedules.dialog.backupFolder')} hint={t('schedules.dialog.backupFolderHint')} value={folder} onChange={setFolder} testId="schedule-backup-folder" />
      )}
      <fieldset className="row wrap">
        <legend>{t('schedules.dialog.when')}</legend>
        <SelectField label={t('schedules.dialog.cadence')} value={cadence} choices={['daily', 'weekly'] as const} choiceLabel={(x) => t(`schedules.cadences.${x}`)} onChange={setCadence} inline testId="schedule-cadence" />
        {cadence === 'weekly' && (
          <SelectField label={t('schedules.dialog.weekday')} value={weekday} choices={weekdays} choiceLabel={(x) => t(`schedules.weekdayNames.${x}`)} onChange={setWeekday} inline testId="schedule-weekday" />
        )}
        <label className="field inline">
          <span>{t('schedules.dialog.time')}</span>
          <input type="time" required value={time} onChange={(e) => setTime(e.target.value)} data-testid="schedule-time" />
        </label>
      </fieldset>
      <p className="muted small">{t('schedules.dialog.catchUp')}</p>
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <span>{t('schedules.dialog.enabled')}</span>
      </label>
      {save.error && <ErrorNote error={save.error} />}
      <div className="row end">
        <button type="button" className="btn" onClick={onClose}>
          {t('common.cancel')}
        </button>
        {save.running ? (
          <JobProgress job={save} label={t('schedules.dialog.saving')} />
        ) : (
          <button type="submit" className="btn primary" disabled={name.trim() === '' || (task === 'forecast_refresh' && !horizonValid)} data-testid="schedule-save">
            {t('schedules.dialog.save')}
          </button>
        )}
      </div>
    </form>
  );
}
