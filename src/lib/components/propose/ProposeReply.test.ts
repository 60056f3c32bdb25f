/** The form tells the student which path their class uses (crux.config.yaml `proposals`). */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ProposeReply from './ProposeReply.svelte';

const context = {
	debate: 'school-phones',
	title: 'Phones in school',
	claims: [{ id: 'resolution', title: 'Ban phones in school' }],
	moved: [],
	people: [
		{ id: 'maya-chen', title: 'Maya Chen' },
		{ id: 'class-7c', title: 'Class 7C', contributor: true }
	],
	sources: [{ id: 'assembly-debate', title: 'School assembly debate on phones' }],
	tags: [],
	voices: {
		sources: { 'maya-chen': ['assembly-debate'], 'class-7c': [] },
		names: { 'maya-chen': 'Maya Chen', 'class-7c': 'Class 7C' },
		contributors: ['class-7c'],
		parts: {}
	}
};

const text = (html: string) =>
	html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');

describe('Propose a reply', () => {
	it('in a class without accounts: download a proposal and hand it in; no GitHub', () => {
		const { body } = render(ProposeReply, {
			props: {
				context,
				via: 'teacher',
				handIn: 'Upload it to the Debate folder on the class drive',
				className: 'Class 7C'
			}
		});
		const t = text(body);
		expect(t).toContain(
			'download your proposal and hand it in: Upload it to the Debate folder on the class drive; you need no account.'
		);
		expect(t).toContain('Your proposal');
		expect(t).toContain('Download proposal');
		expect(t).not.toContain('Open on GitHub');
		expect(t).not.toContain('fork');
	});

	it('with pull requests: GitHub first, and a proposal file for those without an account', () => {
		const { body } = render(ProposeReply, { props: { context, via: 'pull-request' } });
		const t = text(body);
		expect(t).toContain('copy or download the file, or open GitHub to propose it.');
		expect(t).toContain('No GitHub account? Hand in a proposal file');
	});

	it('says at once that a reply is the student’s own or a source’s, quoted', () => {
		const { body } = render(ProposeReply, { props: { context } });
		const t = text(body);
		expect(t).toContain('Whose words are these?');
		expect(t).toContain('never under an author’s');
		expect(t).toContain(
			'Its speaker is the author, and it needs a quote from their source that says it. Never put your own words in an author’s mouth.'
		);
		// A contributor is no source's voice: not offered as a source's speaker.
		expect(body).not.toMatch(/<option value="class-7c"/);
		expect(body).toMatch(/<option value="maya-chen"/);
	});
});
