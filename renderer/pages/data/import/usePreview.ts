// The preview of one file as the user adjusts it: kind, mapping and reading options.
// Every change asks the engine for a new preview, so what the user sees (missing fields,
// first rows, problems in the sample) is always what the import would do.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportOptions, ImportPreview, MappingSpec } from '../../../../engine/api/importTypes.js';
import type { DataKind } from '../../../../engine/api/types.js';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';

export interface PreviewRequest {
  kind?: DataKind;
  mapping?: MappingSpec;
}

export interface PreviewState {
  preview: ImportPreview | null;
  error: ApiError | null;
  loading: boolean;
  request: PreviewRequest;
  /** Import as another kind: its fields are detected afresh, reading options kept. */
  setKind(kind: DataKind): void;
  /** Map a field to a column (header text, or index for a duplicated header), or null: do not import it. */
  setField(field: string, column: string | number | null): void;
  /** Reading options; encoding, header row and sheet change the headers, so fields are detected again. */
  setOption<K extends keyof ImportOptions>(key: K, value: ImportOptions[K] | undefined): void;
  applyMapping(mapping: MappingSpec): void;
}

const STRUCTURAL: (keyof ImportOptions)[] = ['encoding', 'headerRow', 'sheet'];

export function usePreview(path: string, initial: PreviewRequest = {}): PreviewState {
  const [request, setRequest] = useState<PreviewRequest>(initial);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  useEffect(() => {
    const call = ++latest.current;
    setLoading(true);
    invoke('import.preview', { path, ...request }).then(
      (result) => {
        if (call !== latest.current) return;
        setPreview(result);
        setError(null);
        setLoading(false);
      },
      (caught: unknown) => {
        if (call !== latest.current) return;
        setError(toApiError(caught));
        setLoading(false);
      },
    );
  }, [path, request]);

  const kind = request.kind ?? preview?.kind ?? undefined;
  const options = request.mapping?.options ?? {};
  const fields = preview?.mappingSpec?.fields ?? request.mapping?.fields ?? {};

  const setKind = useCallback(
    (next: DataKind) => setRequest({ kind: next, ...(Object.keys(options).length ? { mapping: { fields: {}, options } } : {}) }),
    [options],
  );

  const setField = useCallback(
    (field: string, column: string | number | null) => {
      // null goes to the engine as it is: left out, a field would be detected again from its header.
      const nextFields = { ...fields, [field]: column };
      setRequest({ ...(kind ? { kind } : {}), mapping: { fields: nextFields, options } });
    },
    [fields, kind, options],
  );

  const setOption = useCallback(
    <K extends keyof ImportOptions>(key: K, value: ImportOptions[K] | undefined) => {
      const nextOptions: ImportOptions = { ...options };
      if (value === undefined) delete nextOptions[key];
      else nextOptions[key] = value;
      const keepFields = !STRUCTURAL.includes(key);
      setRequest({ ...(kind ? { kind } : {}), mapping: { fields: keepFields ? fields : {}, options: nextOptions } });
    },
    [fields, kind, options],
  );

  const applyMapping = useCallback((mapping: MappingSpec) => setRequest({ ...(kind ? { kind } : {}), mapping }), [kind]);

  return { preview, error, loading, request, setKind, setField, setOption, applyMapping };
}
