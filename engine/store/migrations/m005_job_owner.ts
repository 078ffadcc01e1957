// Schema 5: who runs a job. A job row left 'running' is marked interrupted only when the process
// that ran it (pid on host) is gone (engine/worker/jobOwner.ts). Rows from before have no owner
// and count as gone.

export const name = 'job_owner';

export const sql = /* sql */ `
ALTER TABLE jobs ADD COLUMN owner_pid INTEGER;
ALTER TABLE jobs ADD COLUMN owner_host TEXT;
`;
