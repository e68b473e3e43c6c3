/** A human reason for a file-system error: what went wrong, without a stack trace. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop)';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ERR_STRING_TOO_LONG':
      return 'file is too large to hold as one string (split it, or use JSONL)';
    default:
      return e?.message ? String(e.message) : String(err);
  }
}
