import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The CLI as administrators run it: a real process, JSON lines in on stdin, out on stdout. */
const ROOT = resolve(import.meta.dirname, '../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(input: string, args: readonly string[] = []): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/anonymise.ts', ...args], {
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const lines = (text: string): unknown[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));

describe('npm run anonymise', () => {
  it('writes one JSON line per input line, with offsets into the input text', async () => {
    const input = [
      { id: 'n1', text: 'Gesprek met Fatima, 06-12345678.' },
      { id: 'n2', text: 'Geen persoonsgegevens hier.' },
      { id: 'n3', text: 'zwaantje belde', peopleMentioned: ['Zwaantje'] },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const { code, stdout, stderr } = await runCli(`${input}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([
      {
        id: 'n1',
        text: 'Gesprek met [naam], [telefoon].',
        replacements: [
          { start: 12, end: 18, type: 'person' },
          { start: 20, end: 31, type: 'phone' },
        ],
      },
      { id: 'n2', text: 'Geen persoonsgegevens hier.', replacements: [] },
      { id: 'n3', text: '[naam] belde', replacements: [{ start: 0, end: 8, type: 'person' }] },
    ]);
  });

  it('names each malformed line on stderr, still processes the rest and exits non-zero', async () => {
    const input = [
      '{"id":"a","text":"Bel 06-12345678"}',
      'not json',
      '',
      '{"id":2,"text":"id is no string"}',
      '{"id":"b"}',
      '{"id":"c","text":"Mail kofi@example.nl"}',
    ].join('\n');
    const { code, stdout, stderr } = await runCli(input);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      { id: 'a', text: 'Bel [telefoon]', replacements: [{ start: 4, end: 15, type: 'phone' }] },
      { id: 'c', text: 'Mail [e-mail]', replacements: [{ start: 5, end: 20, type: 'email' }] },
    ]);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^line 2: malformed input, not valid JSON/);
    expect(errors[1]).toMatch(/^line 4: malformed input.*"id"/);
    expect(errors[2]).toMatch(/^line 5: malformed input.*"text"/);
  });

  it('streams a large input through', async () => {
    const count = 20_000;
    const input = Array.from({ length: count }, (_, n) =>
      JSON.stringify({
        id: `n${n}`,
        text: `Notitie ${n}: Kofi Mensah belde op 06-1234${String(n % 10_000).padStart(4, '0')}.`,
      }),
    ).join('\n');
    const { code, stdout } = await runCli(input);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n');
    expect(out).toHaveLength(count);
    expect(JSON.parse(out[count - 1] ?? '')).toMatchObject({
      id: `n${count - 1}`,
      text: `Notitie ${count - 1}: [naam] belde op [telefoon].`,
    });
  }, 60_000);

  it('explains itself, exit code included', async () => {
    const { code, stdout } = await runCli('', ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/JSON lines/);
    expect(stdout).toMatch(/Exit code/);
  });
});
