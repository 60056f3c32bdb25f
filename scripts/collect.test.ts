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
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDebates } from '../src/lib/validate/node.server';
import { main } from './collect';
import { writeFilesAtomically } from './lib/atomic-write';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE_DEBATE = join(ROOT, 'tests/fixtures/arguments/school-phones');
const CLASS = join(ROOT, 'scripts/fixtures/collect/class');
const TEXTS = join(ROOT, 'scripts/fixtures/collect/source-texts');

/** A teacher's checkout in miniature: arguments/school-phones and a folder of proposals. */
function classroom(files?: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'crux-collect-'));
	cpSync(FIXTURE_DEBATE, join(dir, 'arguments/school-phones'), { recursive: true });
	if (files) {
		mkdirSync(join(dir, 'class'));
		for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'class', name), text);
	} else cpSync(CLASS, join(dir, 'class'), { recursive: true });
	return dir;
}

function run(dir: string, ...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = main(argv, { cwd: dir, io: { out: (s) => out.push(s), err: (s) => err.push(s) } });
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
			'  repeats  class/dev.crux.yaml: repeats phones-distract-in-class, switched-off-phones-distract-nobody, not added',
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
			'Dry run: would write 8 new files under arguments/school-phones/ (5 claims, 3 speakers); nothing was written.'
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
			'- Not added: `a-switched-off-phone-distracts-nobody` repeats `switched-off-phones-distract-nobody` (in another file of this collection).'
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
			'arguments/school-phones/people/ben-k.yaml',
			'arguments/school-phones/people/dev-r.yaml'
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
		// Dev's repeat was not written, though his contributor file came with the file.
		expect(r.out).toContain(
			'Wrote 8 new files under arguments/school-phones/ (5 claims, 3 speakers); no existing file was changed.'
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
		expect(r.out).toMatch(
			/^class\/misquote\.crux\.yaml:12:18 {2}evidence\[0\]\.quote does not occur in the text of source "assembly-debate"\./m
		);
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
