// A small hand-made workspace for the SQL console's tests: three customers with personal
// data, their meters and a few bills.
import path from 'node:path';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { makeTempDir } from '../helpers/tempDirs.js';

export function makeSqlWorkspace(): string {
  const file = path.join(makeTempDir('sql-workspace-'), 'sql.workbench');
  const db = openWorkspaceDb(file, { create: true });
  const customer = db.prepare(`INSERT INTO customers (customer_id, name, address, phone, id_number, category, area_id) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  customer.run('C001', '张小明', '江苏省南京市玄武区中山路1号', '13812345678', '320102199001011234', 'residential', 'TQ01');
  customer.run('C002', '李华', '江苏省南京市鼓楼区北京西路2号', '13987654321', '320106198505052345', 'commercial', 'TQ01');
  customer.run('C003', '王"大",伟', '江苏省南京市秦淮区, 夫子庙3号', '13700001111', '320104197001013456', 'residential', 'TQ02');
  const bill = db.prepare(`INSERT INTO bills (customer_id, month, kwh, billed_yuan, arrears_yuan, import_id) VALUES (?, ?, ?, ?, ?, 1)`);
  bill.run('C001', 202501, 210.5, 110.25, 0);
  bill.run('C002', 202501, 1800, 1250.4, 320.5);
  bill.run('C003', 202501, 95, 50, 50);
  db.close();
  return file;
}
