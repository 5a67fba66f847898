/** What a built index.html makes the browser fetch before the first screen: scripts, styles, preloads. */
export interface HtmlAssets {
  moduleScripts: string[];
  stylesheets: string[];
  modulePreloads: string[];
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(/\s([\w-]+)(?:\s*=\s*"([^"]*)")?/g)) {
    if (name) attributes.set(name.toLowerCase(), value ?? '');
  }
  return attributes;
}

/** Vite writes index.html itself, so a tag scan is enough; this is no general HTML parser. */
export function htmlAssets(html: string): HtmlAssets {
  const assets: HtmlAssets = { moduleScripts: [], stylesheets: [], modulePreloads: [] };
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const src = attributes.get('src');
    const href = attributes.get('href');
    const rel = attributes.get('rel')?.toLowerCase();
    if (src && attributes.get('type') === 'module') assets.moduleScripts.push(src);
    else if (href && rel === 'stylesheet') assets.stylesheets.push(href);
    else if (href && rel === 'modulepreload') assets.modulePreloads.push(href);
  }
  return assets;
}
