import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// jest's passWithNoTests would let a project without a single spec pass silently; this
// fails instead, and checks that every project is tagged for the module-boundary rule.
const root = path.resolve(__dirname, '..');

function findProjects(directory: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const full = path.join(directory, entry);
    if (!statSync(full).isDirectory()) continue;
    if (readdirSync(full).includes('project.json')) found.push(full);
    found.push(...findProjects(full));
  }
  return found;
}

function specsUnder(directory: string, ownerOf: (file: string) => string, project: string): string[] {
  const specs: string[] = [];
  for (const entry of readdirSync(directory)) {
    if (entry === 'node_modules') continue;
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) specs.push(...specsUnder(full, ownerOf, project));
    else if (/\.(int-)?spec\.ts$/.test(entry) && ownerOf(full) === project) specs.push(full);
  }
  return specs;
}

const projects = [...findProjects(path.join(root, 'apps')), ...findProjects(path.join(root, 'libs')), ...findProjects(path.join(root, 'tools'))];
if (readdirSync(path.join(root, 'tools')).includes('project.json')) projects.push(path.join(root, 'tools'));
const ownerOf = (file: string) =>
  projects.filter((project) => file.startsWith(`${project}${path.sep}`)).sort((a, b) => b.length - a.length)[0];

describe('workspace', () => {
  it('has the top level the project is shaped by, and nothing else tracked beside it', () => {
    const visible = readdirSync(root).filter((entry) => !entry.startsWith('.') && entry !== 'node_modules' && entry !== 'dist');
    expect(visible.sort()).toEqual(
      ['README.md', 'apps', 'infra', 'libs', 'nx.json', 'package-lock.json', 'package.json', 'tools', 'tsconfig.base.json'].sort(),
    );
  });

  it('has all seven apps', () => {
    const apps = readdirSync(path.join(root, 'apps')).sort();
    expect(apps).toEqual(['catalog', 'counterparties', 'gateway', 'orders', 'returns', 'settlements', 'trading']);
  });

  it.each(projects.map((project) => [path.relative(root, project) || '.', project]))('%s is tagged with a scope and a type', (_name, project) => {
    const { tags } = JSON.parse(readFileSync(path.join(project, 'project.json'), 'utf8')) as { tags?: string[] };
    expect(tags?.some((tag) => tag.startsWith('scope:'))).toBe(true);
    expect(tags?.some((tag) => tag.startsWith('type:'))).toBe(true);
  });

  // Projects with no code of their own to test yet, and the spec that covers them meanwhile.
  // An entry goes as soon as the project gets a feature (and with it, its own specs).
  const testedElsewhere: Record<string, string> = {
    'tools/kafka': 'libs/shared/testing/src/jest-global-setup.mjs',
    ...Object.fromEntries(
      ['orders', 'returns', 'settlements'].map((service) => [
        `apps/${service}`,
        'tools/start/service-startup.int-spec.ts',
      ]),
    ),
  };

  it.each(projects.map((project) => [path.relative(root, project) || '.', project]))('%s has its own tests', (name, project) => {
    const own = specsUnder(project, ownerOf, project);
    if (name in testedElsewhere && own.length === 0) {
      expect(statSync(path.join(root, testedElsewhere[name])).isFile()).toBe(true);
    } else {
      expect(own.length).toBeGreaterThan(0);
    }
  });
});
