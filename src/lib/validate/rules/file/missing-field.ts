/** A required field is missing. */
import { rule } from '../rule';

export default rule({
	code: 'missing-field',
	severity: 'error',
	layer: 'file',
	raisedBy: 'schema-issues.ts',
	description: 'A required field is missing.'
});
