import { describe, expect, it } from 'vitest';
import { ballotQuery, parseBallot, readStored, writeBallot, type BallotJudgement } from './link';

describe('ballot links', () => {
	it('round-trips a ballot through the address, readably', () => {
		const j: BallotJudgement = {
			prevails: [
				['a-b', 'c'],
				['d', 'e']
			],
			rejected: ['x', 'y-2']
		};
		const q = ballotQuery(j);
		expect(q).toBe('prevail=a-b~c,d~e&reject=x,y-2');
		expect(parseBallot(new URLSearchParams(q))).toEqual({
			judgement: j,
			malformed: [],
			present: true
		});
	});

	it('keeps other parameters and removes its own when the ballot is empty', () => {
		const p = writeBallot(new URLSearchParams('claim=a&prevail=a~b'), {
			rejected: [],
			prevails: []
		});
		expect(p.toString()).toBe('claim=a');
	});

	it('drops what is malformed with a message, keeps the rest, never throws', () => {
		const r = parseBallot(
			new URLSearchParams('prevail=a~b,nonsense,c~c,<script>~x,a~b&reject=ok,Bad Id,,z')
		);
		expect(r.judgement).toEqual({ prevails: [['a', 'b']], rejected: ['ok', 'z'] });
		expect(r.malformed).toEqual([
			'“nonsense” is not a pair of claims (winner~loser)',
			'“c~c” is not a pair of claims (winner~loser)',
			'“<script>~x” is not a pair of claims (winner~loser)',
			'“Bad Id” is not a claim id',
			'“” is not a claim id'
		]);
		expect(parseBallot(new URLSearchParams('claim=x')).present).toBe(false);
	});

	it('reads stored ballots defensively', () => {
		expect(readStored('{"rejected":["a",3],"prevails":[["b","c"],["d"],"e"]}')).toEqual({
			rejected: ['a'],
			prevails: [['b', 'c']]
		});
		expect(readStored('not json')).toBeUndefined();
		expect(readStored(null)).toBeUndefined();
		expect(readStored('[1]')).toEqual({ rejected: [], prevails: [] });
	});
});
