/**
 * npm run collect on fixture proposals (scripts/fixtures/collect, see its README): what it
 * writes, what it prints, and that nothing else is touched. Each test collects into a fresh
 * copy of the fixture debate tests/fixtures/arguments/school-phones.
 */
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDebates } from '../src/lib/validate/node.server';
import { main } from './collect';
import { writeFilesAtomically } from './lib/atomic-write';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE_DEBATE = join(ROOT, 'tests/fixtures/arguments/school-phones');
const CLASS = join(ROOT, 'scripts/fixtures/collect/class');
const TEXTS = join(ROOT, 'scripts/fixtures/collect/source-texts');
/** A debate with one open clash that decides the resolution, and a student's unsourced answer to it. */
const UNIFORMS = join(ROOT, 'scripts/fixtures/collect/school-uniforms');
const CLASH_CLASS = join(ROOT, 'scripts/fixtures/collect/clash-class');

const SAME = new Date('2026-03-02T09:00:00Z');

/** A teacher's checkout in miniature: arguments/school-phones and a folder of proposals. */
function classroom(files?: Record<string, string>, debate = FIXTURE_DEBATE, proposals = CLASS) {
	const dir = mkdtempSync(join(tmpdir(), 'crux-collect-'));
	cpSync(debate, join(dir, 'arguments', basename(debate)), { recursive: true });
	if (files) {
		mkdirSync(join(dir, 'class'));
		for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'class', name), text);
	} else cpSync(proposals, join(dir, 'class'), { recursive: true });
	// One time for every file, so the order is by name unless a test says otherwise.
	for (const f of readdirSync(join(dir, 'class'))) utimesSync(join(dir, 'class', f), SAME, SAME);
	return dir;
}

function run(dir: string, ...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = main(argv, {
		cwd: dir,
		io: { out: (s) => out.push(s), err: (s) => err.push(s) },
		// No source texts beside this checkout, whatever the machine has in /tmp/shared.
		sourcesBeside: join(dir, 'no-source-texts')
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file under `dir` with its bytes, to show what a run changed. */
function tree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, e.name);
			if (e.isDirectory()) walk(full);
			else out[relative(dir, full)] = readFileSync(full, 'utf8');
		}
	};
	walk(dir);
	return out;
}

const STACK = /\n\s+at .+:\d+:\d+/;

describe('npm run collect', () => {
	it('--dry-run prints what the class’s proposals would add, and writes nothing', () => {
		const dir = classroom();
		const before = tree(dir);
		const r = run(dir, 'class', '--dry-run');
		expect(r.code).toBe(1);
		expect(r.err).toBe('');
		expect(tree(dir)).toEqual(before);
		const lines = r.out.split('\n');
		expect(lines.slice(0, 12)).toEqual([
			'Collecting 11 proposal files for “Phones in school (test fixture)” (school-phones):',
			'  added    class/amy.crux.yaml: 1 claim (switched-off-phones-distract-nobody)',
			'  added    class/ben.crux.yaml: 2 claims (school-is-a-safe-place-to-learn-phones, families-can-teach-phone-habits)',
			'  added    class/cara.crux.yaml: 1 claim (lockers-make-it-easy → lockers-make-it-easy-2)',
			'  repeats  class/dev.crux.yaml: repeats phones-distract-in-class, switched-off-phones-distract-nobody (added from class/amy.crux.yaml), not added',
			'  refused  class/eli.crux.yaml',
			'  refused  class/fay.crux.yaml',
			'  refused  class/gus.crux.yaml',
			'  refused  class/hal.crux.yaml',
			'  refused  class/ivy.yaml',
			'  added    class/jo.crux.yaml: 1 claim (phones-make-pupils-happy)',
			'  refused  class/notes.txt'
		]);
		// Each refused file with its reasons, where the student wrote them.
		const errors = lines.filter((l) => /^class\/\S+:\d+:\d+ {2}(?!warning)/.test(l));
		expect(errors).toEqual([
			'class/eli.crux.yaml:15:20  The quote is from Tom Reyes’s part of “School assembly debate on phones” (Reyes), not Maya Chen’s, so this would put Tom Reyes’s words in Maya Chen’s mouth.',
			'class/fay.crux.yaml:10:16  Tom Reyes is a published voice in this debate, so your own claim cannot be theirs: its speaker is the class or your own chosen name.',
			'class/fay.crux.yaml:15:7  A claim a source makes needs a quote from that source: the words where District Council says it.',
			'class/gus.crux.yaml:7:13  This text opens with " but never closes it, so YAML reads the rest of the file as part of the text.',
			'class/hal.crux.yaml:2:9  "debate" is "../../.github", which is not a valid id: it must be a lowercase kebab-case id such as "japan-sea-lanes" (a-z, 0-9 and single hyphens).',
			'class/hal.crux.yaml:4:9  "proposals[0].id" is "../../.github/workflows/evil", which is not a valid id: it must be a lowercase kebab-case id such as "japan-sea-lanes" (a-z, 0-9 and single hyphens).',
			'class/hal.crux.yaml:16:9  Proposals 2 and 3 in this file both have the id "phones-are-useful".',
			'class/ivy.yaml:1:1  This is a claim file, not a proposal file: it does not say which debate it is for or whose words it gives.',
			'class/notes.txt:1:1  This is not a proposal file (.crux.yaml), so it was not read.'
		]);
		// Hostile text is reported, and reaches the pull request inert.
		expect(r.out).toContain(
			'class/jo.crux.yaml:8:103  warning: Invisible character U+202E (right-to-left override) in "proposals[0].claim.text".'
		);
		expect(r.out).toContain(
			'6 files refused: nothing of them was written. Fix the problems above (or ask the student for a new file) and collect again.'
		);
		expect(r.out).toContain(
			'Dry run: would write 7 new files under arguments/school-phones/ (5 claims, 2 speakers); nothing was written.'
		);
		const md = r.out.slice(r.out.indexOf('## Class proposals'), r.out.indexOf('----- end'));
		expect(md).toContain(
			'5 claims added from 4 proposal files; 2 repeats of claims already there not added.'
		);
		expect(md).toContain(
			'- `school-is-a-safe-place-to-learn-phones` “School is a safe place for teenagers to learn to manage their phones.”: **Tom Reyes** (from a source)\n  - “Teenagers will learn to manage phones at some point, and school is a safe place to learn it.” (School assembly debate on phones, Reyes, para. 5)'
		);
		expect(md).toContain('**Amy (7C)** (own claim), no quote');
		expect(md).toContain(
			'- Not added: `phones-pull-attention-away` repeats `phones-distract-in-class` (already in the debate).'
		);
		expect(md).toContain(
			'- The same claim in two files: `a-switched-off-phone-distracts-nobody` in class/dev.crux.yaml repeats `switched-off-phones-distract-nobody`, added from class/amy.crux.yaml (the files do not show which was written first), under Amy (7C). Check which student wrote it; if it is the other one, change its speaker before merging.'
		);
		expect(md).toContain(
			'| `phones-distract-in-class` | Unchallenged | **Falls** | Falls: “Switched-off phones distract nobody” stands unanswered. |'
		);
		expect(md).toContain(
			'&lt;script>alert(1)&lt;/script> \\*\\*Phones\\*\\* make \\[pupils\\](https://evil.example) happy &#64;everyone [U+202E]gnol'
		);
		expect(md).not.toMatch(/<script>|\u202e/);
		rmSync(dir, { recursive: true });
	});

	it('adds the valid proposals as new files, changes nothing else, and a second run adds nothing', () => {
		const dir = classroom();
		const before = tree(dir);
		const dry = run(dir, 'class', '--dry-run');
		const r = run(dir, 'class');
		expect(r.code).toBe(1);
		const after = tree(dir);
		const added = Object.keys(after).filter((f) => !(f in before));
		expect(added.sort()).toEqual([
			'arguments/school-phones/claims/families-can-teach-phone-habits.yaml',
			'arguments/school-phones/claims/lockers-make-it-easy-2.yaml',
			'arguments/school-phones/claims/phones-make-pupils-happy.yaml',
			'arguments/school-phones/claims/school-is-a-safe-place-to-learn-phones.yaml',
			'arguments/school-phones/claims/switched-off-phones-distract-nobody.yaml',
			'arguments/school-phones/people/amy-7c.yaml',
			'arguments/school-phones/people/ben-k.yaml'
		]);
		for (const f of Object.keys(before)) expect(after[f], f).toBe(before[f]);
		expect(after['arguments/school-phones/claims/switched-off-phones-distract-nobody.yaml']).toBe(
			[
				'# yaml-language-server: $schema=../../../static/schema/claim.schema.json',
				'text: "A phone that is switched off in a bag distracts nobody."',
				'label: "Switched-off phones distract nobody"',
				'speaker: amy-7c',
				'attacks: [phones-distract-in-class]',
				''
			].join('\n')
		);
		expect(after['arguments/school-phones/people/amy-7c.yaml']).toBe(
			[
				'# yaml-language-server: $schema=../../../static/schema/person.schema.json',
				'name: "Amy (7C)"',
				'kind: person',
				'contributor: true',
				''
			].join('\n')
		);
		// Ben's reply to his own first proposal points at it; Cara's taken id was renamed.
		expect(after['arguments/school-phones/claims/families-can-teach-phone-habits.yaml']).toContain(
			'attacks: [school-is-a-safe-place-to-learn-phones]'
		);
		expect(after['arguments/school-phones/claims/lockers-make-it-easy-2.yaml']).toContain(
			'speaker: class-7c'
		);
		// Dev's repeats were not written, and so neither was his speaker file: he speaks no claim.
		expect(r.out).toContain(
			'Wrote 7 new files under arguments/school-phones/ (5 claims, 2 speakers); no existing file was changed.'
		);
		expect(r.out).toContain(
			'Next: git switch -c class-proposals && git add arguments/school-phones/'
		);
		const md = (s: string) => s.slice(s.indexOf('## Class proposals'), s.indexOf('----- end'));
		expect(md(r.out)).toBe(md(dry.out));
		const { problems } = loadDebates(join(dir, 'arguments'));
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);

		const again = run(dir, 'class');
		expect(tree(dir)).toEqual(after);
		expect(again.out).toContain('Nothing new to add: no file was written.');
		expect(again.out).toContain(
			'  repeats  class/amy.crux.yaml: repeats switched-off-phones-distract-nobody, not added'
		);
		// What was added before is a repeat now, and its suggestions are not said again.
		expect(again.out).not.toContain('class/amy.crux.yaml:9:7');
		rmSync(dir, { recursive: true });
	});

	const proposal = (body: string) => `crux-proposal: 1\ndebate: school-phones\nproposals:\n${body}`;
	const own = (id: string, text: string, rel: string) =>
		`  - id: ${id}\n    voice: own\n    claim:\n      text: "${text}"\n      speaker: class-7c\n      ${rel}\n`;

	it('refuses a file whose proposals break the map as a whole, located in that file', () => {
		const dir = classroom({
			'loop.crux.yaml': proposal(
				own('pupils-focus-better', 'Pupils focus better.', 'supports: [marks-go-up]') +
					own('marks-go-up', 'Marks go up.', 'supports: [pupils-focus-better]')
			),
			'fine.crux.yaml': proposal(
				own('clubs-can-meet-at-lunch', 'Clubs can meet at lunch.', 'attacks: [resolution]')
			)
		});
		const r = run(dir, 'class');
		expect(r.out).toMatch(/^class\/loop\.crux\.yaml:\d+:\d+ {2}.*support/m);
		expect(r.out).toContain('  refused  class/loop.crux.yaml');
		expect(r.out).toContain('  added    class/fine.crux.yaml: 1 claim (clubs-can-meet-at-lunch)');
		expect(readdirSync(join(dir, 'arguments/school-phones/claims'))).not.toContain(
			'pupils-focus-better.yaml'
		);
		rmSync(dir, { recursive: true });
	});

	it('with --sources, checks every quote word for word, in the student’s file', () => {
		const dir = classroom({
			'misquote.crux.yaml': proposal(
				'  - id: office-messages\n    voice: source\n    claim:\n      text: "The office passes on messages."\n      speaker: maya-chen\n      attacks: [parents-need-contact]\n      evidence:\n        - source: assembly-debate\n          quote: "The office has always passed on every message."\n          locator: "Chen, para. 6"\n'
			)
		});
		const without = run(dir, 'class', '--dry-run');
		expect(without.code).toBe(0);
		const r = run(dir, 'class', '--dry-run', '--sources', TEXTS);
		expect(r.code).toBe(1);
		// In a teacher's words: the claim, whose words it would be, the source; the place kept.
		expect(r.out).toContain(
			'class/misquote.crux.yaml:12:18  “The office passes on messages.” is attributed to Maya Chen, but its quote is not in “School assembly debate on phones”: as it stands, it puts words in Maya Chen’s mouth.\n    hint: The nearest passage (72% alike) reads: “The office has passed on urgent messages”. Ask the student to copy the source’s words exactly, or to make it their own claim.'
		);
		expect(r.out).not.toContain('evidence[0].quote');
		rmSync(dir, { recursive: true });
	});

	it('with --sources, says a made-up quote comes close to nothing, for a source’s claim and a student’s own', () => {
		const made = (id: string, voice: string, speaker: string) =>
			`  - id: ${id}\n    voice: ${voice}\n    claim:\n      text: "Phones rot the brains of children."\n      speaker: ${speaker}\n      attacks: [parents-need-contact]\n      evidence:\n        - source: assembly-debate\n          quote: "Screens are rotting the brains of a whole generation of children."\n          locator: "Chen, para. 3"\n`;
		const dir = classroom({
			'fake.crux.yaml': proposal(made('chen-says-phones-rot-brains', 'source', 'maya-chen')),
			'mine.crux.yaml': proposal(made('phones-rot-brains', 'own', 'class-7c'))
		});
		const r = run(dir, 'class', '--dry-run', '--sources', TEXTS);
		expect(r.code).toBe(1);
		expect(r.out).toContain(
			'class/fake.crux.yaml:12:18  “Phones rot the brains of children.” is attributed to Maya Chen, but its quote is not in “School assembly debate on phones”: as it stands, it puts words in Maya Chen’s mouth.\n    hint: Nothing in “School assembly debate on phones” comes close (the nearest passage is only 35% alike): the quote may be invented. Ask the student where they read it, or to make it their own claim.'
		);
		expect(r.out).toContain(
			'class/mine.crux.yaml:12:18  “Phones rot the brains of children.” (Class 7C’s own claim) quotes “School assembly debate on phones”, but its quote is not in it.'
		);
		expect(r.out).not.toMatch(/evidence\[\d\]|Closest passage/);
		rmSync(dir, { recursive: true });
	});

	it('flags a source’s claim its quote hardly shares a word with, and says whether quotes were checked', () => {
		const dir = classroom({
			'loose.crux.yaml': proposal(
				'  - id: reyes-says-uniforms-are-unfair\n    voice: source\n    claim:\n      text: "Uniform rules punish poorer families unfairly."\n      speaker: tom-reyes\n      attacks: [resolution]\n      evidence:\n        - source: assembly-debate\n          quote: "Teenagers will learn to manage phones at some point, and school is a safe place to learn it."\n          locator: "Reyes, para. 5"\n'
			)
		});
		const without = run(dir, 'class', '--dry-run');
		expect(without.code).toBe(0);
		expect(without.out).toContain(
			'class/loose.crux.yaml:12:18  warning: The claim and its quote share almost no words: “uniform”, “rules”, “punish”, “poorer” and more are not in the quote.'
		);
		expect(without.out).toContain(
			'Quotes: NOT checked against the source texts, so a quote may be invented. Pass --sources <folder> (one <source-id>.txt per source) to check every quote word for word; the pull request text says they were not checked.'
		);
		const md = without.out.slice(without.out.indexOf('## Class proposals'));
		expect(md).toContain(
			'- **Quotes were not checked against the source texts** (no `--sources`): a quote may be invented or altered. Check each quote below against its source before merging.'
		);
		expect(md).toContain(
			'- class/loose.crux.yaml:12: The claim and its quote share almost no words: “uniform”, “rules”, “punish”, “poorer” and more are not in the quote.'
		);
		const checked = run(dir, 'class', '--dry-run', '--sources', TEXTS);
		expect(checked.out).toContain(
			`Quotes: checked word for word against the source texts in ${TEXTS}.`
		);
		expect(checked.out).toContain(
			'- Every quote, word for word against the source texts (`--sources`).'
		);
		rmSync(dir, { recursive: true });
	});

	it('flags a proposal that re-uses an existing claim’s quote, or attacks a side-by-side debater one way', () => {
		const dir = classroom({
			'again.crux.yaml': proposal(
				'  - id: reyes-parents-must-reach-children\n    voice: source\n    claim:\n      text: "Parents must be able to reach their children, so the office line is not enough."\n      speaker: tom-reyes\n      attacks: [office-phone-reaches-parents]\n      evidence:\n        - source: assembly-debate\n          quote: "Parents need to know they can reach their children."\n          locator: "Reyes, para. 3"\n'
			)
		});
		const r = run(dir, 'class', '--dry-run');
		expect(r.code).toBe(0);
		expect(r.out).toContain(
			'  added    class/again.crux.yaml: 1 claim (reyes-parents-must-reach-children)'
		);
		expect(r.out).toContain(
			'class/again.crux.yaml:12:18  warning: This quote is the one “Parents need contact” (parents-need-contact) already quotes: most likely the same claim, made again.'
		);
		expect(r.out).toContain(
			'class/again.crux.yaml:9:17  warning: “Parents must be able to reach their children, so the office line is not enough.” (Tom Reyes) attacks “The office passes on messages” (Maya Chen) one way, but both are from “School assembly debate on phones”, whose pieces were published side by side: neither replies to the other, so the arrow alone would decide the clash.'
		);
		const md = r.out.slice(r.out.indexOf('#### Check before merging'));
		expect(md).toMatch(/^- class\/again\.crux\.yaml:12: This quote is the one/m);
		expect(md).toMatch(
			/^- class\/again\.crux\.yaml:9: .* one way, .*\(Before merging, draw the clash both ways: add reyes-parents-must-reach-children to the attacks of office-phone-reaches-parents/m
		);
		rmSync(dir, { recursive: true });
	});

	it('refuses a student’s name that could pass for an author’s: other letters, a title, part of it', () => {
		const named = (who: string, i: number) =>
			`  - id: my-own-point-${i}\n    voice: own\n    claim:\n      text: "My own point number ${i} about phones and lessons."\n      speaker: student-${i}\n      attacks: [resolution]\n    people:\n      - id: student-${i}\n        name: "${who}"\n        kind: person\n        contributor: true\n`;
		const names = ['Mаya Chen', 'Prof. Tom Reyes', 'Reyes', 'T. Reyes'];
		const dir = classroom(
			Object.fromEntries(names.map((n, i) => [`s${i}.crux.yaml`, proposal(named(n, i))]))
		);
		const r = run(dir, 'class', '--dry-run');
		expect(r.code).toBe(1);
		names.forEach((n, i) => {
			expect(r.out).toContain(`  refused  class/s${i}.crux.yaml`);
			expect(r.out).toMatch(
				new RegExp(
					`^class/s${i}\\.crux\\.yaml:12:15 {2}“${n.replace('.', '\\.')}” could pass for (Maya Chen|Tom Reyes), a published voice`,
					'm'
				)
			);
		});
		rmSync(dir, { recursive: true });
	});

	it('a reply that undercuts another proposal of its file follows that proposal’s new id', () => {
		const dir = classroom({
			'pair.crux.yaml': proposal(
				own(
					'lockers-make-it-easy',
					'Lockers by every classroom would make a ban easy.',
					'attacks: [bans-are-hard-to-enforce]'
				) +
					own(
						'lockers-cost-too-much',
						'Lockers by every classroom cost more than the school has.',
						'undercuts: [{from: lockers-make-it-easy, attacks: bans-are-hard-to-enforce}]'
					)
			)
		});
		const r = run(dir, 'class');
		expect(r.out).toContain(
			'  added    class/pair.crux.yaml: 2 claims (lockers-make-it-easy → lockers-make-it-easy-2, lockers-cost-too-much)'
		);
		expect(
			readFileSync(join(dir, 'arguments/school-phones/claims/lockers-cost-too-much.yaml'), 'utf8')
		).toMatch(/from: lockers-make-it-easy-2/);
		rmSync(dir, { recursive: true });
	});

	it('checks the quotes against the source texts kept beside the checkout, unless told not to', () => {
		const dir = classroom({ 'amy.crux.yaml': readFileSync(join(CLASS, 'amy.crux.yaml'), 'utf8') });
		// The teacher's checkout is dir/repo; the texts sit beside it, as the maintainers keep them.
		const repo = join(dir, 'repo');
		mkdirSync(repo);
		cpSync(join(dir, 'arguments'), join(repo, 'arguments'), { recursive: true });
		cpSync(join(dir, 'class'), join(repo, 'class'), { recursive: true });
		cpSync(TEXTS, join(dir, 'shared/sources'), { recursive: true });
		const out: string[] = [];
		const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
		main(['class', '--dry-run'], { cwd: repo, io });
		expect(out.join('\n')).toContain(
			'Quotes: checked word for word against the source texts in ../shared/sources (found beside the checkout; --no-sources to skip).'
		);
		out.length = 0;
		main(['class', '--dry-run', '--no-sources'], { cwd: repo, io });
		expect(out.join('\n')).toContain('Quotes: NOT checked against the source texts (--no-sources)');
		rmSync(dir, { recursive: true });
	});

	it('with --debate, refuses files for another debate; a debate that does not exist is named', () => {
		const dir = classroom({
			'other.crux.yaml': proposal(own('a-b', 'A b.', 'attacks: [resolution]')).replace(
				'debate: school-phones',
				'debate: four-day-week'
			)
		});
		const r = run(dir, 'class', '--dry-run');
		expect(r.code).toBe(1);
		expect(r.out).toContain(
			'class/other.crux.yaml:2:9  There is no debate "four-day-week" to add this proposal to.'
		);
		const chosen = run(dir, 'class', '--dry-run', '--debate', 'school-phones');
		expect(chosen.out).toContain(
			'class/other.crux.yaml:2:9  This proposal is for the debate "four-day-week", not "school-phones" (Phones in school (test fixture)).'
		);
		const typo = run(dir, 'class', '--debate', 'school-phone');
		expect(typo.code).toBe(2);
		expect(typo.err).toBe(
			'collect: there is no debate "school-phone" in arguments/. Did you mean "school-phones"? The debates are: school-phones.'
		);
		const missing = run(dir, 'no-such-folder');
		expect(missing.code).toBe(2);
		expect(missing.err).toMatch(/^collect: there is no folder "no-such-folder"/);
		for (const x of [r, chosen, typo, missing]) expect(x.out + x.err).not.toMatch(STACK);
		rmSync(dir, { recursive: true });
	});

	it('writes the new files all or none, and never over a file, however it appeared', () => {
		const dir = classroom();
		const before = tree(dir);
		const out: string[] = [];
		const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
		const failing = main(['class'], {
			cwd: dir,
			sourcesBeside: join(dir, 'none'),
			io,
			write: () => {
				throw new Error('disk full');
			}
		});
		expect(failing).toBe(2);
		expect(out.join('\n')).toContain('collect: nothing was written: disk full');
		expect(tree(dir)).toEqual(before);
		// A file that takes one of the new names after the check (another teacher's run, say):
		// the real writer refuses the whole set and leaves that file and everything else alone.
		const squatter = 'arguments/school-phones/claims/phones-make-pupils-happy.yaml';
		const racing = main(['class'], {
			cwd: dir,
			sourcesBeside: join(dir, 'none'),
			io,
			write: (folder, files) => {
				writeFileSync(join(dir, squatter), 'text: "Mine."\n');
				writeFilesAtomically(folder, files);
			}
		});
		expect(racing).toBe(2);
		expect(out.join('\n')).toMatch(/phones-make-pupils-happy\.yaml already exists/);
		expect(tree(dir)).toEqual({ ...before, [squatter]: 'text: "Mine."\n' });
		rmSync(dir, { recursive: true });
	});

	it('names a file whose name holds terminal escapes harmlessly, and refuses one that names no debate', () => {
		const dir = classroom({
			'evil\u001b[2J\u202e.crux.yaml': proposal(own('a-b', 'A b.', 'attacks: [resolution]')),
			'nodebate.crux.yaml':
				'crux-proposal: 1\nproposals:\n' + own('c-d', 'C d.', 'attacks: [resolution]')
		});
		const r = run(dir, 'class', '--dry-run');
		expect(r.out.includes('\u001b') || r.out.includes('\u202e')).toBe(false);
		expect(r.out).toContain('  added    class/evil\\u{1b}[2J\\u{202e}.crux.yaml: 1 claim (a-b)');
		expect(r.out).toMatch(/^class\/nodebate\.crux\.yaml:1:1 {2}.*"debate"/m);
		expect(r.out).toContain('  refused  class/nodebate.crux.yaml');
		rmSync(dir, { recursive: true });
	});

	it('never prints a proposal’s control characters (ESC, BEL, OSC) to the terminal, and refuses them', () => {
		const hostile =
			'  - id: hostile-text\n    voice: own\n    claim:\n      text: "Escape \\e[2J\\e[31mRED\\e]0;pwned\\a done."\n      speaker: mallory\n      attacks: [resolution]\n    people:\n      - id: mallory\n        name: "Mallory \\e[41m"\n        kind: person\n        contributor: true\n';
		const dir = classroom({ 'mallory.crux.yaml': proposal(hostile) });
		for (const color of [false, true]) {
			const out: string[] = [];
			const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s), color };
			expect(main(['class', '--dry-run'], { cwd: dir, io, sourcesBeside: join(dir, 'none') })).toBe(
				1
			);
			const all = out.join('\n');
			// With colour, only collect's own colour codes (ESC[…m) are left, never the student's.
			// eslint-disable-next-line no-control-regex -- the point of the test
			const leftover = color ? all.replace(/\u001b\[(?:\d+(?:;\d+)*)?m/g, '') : all;
			// eslint-disable-next-line no-control-regex -- the point of the test
			expect(leftover).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
			expect(all).not.toContain('\u001b[41m');
			expect(all).toContain('  refused  class/mallory.crux.yaml');
			expect(leftover).toMatch(/mallory\.crux\.yaml:7:13 {2}.*Control character U\+001B/);
		}
		rmSync(dir, { recursive: true });
	});

	it('credits a copied file’s claim to the file written first, not to the first name, and names both', () => {
		const amy = readFileSync(join(CLASS, 'amy.crux.yaml'), 'utf8');
		// The copy's name sorts first; the original was written an hour before it.
		const dir = classroom({ 'a-copy.crux.yaml': amy, 'z-amy.crux.yaml': amy });
		utimesSync(join(dir, 'class/z-amy.crux.yaml'), SAME, SAME);
		const later = new Date(SAME.getTime() + 3_600_000);
		utimesSync(join(dir, 'class/a-copy.crux.yaml'), later, later);
		const r = run(dir, 'class', '--dry-run');
		expect(r.out).toContain(
			'  added    class/z-amy.crux.yaml: 1 claim (switched-off-phones-distract-nobody)'
		);
		expect(r.out).toContain(
			'  repeats  class/a-copy.crux.yaml: repeats switched-off-phones-distract-nobody (added from class/z-amy.crux.yaml), not added'
		);
		expect(r.out).toContain(
			'- The same claim in two files: `switched-off-phones-distract-nobody` in class/a-copy.crux.yaml repeats `switched-off-phones-distract-nobody`, added from class/z-amy.crux.yaml, the file written first, under Amy (7C). Check which student wrote it; if it is the other one, change its speaker before merging.'
		);
		rmSync(dir, { recursive: true });
	});

	it('says plainly when a claim with no evidence settles an open clash and moves the resolution', () => {
		const dir = classroom(undefined, UNIFORMS, CLASH_CLASS);
		const r = run(dir, 'class', '--dry-run');
		expect(r.code).toBe(0);
		// Allowed (a student's own reasoning), but never only a "has no evidence" warning.
		expect(r.out).toContain(
			'  added    class/kim.crux.yaml: 1 claim (clothes-are-the-only-outlet-at-school)'
		);
		expect(r.out).toContain(
			'class/kim.crux.yaml:8:7  warning: “Clothes are the only outlet at school” is a student’s own claim, with no quote from a source.'
		);
		const head = r.out.slice(0, r.out.indexOf('----- pull request text'));
		expect(head).toContain(
			[
				'Check before merging: A claim with no evidence (a student’s own, with no quote from any source) changes 3 verdicts: it settles an open clash and changes the resolution’s verdict.',
				'  “Clothes are the only outlet at school” (clothes-are-the-only-outlet-at-school, Kim (8B)), from class/kim.crux.yaml',
				'  Without it → with it:',
				'    resolution “School uniform for all”: Contested → Falls (the resolution)',
				'    expression-has-other-outlets “Other ways to express themselves”: Open clash → Falls (its open clash is settled)',
				'    uniforms-stifle-expression “Uniforms stifle expression”: Open clash → Holds (its open clash is settled)'
			].join('\n')
		);
		const md = r.out.slice(
			r.out.indexOf('#### Check before merging'),
			r.out.indexOf('### What it changes')
		);
		expect(md).toContain(
			[
				'#### Check before merging (1)',
				'',
				'- **A claim with no evidence (a student’s own, with no quote from any source) changes 3 verdicts: it settles an open clash and changes the resolution’s verdict.** `clothes-are-the-only-outlet-at-school` “Clothes are the only outlet at school” (Kim (8B), class/kim.crux.yaml). Without it → with it:',
				'  - `resolution` “School uniform for all”: Contested → **Falls** (the resolution)',
				'  - `expression-has-other-outlets` “Other ways to express themselves”: Open clash → **Falls** (its open clash is settled)',
				'  - `uniforms-stifle-expression` “Uniforms stifle expression”: Open clash → **Holds** (its open clash is settled)'
			].join('\n')
		);
		rmSync(dir, { recursive: true });
	});

	it('names two unsourced claims that decide a verdict only together, and not a quoted one', () => {
		const kim = readFileSync(join(CLASH_CLASS, 'kim.crux.yaml'), 'utf8');
		const lou = kim
			.replaceAll('clothes-are-the-only-outlet-at-school', 'no-time-for-music-or-clubs-in-the-day')
			.replace(
				/text: ".*"/,
				'text: "Pupils have no time for music or clubs during the school day."'
			)
			.replace(/label: ".*"/, 'label: "No time for other outlets"')
			.replaceAll('kim-8b', 'lou-8b')
			.replace('Kim (8B)', 'Lou (8B)');
		const dir = classroom({ 'kim.crux.yaml': kim, 'lou.crux.yaml': lou }, UNIFORMS);
		const r = run(dir, 'class', '--dry-run');
		expect(r.out).toContain(
			'Check before merging: 2 claims with no evidence, together, change 3 verdicts: they settle an open clash and change the resolution’s verdict.'
		);
		expect(r.out).toMatch(
			/^ {2}“No time for other outlets” \(no-time-for-music-or-clubs-in-the-day, Lou \(8B\)\), from class\/lou\.crux\.yaml$/m
		);
		// The same answer with a quote from a source is evidence, and is not flagged.
		const sourced = kim.replace(
			'      attacks: [expression-has-other-outlets]\n',
			'      attacks: [expression-has-other-outlets]\n      evidence:\n        - source: uniform-debate\n          quote: "Clothes are the first thing a teenager gets to say about themselves."\n          locator: "Park, para. 2"\n'
		);
		const dir2 = classroom({ 'kim.crux.yaml': sourced }, UNIFORMS);
		const q = run(dir2, 'class', '--dry-run');
		expect(q.out).toContain('  added    class/kim.crux.yaml');
		expect(q.out).not.toContain('Check before merging:');
		expect(q.out).not.toContain('with no evidence');
		rmSync(dir, { recursive: true });
		rmSync(dir2, { recursive: true });
	});

	it('never writes through a symbolic link out of the debate folder', () => {
		const dir = classroom();
		const outside = join(dir, 'outside');
		mkdirSync(outside);
		const people = join(dir, 'arguments/school-phones/people');
		cpSync(people, join(dir, 'people-copy'), { recursive: true });
		rmSync(people, { recursive: true });
		symlinkSync(outside, people);
		const r = run(dir, 'class');
		expect(r.code).toBe(2);
		expect(r.err).toContain('collect: the debate "school-phones" itself has problems');
		expect(r.err).toMatch(/^arguments\/school-phones\/people:1:1 {2}This is a symbolic link\./m);
		expect(readdirSync(outside)).toEqual([]);
		expect(statSync(join(dir, 'arguments/school-phones/claims')).isDirectory()).toBe(true);
		expect(readdirSync(join(dir, 'arguments/school-phones/claims'))).toHaveLength(10);
		rmSync(dir, { recursive: true });
	});
});
