import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredTables, tableAccesses } from '../support/table-access';

/**
 * The parts of the code and where they may reach (docs/ARCHITECTURE.md). A lint rule could
 * check imports; this also checks the domain's freedom from browser and network globals.
 */
const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

// ── Every way a module can load another (boundaries that cannot be slipped) ─────────────────
/** Marks an `import(…)` whose target is computed: no rule can check it, so every rule refuses it. */
const UNCHECKABLE = '<import() of a computed specifier>';

/**
 * The specifiers a source text loads: `import … from`, `export … from`, side-effect `import 'x'`,
 * `import('x')` (a lazy chunk crosses a boundary as surely as a static import) and `require('x')`.
 * A computed `import(expr)` is reported as UNCHECKABLE rather than let through.
 */
function specifiersIn(text: string): string[] {
  const patterns = [
    /^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\b(?:import|require)\s*\(\s*(?:['"]([^'"]+)['"]|`([^`$]+)`\s*\)|([^)]*))/g,
  ];
  return patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? UNCHECKABLE),
  );
}

function importsOf(file: string): string[] {
  return specifiersIn(readFileSync(join(ROOT, file), 'utf8')).map((specifier) =>
    specifier.startsWith('.') ? relative(ROOT, resolve(ROOT, file, '..', specifier)) : specifier,
  );
}
// ─────────────────────────────────────────────────────────────────────────────────────────────

function violations(dir: string, forbidden: (target: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((target) => `${file} → ${target}`),
  );
}

describe('code boundaries', () => {
  it('keeps the domain pure: only other domain modules and pure libraries, no browser, storage or network', () => {
    // valibot validates the wire and file schemas everywhere; zxcvbn-ts estimates passphrase strength;
    // uqr draws QR codes (the console, the resident card, the poster).
    const pureLibrary = (target: string) =>
      target === 'valibot' || target === 'uqr' || target.startsWith('@zxcvbn-ts/');
    expect(
      violations('src/domain', (target) => !target.startsWith('src/domain') && !pureLibrary(target)),
    ).toEqual([]);
    const globals = sourceFiles('src/domain').filter((file) =>
      /\b(window|document|indexedDB|localStorage|fetch|navigator)\b\s*[.(]/.test(
        readFileSync(join(ROOT, file), 'utf8'),
      ),
    );
    expect(globals).toEqual([]);
  });

  it('keeps storage below the UI and apart from sync and server', () => {
    expect(
      violations('src/db', (target) => /^src\/(app|sync|server|sw)/.test(target) || target === 'preact'),
    ).toEqual([]);
  });

  it('lets screens reach storage only through repositories, never through Dexie', () => {
    expect(violations('src/app', (target) => target === 'dexie' || target.startsWith('src/server'))).toEqual(
      [],
    );
  });

  it('keeps the server apart from everything that runs on the device', () => {
    expect(violations('src/server', (target) => /^src\/(app|db|sync|sw)/.test(target))).toEqual([]);
  });

  it('keeps the service worker to Workbox, the domain, and the storage and sync it drains the outbox with', () => {
    expect(violations('src/sw', (target) => !/^(workbox-|src\/(domain|db|sync)\/)/.test(target))).toEqual([]);
  });

  it('keeps flows below the UI: they use the domain, storage and sync, never screens, the server or the worker', () => {
    expect(
      violations(
        'src/flows',
        (target) => /^src\/(app|server|sw)/.test(target) || target.startsWith('preact'),
      ),
    ).toEqual([]);
  });

  it('keeps sync free of the UI, the server and the service worker', () => {
    expect(
      violations('src/sync', (target) => /^src\/(app|server|sw)/.test(target) || target === 'preact'),
    ).toEqual([]);
  });
});

describe('Dexie tables', () => {
  const tables = declaredTables(join(ROOT, 'src/db/database.ts'));
  const touching = (dir: string) =>
    sourceFiles(dir).flatMap((file) =>
      tableAccesses(readFileSync(join(ROOT, file), 'utf8'), tables).map((access) => `${file}: ${access}`),
    );

  it('are found wherever code reaches into them, and only there', () => {
    expect(tables).toEqual(expect.arrayContaining(['conversations', 'outbox', 'withdrawals', 'guides']));
    const component = `
      export function Broken() {
        const db = useDevice().db.value;
        useEffect(() => void db?.conversations.toArray().then(setRows), [db]);
        const waiting = useLive((database) => database.outbox.count(), []);
        const remove = () => device.db.value?.table('notes').clear();
        const { sharing } = db;
        const shares = database['shares'];
        return <button onClick={() => db.transaction('rw', db.notes, () => {})} />;
      }`;
    expect(tableAccesses(component, tables)).toEqual([
      'db.value?.table',
      'db.transaction',
      'db?.conversations',
      'database.outbox',
      'db.notes',
      "database['shares']",
      '{ sharing } = db',
    ]);
    const repositories = `
      // db.conversations is read by the repository, not here.
      const rows = useLive((database) => conversationPage(database, filter), [filter]);
      const notes = [...open.notes.values()];
      const ready = device.db.value !== null && guides.length > 0;
      await approveSharing(db, key, conversation.id, quotes);`;
    expect(tableAccesses(repositories, tables)).toEqual([]);
  });

  it('are never read or written by screens, flows or sync: only through repositories', () => {
    expect([...touching('src/app'), ...touching('src/flows'), ...touching('src/sync')]).toEqual([]);
  });
});

describe('UI text', () => {
  it('comes from the message catalogue, never from string literals inside components', () => {
    const literals = sourceFiles('src/app')
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) => {
        const text = readFileSync(join(ROOT, file), 'utf8');
        const jsxText = [...text.matchAll(/>([^<>{}()=;]*[A-Za-zÀ-ÿ]{2,}[^<>{}()=;]*)</g)]
          .map((match) => match[1] ?? '')
          // `x.pending<T>(…)` is code between angle brackets, not text.
          .filter((candidate) => !/\w\.\w/.test(candidate));
        const labelAttributes = [
          ...text.matchAll(/\b(?:aria-label|title|placeholder|alt|label)="([^"]*[A-Za-zÀ-ÿ][^"]*)"/g),
        ].map((match) => match[1] ?? '');
        return [...jsxText, ...labelAttributes].map((literal) => `${file}: ${literal.trim()}`);
      });
    expect(literals).toEqual([]);
  });
});

// ── Boundaries that cannot be slipped: the import reader itself ──────────────────────────────
describe('reading imports', () => {
  it('sees static, re-exported, side-effect, dynamic and require imports', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "import './styles.css';",
      "const lazy = () => import('../../server/app');",
      'const { d } = await import( "dexie" );',
      'const e = await import(`./e`);',
      "const f = require('node:fs');",
    ].join('\n');
    expect(specifiersIn(text).sort()).toEqual(
      ['./a', '../b', './c', './styles.css', '../../server/app', 'dexie', './e', 'node:fs'].sort(),
    );
  });

  it('refuses an import() whose target it cannot read', () => {
    const placeholder = ['$', '{layer}'].join('');
    expect(specifiersIn(`const m = await import(\`../${placeholder}/x\`);`)).toEqual([UNCHECKABLE]);
    expect(specifiersIn('const m = await import(name);')).toEqual([UNCHECKABLE]);
  });
});

// ── What start-up and the service worker load before anything is asked of them ────────────────
/** Static imports only (`import … from`, `export … from`, `import 'x'`): what loads with a module. */
function staticImportsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const patterns = [
    /^\s*import(?!\s+type\b)[^'"]*?from\s+['"](\.[^'"]+)['"]/gm,
    /^\s*export(?!\s+type\b)[^'"]*?from\s+['"](\.[^'"]+)['"]/gm,
    /^\s*import\s*['"](\.[^'"]+)['"]/gm,
  ];
  return patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].flatMap((match) => {
      const base = relative(ROOT, resolve(ROOT, file, '..', match[1] ?? ''));
      const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((candidate) => {
        try {
          return readFileSync(join(ROOT, candidate)) !== undefined;
        } catch {
          return false;
        }
      });
      return found === undefined ? [] : [found];
    }),
  );
}

function staticGraphOf(entry: string): Set<string> {
  const seen = new Set<string>();
  const waiting = [entry];
  for (let file = waiting.pop(); file !== undefined; file = waiting.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    waiting.push(...staticImportsOf(file));
  }
  return seen;
}

describe('what loads first', () => {
  // Building the anonymiser's word tables is a long task on a phone: the first screen and every
  // Background Sync must not pay for it (issue 14); only screens that anonymise load it.
  it.each(['src/app/main.tsx', 'src/sw/sw.ts'])('%s never loads the anonymiser at start', (entry) => {
    const graph = staticGraphOf(entry);
    expect(graph.size).toBeGreaterThan(10);
    expect([...graph].filter((file) => file.startsWith('src/domain/anonymiser/'))).toEqual([]);
  });
});
