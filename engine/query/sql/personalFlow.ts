// Where a statement's personal values go, read from its own bytecode (EXPLAIN) rather than its
// text: a view, a subquery, a CTE or an alias cannot hide a column from it.
//
// A value read from a personal column (an OpenRead cursor on the archive table, or on one of its
// indexes, and a Column of it) taints the register it lands in. The taint follows the value
// through copies, records (sorters, ephemeral tables, coroutines) and the columns read back out
// of them, to a fixed point over the whole program (registers and cursors are reused, so the
// analysis errs on the side of seeing a use). A tainted value may reach a result row, nothing
// else: a comparison, a function, arithmetic, a seek on an index keyed by a personal column or
// an aggregate is a use (WHERE, a join key, an expression), reported as such.
import type { Db } from '../../store/database.js';
import { columnKey, personalColumns, secretColumns } from './personalColumns.js';
import type { Btree } from './schemaMap.js';

export interface Instruction {
  addr: number;
  opcode: string;
  p1: number;
  p2: number;
  p3: number;
  p4: string | number | null;
  p5: number;
}

export interface PersonalFlow {
  /** Personal columns whose values are compared, computed with, or searched by. */
  used: Set<string>;
  /** Per result column, the personal columns whose values it may carry as they are. */
  output: Set<string>[];
  /** Secret columns read at all. */
  secrets: Set<string>;
}

type Taint = Set<string>;
/** A record's (or a cursor's rows') taint per field. */
type Fields = Map<number, Taint>;

/** Opcodes that move values without looking at them. */
const COPIES = new Set(['Copy', 'SCopy', 'IntCopy', 'Move']);
/** Opcodes that look at registers p1 and p3 (comparisons) or p1 and p2 (arithmetic, logic). */
const COMPARE_P1_P3 = new Set(['Eq', 'Ne', 'Lt', 'Le', 'Gt', 'Ge']);
const BINARY_P1_P2 = new Set(['Add', 'Subtract', 'Multiply', 'Divide', 'Remainder', 'Concat', 'BitAnd', 'BitOr', 'ShiftLeft', 'ShiftRight', 'And', 'Or']);
const UNARY_P1 = new Set(['Not', 'BitNot', 'Cast', 'AddImm', 'MustBeInt', 'RealAffinity', 'If', 'IfNot', 'IsNull', 'NotNull', 'IsTrue', 'ZeroOrNull', 'HaltIfNull']);
/** Seeks and key comparisons: registers p3.. (p4 of them, else one record), against the cursor's key. */
const KEY_SEEKS = new Set(['SeekGE', 'SeekGT', 'SeekLE', 'SeekLT', 'IdxGT', 'IdxGE', 'IdxLT', 'IdxLE', 'Found', 'NotFound', 'NoConflict', 'IfNoHope']);
/** Opcodes that read no register a value could be in (control, cursors, constants, writes). */
const NO_READ = new Set([
  'Init', 'Goto', 'Halt', 'Transaction', 'TableLock', 'OpenRead', 'OpenWrite', 'ReopenIdx', 'OpenEphemeral', 'OpenAutoindex', 'OpenDup', 'SorterOpen', 'OpenPseudo',
  'Rewind', 'Last', 'Next', 'Prev', 'SorterSort', 'Sort', 'SorterNext', 'Close', 'NullRow', 'Once', 'Noop', 'Explain', 'CursorHint', 'ColumnsUsed', 'Integer',
  'Int64', 'Real', 'String', 'String8', 'Null', 'SoftNull', 'Blob', 'Variable', 'BeginSubrtn', 'Return', 'Gosub', 'InitCoroutine', 'Yield', 'EndCoroutine',
  'DecrJumpZero', 'IfPos', 'IfNotZero', 'OffsetLimit', 'Sequence', 'SequenceTest', 'Rowid', 'IdxRowid', 'Count', 'DeferredSeek', 'FinishSeek', 'SeekEnd', 'SeekHit',
  'SeekScan', 'Trace', 'ReadCookie', 'ResetSorter', 'IfNotOpen', 'IfNullRow', 'Affinity', 'TypeCheck', 'AggFinal', 'AggValue', 'Permutation', 'Jump', 'CollSeq',
  'ElseEq', 'MaxPgcnt', 'Expire', 'VOpen', 'VColumn', 'VNext', 'NewRowid', 'IfEmpty', 'IfSizeBetween', 'Column', 'SorterData', 'RowData', 'MakeRecord', 'ResultRow',
  'SorterInsert', 'IdxInsert', 'Insert', 'Copy', 'SCopy', 'IntCopy', 'Move', 'RowCell', 'Pagecount',
]);

/** Arguments of a function call: p4 reads 'upper(1)', the count in brackets; else p5. */
function argumentCount(op: Instruction): number {
  const match = typeof op.p4 === 'string' ? /\((-?\d+)\)$/.exec(op.p4) : null;
  return match ? Math.max(0, Number(match[1])) : op.p5;
}

function range(first: number, count: number): number[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => first + i);
}

/** The key fields a seek compares (p4), 0 when it compares one record. */
function keyCount(op: Instruction): number {
  const count = Number(op.p4);
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/** The registers an opcode looks at (not merely moves), or null when it reads none. */
function registersLookedAt(op: Instruction): number[] | null {
  if (COMPARE_P1_P3.has(op.opcode)) return [op.p1, op.p3];
  if (BINARY_P1_P2.has(op.opcode)) return [op.p1, op.p2];
  if (UNARY_P1.has(op.opcode)) return [op.p1];
  if (op.opcode === 'Compare') return [...range(op.p1, op.p3), ...range(op.p2, op.p3)];
  if (['Function', 'PureFunc', 'AggStep', 'AggStep1', 'AggInverse'].includes(op.opcode)) return range(op.p2, argumentCount(op));
  if (KEY_SEEKS.has(op.opcode)) return keyCount(op) > 0 ? range(op.p3, keyCount(op)) : [op.p3];
  if (['SeekRowid', 'NotExists', 'SorterCompare', 'RowSetAdd', 'RowSetTest', 'IsType'].includes(op.opcode)) return [op.p3, op.p2];
  if (op.opcode === 'VFilter') return range(op.p3 + 2, 64);
  if (NO_READ.has(op.opcode)) return null;
  // An opcode this analysis does not know: any operand might be a register it looks at.
  return [op.p1, op.p2, op.p3];
}

function union(into: Taint, from: Taint | undefined): boolean {
  if (!from) return false;
  let grew = false;
  for (const key of from) {
    if (!into.has(key)) {
      into.add(key);
      grew = true;
    }
  }
  return grew;
}

function fieldsUnion(into: Fields, from: Fields | undefined): boolean {
  if (!from) return false;
  let grew = false;
  for (const [field, taint] of from) {
    let own = into.get(field);
    if (!own) into.set(field, (own = new Set()));
    grew = union(own, taint) || grew;
  }
  return grew;
}

export function readProgram(db: Db, sql: string): Instruction[] {
  return db.prepare(`EXPLAIN ${sql}`).all() as Instruction[];
}

/** Follows the personal values through the program (see the file's comment). */
export function personalFlow(program: Instruction[], btrees: Map<number, Btree>): PersonalFlow {
  // Cursors on the workspace's own b-trees; cursors on anything else (sorters, ephemeral
  // tables, pseudo-cursors) carry what was put in them.
  const stored = new Map<number, Btree>();
  const pseudo = new Map<number, number>(); // pseudo-cursor → the register holding its row
  for (const op of program) {
    if (op.opcode === 'OpenRead' || op.opcode === 'ReopenIdx' || op.opcode === 'OpenWrite') {
      const btree = op.p3 === 0 ? btrees.get(op.p2) : undefined;
      if (btree) stored.set(op.p1, btree);
    } else if (op.opcode === 'OpenDup') {
      const btree = stored.get(op.p2);
      if (btree) stored.set(op.p1, btree);
    } else if (op.opcode === 'OpenPseudo') {
      pseudo.set(op.p1, op.p2);
    }
  }
  const column = (cursor: number, field: number): string | null => {
    const btree = stored.get(cursor);
    const name = btree?.columns[field];
    return btree && name ? columnKey(btree.table, name) : null;
  };

  const scalars = new Map<number, Taint>();
  const records = new Map<number, Fields>();
  const cursors = new Map<number, Fields>();
  const used = new Set<string>();
  const secrets = new Set<string>();
  const scalar = (register: number): Taint => {
    let taint = scalars.get(register);
    if (!taint) scalars.set(register, (taint = new Set()));
    return taint;
  };
  const record = (register: number): Fields => {
    let fields = records.get(register);
    if (!fields) records.set(register, (fields = new Map()));
    return fields;
  };
  const cursorFields = (cursor: number): Fields | undefined => {
    const row = pseudo.get(cursor);
    return row === undefined ? cursors.get(cursor) : records.get(row);
  };
  const look = (register: number) => {
    for (const key of scalars.get(register) ?? []) used.add(key);
    for (const taint of records.get(register)?.values() ?? []) for (const key of taint) used.add(key);
  };

  for (let pass = 0, grew = true; grew && pass < 50; pass++) {
    grew = false;
    for (const op of program) {
      switch (op.opcode) {
        case 'Column': {
          const key = column(op.p1, op.p2);
          if (key && secretColumns.has(key)) secrets.add(key);
          if (key && personalColumns.has(key)) grew = union(scalar(op.p3), new Set([key])) || grew;
          grew = union(scalar(op.p3), cursorFields(op.p1)?.get(op.p2)) || grew;
          break;
        }
        case 'Copy':
        case 'Move':
          for (let i = 0; i < (op.opcode === 'Copy' ? op.p3 + 1 : op.p3); i++) {
            grew = union(scalar(op.p2 + i), scalars.get(op.p1 + i)) || grew;
            grew = fieldsUnion(record(op.p2 + i), records.get(op.p1 + i)) || grew;
          }
          break;
        case 'SCopy':
        case 'IntCopy':
          grew = union(scalar(op.p2), scalars.get(op.p1)) || grew;
          grew = fieldsUnion(record(op.p2), records.get(op.p1)) || grew;
          break;
        case 'MakeRecord':
          for (let i = 0; i < op.p2; i++) {
            const taint = scalars.get(op.p1 + i);
            if (taint && taint.size > 0) grew = fieldsUnion(record(op.p3), new Map([[i, taint]])) || grew;
          }
          break;
        case 'SorterInsert':
        case 'IdxInsert':
        case 'Insert': {
          let fields = cursors.get(op.p1);
          if (!fields) cursors.set(op.p1, (fields = new Map()));
          grew = fieldsUnion(fields, records.get(op.p2)) || grew;
          break;
        }
        case 'SorterData':
        case 'RowData':
          grew = fieldsUnion(record(op.p2), cursors.get(op.p1)) || grew;
          break;
        case 'ResultRow':
          for (let i = 0; i < op.p2; i++) for (const taint of records.get(op.p1 + i)?.values() ?? []) for (const key of taint) used.add(key);
          break;
        default:
          break;
      }
      if (COPIES.has(op.opcode)) continue;
      for (const register of registersLookedAt(op) ?? []) look(register);
      // A seek or key comparison on an index keyed by personal columns searches by them.
      if (KEY_SEEKS.has(op.opcode)) {
        const btree = stored.get(op.p1);
        if (btree?.kind === 'index') {
          const keyFields = keyCount(op) || btree.columns.length;
          for (const name of btree.columns.slice(0, keyFields)) {
            const key = name ? columnKey(btree.table, name) : null;
            if (key && personalColumns.has(key)) used.add(key);
            if (key && secretColumns.has(key)) secrets.add(key);
          }
        }
      }
    }
  }
  return { used, output: resultTaints(program, column, pseudo), secrets };
}

/** Opcodes that write a value that is not personal into register p2 (constants, row numbers, counts). */
const CLEAN_P2 = new Set(['Integer', 'Int64', 'Real', 'String8', 'String', 'Blob', 'Variable', 'Rowid', 'IdxRowid', 'Sequence', 'Count', 'NewRowid']);

/**
 * What each result column carries, in program order: a register holds what was last written to
 * it (the whole-program taint above would see in a result register every value it ever held).
 * Two passes let a value written late in the program reach a result row earlier in a loop.
 */
function resultTaints(program: Instruction[], column: (cursor: number, field: number) => string | null, pseudo: Map<number, number>): Set<string>[] {
  const output: Set<string>[] = [];
  const scalars = new Map<number, Taint>();
  const records = new Map<number, Fields>();
  // What was put into sorters and ephemeral tables accumulates: rows stay in them.
  const cursors = new Map<number, Fields>();
  const cursorFields = (cursor: number): Fields | undefined => {
    const row = pseudo.get(cursor);
    return row === undefined ? cursors.get(cursor) : records.get(row);
  };
  const set = (register: number, taint: Taint) => {
    scalars.set(register, taint);
    records.delete(register);
  };
  for (let pass = 0; pass < 2; pass++) {
    for (const op of program) {
      switch (op.opcode) {
        case 'Column': {
          const key = column(op.p1, op.p2);
          const taint = new Set(cursorFields(op.p1)?.get(op.p2) ?? []);
          if (key && personalColumns.has(key)) taint.add(key);
          set(op.p3, taint);
          break;
        }
        case 'Copy':
        case 'Move':
          for (let i = 0; i < (op.opcode === 'Copy' ? op.p3 + 1 : op.p3); i++) {
            set(op.p2 + i, new Set(scalars.get(op.p1 + i) ?? []));
            records.set(op.p2 + i, new Map(records.get(op.p1 + i) ?? []));
          }
          break;
        case 'SCopy':
        case 'IntCopy':
          set(op.p2, new Set(scalars.get(op.p1) ?? []));
          break;
        case 'MakeRecord': {
          const fields: Fields = new Map();
          for (let i = 0; i < op.p2; i++) fields.set(i, new Set(scalars.get(op.p1 + i) ?? []));
          set(op.p3, new Set());
          records.set(op.p3, fields);
          break;
        }
        case 'SorterInsert':
        case 'IdxInsert':
        case 'Insert': {
          let fields = cursors.get(op.p1);
          if (!fields) cursors.set(op.p1, (fields = new Map()));
          fieldsUnion(fields, records.get(op.p2));
          break;
        }
        case 'SorterData':
        case 'RowData':
          set(op.p2, new Set());
          records.set(op.p2, new Map(cursors.get(op.p1) ?? []));
          break;
        case 'Null':
          for (let r = op.p2; r <= Math.max(op.p2, op.p3); r++) set(r, new Set());
          break;
        case 'ResultRow':
          for (let i = 0; i < op.p2; i++) {
            output[i] ??= new Set();
            union(output[i]!, scalars.get(op.p1 + i));
          }
          break;
        default:
          if (CLEAN_P2.has(op.opcode)) set(op.p2, new Set());
      }
    }
  }
  return output;
}
