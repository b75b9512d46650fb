import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { CopyRule, UpstreamSource } from './manifest';

/** One file a copy rule takes: its path in the repository and below data/upstream/. */
export interface RuleFile {
  from: string;
  to: string;
}

/** The files a rule takes from a checkout of the repository at `root`; a missing path is an error. */
export function ruleFiles(rule: CopyRule, root: string): RuleFile[] {
  const path = join(root, rule.from);
  if (!existsSync(path)) throw new Error(`${rule.from} is not in ${root}`);
  if (!statSync(path).isDirectory()) return [{ from: rule.from, to: rule.to }];
  const pattern = new RegExp(rule.match ?? '');
  return readdirSync(path)
    .filter((name) => pattern.test(name) && statSync(join(path, name)).isFile())
    .sort()
    .map((name) => ({ from: `${rule.from}/${name}`, to: `${rule.to}/${name}` }));
}

/** Whether a checkout holds every path the source copies from. */
export function holdsSource(source: UpstreamSource, root: string): boolean {
  return source.files.every((rule) => existsSync(join(root, rule.from)));
}

/**
 * Replaces the vendored files of a source under `upstreamDir` with those of the checkout at `root`: folders a
 * rule fills are emptied of the files it matches first, so a file removed upstream goes here too.
 */
export function copySource(source: UpstreamSource, root: string, upstreamDir: string): RuleFile[] {
  const copied: RuleFile[] = [];
  for (const rule of source.files) {
    const files = ruleFiles(rule, root);
    if (rule.match !== undefined) {
      const target = join(upstreamDir, rule.to);
      const pattern = new RegExp(rule.match);
      if (existsSync(target)) {
        for (const name of readdirSync(target)) if (pattern.test(name)) rmSync(join(target, name));
      }
    }
    for (const file of files) {
      const target = join(upstreamDir, file.to);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(root, file.from), target);
      copied.push(file);
    }
  }
  return copied;
}

/** Puts the files a rule produced in one copy of data/upstream/ (`from`) into another (`to`), replacing its own. */
export function syncRule(rule: CopyRule, from: string, to: string): void {
  if (rule.match === undefined) {
    mkdirSync(dirname(join(to, rule.to)), { recursive: true });
    copyFileSync(join(from, rule.to), join(to, rule.to));
    return;
  }
  const pattern = new RegExp(rule.match);
  const target = join(to, rule.to);
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(target)) if (pattern.test(name)) rmSync(join(target, name));
  for (const name of readdirSync(join(from, rule.to))) {
    if (pattern.test(name)) copyFileSync(join(from, rule.to, name), join(target, name));
  }
}
