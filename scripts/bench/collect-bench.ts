/**
 * npm run collect on a class's worth of proposals (budget: 30 proposals in ≤ 2 s): a copy of
 * the bundled debate and 30 proposal files (20 students' own replies, 10 replies quoting an
 * author from their own source), collected with --dry-run. Prints the time inside the command
 * (median of 5, warm) and the wall time of the whole command as a teacher runs it (median of 3).
 * Usage: npx tsx scripts/bench/collect-bench.ts
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDebates } from '../../src/lib/validate/node.server';
import { proposalFileYaml } from '../../src/lib/contrib/proposal-file';
import type { ProposalEntry } from '../../src/lib/schema';
import { main } from '../collect';

const ROOT = join(import.meta.dirname, '../..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'crux-collect-bench-'));
try {
	cpSync(join(ROOT, 'arguments/japan-taiwan'), join(dir, 'arguments/japan-taiwan'), {
		recursive: true
	});
	mkdirSync(join(dir, 'class'));
	const { debates } = loadDebates(join(dir, 'arguments'));
	const debate = debates[0];
	const claims = Object.values(debate.claims).filter((c) => c.kind !== 'thesis');
	const quoted = claims.filter((c) => c.speaker && !c.role && c.evidence?.length);
	for (let i = 0; i < 30; i++) {
		const target = claims[(i * 7) % claims.length];
		const entry: ProposalEntry =
			i < 20
				? {
						id: `student-reply-${i + 1}`,
						voice: 'own',
						claim: {
							text: `Student ${i + 1} argues that “${target.label ?? target.id}” overlooks how Taiwan's neighbours would respond (${i + 1}).`,
							speaker: `student-${i + 1}`,
							attacks: [target.id]
						},
						people: [
							{
								id: `student-${i + 1}`,
								name: `Student ${i + 1}`,
								kind: 'person',
								contributor: true
							}
						]
					}
				: (() => {
						const q = quoted[i % quoted.length];
						return {
							id: `in-their-words-${i + 1}`,
							voice: 'source',
							claim: {
								text: `In their own words (${i + 1}): ${q.text}`,
								speaker: q.speaker,
								supports: [q.id],
								evidence: q.evidence
							}
						};
					})();
		writeFileSync(
			join(dir, 'class', `student-${i + 1}.crux.yaml`),
			proposalFileYaml({ id: debate.id, title: debate.meta.title }, [entry])
		);
	}
	const quiet = { out: () => {}, err: () => {} };
	let code = 0;
	const inside: number[] = [];
	for (let run = 0; run < 5; run++) {
		const t = performance.now();
		code = main(['class', '--dry-run'], { cwd: dir, io: quiet });
		inside.push(performance.now() - t);
	}
	const lines: string[] = [];
	main(['class', '--dry-run'], {
		cwd: dir,
		io: { out: (s) => lines.push(s), err: (s) => lines.push(s) }
	});
	const wall: number[] = [];
	for (let run = 0; run < 3; run++) {
		const t = performance.now();
		spawnSync(
			join(ROOT, 'node_modules/.bin/tsx'),
			[
				join(ROOT, 'scripts/collect.ts'),
				join(dir, 'class'),
				'--root',
				join(dir, 'arguments'),
				'--dry-run'
			],
			{
				cwd: ROOT,
				stdio: 'ignore'
			}
		);
		wall.push(performance.now() - t);
	}
	console.log(
		`collect: 30 proposal files into ${debate.id} (${claims.length + 1} claims), exit ${code}`
	);
	console.log(`  ${lines.find((l) => l.startsWith('Dry run')) ?? lines.slice(-3).join(' | ')}`);
	console.log(
		`  inside the command   median ${median(inside).toFixed(0)} ms (${inside.map((x) => x.toFixed(0)).join(', ')})`
	);
	console.log(
		`  whole command (tsx)  median ${median(wall).toFixed(0)} ms (${wall.map((x) => x.toFixed(0)).join(', ')})`
	);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
