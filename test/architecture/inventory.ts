// The inventory check: each Apps Script member the code uses must be implemented by the runtime and listed in its README.
import fs from 'node:fs';
import path from 'node:path';
import type { AppsScriptUse } from './apps-script-calls';
import type { RuntimeMembers } from './runtime-members';
import { ROOT } from './source-facts';

export const RUNTIME_README = path.join(ROOT, 'local/runtime/README.md');

/** One row of the README's table: member, documented behaviour, where the runtime implements it. */
export interface ListedMember {
  behaviour: string;
  where: string;
}

const ROW = /^\|\s*`([A-Za-z]+\.[A-Za-z][A-Za-z0-9]*)`\s*\|\s*(.*?)\s*\|\s*`([^`]+)`\s*\|\s*$/;

/** The README's rows `| \`Range.getValues\` | behaviour | \`range.ts\` |`, by member. */
export function listedMembers(markdown: string): Map<string, ListedMember> {
  const rows = new Map<string, ListedMember>();
  for (const line of markdown.split('\n')) {
    const m = ROW.exec(line);
    if (m) rows.set(m[1], { behaviour: m[2], where: m[3] });
  }
  return rows;
}

export function readmeMembers(): Map<string, ListedMember> {
  return listedMembers(fs.readFileSync(RUNTIME_README, 'utf8'));
}

/** Every way the code, the runtime and the README disagree, one line each naming the member and where it is used. */
export function inventoryProblems(
  uses: readonly AppsScriptUse[],
  runtime: RuntimeMembers,
  listed: ReadonlyMap<string, ListedMember>,
): string[] {
  const problems: string[] = [];
  for (const use of uses) {
    const file = runtime.get(use.member);
    const row = listed.get(use.member);
    if (!file) problems.push(`${use.member} (${use.at}): not implemented by local/runtime`);
    if (!row) problems.push(`${use.member} (${use.at}): not listed in local/runtime/README.md`);
    else if (!row.behaviour) problems.push(`${use.member}: listed without its documented behaviour`);
    else if (file && `local/runtime/${row.where}` !== file)
      problems.push(`${use.member}: README says ${row.where}, implemented in ${file}`);
  }
  const used = new Set(uses.map((u) => u.member));
  for (const member of listed.keys())
    if (!used.has(member)) problems.push(`${member}: listed in local/runtime/README.md but not used in src/`);
  return problems;
}
