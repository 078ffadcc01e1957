import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFileResult, MappingSpec } from '../../../../engine/api/importTypes.js';
import type { DataKind } from '../../../../engine/api/types.js';
import { FilePicker } from './FilePicker.js';
import { PreviewStep } from './PreviewStep.js';
import type { PreviewRequest } from './usePreview.js';
import { usePendingImport, type PickedFile } from '../../../state/menuCommands.js';
import { ResultStep } from './ResultStep.js';
import { RunStep } from './RunStep.js';

type Step =
  | { step: 'pick' }
  | { step: 'preview'; initial?: PreviewRequest; cancelled?: boolean }
  | { step: 'run'; kind: DataKind; mapping: MappingSpec | undefined; request: PreviewRequest }
  | { step: 'result'; result: ImportFileResult };

/**
 * Pick files, then for each one: preview and map, import, see the result. Files go one at
 * a time because each may need its own kind and mapping.
 */
export function ImportWizard() {
  const { t } = useTranslation();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [index, setIndex] = useState(0);
  const [step, setStep] = useState<Step>({ step: 'pick' });

  const nextFile = useCallback(() => {
    if (index + 1 < files.length) {
      setIndex(index + 1);
      setStep({ step: 'preview' });
    } else {
      setFiles([]);
      setIndex(0);
      setStep({ step: 'pick' });
    }
  }, [files.length, index]);

  const start = useCallback((picked: PickedFile[]) => {
    setFiles(picked);
    setIndex(0);
    setStep({ step: 'preview' });
  }, []);
  usePendingImport(start);

  const onDone = useCallback((result: ImportFileResult) => setStep({ step: 'result', result }), []);
  const file = files[index];
  const steps = ['pick', 'preview', 'run', 'result'] as const;

  return (
    <div className="import-wizard">
      <ol className="steps" aria-label={t('import.steps')}>
        {steps.map((s, i) => (
          <li key={s} className={s === step.step ? 'current' : steps.indexOf(step.step) > i ? 'done' : ''} aria-current={s === step.step ? 'step' : undefined}>
            {t(`import.step.${s}`)}
          </li>
        ))}
      </ol>
      {step.step === 'pick' || !file ? (
        <FilePicker onPicked={start} />
      ) : step.step === 'preview' ? (
        <PreviewStep
          key={file.path}
          file={file}
          initial={step.initial}
          cancelled={step.cancelled ?? false}
          position={{ index, count: files.length }}
          onRun={(kind, mapping, request) => setStep({ step: 'run', kind, mapping, request })}
          onSkip={nextFile}
        />
      ) : step.step === 'run' ? (
        <RunStep
          fileName={file.name}
          path={file.path}
          kind={step.kind}
          mapping={step.mapping}
          onDone={onDone}
          onCancelled={() => setStep({ step: 'preview', initial: step.request, cancelled: true })}
          onBack={() => setStep({ step: 'preview', initial: step.request })}
        />
      ) : (
        <ResultStep
          result={step.result}
          fileName={file.name}
          next={index + 1 < files.length ? { label: t('import.nextFile', { file: files[index + 1]!.name }), onClick: nextFile } : { label: t('import.importMore'), onClick: nextFile }}
        />
      )}
    </div>
  );
}
