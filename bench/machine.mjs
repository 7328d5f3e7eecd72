/**
 * Describe the machine and the code the figures were taken on.
 */
import os from 'node:os'
import {spawnSync} from 'node:child_process'
import {repoRoot} from './corpus.mjs'

/**
 * Collect the CPU model, the core count, the node version and the commit.
 *
 * @returns {{cpu: string, cores: number, node: string, platform: string, commit: string | null, date: string}}
 */
export function describeMachine() {
  const cpus = os.cpus()
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: repoRoot, encoding: 'utf8'})
  return {
    cpu: cpus.length > 0 ? cpus[0].model.trim() : 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    commit: git.status === 0 ? git.stdout.trim() : null,
    date: new Date().toISOString()
  }
}
