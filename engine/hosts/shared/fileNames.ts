// One rule for turning a name a user or a browser gave into a file name, wherever the app
// names files that way (new workspaces, uploads): keep Chinese and other letters, drop what
// Windows, macOS or Linux refuse, and never let the name reach outside its folder.

/** Characters no file name may hold on Windows (the strictest platform), path separators among them. */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g;
/** Device names Windows reserves whatever the extension: `NUL.csv` is the null device. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;
/**
 * File systems allow 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS) per name; a Chinese
 * character takes 3 bytes in UTF-8. 200 bytes leave room for a suffix such as '.workbench'.
 */
const MAX_BYTES = 200;

/** A safe file name for `name`, or `fallback` when nothing of it is left. */
export function safeFileName(name: string, fallback: string): string {
  // Leading dots would hide the file (and '..' names the parent); Windows drops trailing dots and spaces.
  let safe = name.replace(FORBIDDEN, '_').replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (Buffer.byteLength(safe) > MAX_BYTES) safe = shorten(safe);
  if (RESERVED.test(safe)) safe = '_' + safe;
  return safe || fallback;
}

/** Cut to MAX_BYTES at a character boundary, keeping a short extension, which tells the file's format. */
function shorten(name: string): string {
  const extension = /\.[^.]{1,10}$/.exec(name)?.[0] ?? '';
  let budget = MAX_BYTES - Buffer.byteLength(extension);
  let stem = '';
  for (const char of name.slice(0, name.length - extension.length)) {
    budget -= Buffer.byteLength(char);
    if (budget < 0) break;
    stem += char;
  }
  return stem.trimEnd() + extension;
}
