/** The subtree exports, pinned on the fixture debate tests/fixtures/arguments/school-phones. */
import { describe, expect, it } from 'vitest';
import { ArgdownApplication, ModelPlugin, ParserPlugin } from '@argdown/core';
import { readDebateDir, validateDebateFiles } from '$lib/validate/node.server';
import { buildGraph } from '$lib/model/graph';
import { debateStatus } from '$lib/evaluate/debate-status';
import { exportCruxJson } from './crux-json';
import {
	debateFromCruxJson,
	mdEscape,
	subtreeArgdown,
	subtreeMarkdown,
	subtreeVisits
} from './subtree';

const debate = validateDebateFiles(readDebateDir('tests/fixtures/arguments/school-phones')).debate!;
const graph = buildGraph(debate);
const input = {
	debate,
	graph,
	status: debateStatus(debate, graph),
	href: (id: string) => `https://class.example/school-phones/claims/${id}`
};

describe('a claim’s subtree as a Markdown outline', () => {
	it('nests each reply under what it answers, with side, speaker, status and quotes', () => {
		expect(subtreeMarkdown(input, 'phones-help-with-research')).toBe(
			[
				'# Phones help with research',
				'',
				'From the debate “Phones in school (test fixture)”: this claim and the 1 reply beneath it, as the map shows them. A status says where the map leaves a claim, not whether it is true.',
				'',
				'- **Phones help with research** (Against · Tom Reyes · Falls): Pupils use their phones to look things up in lessons. ([claim page](https://class.example/school-phones/claims/phones-help-with-research))',
				'  - Quote: “My daughter looks up half her homework questions on her phone.” (Reyes, para. 2) Maya Chen and Tom Reyes. “School assembly debate on phones.” 2025-02.',
				"  - Attacks it: **Laptops do the research** (For · Maya Chen · Unchallenged): The school's laptops do the research a phone would do. ([claim page](https://class.example/school-phones/claims/school-laptops-do-research))",
				'    - Quote: “Every classroom has a laptop trolley for exactly that.” (Chen, para. 5) Maya Chen and Tom Reyes. “School assembly debate on phones.” 2025-02.',
				''
			].join('\n')
		);
	});

	it('covers the whole debate from the resolution, each claim once, with its source’s address', () => {
		const md = subtreeMarkdown({ ...input, href: undefined }, 'resolution');
		const bullets = md.split('\n').filter((l) => /^\s*- (Supports it: |Attacks it: )?\*\*/.test(l));
		expect(bullets).toHaveLength(Object.keys(debate.claims).length);
		expect(md).toContain(
			'  - Supports it: **Phones distract in class** (For · Maya Chen · Unchallenged)'
		);
		expect(md).toContain(
			'      - Quote: “Six in ten pupils said their phone distracted them during lessons.” (p. 3) “Pupils and phones: the district survey.” District Council, 2025-01. <https://example.org/district/phone-survey>'
		);
		expect(md).toContain(
			'    - Attacks it: **Lockers at the gate** (For · Class 7C · Unchallenged): Phone lockers at the school gate would make a ban easy to enforce.'
		);
		// Depth follows the map: the reply to a reply is indented twice.
		expect(md).toMatch(/^ {4}- Attacks it: \*\*Laptops do the research\*\*/m);
		expect(md).not.toContain('claim page');
	});

	it('writes a claim reached twice once, and names it again', () => {
		const twice = {
			...debate,
			claims: {
				...debate.claims,
				'office-phone-reaches-parents': {
					...debate.claims['office-phone-reaches-parents'],
					attacks: ['parents-need-contact', 'bans-are-hard-to-enforce']
				}
			}
		};
		const g = buildGraph(twice);
		const visits = subtreeVisits(g, 'resolution').filter(
			(v) => v.id === 'office-phone-reaches-parents'
		);
		expect(visits.map((v) => v.again)).toEqual([false, true]);
		expect(subtreeMarkdown({ debate: twice, graph: g }, 'resolution')).toContain(
			'**The office passes on messages** (see above)'
		);
	});

	it('keeps hostile text inert', () => {
		expect(mdEscape('<script>x</script> **b** [a](javascript:x) #h |t|\n  next')).toBe(
			'\\<script\\>x\\</script\\> \\*\\*b\\*\\* \\[a\\](javascript:x) \\#h \\|t\\| next'
		);
	});
});

describe('a claim’s subtree as Argdown', () => {
	it('is a tree Argdown reads back with the same relations', () => {
		const text = subtreeArgdown(input, 'phones-help-with-research');
		expect(text).toBe(
			[
				'===',
				'title: "Phones help with research (Phones in school (test fixture))"',
				'===',
				'',
				'// This claim of “Phones in school (test fixture)” and every reply beneath it, exported by Crux.',
				'',
				'[phones-help-with-research]: Pupils use their phones to look things up in lessons. {side: against, speaker: "tom-reyes", status: "Falls"}',
				'  // “My daughter looks up half her homework questions on her phone.” (Reyes, para. 2) Maya Chen and Tom Reyes. “School assembly debate on phones.” 2025-02.',
				'  <- [school-laptops-do-research]: The school\'s laptops do the research a phone would do. {side: for, speaker: "maya-chen", status: "Unchallenged"}',
				'    // “Every classroom has a laptop trolley for exactly that.” (Chen, para. 5) Maya Chen and Tom Reyes. “School assembly debate on phones.” 2025-02.',
				''
			].join('\n')
		);
		const app = new ArgdownApplication();
		app.addPlugin(new ParserPlugin(), 'parse-input');
		app.addPlugin(new ModelPlugin(), 'build-model');
		const whole = subtreeArgdown(input, 'resolution');
		const r = app.run({ input: whole, process: ['parse-input', 'build-model'] });
		expect(r.parserErrors ?? []).toEqual([]);
		const got = (r.relations ?? [])
			.map((rel) => `${rel.from!.title} ${rel.relationType} ${rel.to!.title}`)
			.sort();
		const want = graph.edges
			.map((e) => `${e.from} ${e.relation === 'supports' ? 'support' : 'attack'} ${e.to}`)
			.sort();
		expect(got).toEqual(want);
		expect(Object.keys(r.statements ?? {}).sort()).toEqual(Object.keys(debate.claims).sort());
	});
});

describe('the debate the browser reads', () => {
	it('is rebuilt from the Crux JSON download exactly', () => {
		const back = debateFromCruxJson(JSON.parse(exportCruxJson(debate)));
		expect(back).toEqual(debate);
	});
});
