// Usage texts. The commands and their outputs are a stable interface: automated checks use them.
import { dataKinds } from '../../api/types.js';

/** Bad usage of the command line: exit code 2, usage on stderr. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

export const demoUsage = `Usage: workbench demo --out <file> [--seed N] [--customers N] [--days N] [--end-date YYYY-MM-DD] [--json]

Writes a demo workspace: a generated region with customers, load, bills, events and tickets.
  --out <file>        the workspace file to write (must not exist)
  --seed N            random seed; the same seed gives the same workspace (default 1)
  --customers N       number of customers (default 5000)
  --days N            days of data (default 730)
  --end-date DATE     last day of data
  --json              print the workspace as JSON`;

export const importUsage = `Usage: workbench import --workspace <file> --kind <kind> [--mapping <json|file>] [--json] <file>...

Imports files into a workspace (created when missing). Each file is imported in one
transaction: a file that cannot be imported leaves the workspace as it was.
  --workspace <file>  the workspace file
  --kind <kind>       ${dataKinds.join(', ')}
  --mapping <json>    column mapping, inline JSON or a JSON file: {"fields": {field: header}}
                      or a plain {field: header} / {header: field} object, by the kind's
                      field names (customer, meter, date, ...; a wrong one is refused with
                      the list); {field: null} leaves a recognised column out
  --json              print one JSON object, one entry per file:
                      {"files":[{"file", "kind", "rowsRead", "imported", "updated", "skipped",
                        "quarantined", "unmatched", "errors":[{"row", "column", "reason"}],
                        "seconds", "error"}]}
                      skipped: rows identical to what the workspace held; unmatched: meters or
                      customers with no archive entry (kept); errors: the first 100
                      quarantined rows; seconds: the file's import time; error ({"code",
                      "message", "details"}): only when the file could not be imported at all
Exit code: 0 imported (rows may be quarantined), 1 a file could not be imported, 2 bad usage
(nothing is created then).`;

export const infoUsage = `Usage: workbench info --workspace <file> [--json]

Prints the workspace's catalog: per data kind the row count and the first and last date.`;

const scopeHelp = `  --workspace <file>  the workspace file
  --scope <selector>  all, area:<id>, feeder:<id>, unit:<id>, category:<name>,
                      industry:<code>, customer:<no> or meter:<id>
  --resolution R      15min, hour or day (default hour); load in kW, or kWh per day
  --model M           auto, naive, vanilla, recency, ml or ensemble (default auto:
                      the model or ensemble with the lowest backtest error)
  --temperature <f>   a temperature forecast file (CSV or XLSX: time, temperature)
                      for the horizon; default: the workspace's weather data`;

export const forecastUsage = `Usage: workbench forecast --workspace <file> --scope <selector> --start <YYYY-MM-DDTHH:mm>
       --horizon <hours> [--resolution 15min|hour|day] [--model M] [--temperature <file>] --out <file.csv>

Forecasts a scope's load and writes a CSV with the columns timestamp,forecast,p10,p50,p90,
one line per interval (timestamp: the interval's start, local time, YYYY-MM-DDTHH:mm).
Only load before --start is used. The run is not saved in the workspace.
  --start TIME        the first interval's start
  --horizon H         hours to forecast (1-336)
  --out <file.csv>    the CSV to write (replaced if it exists)
${scopeHelp}
Exit code: 0 written, 1 failed (the reason on stderr), 2 bad usage.`;

export const backtestUsage = `Usage: workbench backtest --workspace <file> --scope <selector> [--start <YYYY-MM-DDTHH:mm>]
       [--horizon <hours>] [--resolution 15min|hour|day] [--model M] [--origins N]

Backtests the models at N rolling origins, one week apart, the last one ending its horizon
before --start (default: after the scope's last load), each using only load before it, and
prints one JSON object:
  {"scope", "resolution", "horizonHours", "origins" (origins backtested), "station" (the
   weather station used, null without temperature), "chosen" (the model auto or --model
   picked), "metrics": [{"model", "mape", "wape", "rmse", "bias", "pinball", "coverage",
   "byHour", "byDayType", "origins"}, ...]}   (mape, wape in percent)
  --horizon H         hours per origin (default 24)
  --origins N         backtest origins (1-104, default 8)
${scopeHelp}
Exit code: 0 printed, 1 failed (the reason on stderr), 2 bad usage.`;

export const theftUsage = `Usage: workbench theft score --workspace <file> [--as-of <YYYY-MM-DD>] --out <file.csv>

Scores every customer for electricity theft and writes a CSV with the columns
customer,score,rank,reasons,estimated_loss_kwh, one line per customer in rank order:
  customer            the customer number; the meter number where no archive names one
  score               suspicion in [0, 1] (higher is more suspicious)
  rank                1 = first to inspect (suspicion x estimated recoverable energy)
  reasons             the top indicator codes, strongest first, joined by ';'
  estimated_loss_kwh  energy lost since the change in consumption (0 when none was found)
Uses whatever the workspace holds: daily consumption or interval curves, and the archive,
meter events, area supply, bills and inspections when present. The run is not saved.
  --as-of DATE        score as of this day (default: the last day with consumption)
  --out <file.csv>    the CSV to write (replaced if it exists)
Exit code: 0 written, 1 failed (the reason on stderr), 2 bad usage.`;

export const riskUsage = `Usage: workbench risk train --csv <file> --target <column> [--id <column>] [--exclude <col,...>] --model-out <file.json>
       workbench risk score --csv <file> --model <file.json> --out <file.csv>
       workbench risk score --workspace <file> [--as-of <YYYY-MM-DD>] --out <file.csv>

train: fits a credit scorecard (monotonic bins, WOE, logistic regression, points) and a
gradient-boosted challenger on a CSV with a header row and a 0/1 target (1 = the bad outcome),
30 % of the rows held out (stratified) to validate both; writes the model as JSON and prints
rows, bads and the validation AUC and KS of both models on stderr.
  --csv <file>        the table (UTF-8 or GBK, comma separated, a header row)
  --target <column>   the 0/1 column to predict
  --id <column>       a column of row ids (not a feature)
  --exclude <cols>    columns to leave out, comma separated
  --model-out <file>  the model file to write (replaced if it exists)
score: writes a CSV with the columns id,probability,score,grade,reasons, one line per row:
  id                  the training --id column where the file has it, else the data row (1, 2, ...);
                      with --workspace the customer number
  probability         of the target being 1 (the scorecard's)
  score               scorecard points (higher is safer)
  grade               A (lowest risk) to E, a fifth of the training rows each
  reasons             the features that cost the most points, most first, joined by ';'
  --csv <file>        the table to score: the columns the model was trained on
  --model <file>      a model file written by risk train
  --workspace <file>  score the workspace's customers instead (its latest risk model, or one
                      trained now when it has none); nothing is saved in the workspace
  --as-of DATE        with --workspace: score as of this day (default: the last billing month)
  --out <file.csv>    the CSV to write (replaced if it exists)
Exit code: 0 written, 1 failed (the reason on stderr), 2 bad usage.`;

export const segmentsUsage = `Usage: workbench segments --workspace <file> --out <file.csv> [--window N] [--days weekdays|all] [--to <YYYY-MM-DD>] [--k N]

Segments customers by the shape of their mean day: each customer's interval curves over the
window averaged into 24 hourly shares of the day's energy, k-means per usage category, k from
2 to 8 chosen by the mean silhouette on a sample, clusters named by their shape. Writes a CSV
with the columns customer,cluster,cluster_name, one line per customer segmented:
  customer            the customer number; the meter number where no archive names one
  cluster             the cluster within the customer's category (0 the largest)
  cluster_name        evening_peak, morning_peak, double_peak, daytime_flat, night_load or flat
Customers without curves, or with fewer complete days than --min-days, are left out. The run
is not saved.
  --window N          days in the window (7-730, default 90)
  --to DATE           the window's last day (default: the last day with curves)
  --days D            weekdays (working days: Monday to Friday and weekends worked in
                      exchange, statutory holidays out; the default) or all
  --min-days N        complete days a customer needs (default 10)
  --k N               this k (1-12) in every category instead of the silhouette's choice
  --seed N            the seed of k-means++ and of the samples (default 1)
  --out <file.csv>    the CSV to write (replaced if it exists)
Exit code: 0 written, 1 failed (the reason on stderr), 2 bad usage.`;

export const textUsage = `Usage: workbench text train --csv <file> --text <column> --label <column> --model-out <file.json>
       workbench text classify --csv <file> --text <column> --model <file.json> --out <file.csv>

train: learns to label Chinese texts (tickets, reviews) from a CSV with a header row: jieba
words and word bigrams with character 1-3-grams, TF-IDF, one-vs-rest linear SVMs (C chosen by
an inner cross-validation); prints the 5-fold cross-validated accuracy and macro-F1 on stderr
and writes the model as JSON. Rows without a text or a label are left out.
  --csv <file>        the table (UTF-8 or GBK, a header row)
  --text <column>     the column of texts
  --label <column>    the column of labels (any values: 0/1, complaint/inquiry, ...)
  --model-out <file>  the model file to write (replaced if it exists)
classify: writes a CSV with the columns row,label,confidence, one line per data row:
  row                 the data row (1 = the first row under the header)
  label               the label the model gives the row's text
  confidence          the model's probability of that label (0-1)
  --model <file>      a model file written by text train
  --out <file.csv>    the CSV to write (replaced if it exists)
Exit code: 0 written, 1 failed (the reason on stderr), 2 bad usage.`;

export const reportUsage = `Usage: workbench report --workspace <file> --out <file.pdf|file.xlsx> [--month YYYY-MM] [--language zh-CN|en] [--report <id>]

Writes the monthly marketing analysis report (key figures, consumption, forecasts, arrears, theft
cases, service) as a PDF or an Excel workbook, by the --out file's extension; the file is replaced.
  --workspace <file>  the workspace file
  --out <file>        the report to write: .pdf or .xlsx
  --month YYYY-MM     the month reported (also YYYYMM); default: the latest month the workspace
                      holds whole (consumption to its last day, and its bills)
  --language L        zh-CN or en; default: the app's language
  --report <id>       a report saved in the workspace instead of the monthly template`;

export const caseUsage = `Usage: workbench case pack --workspace <file> --case <id> --out <file.pdf> [--language zh-CN|en]

Writes a theft case's evidence pack for the field: an A4 PDF with the case's facts, the
suspicion score and its reasons, charts of daily consumption against peers (the change day
marked), the area's line loss and the meter events, bills and payments, the back-billing
estimate and adjustment, findings, notes, attached file names and the case's history.
Needs a Chinese font on the system (Noto Sans CJK, WenQuanYi, Microsoft YaHei, PingFang...).
  --case <id>         the case number
  --out <file.pdf>    the PDF to write (replaced if it exists)
  --language L        zh-CN or en (default: the app's language)
Exit code: 0 written, 1 failed (the reason on stderr), 2 bad usage.`;

export const backupUsage = `Usage: workbench backup --workspace <file> --out <backup>

Backs a workspace up while it stays usable (SQLite's online backup), then verifies the copy
(SQLite's integrity check, SHA-256) and writes its manifest beside it (<backup>.manifest.json).
  --workspace <file>  the workspace file
  --out <backup>      the backup file to write (must not exist)
Prints the size, the seconds taken and the SHA-256. The workspace's retention policy then
deletes its older backups (Administration › Backups).
Exit code: 0 written and verified, 1 failed (no backup file left; the reason on stderr), 2 bad usage.`;

export const restoreUsage = `Usage: workbench restore --backup <backup> --out <file>

Verifies a backup (its manifest beside it, SHA-256, a workspace of this app, SQLite's integrity
check), then restores it to a new workspace file, upgraded to this version's schema.
  --backup <backup>   the backup file (with <backup>.manifest.json beside it)
  --out <file>        the new workspace file (must not exist)
Exit code: 0 restored, 1 refused or failed (a damaged or foreign backup: nothing is written), 2 bad usage.`;

export const auditUsage = `Usage: workbench audit verify --workspace <file> [--json]

Checks the workspace's audit log: every entry's hash and its link to the entry before.
Exit 0 when the chain is intact (the entries checked are printed); 1 naming the first
broken entry (number, time, action, reason).`;

export const scheduleUsage = `Usage: workbench schedule run --workspace <file> (--due | --id N)
       workbench schedule list --workspace <file>

For the operating system's scheduler (cron, Windows Task Scheduler): runs the workspace's
scheduled jobs (made on the Administration page) through the same jobs as the app.
  run --due           every enabled schedule whose time has come, once each (a schedule missed
                      for days runs once), to the end
  run --id N          schedule N now, due or not
  list                the schedules as JSON: [{"scheduleId", "name", "task", "cadence",
                      "weekday", "time", "enabled", "options", "nextRunAt", "lastRun", ...}]
A schedule the app (or another command) is running is left to it.
Exit code: 0 every run succeeded (or none was due), 1 a run failed (the reasons on stderr),
2 bad usage.`;

export const sqlUsage = `Usage: workbench sql --workspace <file> --query <select> [--limit N] [--timeout S] [--unmask]

Runs one read-only statement (SELECT, or WITH ... SELECT) on the workspace and writes its
result as CSV to stdout: a header row of the column names, then one line per row (RFC 4180
quoting, UTF-8, CRLF line ends; BLOBs in hexadecimal). SQLite itself refuses anything else: the
connection is read-only with query_only set, and a statement that would write, several
statements or ATTACH/BEGIN exit 1 with the reason on stderr, the workspace unchanged. Personal
columns (customers' name, address, phone, id_number) selected as they are come out masked
(张*明, 138****5678); a statement that uses them otherwise (a condition, a join, an expression)
is refused unless --unmask is given.
  --workspace <file>  the workspace to read
  --query <select>    the statement
  --limit N           write at most N rows (default: every row); stderr says when it cut
  --timeout S         stop the statement when SQLite takes longer than S seconds for a batch of
                      5,000 rows (1-3600, default 10); exits 1
  --unmask            show personal columns as they are and allow any use of them
Exit code: 0 written, 1 refused or failed (the reason on stderr), 2 bad usage.`;

export const mainUsage = `Usage: workbench <command> [options]

Commands:
  demo      write a demo workspace
  import    import data files into a workspace
  info      show what a workspace holds
  forecast  forecast a scope's load into a CSV
  backtest  backtest the forecast models of a scope (JSON)
  theft     score customers for electricity theft into a CSV
  case      write a theft case's evidence pack (PDF)
  report    write the monthly marketing analysis report (PDF or Excel)
  segments  segment customers by load shape into a CSV
  risk      train an arrears risk model on a CSV, or score a CSV or a workspace
  text      train a ticket text classifier on a labelled CSV, or classify a CSV's texts
  backup    back a workspace up, verified
  restore   verify a backup and restore it to a new workspace file
  audit     verify the audit log's chain of hashes
  sql       run a read-only SQL statement, the result as CSV on stdout
  schedule  run a workspace's due scheduled jobs (for cron or Task Scheduler), or list them
  web       serve the workbench to your browser (127.0.0.1 only)

Run \`workbench <command> --help\` for a command's options.`;
