import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DefaultTheme, defineConfig } from 'vitepress';

// Navigation is generated from the files on disk, so a new guide page, a new client page or a new
// exported symbol shows up without editing this file.
const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The page title: front matter `title`, else the first `# ` heading, else the file name. */
function titleOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  const fromFront = front && /^title:\s*['"]?(.+?)['"]?\s*$/m.exec(front)?.[1];
  const heading = /^#\s+(.+)$/m.exec(text)?.[1];
  return (fromFront || heading || file.replace(/^.*\/|\.md$/g, '')).trim();
}

/** Sidebar items for the Markdown pages of one folder, ordered by front matter `order` then title. */
function pagesIn(folder: string): DefaultTheme.SidebarItem[] {
  const dir = join(docsDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const file = join(dir, f);
      const order = Number(/^order:\s*(\d+)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? 1000);
      const slug = f === 'index.md' ? '' : f.replace(/\.md$/, '');
      return { text: titleOf(file), link: `/${folder}/${slug}`, order };
    })
    .sort((a, b) => a.order - b.order || a.text.localeCompare(b.text))
    .map(({ text, link }) => ({ text, link }));
}

/** The sidebar typedoc-vitepress-theme wrote next to the generated reference (empty before the first build). */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const file = join(docsDir, 'api', 'typedoc-sidebar.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
}

/**
 * The repository the "edit this page" and repository links point at: `DOCS_REPOSITORY_URL`, else
 * the root package.json `repository.url` (a placeholder until the repository is public).
 */
function repositoryUrl(): string {
  const fromEnv = process.env.DOCS_REPOSITORY_URL;
  const pkg = JSON.parse(readFileSync(join(docsDir, '..', 'package.json'), 'utf8'));
  const url: string =
    fromEnv || (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url) || '';
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

const guide = pagesIn('guide');
const clients = pagesIn('clients');
const recipes = pagesIn('recipes');
const api = apiSidebar();
const repository = repositoryUrl();
/** The reliability pages live at the root (package READMEs link them there). */
const reliability: DefaultTheme.SidebarItem[] = [
  'reliability',
  'reliability-agbis',
  'reliability-uzhkh',
  'reliability-partnerapi',
]
  .filter((page) => existsSync(join(docsDir, `${page}.md`)))
  .map((page) => ({ text: titleOf(join(docsDir, `${page}.md`)), link: `/${page}` }));

const guideSidebar: DefaultTheme.SidebarItem[] = [
  { text: 'Guide', items: guide },
  { text: 'Clients', items: clients },
  { text: 'Recipes', items: recipes },
  { text: 'Reliability', items: reliability },
  {
    text: 'Reference',
    items: [
      { text: 'Glossary', link: '/glossary' },
      ...(existsSync(join(docsDir, 'changelog.md')) ? [{ text: 'Changelog', link: '/changelog' }] : []),
      ...(existsSync(join(docsDir, 'performance.md')) ? [{ text: 'Performance', link: '/performance' }] : []),
      { text: 'API reference', link: '/api/' },
    ],
  },
];

export default defineConfig({
  title: '@x SDKs',
  description:
    'Typed TypeScript SDKs for ТМ:МИС, Умное ЖКХ, 1С-Коннект PartnerAPI and Агбис.Химчистка, on one shared core.',
  lang: 'en-US',
  // Without an icon link, browsers ask for /favicon.ico and log a 404 (docs/smoke.mjs fails on it).
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  cleanUrls: true,
  lastUpdated: false,
  // A broken link between pages fails the build.
  ignoreDeadLinks: false,
  markdown: {
    // Pages are Vue templates: `{{ x }}` in text or inline code (TSDoc quoting a vendor's
    // `{{url}}`) would be interpolated and vanish. Keep it literal everywhere.
    config(md) {
      const inlineCode = md.renderer.rules.code_inline;
      md.renderer.rules.code_inline = (tokens, idx, options, env, self) =>
        (inlineCode?.(tokens, idx, options, env, self) ?? '').replace(/^<code/, '<code v-pre');
      const text = md.renderer.rules.text;
      md.renderer.rules.text = (tokens, idx, options, env, self) =>
        (text?.(tokens, idx, options, env, self) ?? '').replace(/\{\{/g, '&#123;&#123;');
    },
  },
  themeConfig: {
    nav: [
      { text: 'Guide', link: guide[0]?.link ?? '/' },
      { text: 'Clients', items: clients.map(({ text, link }) => ({ text, link: link ?? '/' })) },
      { text: 'Recipes', link: '/recipes/' },
      { text: 'Glossary', link: '/glossary' },
      { text: 'API', link: '/api/' },
    ],
    sidebar: {
      '/guide/': guideSidebar,
      '/clients/': guideSidebar,
      '/recipes/': guideSidebar,
      '/reliability': guideSidebar,
      '/glossary': guideSidebar,
      '/changelog': guideSidebar,
      '/performance': guideSidebar,
      '/api/': [{ text: 'API reference', link: '/api/', items: api }],
    },
    outline: { level: [2, 3] },
    search: { provider: 'local' },
    ...(repository
      ? {
          editLink: { pattern: `${repository}/edit/main/docs/:path`, text: 'Edit this page' },
          socialLinks: [{ icon: 'github' as const, link: repository }],
        }
      : {}),
    footer: { message: 'MIT licensed. The API reference is generated from the TSDoc of every package.' },
  },
});
