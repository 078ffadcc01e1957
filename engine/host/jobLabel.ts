// What a job is called in the job panel and its history: the file it imports, the demo it
// generates, the import whose quarantined rows it exports.
import path from 'node:path';
import type { Args, JobMethod } from '../api/contract.js';

export function jobLabel<M extends JobMethod>(method: M, args: Args<M>): string {
  switch (method) {
    case 'demo.create': {
      const a = args as Args<'demo.create'>;
      return `demo workspace: ${a.customers} customers, ${a.days} days`;
    }
    case 'import.run':
      return path.basename((args as Args<'import.run'>).path);
    case 'import.exportQuarantine':
      return `quarantined rows of import ${(args as Args<'import.exportQuarantine'>).importId}`;
    case 'forecast.run': {
      const a = args as Args<'forecast.run'>;
      return `forecast ${a.scope}, ${a.horizonHours} h (${a.resolution})`;
    }
    case 'forecast.batch': {
      const a = args as Args<'forecast.batch'>;
      return `forecast of every ${a.level}, ${a.horizonHours} h (${a.resolution})`;
    }
    case 'forecast.edit': {
      const a = args as Args<'forecast.edit'>;
      return `${a.action} forecast run ${a.runId}`;
    }
    case 'forecast.export':
      return `forecast run ${(args as Args<'forecast.export'>).runId} to ${(args as Args<'forecast.export'>).format}`;
    case 'forecast.saveCalendar':
      return 'holiday table';
    case 'theft.score': {
      const a = args as Args<'theft.score'>;
      return `theft score${a.asOf ? ` as of ${a.asOf}` : ''}`;
    }
    case 'theft.export': {
      const a = args as Args<'theft.export'>;
      return `theft suspects${a.runId ? ` of run ${a.runId}` : ''} to ${a.format}`;
    }
    case 'cases.open':
      return `open a case for customer ${(args as Args<'cases.open'>).customerId}`;
    case 'cases.update': {
      const a = args as Args<'cases.update'>;
      return `update case ${a.caseId}${a.status ? ` to ${a.status}` : ''}`;
    }
    case 'cases.note':
      return `note on case ${(args as Args<'cases.note'>).caseId}`;
    case 'cases.attach': {
      const a = args as Args<'cases.attach'>;
      return `attach ${a.name ?? path.basename(a.path)} to case ${a.caseId}`;
    }
    case 'cases.file':
      return `case file ${(args as Args<'cases.file'>).fileId}`;
    case 'cases.pack':
      return `evidence pack of case ${(args as Args<'cases.pack'>).caseId}`;
    case 'risk.train': {
      const a = args as Args<'risk.train'>;
      return `train arrears risk model${a.asOf ? ` as of ${a.asOf}` : ''}`;
    }
    case 'risk.score': {
      const a = args as Args<'risk.score'>;
      return `arrears risk score${a.asOf ? ` as of ${a.asOf}` : ''}`;
    }
    case 'risk.trainTable':
      return `train risk model on ${path.basename((args as Args<'risk.trainTable'>).path)}`;
    case 'risk.scoreTable':
      return `score ${path.basename((args as Args<'risk.scoreTable'>).input)} with risk model ${(args as Args<'risk.scoreTable'>).modelId}`;
    case 'risk.deleteModel':
      return `delete risk model ${(args as Args<'risk.deleteModel'>).modelId}`;
    case 'risk.adjust':
      return `adjust the risk grade of customer ${(args as Args<'risk.adjust'>).customerId}`;
    case 'risk.export':
      return `arrears collection list to ${(args as Args<'risk.export'>).format}`;
    case 'customers.saveList':
      return `target list ${(args as Args<'customers.saveList'>).name}`;
    case 'customers.deleteList':
      return `delete target list ${(args as Args<'customers.deleteList'>).listId}`;
    case 'customers.exportList': {
      const a = args as Args<'customers.exportList'>;
      return `target list ${a.listId} to ${a.format}`;
    }
    case 'segments.run': {
      const a = args as Args<'segments.run'>;
      return `load-shape segments over ${a.windowDays} days${a.toDay ? ` to ${a.toDay}` : ''}`;
    }
    case 'text.train': {
      const a = args as Args<'text.train'>;
      return a.source === 'workspace' ? `train ticket ${a.task} classifier` : `train text classifier on ${path.basename(a.path)} (${a.label})`;
    }
    case 'text.classify': {
      const a = args as Args<'text.classify'>;
      return `classify tickets${a.modelId ? ` with text model ${a.modelId}` : ''}`;
    }
    case 'text.deleteModel':
      return `delete text model ${(args as Args<'text.deleteModel'>).modelId}`;
    case 'text.saveRules':
      return `keyword rules of ${(args as Args<'text.saveRules'>).task}`;
    case 'service.tag':
      return 'sensitive-customer tags';
    case 'service.saveEscalationWords':
      return 'escalation words';
    case 'reports.save': {
      const a = args as Args<'reports.save'>;
      return `${a.reportId ? 'change' : 'save'} report ${a.name}`;
    }
    case 'reports.delete':
      return `delete report ${(args as Args<'reports.delete'>).reportId}`;
    case 'reports.export': {
      const a = args as Args<'reports.export'>;
      return `${'spec' in a ? `report ${a.spec.title}` : `report ${a.reportId}`} to ${a.format}`;
    }
    case 'query.export': {
      const a = args as Args<'query.export'>;
      return `${a.viewName ? `view ${a.viewName}` : 'query result'} to ${a.format}`;
    }
    case 'views.save': {
      const a = args as Args<'views.save'>;
      return `${a.viewId ? 'change' : 'save'} view ${a.name}`;
    }
    case 'views.delete':
      return `delete view ${(args as Args<'views.delete'>).viewId}`;
    case 'sql.export':
      return `SQL console result to ${(args as Args<'sql.export'>).format}`;
    case 'quality.check':
      return 'data quality check';
    case 'quality.export': {
      const a = args as Args<'quality.export'>;
      return `data quality findings${a.code ? ` (${a.kind ?? ''} ${a.code})` : ''} to ${a.format}`;
    }
    case 'backup.create': {
      const a = args as Args<'backup.create'>;
      return a.path ? `back up to ${path.basename(a.path)}` : 'back up the workspace';
    }
    case 'backup.verify':
      return `verify backup ${path.basename((args as Args<'backup.verify'>).path)}`;
    case 'backup.restore':
      return `restore backup ${path.basename((args as Args<'backup.restore'>).backup)}`;
    case 'backup.saveSettings':
      return 'backup retention settings';
    case 'audit.export':
      return `audit log to ${(args as Args<'audit.export'>).format}`;
    case 'schedules.save': {
      const a = args as Args<'schedules.save'>;
      return `${a.scheduleId ? 'change' : 'create'} schedule ${a.name}`;
    }
    case 'schedules.delete':
      return `delete schedule ${(args as Args<'schedules.delete'>).scheduleId}`;
    case 'users.save': {
      const a = args as Args<'users.save'>;
      return `profile ${a.name} (${a.role}${a.disabled ? ', disabled' : ''})`;
    }
    case 'users.delete':
      return `remove profile ${(args as Args<'users.delete'>).name}`;
    case 'users.setPassword':
      return `password of profile ${(args as Args<'users.setPassword'>).name}`;
    case 'workspace.setPassphrase':
      // Never the passphrase itself: labels are shown and kept in the job history.
      return (args as Args<'workspace.setPassphrase'>).passphrase === null ? 'decrypt the workspace' : 'set the workspace passphrase';
    default:
      return method satisfies never;
  }
}
