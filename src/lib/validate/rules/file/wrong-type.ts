/** A field holds the wrong kind of value: text, a list, a number or a mapping of fields. */
import { rule } from '../rule';

export default rule({
	code: 'wrong-type',
	severity: 'error',
	layer: 'file',
	raisedBy: 'schema-issues.ts',
	description:
		'A field holds the wrong kind of value: text, a list, a number or a mapping of fields.'
});
