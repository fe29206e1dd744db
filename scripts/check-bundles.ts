/**
 * Static gate on the built extension (RELIABILITY.md P4, S6): no network API and no eval-like
 * code anywhere in the shipped JavaScript, and a manifest that asks for no more than Inkling
 * needs. Parses every bundle with acorn and walks the syntax tree, so a fact in the bundled
 * dataset that merely mentions "fetch(" is not a finding, while `self.fetch(…)`,
 * `navigator.sendBeacon`, `new Function(…)` and `setTimeout("…")` are.
 *
 *   tsx scripts/check-bundles.ts [outDir]      (default: $INKLING_OUT or .output)
 *
 * Exits 1 with every finding (file, line, what) when one is found or a build is missing.
 */
import { parse, type Node } from 'acorn';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentScriptProblems, type ContentScriptEntry } from './lib/frame-gate-manifest';

/** Globals and members that reach the network. */
export const NETWORK_NAMES = new Set([
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'sendBeacon',
  'EventSource',
  'WebTransport',
  'RTCPeerConnection',
  'importScripts',
]);

export interface Finding {
  file: string;
  line: number;
  what: string;
}

type AnyNode = Node & Record<string, unknown>;

function isNode(x: unknown): x is AnyNode {
  return !!x && typeof x === 'object' && typeof (x as { type?: unknown }).type === 'string';
}

function children(n: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const [k, v] of Object.entries(n)) {
    if (k === 'loc' || k === 'range') continue;
    if (Array.isArray(v)) out.push(...v.filter(isNode));
    else if (isNode(v)) out.push(v);
  }
  return out;
}

/** The name a member access reads: `a.fetch` and `a["fetch"]`. */
function memberName(n: AnyNode): string | undefined {
  const p = n.property as AnyNode;
  if (!n.computed && p.type === 'Identifier') return p.name as string;
  if (p.type === 'Literal' && typeof p.value === 'string') return p.value;
  return undefined;
}

function calleeName(n: AnyNode): string | undefined {
  const c = n.callee as AnyNode;
  if (c.type === 'Identifier') return c.name as string;
  if (c.type === 'MemberExpression') return memberName(c);
  return undefined;
}

/** Names of the global object: `self[k]()` on one of them can call anything, fetch included. */
const GLOBAL_OBJECTS = new Set(['self', 'window', 'globalThis', 'top', 'parent', 'frames']);
/** Constructors that load a URL or run code elsewhere: `new Image().src = u` is a request. */
const LOADING_CONSTRUCTORS = new Set(['Image', 'Audio', 'Worker', 'SharedWorker']);
/** Elements that load or run something as soon as they get a URL or text. */
const LOADING_ELEMENTS = new Set(['script', 'img', 'iframe', 'frame', 'embed', 'object', 'link']);

function isStringish(n: AnyNode | undefined): boolean {
  if (!n) return false;
  if (n.type === 'Literal') return typeof n.value === 'string';
  return n.type === 'TemplateLiteral' || (n.type === 'BinaryExpression' && n.operator === '+');
}

/** Every network API use and eval-like construct in one script's source. */
export function scanSource(source: string, file = '<source>'): Finding[] {
  const ast = parse(source, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    locations: true,
    allowHashBang: true,
  }) as unknown as AnyNode;
  const found: Finding[] = [];
  const add = (n: AnyNode, what: string) =>
    found.push({ file, line: (n.loc as { start: { line: number } }).start.line, what });
  const stack: AnyNode[] = [ast];
  /** Callees already reported as `eval(…)`, so the identifier is not reported twice. */
  const reportedCallees = new Set<AnyNode>();
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'Identifier':
        if (NETWORK_NAMES.has(n.name as string)) add(n, `network API ${n.name as string}`);
        // `(0, eval)(code)`, `const e = eval`: an indirect eval.
        if (n.name === 'eval' && !reportedCallees.has(n)) add(n, 'eval reached indirectly');
        break;
      case 'MemberExpression': {
        const name = memberName(n);
        if (name && NETWORK_NAMES.has(name)) add(n, `network API .${name}`);
        if (name === 'eval') add(n, 'eval reached as a property');
        break;
      }
      case 'CallExpression':
      case 'NewExpression': {
        const name = calleeName(n);
        const args = n.arguments as AnyNode[];
        const callee = n.callee as AnyNode;
        if (name === 'eval') {
          add(n, 'eval(…)');
          reportedCallees.add(callee);
        }
        if (name === 'Function') add(n, 'Function constructor');
        // `x.constructor('code')`: the Function constructor reached through any function.
        if (name === 'constructor' && callee.type === 'MemberExpression' && isStringish(args[0]))
          add(n, 'Function constructor reached through .constructor');
        if (n.type === 'NewExpression' && name && LOADING_CONSTRUCTORS.has(name))
          add(n, `new ${name}(…)`);
        if (
          name === 'createElement' &&
          args[0]?.type === 'Literal' &&
          typeof args[0].value === 'string' &&
          LOADING_ELEMENTS.has(args[0].value.toLowerCase())
        )
          add(n, `creates a <${args[0].value}> element`);
        // `self[k]()`: a call through a computed name on the global object.
        if (
          callee.type === 'MemberExpression' &&
          callee.computed &&
          (callee.property as AnyNode).type !== 'Literal' &&
          (callee.object as AnyNode).type === 'Identifier' &&
          GLOBAL_OBJECTS.has((callee.object as AnyNode).name as string)
        )
          add(n, 'call through a computed name on the global object');
        if ((name === 'setTimeout' || name === 'setInterval') && isStringish(args[0]))
          add(n, `${name} with a string`);
        break;
      }
      case 'ImportExpression':
        // Dynamic import of a computed specifier could load code; a literal own chunk is fine.
        if (!((n.source as AnyNode).type === 'Literal')) add(n, 'dynamic import()');
        break;
    }
    // Property keys (`{ eval: … }` in the polyfill's API table) are names, not uses.
    if (
      (n.type === 'Property' || n.type === 'MethodDefinition' || n.type === 'PropertyDefinition') &&
      !n.computed
    ) {
      if (n.value) stack.push(n.value as AnyNode);
      continue;
    }
    if (n.type === 'MemberExpression' && !n.computed) {
      stack.push(n.object as AnyNode);
      continue;
    }
    stack.push(...children(n));
  }
  return found;
}

export interface ManifestLike {
  manifest_version?: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
  [k: string]: unknown;
}

/**
 * What Inkling needs: settings in storage, its "Look up" context-menu entry, and scripting to
 * inject the card's code into a frame on first use.
 */
export const ALLOWED_PERMISSIONS = new Set(['storage', 'contextMenus', 'scripting']);
/** Exactly the pages the content script runs on (scripting needs them to inject the card). */
export const ALLOWED_HOSTS = new Set(['http://*/*', 'https://*/*', 'file:///*']);

function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** Manifest assertions: minimal permissions, a tight CSP, nothing exposed to the web. */
export function checkManifest(m: ManifestLike, browser: 'chrome' | 'firefox'): string[] {
  const problems: string[] = [];
  if (m.manifest_version !== 3) problems.push(`manifest_version is ${m.manifest_version}, not 3`);
  for (const p of [...(m.permissions ?? []), ...(m.optional_permissions ?? [])])
    if (!ALLOWED_PERMISSIONS.has(p)) problems.push(`permission not needed: ${p}`);
  for (const key of ['host_permissions', 'optional_host_permissions'] as const) {
    const wider = (m[key] ?? []).filter((h) => !ALLOWED_HOSTS.has(h));
    if (wider.length > 0) problems.push(`${key} asked for: ${wider.join(', ')}`);
  }
  if (m.externally_connectable !== undefined)
    problems.push('externally_connectable lets web pages message the extension');
  const war = m.web_accessible_resources;
  if (war !== undefined) {
    const list = JSON.stringify(war);
    if (/\.html?\b/i.test(list)) problems.push('web_accessible_resources exposes an HTML page');
    problems.push(`web_accessible_resources present (Inkling needs none): ${list}`);
  }
  const cspObj = m.content_security_policy;
  const csp = typeof cspObj === 'string' ? cspObj : cspObj?.extension_pages;
  if (!csp) problems.push('no extension_pages content security policy');
  else {
    const d = directives(csp);
    const script = d.get('script-src') ?? d.get('default-src');
    if (!script) problems.push('CSP has no script-src');
    else if (script.some((v) => v !== "'self'"))
      problems.push(`CSP script-src allows more than 'self': ${script.join(' ')}`);
    if (d.get('object-src')?.join(' ') !== "'none'") problems.push("CSP object-src is not 'none'");
    // An image URL is a request too (a tracking pixel): extension pages load images from
    // nowhere but the extension itself.
    const img = d.get('img-src') ?? d.get('default-src');
    if (!img || img.some((v) => v !== "'self'" && v !== "'none'"))
      problems.push(`CSP img-src is not limited to 'self': ${img?.join(' ') ?? 'missing'}`);
    if (d.get('connect-src')?.join(' ') !== "'none'")
      problems.push("CSP connect-src is not 'none' (extension pages need no network)");
    if (/unsafe-eval|unsafe-inline|wasm-unsafe-eval|\*|https?:/.test(csp))
      problems.push(`CSP allows remote or unsafe sources: ${csp}`);
  }
  if (browser === 'firefox') {
    const gecko = m.browser_specific_settings?.gecko;
    if (!gecko?.id) problems.push('Firefox: browser_specific_settings.gecko.id missing');
    const req = gecko?.data_collection_permissions?.required;
    if (!(req?.length === 1 && req[0] === 'none'))
      problems.push('Firefox: data_collection_permissions.required is not ["none"]');
  }
  return problems;
}

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsFiles(p));
    else if (/\.m?js$/.test(name)) out.push(p);
  }
  return out;
}

/** Every finding for one built extension folder (chrome-mv3 or firefox-mv3). */
export function checkBuild(dir: string, browser: 'chrome' | 'firefox'): Finding[] {
  const found: Finding[] = [];
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestLike;
  for (const what of checkManifest(manifest, browser))
    found.push({ file: join(dir, 'manifest.json'), line: 0, what });
  const scripts = (manifest as { content_scripts?: ContentScriptEntry[] }).content_scripts;
  for (const what of contentScriptProblems(scripts, (f) => statSync(join(dir, f)).size))
    found.push({ file: join(dir, 'manifest.json'), line: 0, what });
  for (const file of jsFiles(dir)) {
    try {
      found.push(...scanSource(readFileSync(file, 'utf8'), file));
    } catch (e) {
      found.push({ file, line: 0, what: `could not parse: ${String(e)}` });
    }
  }
  // HTML pages must load scripts only from the package, never inline code.
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
    const html = readFileSync(join(dir, name), 'utf8');
    if (/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(html))
      found.push({ file: join(dir, name), line: 0, what: 'inline script' });
    if (/(?:src|href)=["']?(?:https?:)?\/\//i.test(html))
      found.push({ file: join(dir, name), line: 0, what: 'remote resource' });
  }
  return found;
}

function main(): void {
  const out = resolve(process.argv[2] ?? process.env.INKLING_OUT ?? '.output');
  const builds = [
    { dir: join(out, 'chrome-mv3'), browser: 'chrome' as const },
    { dir: join(out, 'firefox-mv3'), browser: 'firefox' as const },
  ];
  let failed = false;
  for (const b of builds) {
    if (!existsSync(join(b.dir, 'manifest.json'))) {
      console.error(`check:bundles: no build at ${b.dir} (run npm run build first)`);
      failed = true;
      continue;
    }
    const found = checkBuild(b.dir, b.browser);
    const files = jsFiles(b.dir).length;
    if (found.length === 0) console.log(`check:bundles: ${b.browser} ok — ${files} scripts`);
    for (const f of found) console.error(`${relative(process.cwd(), f.file)}:${f.line}: ${f.what}`);
    failed ||= found.length > 0;
  }
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
