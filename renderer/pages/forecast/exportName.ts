/** A file name from the run's name: what a file system takes, never empty. */
export function exportFileName(name: string, format: 'csv' | 'xlsx'): string {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim().slice(0, 100) || 'forecast';
  return `${base}.${format}`;
}
