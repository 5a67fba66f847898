import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import { anonymise } from '../domain/anonymiser';

/**
 * `npm run --silent anonymise`: the anonymiser for administrators and for checking it. Reads JSON
 * lines and writes one JSON line per input line, streaming, so a large export never sits in memory.
 */
const USAGE = `Usage: npm run --silent anonymise < notes.jsonl > anonymised.jsonl

Reads JSON lines on standard input, one note per line:
  {"id": "n1", "text": "Gesprek met Fatima, 06-12345678", "peopleMentioned": ["Fatima"]}
("peopleMentioned" is optional) and writes one JSON line per input line on standard output:
  {"id": "n1", "text": "Gesprek met [naam], [telefoon]", "replacements": [{"start": 12, "end": 18, "type": "person"}, …]}
start/end are UTF-16 offsets into the input text, end exclusive. Types: person, address, postcode,
phone, email, bsn, iban, birthdate, age, url. Empty lines are skipped.

A malformed line is reported on standard error with its line number and skipped; the rest is
still processed. Exit code: 0 when every line was read, 1 when at least one line was malformed.`;

const InputLine = v.object({
  id: v.string(),
  text: v.string(),
  peopleMentioned: v.optional(v.array(v.string())),
});

function parseLine(line: string): v.InferOutput<typeof InputLine> | string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  const result = v.safeParse(InputLine, json);
  if (result.success) return result.output;
  const where = result.issues[0] ? v.getDotPath(result.issues[0]) : null;
  return `expected {"id": string, "text": string}${where ? ` (problem at "${where}")` : ''}`;
}

async function write(stream: Writable, chunk: string): Promise<void> {
  // Respect back-pressure: a slow reader downstream must not make us buffer the whole output.
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Returns the exit code. Separated from the process so that tests can drive it with streams. */
export async function anonymiseLines(input: Readable, output: Writable, errors: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let malformed = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (typeof parsed === 'string') {
      malformed++;
      await write(errors, `line ${lineNumber}: malformed input, ${parsed}; skipped\n`);
      continue;
    }
    const { text, replacements } = anonymise(parsed.text, { peopleMentioned: parsed.peopleMentioned ?? [] });
    await write(output, `${JSON.stringify({ id: parsed.id, text, replacements })}\n`);
  }
  return malformed > 0 ? 1 : 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  // "… | head": a reader that stops early is no error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
  } else {
    process.exitCode = await anonymiseLines(process.stdin, process.stdout, process.stderr);
  }
}
