/** A value the field does not allow: an unknown kind, empty text, a number out of range, a bad address or date. */
import { rule } from '../rule';

export default rule({
	code: 'invalid-value',
	severity: 'error',
	layer: 'file',
	raisedBy: 'schema-issues.ts',
	description:
		'A value the field does not allow: an unknown kind, empty text, a number out of range, a bad address or date.'
});
