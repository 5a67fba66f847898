/** `create-code --area gaasperdam --label "tablet 3" extra` → command, options and the rest. */
export interface ParsedArgs {
  command: string | undefined;
  options: Map<string, string | true>;
  /** Every value of an option given more than once (`--role a --role b`), in order. */
  all: Map<string, string[]>;
  positionals: string[];
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

// Options that take no value.
const FLAGS = new Set(['password-stdin', 'no-password', 'help', 'remove-backups', 'csv']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const options = new Map<string, string | true>();
  const all = new Map<string, string[]>();
  const set = (name: string, value: string) => {
    options.set(name, value);
    all.set(name, [...(all.get(name) ?? []), value]);
  };
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (FLAGS.has(name)) {
      options.set(name, true);
    } else if (inline !== undefined) {
      set(name, inline);
    } else {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      set(name, value);
      i++;
    }
  }
  return { command, options, all, positionals };
}

export function option(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function requiredOption(args: ParsedArgs, name: string): string {
  const value = option(args, name);
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value;
}

/** "7d", "12h", "30m" → milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d{1,4})([mhd])$/.exec(text.trim());
  if (match === null) throw new UsageError(`"${text}" is not a duration like 30m, 12h or 7d`);
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}
