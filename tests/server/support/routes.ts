/** A route as Fastify registered it: its path pattern (`/api/areas/:areaId/agenda`) and methods. */
export interface RegisteredRoute {
  path: string;
  methods: string[];
}

/**
 * Fastify's route tree (`app.printRoutes({ commonPrefix: false })`, one segment per line, indented
 * by depth) as full paths. A node shared by routes that name their parameter differently prints as
 * `:id|:areaId`; it is one segment like any other parameter.
 */
export function registeredRoutes(tree: string): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  const parents: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?/.exec(line);
    if (match === null) continue;
    const depth = (match[1] ?? '').length / 4;
    const path = (parents[depth - 1] ?? '') + (match[2] ?? '');
    parents[depth] = path;
    parents.length = depth + 1;
    if (match[3] !== undefined) routes.push({ path, methods: match[3].split(', ').sort() });
  }
  return routes;
}

/**
 * The pattern Fastify serves a concrete path (no query) with: of the patterns whose fixed segments
 * all equal the path's, the one with the most fixed segments, as its router prefers a fixed segment
 * to a parameter. Undefined when none fits.
 */
export function patternOf(path: string, patterns: readonly string[]): string | undefined {
  const segments = path.split('/');
  let best: { pattern: string; fixed: number } | undefined;
  for (const pattern of patterns) {
    const parts = pattern.split('/');
    if (parts.length !== segments.length) continue;
    let fixed = 0;
    const fits = parts.every((part, index) => {
      if (part.startsWith(':')) return (segments[index] ?? '') !== '';
      fixed++;
      return part === segments[index];
    });
    if (fits && (best === undefined || fixed > best.fixed)) best = { pattern, fixed };
  }
  return best?.pattern;
}
